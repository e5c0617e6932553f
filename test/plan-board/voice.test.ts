import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { setSpeechEngine, type SpeechEngine } from '../../src/core/read-aloud.js';
import { setLocale } from '../../src/core/localize.js';
import { record } from '../helpers/index.js';
import { cardButton, cardItem, deepActive, editorRecorder, frame, menuAction, openMenu, placed, samplePlan, type EditorRecorder as Recorder } from './helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const operations = (events: Array<{ type: string; detail: unknown }>): PlanOperation[] =>
  events.filter((e) => e.type === 'vk-change').map((e) => (e.detail as { operation: PlanOperation }).operation);

/** A speech engine with voices for `langs`; each utterance waits until `release()`. */
function fakeSpeech(langs: string[]): { engine: SpeechEngine; said: string[]; release: () => void } {
  const said: string[] = [];
  let pending: Array<() => void> = [];
  const wait = (signal: AbortSignal): Promise<void> =>
    new Promise((resolve) => {
      pending.push(resolve);
      signal.addEventListener('abort', () => resolve());
    });
  return {
    said,
    release: () => {
      const list = pending;
      pending = [];
      list.forEach((r) => r());
    },
    engine: {
      hasVoice: (lang) => langs.includes(lang),
      speak: (text, lang, signal) => (said.push(`${lang}:${text}`), wait(signal)),
      play: (url, signal) => (said.push(`play:${url}`), wait(signal)),
    },
  };
}

describe('plan board: tap to hear (participant)', () => {
  afterEach(() => setSpeechEngine(null));

  it('tapping the card reads it, highlights it while reading, and a second tap stops', async () => {
    const speech = fakeSpeech(['nb', 'ar']);
    setSpeechEngine(speech.engine);
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${samplePlan()}></vk-plan-board>`);
    const card = cardButton(el, 'c1');
    card.click();
    await el.updateComplete;
    expect(speech.said).to.deep.equal(['nb:Norskkurs. 09:00–11:30']);
    expect(cardItem(el, 'c1').hasAttribute('data-speaking')).to.equal(true);
    expect(card.getAttribute('aria-pressed')).to.equal('true');
    card.click();
    await el.updateComplete;
    await frame();
    await el.updateComplete;
    expect(cardItem(el, 'c1').hasAttribute('data-speaking')).to.equal(false);
    expect(card.getAttribute('aria-pressed')).to.equal('false');
    expect(speech.said).to.deep.equal(['nb:Norskkurs. 09:00–11:30']);
  });

  it('a card whose recordings cannot be played, with no voice, says reading is not available (never silent)', async () => {
    setSpeechEngine({ hasVoice: () => false, speak: async () => {}, play: async () => false });
    const doc = samplePlan();
    const broken = { ...doc, cards: doc.cards.map((c) => (c.id === 'c1' ? { ...c, audio: { nb: 'missing.wav', ar: 'broken.wav' } } : c)) };
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${broken}></vk-plan-board>`);
    cardButton(el, 'c1').click();
    await el.updateComplete;
    await new Promise<void>((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(sr(el).querySelector('[data-vk-announcer]')?.textContent).to.contain('Opplesing ikke tilgjengelig');
    // The Norwegian recording plays, the Arabic one is missing: said, not silent.
    setSpeechEngine({ hasVoice: () => false, speak: async () => {}, play: async (url) => url !== 'broken.wav' });
    const partly = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${{ ...broken, cards: broken.cards.map((c) => (c.id === 'c1' ? { ...c, audio: { nb: 'ok.wav', ar: 'broken.wav' } } : c)) }}></vk-plan-board>`);
    cardButton(partly, 'c1').click();
    await new Promise<void>((resolve) => setTimeout(resolve));
    await partly.updateComplete;
    expect(sr(partly).querySelector('[data-vk-announcer]')?.textContent).to.contain('Et lydopptak kan ikke spilles av.');
  });

  it('tapping the pictogram reads too; Space and Enter on the card read; Done is a separate control that does not read', async () => {
    const speech = fakeSpeech(['nb']);
    setSpeechEngine(speech.engine);
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${samplePlan()}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    (cardButton(el, 'c2').querySelector('.vk-pictogram') as HTMLElement).click();
    await el.updateComplete;
    expect(speech.said).to.deep.equal(['nb:Arbeidspraksis']);
    speech.release();
    await frame();
    (cardItem(el, 'c1').querySelector('.done-toggle') as HTMLElement).click();
    await el.updateComplete;
    expect(operations(events)).to.deep.equal([{ type: 'card.done', cardId: 'c1', done: true }]);
    expect(speech.said).to.deep.equal(['nb:Arbeidspraksis']);
    cardButton(el, 'c3').focus();
    cardButton(el, 'c3').dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(speech.said[speech.said.length - 1]).to.equal('nb:Buss');
    speech.release();
    await frame();
    const opened: unknown[] = [];
    el.addEventListener('vk-open', (e) => opened.push((e as CustomEvent).detail));
    cardButton(el, 'c4').focus();
    cardButton(el, 'c4').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(speech.said[speech.said.length - 1]).to.equal('nb:Lege');
    expect(opened).to.deep.equal([{ kind: 'card', id: 'c4' }]);
    const done = cardItem(el, 'c1').querySelector('.done-toggle') as HTMLElement;
    expect(done.getBoundingClientRect().height).to.be.at.least(44);
    expect(cardButton(el, 'c1').getBoundingClientRect().height).to.be.at.least(44);
  });

  it('the recording is played first, synthesis second', async () => {
    const speech = fakeSpeech(['nb', 'ar']);
    setSpeechEngine(speech.engine);
    const doc = samplePlan() as unknown as { cards: Array<Record<string, unknown>> };
    doc.cards[0].audio = { ar: 'https://example.org/ar.mp3' };
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${doc}></vk-plan-board>`);
    cardButton(el, 'c1').click();
    await el.updateComplete;
    speech.release();
    await frame();
    expect(speech.said).to.deep.equal(['nb:Norskkurs. 09:00–11:30', 'play:https://example.org/ar.mp3']);
  });

  it('in the participant\'s own UI language the card is read as shown, Norwegian line first: with a Norwegian voice only, a Tigrinya UI still hears it', async () => {
    const doc = { ...samplePlan(), participantLanguage: 'ti', cards: [{ id: 'c1', columnId: 'mon', title: { nb: 'Norskkurs', ar: 'دورة اللغة النرويجية', ti: 'ትምህርቲ ቋንቋ ኖርወይ' }, pictogram: 'vk:norwegian-class' }] };
    await setLocale('ti');
    try {
      const both = fakeSpeech(['nb', 'ti', 'ar']);
      setSpeechEngine(both.engine);
      const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${doc}></vk-plan-board>`);
      expect(cardButton(el, 'c1').querySelector('[part="text"]')?.textContent).to.equal('Norskkurs');
      cardButton(el, 'c1').click();
      await el.updateComplete;
      both.release();
      await frame();
      both.release();
      await frame();
      expect(both.said).to.deep.equal(['nb:Norskkurs', 'ti:ትምህርቲ ቋንቋ ኖርወይ']);
      // An Arabic UI shows Norwegian and Tigrinya: it never reads the Arabic text it does not show.
      await setLocale('ar');
      await el.updateComplete;
      both.said.length = 0;
      cardButton(el, 'c1').click();
      await el.updateComplete;
      both.release();
      await frame();
      both.release();
      await frame();
      expect(both.said).to.deep.equal(['nb:Norskkurs', 'ti:ትምህርቲ ቋንቋ ኖርወይ']);
      await setLocale('ti');
      const nbOnly = fakeSpeech(['nb']);
      setSpeechEngine(nbOnly.engine);
      await el.updateComplete;
      cardButton(el, 'c1').click();
      await el.updateComplete;
      expect(nbOnly.said).to.deep.equal(['nb:Norskkurs']);
      nbOnly.release();
      await frame();
      await el.updateComplete;
      expect(sr(el).querySelector('[data-vk-announcer]')?.textContent ?? '', 'nothing says reading is unavailable').to.equal('');
    } finally {
      await setLocale('nb');
    }
  });

  it('in participant mode the participant-language line is as large and strong as the Norwegian, with its own lang and dir', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${samplePlan()}></vk-plan-board>`);
    const first = cardButton(el, 'c1').querySelector('[part="text"]') as HTMLElement;
    const second = cardButton(el, 'c1').querySelector('[part="text-second"]') as HTMLElement;
    const a = getComputedStyle(first);
    const b = getComputedStyle(second);
    expect(b.fontSize).to.equal(a.fontSize);
    expect(b.fontWeight).to.equal(a.fontWeight);
    expect(b.color).to.equal(a.color);
    expect(second.lang).to.equal('ar');
    expect(second.dir).to.equal('rtl');
  });

  it('without a recording or a voice in the participant language the card says so once, and the adviser sees "Ingen stemme for tigrinja — ta opp en"', async () => {
    setSpeechEngine(fakeSpeech(['nb']).engine);
    const doc = { ...samplePlan(), participantLanguage: 'ti' };
    const participant = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${doc}></vk-plan-board>`);
    expect(cardButton(participant, 'c1').querySelectorAll('.silent-badge').length).to.equal(1);
    const withRecording = { ...doc, cards: doc.cards.map((c) => (c.id === 'c1' ? { ...c, audio: { ti: 'https://example.org/ti.mp3' } } : c)) };
    participant.value = withRecording;
    await participant.updateComplete;
    expect(cardButton(participant, 'c1').querySelector('.silent-badge')).to.equal(null);
    const adviser = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${doc}></vk-plan-board>`);
    const menu = await openMenu(adviser, 'c2');
    const name = new Intl.DisplayNames(['nb'], { type: 'language' }).of('ti');
    expect(menu.querySelector('[data-action="record"]')?.textContent?.trim()).to.equal(`Ingen stemme for \u2068${name}\u2069 — ta opp en`);
    // It opens the edit form at its recorder: focus on the recorder's button, the voice fieldset in view.
    (menu.querySelector('[data-action="record"]') as HTMLElement).click();
    let recorder: HTMLElement | null = null;
    for (let i = 0; i < 50 && !recorder?.shadowRoot?.activeElement; i++) {
      await frame();
      recorder = sr(adviser).querySelector('.edit-form vk-audio-recorder');
    }
    expect(recorder?.shadowRoot?.activeElement?.tagName, 'focus in the recorder').to.equal('BUTTON');
    const box = (await placed(adviser)).getBoundingClientRect();
    const voice = (recorder!.closest('fieldset') as HTMLElement).getBoundingClientRect();
    expect(voice.top >= box.top - 1 && voice.bottom <= box.bottom + 1, `voice fieldset ${voice.top}–${voice.bottom} in popover ${box.top}–${box.bottom}`).to.equal(true);
  });

  it('"ta opp en" leaves focus alone when the user typed in the form before the recorder arrived', async () => {
    setSpeechEngine(fakeSpeech(['nb']).engine);
    const adviser = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${{ ...samplePlan(), participantLanguage: 'ti' }}></vk-plan-board>`);
    const menu = await openMenu(adviser, 'c2');
    (menu.querySelector('[data-action="record"]') as HTMLElement).click();
    await adviser.updateComplete;
    const title = sr(adviser).querySelector<HTMLInputElement>('.edit-form [name="title"]')!;
    title.focus();
    title.dispatchEvent(new KeyboardEvent('keydown', { key: 'H', bubbles: true, composed: true }));
    for (let i = 0; i < 20 && !sr(adviser).querySelector('.edit-form vk-audio-recorder'); i++) await frame();
    await frame();
    await frame();
    expect(sr(adviser).activeElement, 'focus stays where the user is typing').to.equal(title);
  });

  it('the edit form labels each language field by the language\'s name, with lang and dir on the input', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    await menuAction(el, 'c1', 'edit');
    const form = sr(el).querySelector('.edit-form') as HTMLFormElement;
    const title2 = form.querySelector('[name="title2"]') as HTMLInputElement;
    const ar = new Intl.DisplayNames(['nb'], { type: 'language' }).of('ar') as string;
    const nb = new Intl.DisplayNames(['nb'], { type: 'language' }).of('nb') as string;
    expect(title2.closest('label')?.textContent).to.contain(ar);
    expect(title2.lang).to.equal('ar');
    expect(title2.dir).to.equal('rtl');
    const title = form.querySelector('[name="title"]') as HTMLInputElement;
    expect(title.closest('label')?.textContent).to.contain(nb);
    expect(title.lang).to.equal('nb');
  });
});

describe('plan board: recording a card\'s voice (adviser)', () => {
  afterEach(() => setSpeechEngine(null));

  it('a saved recording becomes one card.update with the whole new audio; removing the last one sends audio: null', async () => {
    const doc = samplePlan() as unknown as { cards: Array<Record<string, unknown>> };
    doc.cards[0].audio = { nb: 'https://example.org/nb.mp3' };
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${doc}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    const outside = record(document.body, 'vk-recording');
    await menuAction(el, 'c1', 'edit');
    let recorder = sr(el).querySelector('vk-audio-recorder');
    for (let i = 0; !recorder && i < 50; i++) {
      await frame();
      recorder = sr(el).querySelector('vk-audio-recorder');
    }
    expect(recorder, 'recorder loaded').to.not.equal(null);
    expect((recorder as HTMLElement & { lang: string }).lang).to.equal('ar');
    // What the recorder makes: an inline data:audio URL (contract §4).
    const url = 'data:audio/webm;base64,GkXfo59C';
    recorder?.dispatchEvent(new CustomEvent('vk-recording', { detail: { url }, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(operations(events)).to.deep.equal([{ type: 'card.update', cardId: 'c1', changes: { audio: { nb: 'https://example.org/nb.mp3', ar: url } } }]);
    expect(outside).to.have.length(0);
    // The form stays open, no "changed by someone else" notice for our own edit.
    expect(sr(el).querySelector('.edit-form .notice')).to.equal(null);
    recorder?.dispatchEvent(new CustomEvent('vk-recording', { detail: { url: null }, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(operations(events)[1]).to.deep.equal({ type: 'card.update', cardId: 'c1', changes: { audio: { nb: 'https://example.org/nb.mp3' } } });
    const only = samplePlan();
    el.value = only;
    await el.updateComplete;
    await menuAction(el, 'c2', 'edit');
    const again = sr(el).querySelector('vk-audio-recorder') as HTMLElement;
    again.dispatchEvent(new CustomEvent('vk-recording', { detail: { url }, bubbles: true, composed: true, cancelable: true }));
    again.dispatchEvent(new CustomEvent('vk-recording', { detail: { url: null }, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(operations(events).slice(2)).to.deep.equal([
      { type: 'card.update', cardId: 'c2', changes: { audio: { ar: url } } },
      { type: 'card.update', cardId: 'c2', changes: { audio: null } },
    ]);
  });

  // Before: "Angret: endret Norskkurs", while the ladder says "… — lydopptak".
  it('undo and redo of a recording say what was undone, as the task ladder does: "Angret: Norskkurs — lydopptak"', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    await menuAction(el, 'c1', 'edit');
    let recorder = sr(el).querySelector('vk-audio-recorder');
    for (let i = 0; !recorder && i < 50; i++) {
      await frame();
      recorder = sr(el).querySelector('vk-audio-recorder');
    }
    recorder?.dispatchEvent(new CustomEvent('vk-recording', { detail: { url: 'data:audio/webm;base64,GkXfo59C' }, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    const announced = (): string | null | undefined => sr(el).querySelector('[data-vk-announcer]')?.textContent;
    expect(el.undo()).to.equal(true);
    await el.updateComplete;
    expect(announced()).to.equal('Angret: \u2068Norskkurs\u2069 — lydopptak');
    expect(el.redo()).to.equal(true);
    await el.updateComplete;
    expect(announced()).to.equal('Gjort om igjen: \u2068Norskkurs\u2069 — lydopptak');
  });

  it('the edit form stops saying "Ingen stemme for … — ta opp en" once a recording is saved, and says it again when it is removed', async () => {
    setSpeechEngine(fakeSpeech(['nb']).engine);
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${{ ...samplePlan(), participantLanguage: 'ti' }}></vk-plan-board>`);
    await menuAction(el, 'c2', 'edit');
    let recorder = sr(el).querySelector('.edit-form vk-audio-recorder');
    for (let i = 0; !recorder && i < 50; i++) {
      await frame();
      recorder = sr(el).querySelector('.edit-form vk-audio-recorder');
    }
    expect(sr(el).querySelector('.edit-form .no-voice-note'), 'said before a recording').to.not.equal(null);
    recorder?.dispatchEvent(new CustomEvent('vk-recording', { detail: { url: 'data:audio/webm;base64,GkXfo59C' }, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(sr(el).querySelector('.edit-form .no-voice-note'), 'not said with a recording').to.equal(null);
    recorder?.dispatchEvent(new CustomEvent('vk-recording', { detail: { url: null }, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(sr(el).querySelector('.edit-form .no-voice-note'), 'said again after removing it').to.not.equal(null);
  });
});

describe('plan board: recording with the microphone (fake media device)', () => {
  afterEach(() => setSpeechEngine(null));

  it('the adviser records a Tigrinya voice in the editor; the participant then hears the recording by tapping the card', async () => {
    const doc = { ...samplePlan(), participantLanguage: 'ti' };
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${doc}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    await menuAction(el, 'c1', 'record');
    let recorder = sr(el).querySelector('vk-audio-recorder') as (HTMLElement & { record(): Promise<void>; stop(): Promise<void>; save(): void; state: string }) | null;
    for (let i = 0; !recorder && i < 50; i++) {
      await frame();
      recorder = sr(el).querySelector('vk-audio-recorder');
    }
    if (!recorder) throw new Error('no recorder');
    await recorder.record();
    for (let i = 0; recorder.state !== 'recording' && i < 100; i++) await frame();
    // A few frames of the fake device's tone.
    for (let i = 0; i < 10; i++) await frame();
    await recorder.stop();
    for (let i = 0; recorder.state !== 'review' && i < 200; i++) await frame();
    expect(recorder.state).to.equal('review');
    recorder.save();
    await el.updateComplete;
    const op = (events[0]?.detail as { operation: PlanOperation } | undefined)?.operation as Extract<PlanOperation, { type: 'card.update' }>;
    expect(op.type).to.equal('card.update');
    const url = (op.changes.audio as Record<string, string>).ti;
    expect(url).to.match(/^data:audio\//);
    // The participant taps the card: the recording plays (after the Norwegian).
    const played: string[] = [];
    setSpeechEngine({ hasVoice: (lang) => lang === 'nb', speak: () => Promise.resolve(), play: (u) => (played.push(u), Promise.resolve()) });
    const participant = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${el.value}></vk-plan-board>`);
    expect(cardButton(participant, 'c1').querySelector('.silent-badge')).to.equal(null);
    cardButton(participant, 'c1').click();
    await participant.updateComplete;
    await frame();
    expect(played).to.deep.equal([url]);
  });
});

describe('plan board: the edit form\'s Save keeps a new recording (fake media device)', () => {
  /** Frames until `done()`, at most `frames` of them. */
  const waitFor = async (done: () => boolean, frames = 300): Promise<void> => {
    for (let i = 0; !done() && i < frames; i++) await frame();
  };
  /** A Tigrinya board with c1's edit form open and a one-second take under review (not saved), its vk-change events recorded. */
  async function editorWithTake(): Promise<{ el: VkPlanBoard; events: ReturnType<typeof record>; recorder: Recorder }> {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${{ ...samplePlan(), participantLanguage: 'ti' }}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    const recorder = await editorRecorder(el);
    recorder.maxSeconds = 1;
    await recorder.record();
    await waitFor(() => recorder.state === 'review');
    return { el, events, recorder };
  }
  /** Starts recording and waits until the time shows a whole second: the fake device's tone is in the take. */
  async function recordASecond(recorder: Recorder): Promise<void> {
    await recorder.record();
    await waitFor(() => recorder.state === 'recording');
    await waitFor(() => /1/.test(recorder.shadowRoot?.querySelector('.time')?.textContent ?? ''));
  }

  it('Save with a take still under review (its own "Lagre opptaket" not pressed) saves the recording, then the typed text', async () => {
    const { el, events, recorder } = await editorWithTake();
    expect(recorder.state).to.equal('review');
    const title = sr(el).querySelector('.edit-form input[name="title"]') as HTMLInputElement;
    title.value = 'Norskkurs A';
    (sr(el).querySelector('.edit-form button[type="submit"]') as HTMLButtonElement).click();
    await waitFor(() => events.length >= 2, 60);
    await el.updateComplete;
    const ops = operations(events) as Array<Extract<PlanOperation, { type: 'card.update' }>>;
    expect(ops.map((o) => Object.keys(o.changes))).to.deep.equal([['audio'], ['title']]);
    expect((ops[0].changes.audio as Record<string, string>).ti).to.match(/^data:audio\//);
    expect((el.value?.cards[0].audio as Record<string, string> | undefined)?.ti).to.match(/^data:audio\//);
    expect(sr(el).querySelector('.edit-form'), 'the form closed').to.equal(null);
    expect(deepActive()?.id, 'focus back on the control that opened the form').to.equal('menu-button-c1');
  });

  // Before: the take was saved (a card.update of audio), then the title error was shown: half a save.
  it('Save with an empty title saves nothing, not even the take under review: the title error shows and the take waits', async () => {
    const { el, events, recorder } = await editorWithTake();
    const title = sr(el).querySelector('.edit-form input[name="title"]') as HTMLInputElement;
    title.value = '';
    (sr(el).querySelector('.edit-form button[type="submit"]') as HTMLButtonElement).click();
    await el.updateComplete;
    for (let i = 0; i < 10; i++) await frame();
    expect(events).to.have.length(0);
    expect(el.value?.cards[0].audio).to.equal(undefined);
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(recorder.state, 'the take is still there to save').to.equal('review');
    // With a title, the same Save keeps both.
    title.value = 'Norskkurs A';
    (sr(el).querySelector('.edit-form button[type="submit"]') as HTMLButtonElement).click();
    await waitFor(() => events.length >= 2, 60);
    expect((operations(events) as Array<Extract<PlanOperation, { type: 'card.update' }>>).map((o) => Object.keys(o.changes))).to.deep.equal([['audio'], ['title']]);
  });

  it('Save with an empty title while still recording stops the recording and keeps the take under review, saving nothing', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${{ ...samplePlan(), participantLanguage: 'ti' }}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    const recorder = await editorRecorder(el);
    await recordASecond(recorder);
    (sr(el).querySelector('.edit-form input[name="title"]') as HTMLInputElement).value = '';
    (sr(el).querySelector('.edit-form button[type="submit"]') as HTMLButtonElement).click();
    await waitFor(() => recorder.state === 'review');
    expect(recorder.state).to.equal('review');
    expect(events).to.have.length(0);
  });

  // Before: "Stemme lagret for Norskkurs" was replaced at once by "Norskkurs A: endret".
  it('Save of a take and typed text together says both in one announcement', async () => {
    const { el, events } = await editorWithTake();
    (sr(el).querySelector('.edit-form input[name="title"]') as HTMLInputElement).value = 'Norskkurs A';
    (sr(el).querySelector('.edit-form button[type="submit"]') as HTMLButtonElement).click();
    await waitFor(() => events.length >= 2, 60);
    await el.updateComplete;
    expect(sr(el).querySelector('[data-vk-announcer]')?.textContent).to.equal('\u2068Norskkurs A\u2069: endret, stemme lagret');
  });

  it('Save while still recording stops the recording and keeps it', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${{ ...samplePlan(), participantLanguage: 'ti' }}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    const recorder = await editorRecorder(el);
    await recordASecond(recorder);
    (sr(el).querySelector('.edit-form button[type="submit"]') as HTMLButtonElement).click();
    await waitFor(() => events.length >= 1, 60);
    const ops = operations(events) as Array<Extract<PlanOperation, { type: 'card.update' }>>;
    expect(ops).to.have.length(1);
    expect((ops[0].changes.audio as Record<string, string>).ti).to.match(/^data:audio\//);
  });

  // Before: a press outside, or focus moving out (Tab past the last control), closed the form and
  // the words just spoken were gone. Light dismiss waits while a take is recording or unsaved.
  it('a press outside or focus leaving keeps the form open while recording and while a take is under review; closes it once the take is saved', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${{ ...samplePlan(), participantLanguage: 'ti' }}></vk-plan-board>`);
    const outside = document.createElement('button');
    outside.textContent = 'outside';
    document.body.append(outside);
    try {
      const recorder = await editorRecorder(el);
      recorder.maxSeconds = 1;
      await recorder.record();
      await waitFor(() => recorder.state === 'recording');
      outside.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      outside.focus();
      for (let i = 0; i < 3; i++) await frame();
      expect(recorder.isConnected, 'open while recording').to.equal(true);
      expect(recorder.state).to.not.equal('idle');
      await waitFor(() => recorder.state === 'review');
      (sr(el).querySelector('.edit-form input[name="title"]') as HTMLInputElement).focus();
      outside.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      outside.focus();
      for (let i = 0; i < 3; i++) await frame();
      expect(recorder.isConnected, 'open with a take under review').to.equal(true);
      expect(recorder.state).to.equal('review');
      // The take saved: light dismiss as before.
      (recorder as unknown as { save(): boolean }).save();
      await el.updateComplete;
      outside.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await el.updateComplete;
      for (let i = 0; i < 3; i++) await frame();
      expect(sr(el).querySelector('.edit-form'), 'closed').to.equal(null);
    } finally {
      outside.remove();
    }
  });

  // Escape cancels the recording only (contract §2, docs/plan-board.md) — also when the adviser,
  // still recording, went on to type the title: before, that Escape closed the whole form, the
  // typing and the recording gone, as if the recorder were not recording.
  it('Escape in a text field of the form while recording cancels the recording only: the form and the typing stay', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${{ ...samplePlan(), participantLanguage: 'ti' }}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    const recorder = await editorRecorder(el);
    (recorder.shadowRoot?.querySelector('.record') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => recorder.state === 'recording');
    const title = sr(el).querySelector('.edit-form input[name="title"]') as HTMLInputElement;
    title.focus();
    await sendKeys({ type: ' A' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await frame();
    expect(recorder.state).to.equal('idle');
    expect(recorder.isConnected, 'the form stays open').to.equal(true);
    expect(title.value).to.equal('Norskkurs A');
    expect(deepActive(), 'focus stays where the adviser typed').to.equal(title);
    expect(recorder.shadowRoot?.querySelector('[role=status]')?.textContent).to.equal('Opptaket er avbrutt.');
    expect(events).to.have.length(0);
    // Nothing in progress now: Escape closes the form, as before.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(sr(el).querySelector('.edit-form')).to.equal(null);
  });
});

describe('plan board: a column that cannot be heard (no recording, no voice)', () => {
  const readButton = (el: VkPlanBoard, column: string): HTMLButtonElement => sr(el).querySelector(`.column[data-column="${column}"] .read`) as HTMLButtonElement;
  const crossedOut = (el: VkPlanBoard): string => (sr(el).querySelector('.silent-badge svg') as SVGElement).outerHTML;
  /** The browser's own engine (setSpeechEngine(null)) with the voices `getVoices()` gives now; `voiceschanged` as Chromium fires it. */
  function browserVoices(): { set: (langs: string[]) => void; restore: () => void } {
    let voices: SpeechSynthesisVoice[] = [];
    const synth = speechSynthesis as SpeechSynthesis & { getVoices: () => SpeechSynthesisVoice[] };
    synth.getVoices = () => voices;
    return {
      set: (langs) => {
        voices = langs.map((lang) => ({ lang, name: lang, default: false, localService: true, voiceURI: lang }) as SpeechSynthesisVoice);
        speechSynthesis.dispatchEvent(new Event('voiceschanged'));
      },
      restore: () => delete (synth as Partial<SpeechSynthesis>).getVoices,
    };
  }
  afterEach(() => setSpeechEngine(null));

  it('shows the crossed-out speaker and keeps its action as its name (why in its description); it stays focusable and a press keeps focus and announces why', async () => {
    const announced: string[] = [];
    setSpeechEngine({ hasVoice: () => false, speak: async () => void announced.push('spoke'), play: async () => void announced.push('played') });
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${samplePlan()}></vk-plan-board>`);
    const read = readButton(el, 'mon');
    expect(read.getAttribute('aria-disabled'), 'aria-disabled').to.equal('true');
    expect(read.disabled, 'not disabled: it keeps its place in the roving focus').to.equal(false);
    expect(read.querySelector('svg')?.outerHTML, 'the same crossed-out speaker as the cards\' "Ingen lyd" badge').to.equal(crossedOut(el));
    expect(read.textContent?.trim()).to.equal('Les opp kolonnen Mandag');
    expect(sr(el).getElementById(read.getAttribute('aria-describedby')!)?.textContent).to.equal('Opplesing ikke tilgjengelig');
    // An empty column (its title only) is silent the same way.
    expect(readButton(el, 'wed').getAttribute('aria-disabled')).to.equal('true');
    read.focus();
    read.click();
    await el.updateComplete;
    await frame();
    await el.updateComplete;
    expect(sr(el).activeElement, 'focus stays on the button').to.equal(read);
    expect(read.getAttribute('aria-disabled')).to.equal('true');
    expect(announced).to.deep.equal([]);
    expect(sr(el).querySelector('[data-vk-announcer]')?.textContent).to.contain('Opplesing ikke tilgjengelig');
    await expect(el).to.be.accessible();
  });

  it('says so in the UI language (Arabic)', async () => {
    setSpeechEngine({ hasVoice: () => false, speak: async () => {}, play: async () => {} });
    await setLocale('ar');
    try {
      const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
      expect(readButton(el, 'mon').getAttribute('aria-disabled')).to.equal('true');
      expect(readButton(el, 'mon').textContent?.trim()).to.equal('قراءة العمود الاثنين بصوت عالٍ');
    } finally {
      await setLocale('nb');
    }
  });

  it('a recording of one card, or a voice for its language, makes the column readable again', async () => {
    setSpeechEngine({ hasVoice: () => false, speak: async () => {}, play: async () => {} });
    const doc = samplePlan();
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${doc}></vk-plan-board>`);
    expect(readButton(el, 'tue').getAttribute('aria-disabled')).to.equal('true');
    el.value = { ...doc, cards: doc.cards.map((c) => (c.id === 'c4' ? { ...c, audio: { ar: 'https://example.org/ar.mp3' } } : c)) };
    await el.updateComplete;
    expect(readButton(el, 'tue').hasAttribute('aria-disabled'), 'a recording').to.equal(false);
    expect(readButton(el, 'tue').textContent?.trim()).to.equal('Les opp kolonnen Tirsdag');
    expect(readButton(el, 'tue').hasAttribute('aria-describedby'), 'no "not available" description').to.equal(false);
    expect(readButton(el, 'mon').getAttribute('aria-disabled')).to.equal('true');
    // Only an Arabic voice: the Norwegian title cannot be said, the cards' Arabic lines can.
    setSpeechEngine(fakeSpeech(['ar']).engine);
    await el.updateComplete;
    expect(readButton(el, 'mon').hasAttribute('aria-disabled'), 'a voice for the cards').to.equal(false);
    // An empty column: its title is read as shown, so its Arabic line ("الأربعاء") can be heard.
    expect(readButton(el, 'wed').hasAttribute('aria-disabled'), 'an empty column: its title in Arabic').to.equal(false);
    // With no Arabic line to its title, an empty column has nothing that can be heard.
    el.value = { ...doc, columns: doc.columns.map((c) => (c.id === 'wed' ? { ...c, title: { nb: 'Onsdag' } } : c)) };
    await el.updateComplete;
    expect(readButton(el, 'wed').getAttribute('aria-disabled'), 'an empty column: a Norwegian title only').to.equal('true');
  });

  for (const mode of ['participant', 'adviser']) {
    it(`turns back to the speaker when a voice arrives later (voiceschanged), ${mode} mode`, async () => {
      const voices = browserVoices();
      try {
        const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode=${mode} .value=${samplePlan()}></vk-plan-board>`);
        const read = readButton(el, 'mon');
        expect(read.getAttribute('aria-disabled')).to.equal('true');
        const off = read.querySelector('svg')?.outerHTML;
        read.focus();
        voices.set(['nb-NO']);
        await el.updateComplete;
        expect(read.hasAttribute('aria-disabled')).to.equal(false);
        expect(read.textContent?.trim()).to.equal('Les opp kolonnen Mandag');
        expect(read.querySelector('svg')?.outerHTML).to.not.equal(off);
        expect(sr(el).activeElement, 'focus stays on the button').to.equal(read);
        voices.set([]);
        await el.updateComplete;
        expect(read.getAttribute('aria-disabled'), 'and crossed out again when the voices go').to.equal('true');
      } finally {
        voices.restore();
      }
    });
  }
});
