import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanCard, PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { setLocale } from '../../src/core/localize.js';
import { languageName } from '../../src/core/text.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { settle } from '../helpers/index.js';
import { sayingSpeech } from '../helpers/speech.js';
import { cardButton, frame, menuAction, openMenu } from './helpers.js';

// The adviser's "Ingen stemme for tigrinja — ta opp en" (card menu, edit form) asked only for a
// recording or a voice in the participant language, while the participant's card says "Ingen lyd"
// where their own line cannot be heard: no recording, and no text in the language with a voice
// for it (board-voice.ts `silent`). A card written only in Norwegian, with a Tigrinya voice, then
// said "Ingen lyd" to the participant and nothing to the adviser. Now both ask `silent`.

const cards: PlanCard[] = [
  { id: 'nb-only', columnId: 'mon', pictogram: 'vk:course', title: { nb: 'Vaske gulv' } },
  { id: 'plain', columnId: 'mon', pictogram: 'vk:course', title: 'Lage dagens rett' },
  { id: 'both', columnId: 'mon', pictogram: 'vk:course', title: { nb: 'Ta oppvasken', ti: 'ሳሕኒ ምሕጻብ' } },
  { id: 'recorded', columnId: 'mon', pictogram: 'vk:course', title: { nb: 'Tørke av benker' }, audio: { ti: 'https://example.org/benker-ti.webm' } },
];

function plan(participantLanguage: string): PlanDocument {
  return { version: 1, participantLanguage, columns: [{ id: 'mon', title: { nb: 'Mandag' } }], cards };
}

/** The cards whose participant card says "Ingen lyd". */
async function badged(doc: PlanDocument): Promise<string[]> {
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${doc}></vk-plan-board>`);
  return cards.filter((card) => cardButton(el, card.id).querySelector('.silent-badge')).map((card) => card.id);
}

/** The cards whose menu offers "Ingen stemme for … — ta opp en" to the adviser (each card's menu in a board of its own). */
async function noticed(doc: PlanDocument): Promise<string[]> {
  const found: string[] = [];
  for (const card of cards) {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${doc}></vk-plan-board>`);
    if ((await openMenu(el, card.id)).querySelector('[data-action="record"]')) found.push(card.id);
  }
  return found;
}

const name = (lang: string): string => new Intl.DisplayNames(['nb'], { type: 'language' }).of(lang) as string;

describe('plan board: the adviser\'s "no voice" notice agrees with the participant\'s "Ingen lyd"', () => {
  afterEach(() => setSpeechEngine(null));

  it('a Tigrinya voice does not hear a card written only in Norwegian: the participant sees "Ingen lyd", the adviser is asked to record one', async () => {
    setSpeechEngine(sayingSpeech(['nb', 'ti']).engine);
    const doc = plan('ti');
    expect(await badged(doc), 'participant').to.deep.equal(['nb-only', 'plain']);
    expect(await noticed(doc), 'adviser').to.deep.equal(['nb-only', 'plain']);
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${doc}></vk-plan-board>`);
    expect((await openMenu(el, 'nb-only')).querySelector('[data-action="record"]')?.textContent?.trim()).to.equal(`Ingen stemme for \u2068${name('ti')}\u2069 — ta opp en`);
  });

  it('the edit form says it too, for the same card', async () => {
    setSpeechEngine(sayingSpeech(['nb', 'ti']).engine);
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${plan('ti')}></vk-plan-board>`);
    await menuAction(el, 'nb-only', 'edit');
    for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('.edit-form'); i++) await frame();
    expect(el.shadowRoot!.querySelector('.edit-form .no-voice-note')?.textContent?.trim()).to.equal(`Ingen stemme for \u2068${name('ti')}\u2069 — ta opp en`);
  });

  it('a bokmål participant: where nothing on the card can be heard, both say so; with a Norwegian voice, neither', async () => {
    setSpeechEngine(sayingSpeech([]).engine);
    expect(await badged(plan('nb')), 'participant, no voice').to.deep.equal(['nb-only', 'plain', 'both', 'recorded']);
    expect(await noticed(plan('nb')), 'adviser, no voice').to.deep.equal(['nb-only', 'plain', 'both', 'recorded']);
    setSpeechEngine(sayingSpeech(['nb']).engine);
    expect(await badged(plan('nb')), 'participant, Norwegian voice').to.deep.equal([]);
    expect(await noticed(plan('nb')), 'adviser, Norwegian voice').to.deep.equal([]);
  });
});

// The board's `silent` excepted only `nb` participants: a nynorsk (`nn`) or `no` participant of a
// card written in bokmål was told "Ingen lyd" (and the adviser asked for a nynorsk voice) though
// the card is read to them in Norwegian. Norwegian voices are one family (contract.md, core
// `matchingVoice`), as the task ladder counts nb, nn and no.
describe('plan board: a nynorsk or "no" participant hears the Norwegian text as their own', () => {
  afterEach(() => setSpeechEngine(null));

  for (const language of ['nn', 'no']) {
    it(`${language}: with a Norwegian voice no card says "Ingen lyd" and the adviser is asked for nothing; without one, both say so`, async () => {
      setSpeechEngine(sayingSpeech(['nb']).engine);
      expect(await badged(plan(language)), 'participant, Norwegian voice').to.deep.equal([]);
      expect(await noticed(plan(language)), 'adviser, Norwegian voice').to.deep.equal([]);
      setSpeechEngine(sayingSpeech([]).engine);
      expect(await badged(plan(language)), 'participant, no voice').to.deep.equal(['nb-only', 'plain', 'both', 'recorded']);
      expect(await noticed(plan(language)), 'adviser, no voice').to.deep.equal(['nb-only', 'plain', 'both', 'recorded']);
    });
  }

  it('such a card is read to them in Norwegian, as before', async () => {
    const speech = sayingSpeech(['nb']);
    setSpeechEngine(speech.engine);
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${plan('nn')}></vk-plan-board>`);
    cardButton(el, 'nb-only').click();
    for (let i = 0; i < 20 && speech.said.length === 0; i++) await frame();
    expect(speech.said).to.deep.equal(['nb:Vaske gulv']);
  });
});

// The ladder put the language name of "Ingen stemme for … — ta opp en" in first-strong isolates
// (U+2068 … U+2069, core `isolate`), the board did not: the same words, two ways. A name is in the
// UI locale, but a tag the browser cannot name ("qaa", a private-use tag) is shown as written (core `languageName`): Latin in
// an Arabic sentence, whose order the isolate keeps. Both widgets now isolate it.
describe('"Ingen stemme for …": the board and the ladder isolate the language name alike', () => {
  afterEach(async () => {
    setSpeechEngine(null);
    await setLocale('nb');
  });

  for (const [ui, language] of [['nb', 'ti'], ['ar', 'ti'], ['ar', 'qaa']] as const) {
    it(`${ui} UI, participant language ${language}: the card menu, the edit form and the ladder say the same, the name isolated`, async () => {
      await setLocale(ui);
      setSpeechEngine(sayingSpeech(['nb']).engine);
      const isolated = `\u2068${languageName(language, ui)}\u2069`;
      const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${plan(language)}></vk-plan-board>`);
      const item = (await openMenu(el, 'nb-only')).querySelector('[data-action="record"]')!.textContent!.trim();
      await menuAction(el, 'nb-only', 'edit');
      for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('.edit-form .no-voice-note'); i++) await frame();
      const note = el.shadowRoot!.querySelector('.edit-form .no-voice-note')!.textContent!.trim();
      const ladder = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${{ version: 1, title: 'Praksis', participantLanguage: language, phases: [{ id: 'p1', title: 'Fase 1', tasks: [{ id: 't1', title: { nb: 'Vaske gulv' }, level: 'not-started' }] }] }}></vk-task-ladder>`);
      await settle(ladder);
      const task = ladder.shadowRoot!.querySelector('.no-voice')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(item, 'menu item').to.contain(isolated);
      expect(note, 'edit form').to.equal(item);
      expect(task, 'ladder').to.contain(isolated);
      expect(task.replace(/ — .*$/, ''), 'ladder = board up to the dash').to.equal(item.replace(/ — .*$/, ''));
    });
  }
});
