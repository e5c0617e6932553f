import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { expectNullValueFocusesEmptyState, focused, record, shadow, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';
import { ladder, operations, settle, taskButton } from './ladder-fixture.js';


function announced(el: VkTaskLadder): string {
  return shadow(el, '[data-vk-announcer]').textContent ?? '';
}

describe('<vk-task-ladder> focus and keyboard', () => {
  afterEach(() => setSpeechEngine(null));

  it('is one tab stop: Tab enters on a task and the next Tab leaves the widget', async () => {
    const el = await ladder();
    (document.getElementById('before') as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    expect((focused(el) as HTMLElement | null)?.classList.contains('task-button')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
  });

  it('Ctrl+Z focuses the task the undone edit touched and says the level now: "Angret. …: Ikke startet"', async () => {
    const el = await ladder();
    taskButton(el, 't3').focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    taskButton(el, 't1').focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await settle(el);
    expect(focused(el)).to.equal(taskButton(el, 't3'));
    expect(announced(el)).to.contain('Angret. \u2068Tørke av benker\u2069: Ikke startet');
    await sendKeys({ down: 'Control' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Z' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Control' });
    await settle(el);
    expect(focused(el)).to.equal(taskButton(el, 't3'));
    expect(announced(el)).to.contain('Gjort om igjen. \u2068Tørke av benker\u2069: Med støtte');
  });

  it('undoing Space’s reset of an independent task says the task is independent again (not the undone "ikke startet")', async () => {
    const el = await ladder();
    taskButton(el, 't1').focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.value?.phases[0].tasks[0].level).to.equal('not-started');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await settle(el);
    expect(el.value?.phases[0].tasks[0].level).to.equal('independent');
    expect(announced(el)).to.contain('Angret. \u2068Ta oppvasken\u2069: Selvstendig');
    expect(taskButton(el, 't1').textContent).to.contain('Selvstendig');
    el.redo();
    await settle(el);
    expect(announced(el)).to.contain('Gjort om igjen. \u2068Ta oppvasken\u2069: Ikke startet');
  });

  it('an arrow key scrolls the next task into view with its whole focus ring, in a scrolling container', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 300px; block-size: 250px; overflow: auto"><vk-task-ladder .value=${sampleLadder()}></vk-task-ladder></div>`);
    const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
    await settle(el);
    const buttons = shadowAll(el, '.task-button');
    buttons[0].focus();
    await sendKeys({ press: 'Shift' });
    for (let i = 1; i < Math.min(buttons.length, 6); i++) {
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      const active = focused(el) as HTMLElement;
      expect(active.matches(':focus-visible')).to.equal(true);
      const style = getComputedStyle(active);
      const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      const r = active.getBoundingClientRect();
      const box = wrapper.getBoundingClientRect();
      const where = `${active.dataset.key}: ring ${(r.top - ring).toFixed(1)}–${(r.bottom + ring).toFixed(1)}, container ${box.top.toFixed(1)}–${box.bottom.toFixed(1)}`;
      expect(r.top - ring, where).to.be.at.least(box.top - 0.5);
      expect(r.bottom + ring, where).to.be.at.most(box.top + wrapper.clientHeight + 0.5);
    }
    expect(wrapper.scrollTop, 'the container scrolled').to.be.greaterThan(0);
  });

  it('arrow keys in the level radios only move the choice; Enter commits one task.level', async () => {
    const el = await ladder();
    const seen = record(el, 'vk-change');
    taskButton(el, 't3').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const checked = shadow<HTMLInputElement>(el, '.vk-popover input[name="level"]:checked');
    checked.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(operations(seen)).to.deep.equal([]);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(operations(seen)).to.deep.equal([{ type: 'task.level', taskId: 't3', from: 'not-started', to: 'with-support' }]);
    expect(focused(el)).to.equal(taskButton(el, 't3'));
  });

  it('the log form starts on the checked default author, not the first radio', async () => {
    const el = await ladder();
    shadowAll(el, '.log-control')[2].click();
    await settle(el);
    const active = focused(el) as HTMLInputElement;
    expect(active.name).to.equal('by');
    expect(active.value).to.equal('adviser');
    expect(active.checked).to.equal(true);
  });

  it('the details popover closes when Tab takes focus out of it, and focus stays where Tab put it', async () => {
    const el = await ladder();
    taskButton(el, 't2').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const panel = shadow(el, '.vk-popover');
    expect(panel.matches(':popover-open')).to.equal(true);
    const buttons = Array.from(panel.querySelectorAll<HTMLElement>('button'));
    buttons[buttons.length - 1].focus();
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(panel.matches(':popover-open')).to.equal(false);
    expect(document.activeElement).to.not.equal(document.body);
  });

  it('removing a sign-off keeps focus inside the details', async () => {
    const el = await ladder();
    taskButton(el, 't1').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    shadow<HTMLButtonElement>(el, '.remove-signoff').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.value?.phases[0].tasks[0].signoff).to.equal(undefined);
    expect(document.activeElement).to.equal(el);
    expect(shadow(el, '.vk-popover').contains(focused(el))).to.equal(true);
    expect(announced(el)).to.contain('Ikke kvittert ut');
  });

  it('a click on a card’s "Neste nivå: Selvstendig" leaves focus on that task (the shortcut goes), not on another task', async () => {
    const el = await ladder();
    taskButton(el, 't1').focus();
    await settle(el);
    const shortcut = taskButton(el, 't2').closest('li')?.querySelector('.level-control') as HTMLElement;
    const box = shortcut.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await settle(el);
    expect(el.value?.phases[0].tasks[1].level).to.equal('independent');
    expect(taskButton(el, 't2').closest('li')?.querySelector('.level-control')).to.equal(null);
    expect((focused(el) as HTMLElement | null)?.dataset.key).to.equal('t2');
    expect(taskButton(el, 't2').tabIndex).to.equal(0);
  });

  it('the title and phase titles are headings; heading-level sets their levels', async () => {
    const el = await ladder();
    expect(shadow(el, '#title').getAttribute('role')).to.equal('heading');
    expect(shadow(el, '#title').getAttribute('aria-level')).to.equal('2');
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(shadow(el, '#title').getAttribute('aria-level')).to.equal('4');
    expect(shadowAll(el, '.phase-title').map((h) => [h.getAttribute('role'), h.getAttribute('aria-level')])).to.deep.equal([
      ['heading', '5'],
      ['heading', '5'],
    ]);
  });
});

describe('<vk-task-ladder> voice', () => {
  afterEach(() => setSpeechEngine(null));

  it('participant mode: a tap on the card reads it, highlights it while read, and a second tap stops', async () => {
    const spoken: string[] = [];
    let finish: () => void = () => {};
    setSpeechEngine({
      hasVoice: () => true,
      speak: (text, lang, signal) =>
        new Promise<void>((resolve) => {
          spoken.push(`${lang}:${text}`);
          finish = resolve;
          signal.addEventListener('abort', () => resolve());
        }),
      play: async () => {},
    });
    const el = await ladder(sampleLadder(), 'participant');
    taskButton(el, 't2').click();
    await el.updateComplete;
    expect(spoken).to.deep.equal(['nb:Kutte grønnsaker']);
    const item = taskButton(el, 't2').closest('li') as HTMLElement;
    expect(item.hasAttribute('data-reading')).to.equal(true);
    expect(taskButton(el, 't2').getAttribute('aria-pressed')).to.equal('true');
    taskButton(el, 't2').click();
    await el.updateComplete;
    expect(item.hasAttribute('data-reading')).to.equal(false);
    expect(spoken).to.have.length(1);
    finish();
  });

  it('participant mode: where nothing can be heard the card says so in words and an icon', async () => {
    setSpeechEngine({ hasVoice: () => false, speak: async () => {}, play: async () => {} });
    const el = await ladder(sampleLadder(), 'participant');
    taskButton(el, 't2').click();
    await settle(el);
    const notice = taskButton(el, 't2').querySelector('.no-sound');
    expect(notice?.textContent).to.contain('Ingen lyd');
    // The icon is drawn by CSS (a crossed-out speaker as the mask of its ::before).
    const icon = getComputedStyle(notice as Element, '::before');
    expect(icon.content).to.equal('""');
    expect(icon.maskImage || icon.getPropertyValue('-webkit-mask-image')).to.contain('svg');
  });

  it('adviser mode: a task with neither a recording nor a voice in the participant language says "Ingen stemme for tigrinja — ta opp en"', async () => {
    setSpeechEngine({ hasVoice: (lang) => lang.startsWith('nb'), speak: async () => {}, play: async () => {} });
    const base = sampleLadder();
    const doc: LadderDocument = { ...base, participantLanguage: 'ti', phases: [{ ...base.phases[0], tasks: [base.phases[0].tasks[0], { ...base.phases[0].tasks[1], audio: { ti: '/recordings/t2-ti.webm' } }] }] };
    const el = await ladder(doc);
    const notices = shadowAll(el, '.no-voice').map((n) => n.closest('li')?.querySelector<HTMLElement>('.task-button')?.dataset.key);
    expect(notices).to.deep.equal(['t1']);
    expect(shadow(el, '.no-voice').textContent).to.contain('Ingen stemme for \u2068tigrinja\u2069 — ta opp en');
  });

  it('participant mode: the participant-language line is as large, strong and dark as the Norwegian one, with its own lang and dir', async () => {
    const el = await ladder(sampleLadder(), 'participant');
    const [nb, ar] = Array.from(taskButton(el, 't2').querySelectorAll<HTMLElement>('.task-title .vk-text'));
    const a = getComputedStyle(nb);
    const b = getComputedStyle(ar);
    expect([b.fontSize, b.fontWeight, b.color]).to.deep.equal([a.fontSize, a.fontWeight, a.color]);
    expect([ar.lang, ar.dir]).to.deep.equal(['ar', 'rtl']);
  });

  it('a recording from the recorder becomes one task.update with the whole new audio, and undo removes it', async () => {
    const el = await ladder();
    const seen = record(el, 'vk-change');
    const leaked = record(document.body, 'vk-recording');
    shadowAll(el, '.record-control')[1].click();
    await settle(el);
    const recorder = shadow(el, '.vk-popover vk-audio-recorder');
    expect(recorder.getAttribute('lang')).to.equal('ar');
    // The recorder hands over data:audio URLs; core's audioSchema does not accept them yet (reported), so a relative URL here.
    const url = '/recordings/t2-ar.webm';
    recorder.dispatchEvent(new CustomEvent('vk-recording', { detail: { url }, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(operations(seen)).to.deep.equal([{ type: 'task.update', taskId: 't2', changes: { audio: { ar: url } } }]);
    expect(leaked).to.have.length(0);
    el.undo();
    await el.updateComplete;
    expect(el.value?.phases[0].tasks[1].audio).to.equal(undefined);
  });

  it('with nothing to hear, focus starts on the level and Tab goes on to the recorder (it is not skipped) before "Lukk"', async () => {
    setSpeechEngine({ hasVoice: () => false, speak: async () => {}, play: async () => {} });
    const el = await ladder();
    taskButton(el, 't2').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    for (let i = 0; !customElements.get('vk-audio-recorder') && i < 100; i++) await settle(el);
    const recorder = el.shadowRoot?.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('.vk-popover vk-audio-recorder');
    if (!recorder) throw new Error('no recorder');
    await recorder.updateComplete;
    const start = focused(el) as HTMLInputElement;
    expect(start?.name, 'focus on the level').to.equal('level');
    // Forward through the details until the recorder or "Lukk".
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await sendKeys({ press: 'Tab' });
      if (focused(recorder)) reached = true;
      else if ((focused(el) as HTMLElement | null)?.textContent?.trim() === 'Lukk') break;
    }
    expect(reached, 'Tab from the level reaches the recorder').to.equal(true);
  });

  it('Escape while recording cancels the recording and keeps the details open, focus on the record button; a second Escape closes them', async () => {
    const el = await ladder();
    taskButton(el, 't2').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    for (let i = 0; !customElements.get('vk-audio-recorder') && i < 100; i++) await settle(el);
    const recorder = el.shadowRoot?.querySelector<HTMLElement & { state: string; updateComplete: Promise<unknown> }>('.vk-popover vk-audio-recorder');
    if (!recorder) throw new Error('no recorder');
    await recorder.updateComplete;
    const record = recorder.shadowRoot?.querySelector('.record') as HTMLButtonElement;
    record.focus();
    await sendKeys({ press: 'Enter' });
    for (let i = 0; recorder.state !== 'recording' && i < 300; i++) await settle(el);
    expect(recorder.state).to.equal('recording');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    await recorder.updateComplete;
    expect(recorder.state).to.equal('idle');
    expect(recorder.isConnected, 'the details stay open').to.equal(true);
    expect(focused(recorder)?.classList.contains('record'), 'focus on the record button').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.shadowRoot?.querySelector('.vk-popover vk-audio-recorder') ?? null).to.equal(null);
    expect(focused(el)).to.equal(taskButton(el, 't2'));
  });

  // Before: a click elsewhere (or Tab out of the details) closed them while recording, and the
  // spoken words were gone. Light dismiss now waits until the take is kept or thrown away.
  it('a click outside keeps the details open while recording and while a take is under review; once it is saved, a click outside closes them', async () => {
    const el = await ladder();
    taskButton(el, 't2').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    for (let i = 0; !customElements.get('vk-audio-recorder') && i < 100; i++) await settle(el);
    const recorder = el.shadowRoot?.querySelector<HTMLElement & { state: string; maxSeconds: number; save(): boolean; updateComplete: Promise<unknown> }>('.vk-popover vk-audio-recorder');
    if (!recorder) throw new Error('no recorder');
    await recorder.updateComplete;
    recorder.maxSeconds = 1;
    (recorder.shadowRoot?.querySelector('.record') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    for (let i = 0; recorder.state !== 'recording' && i < 300; i++) await settle(el);
    const after = document.getElementById('after') as HTMLElement;
    const clickAfter = async (): Promise<void> => {
      const box = after.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await settle(el);
    };
    await clickAfter();
    expect(recorder.isConnected, 'open while recording').to.equal(true);
    expect(recorder.state).to.not.equal('idle');
    for (let i = 0; recorder.state !== 'review' && i < 300; i++) await settle(el);
    await clickAfter();
    expect(recorder.isConnected, 'open with a take under review').to.equal(true);
    expect(recorder.state).to.equal('review');
    expect(recorder.save()).to.equal(true);
    await settle(el);
    await clickAfter();
    expect(el.shadowRoot?.querySelector('.vk-popover vk-audio-recorder') ?? null, 'closed').to.equal(null);
  });

  // Before: a click on another task while recording opened that task's details, and the take went.
  it('a click on another task while recording keeps the details (and the take) of the task being recorded', async () => {
    const el = await ladder();
    taskButton(el, 't2').click();
    await settle(el);
    for (let i = 0; !customElements.get('vk-audio-recorder') && i < 100; i++) await settle(el);
    const recorder = el.shadowRoot?.querySelector<HTMLElement & { state: string; record(): Promise<void>; updateComplete: Promise<unknown> }>('.vk-popover vk-audio-recorder');
    if (!recorder) throw new Error('no recorder');
    await recorder.updateComplete;
    await recorder.record();
    for (let i = 0; recorder.state !== 'recording' && i < 300; i++) await settle(el);
    taskButton(el, 't1').click();
    await settle(el);
    expect(recorder.isConnected, 'the same recorder').to.equal(true);
    expect(recorder.state).to.equal('recording');
    // Before, lit even reused the recording recorder for t1's details: t2's words would have been saved as t1's.
    expect(shadow(el, '#panel-title').textContent).to.contain('Kutte grønnsaker');
  });

  // Before: the take under review went with the details' recorder when "Lagre nivå" closed them or
  // "Kvitter ut" switched to the sign-off form. Now these keep it, as the plan board's Save does.
  it('"Lagre nivå" and "Kvitter ut" keep a take under review whose own "Lagre opptaket" was not pressed', async () => {
    const el = await ladder();
    const seen = record(el, 'vk-change');
    type Recorder = HTMLElement & { state: string; maxSeconds: number; record(): Promise<void>; updateComplete: Promise<unknown> };
    const takeUnderReview = async (): Promise<Recorder> => {
      for (let i = 0; !customElements.get('vk-audio-recorder') && i < 100; i++) await settle(el);
      const recorder = el.shadowRoot?.querySelector<Recorder>('.vk-popover vk-audio-recorder');
      if (!recorder) throw new Error('no recorder');
      await recorder.updateComplete;
      recorder.maxSeconds = 1;
      await recorder.record();
      for (let i = 0; recorder.state !== 'review' && i < 300; i++) await settle(el);
      expect(recorder.state).to.equal('review');
      return recorder;
    };
    taskButton(el, 't2').click();
    await settle(el);
    await takeUnderReview();
    shadow<HTMLInputElement>(el, '.level-form input[value="independent"]').click();
    shadow<HTMLButtonElement>(el, '.level-form .save-level').click();
    for (let i = 0; operations(seen).length < 2 && i < 60; i++) await settle(el);
    const ops = operations(seen) as Array<{ type: string; changes?: { audio?: Record<string, string> } }>;
    expect(ops.map((o) => o.type)).to.deep.equal(['task.update', 'task.level']);
    expect(ops[0].changes?.audio?.ar).to.match(/^data:audio\//);
    // One announcement for both ("lydopptak lagret" alone would be replaced at once by the level).
    expect(announced(el)).to.equal('\u2068Kutte grønnsaker\u2069: Selvstendig, lydopptak lagret');
    taskButton(el, 't3').click();
    await settle(el);
    await takeUnderReview();
    shadow<HTMLButtonElement>(el, '.open-signoff').click();
    for (let i = 0; operations(seen).length < 3 && i < 60; i++) await settle(el);
    expect((operations(seen)[2] as { type: string; taskId: string }).taskId).to.equal('t3');
    expect(el.shadowRoot?.querySelector('.signoff-form'), 'then the sign-off form').to.not.equal(null);
  });

  it('removing the only recording sets audio to null', async () => {
    const base = sampleLadder();
    const doc: LadderDocument = { ...base, phases: [{ ...base.phases[0], tasks: [{ ...base.phases[0].tasks[0], audio: { ar: '/recordings/t1-ar.webm' } }] }] };
    const el = await ladder(doc);
    const seen = record(el, 'vk-change');
    // A task with a recording has no "no voice" shortcut; its details hold the recorder.
    expect(taskButton(el, 't1').closest('li')?.querySelector('.record-control')).to.equal(null);
    taskButton(el, 't1').click();
    await settle(el);
    shadow(el, '.vk-popover vk-audio-recorder').dispatchEvent(new CustomEvent('vk-recording', { detail: { url: null }, bubbles: true, composed: true, cancelable: true }));
    expect(operations(seen)).to.deep.equal([{ type: 'task.update', taskId: 't1', changes: { audio: null } }]);
  });

  it('log dates and texts are isolated (<bdi>) so they keep their order inside Arabic text', async () => {
    const el = await ladder();
    const latest = taskButton(el, 't2').querySelector('.latest-log') as HTMLElement;
    expect(Array.from(latest.querySelectorAll('bdi')).map((b) => b.textContent)).to.deep.equal(['1. mars 2026', 'Gikk fint']);
  });
});

describe('<vk-task-ladder> focus after a host value', () => {
  it('a host value that removes the task whose details have focus keeps them open, saying so; closed, focus goes to its nearest surviving neighbour, never <body>', async () => {
    const el = await ladder();
    taskButton(el, 't2').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(shadow(el, '.vk-popover').contains(focused(el))).to.equal(true);
    const doc = sampleLadder();
    el.value = { ...doc, phases: [{ ...doc.phases[0], tasks: doc.phases[0].tasks.filter((t) => t.id !== 't2') }, doc.phases[1]] };
    await settle(el);
    // Since 7 Dec 2026 (host-removes-open-task.test.ts): the user is told, as the board's card editor tells them.
    expect(shadow(el, '.vk-popover').matches(':popover-open')).to.equal(true);
    expect(shadow(el, '.vk-popover #removed-notice').textContent).to.contain('fjernet av noen andre');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(shadow(el, '.vk-popover').matches(':popover-open')).to.equal(false);
    expect(document.activeElement).to.equal(el);
    expect((focused(el) as HTMLElement).dataset.key).to.equal('t3');
  });

  it('a click outside the open details, after scrolling away from the ladder, closes them and leaves focus and the page where the user put them', async () => {
    const el = await ladder();
    const below = await fixture<HTMLParagraphElement>(html`<p style="margin-block-start: 3000px; block-size: 200px">further down</p>`);
    taskButton(el, 't2').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(shadow(el, '.vk-popover').contains(focused(el))).to.equal(true);
    below.scrollIntoView({ block: 'center' });
    const scrolled = window.scrollY;
    const tasksFocused: string[] = [];
    el.addEventListener('focusin', () => tasksFocused.push(String((focused(el) as HTMLElement | null)?.dataset.key)));
    const box = below.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 10), Math.round(box.top + box.height / 2)] });
    await settle(el);
    expect(shadow(el, '.vk-popover').matches(':popover-open')).to.equal(false);
    expect(window.scrollY).to.equal(scrolled);
    expect(tasksFocused, 'no task takes focus on the way').to.deep.equal([]);
    expect(document.activeElement).to.equal(document.body);
  });

  it('a host value that removes the focused task moves focus to its nearest surviving neighbour, never <body>', async () => {
    const el = await ladder();
    taskButton(el, 't2').focus();
    await el.updateComplete;
    const doc = sampleLadder();
    el.value = { ...doc, phases: [{ ...doc.phases[0], tasks: doc.phases[0].tasks.filter((t) => t.id !== 't2') }, doc.phases[1]] };
    await settle(el);
    expect(document.activeElement).to.equal(el);
    expect((focused(el) as HTMLElement).dataset.key).to.equal('t3');
  });

  for (const [name, phases] of [
    ['no phases', () => []],
    ['phases without tasks', () => sampleLadder().phases.map((phase) => ({ ...phase, tasks: [] }))],
  ] as const) {
    it(`a host value with ${name} while a task has focus keeps focus in the ladder, on its title, never <body>`, async () => {
      const el = await ladder();
      taskButton(el, 't2').focus();
      el.value = { ...sampleLadder(), phases: phases() };
      await settle(el);
      expect(document.activeElement).to.equal(el);
      expect(focused(el)).to.equal(shadow(el, '#title'));
      // From script only: Tab still passes an empty ladder by.
      expect((focused(el) as HTMLElement).tabIndex).to.equal(-1);
      // The ladder says why it is empty: no phases at all, or none with a task; to an adviser, also where tasks come from (pass 57).
      expect(el.shadowRoot!.querySelector('[part="no-phases"]')?.textContent ?? null).to.equal(name === 'no phases' ? 'Ingen oppgaver ennå. Oppgavene legges inn i fagsystemet.' : null);
      expect(shadowAll(el, '.phase .progress-text').map((p) => p.textContent)).to.deep.equal(el.value!.phases.map(() => 'Ingen oppgaver i denne fasen. Oppgavene legges inn i fagsystemet.'));
    });
  }
});

describe('<vk-task-ladder> host and user editing the same task', () => {
  it('a host value that changes the open task keeps the user’s unsaved choice and typing, says so, and offers the new values', async () => {
    const el = await ladder();
    taskButton(el, 't3').click();
    await settle(el);
    const radios = shadowAll<HTMLInputElement>(el, '.vk-popover input[name="level"]');
    radios[2].click();
    const doc = sampleLadder();
    el.value = { ...doc, mentor: { name: 'Ola Hansen' }, phases: [{ ...doc.phases[0], tasks: doc.phases[0].tasks.map((t) => (t.id === 't3' ? { ...t, level: 'with-support' as const } : t)) }, doc.phases[1]] };
    await settle(el);
    expect(shadowAll<HTMLInputElement>(el, '.vk-popover input[name="level"]').map((r) => r.checked)).to.deep.equal([false, false, true]);
    expect(shadow(el, '.vk-popover .form-notice').textContent).to.contain('endret av noen andre');
    const seen = record(el, 'vk-change');
    shadow<HTMLButtonElement>(el, '.vk-popover .save-level').click();
    await el.updateComplete;
    // Saved against the host's document: from is the host's level.
    expect(operations(seen)).to.deep.equal([{ type: 'task.level', taskId: 't3', from: 'with-support', to: 'independent' }]);
  });

  it('a host value that takes away the focused control of the open details (the sign-off it removed) keeps them open, focus inside, with the notice', async () => {
    const el = await ladder();
    taskButton(el, 't1').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    shadow<HTMLButtonElement>(el, '.vk-popover .remove-signoff').focus();
    const doc = sampleLadder();
    el.value = { ...doc, phases: doc.phases.map((p) => ({ ...p, tasks: p.tasks.map((t) => (t.id === 't1' ? { ...t, signoff: undefined } : t)) })) };
    await settle(el);
    await settle(el);
    expect(shadowAll(el, '.vk-popover:popover-open'), 'the details stay open').to.have.length(1);
    expect(shadow(el, '.vk-popover').contains(focused(el)), 'focus inside them').to.equal(true);
    expect(shadow(el, '.vk-popover .form-notice').textContent).to.contain('endret av noen andre');
  });

  for (const mode of ['adviser', 'participant']) {
    it(`a host value of null while focus is in the open details: focus on the empty state, never <body> (${mode})`, async () => {
      const el = await ladder(sampleLadder(), mode);
      await expectNullValueFocusesEmptyState(el, taskButton(el, 't2'), () => settle(el));
    });
  }

  it('"Bruk de nye" takes the host’s values into the open form', async () => {
    const el = await ladder();
    shadowAll(el, '.signoff-control')[0].click();
    await settle(el);
    const name = shadow<HTMLInputElement>(el, '.signoff-form input[name="by"]');
    name.value = 'Per';
    const doc = sampleLadder();
    el.value = { ...doc, phases: [{ ...doc.phases[0], tasks: doc.phases[0].tasks.map((t) => (t.id === 't2' ? { ...t, signoff: { by: 'Ola Hansen', date: '2026-03-05' } } : t)) }, doc.phases[1]] };
    await settle(el);
    expect(shadow<HTMLInputElement>(el, '.signoff-form input[name="by"]').value).to.equal('Per');
    shadow<HTMLButtonElement>(el, '.use-theirs').click();
    await settle(el);
    expect(shadow<HTMLInputElement>(el, '.signoff-form input[name="by"]').value).to.equal('Ola Hansen');
    expect(el.shadowRoot?.querySelector('.form-notice')).to.equal(null);
  });
});
