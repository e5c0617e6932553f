// QA of 05038de, 5f2dff0, 60f3f88, 53a80b9, b58e3dd: the same texts and recordings as a plan
// board's cards and a task ladder's tasks, for participant languages written several ways (nn, no,
// NB-no, TI, ti-ER) and engines with different voices. The board's participant badge "Ingen lyd",
// the board adviser's "Ingen stemme for … — ta opp en" and the ladder's "Ingen stemme for …" must
// pick the same items, and name the same language.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanCard, PlanDocument } from '../../src/plan-board/plan-board.types.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument, Task } from '../../src/task-ladder/task-ladder.types.js';
import { settle, shadowAll } from '../helpers/index.js';
import { sayingSpeech } from '../helpers/speech.js';
import { cardButton, openMenu } from '../plan-board/helpers.js';

type Item = { id: string; title: PlanCard['title']; audio?: Record<string, string> };
const items: Item[] = [
  { id: 'nb-only', title: { nb: 'Vaske gulv' } },
  { id: 'plain', title: 'Lage dagens rett' },
  { id: 'ti-own', title: { nb: 'Rydde', ti: 'ምጽራይ' } },
  { id: 'rec-ti', title: { nb: 'Tørke av benker' }, audio: { ti: '/r/benker-ti.webm' } },
  { id: 'rec-nn', title: { nb: 'Henge opp klær' }, audio: { nn: '/r/klaer-nn.webm' } },
];

const board = (lang: string): PlanDocument => ({
  version: 1,
  participantLanguage: lang,
  columns: [{ id: 'mon', title: { nb: 'Mandag' } }],
  cards: items.map((i) => ({ id: i.id, columnId: 'mon', pictogram: 'vk:course', title: i.title, ...(i.audio ? { audio: i.audio } : {}) })) as PlanCard[],
});
const ladder = (lang: string): LadderDocument => ({
  version: 1,
  title: 'Praksis',
  participantLanguage: lang,
  phases: [{ id: 'p1', title: 'Fase 1', tasks: items.map((i) => ({ id: i.id, title: i.title, level: 'not-started', ...(i.audio ? { audio: i.audio } : {}) })) as Task[] }],
});

async function badged(lang: string): Promise<string[]> {
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${board(lang)}></vk-plan-board>`);
  await settle(el);
  return items.filter((i) => cardButton(el, i.id).querySelector('.silent-badge')).map((i) => i.id);
}

async function adviserNotes(lang: string): Promise<Map<string, string>> {
  const notes = new Map<string, string>();
  for (const item of items) {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${board(lang)}></vk-plan-board>`);
    await settle(el);
    const record = (await openMenu(el, item.id)).querySelector('[data-action="record"]');
    if (record) notes.set(item.id, record.textContent!.replace(/\s+/g, ' ').trim());
  }
  return notes;
}

async function ladderNotes(lang: string): Promise<Map<string, string>> {
  const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${ladder(lang)}></vk-task-ladder>`);
  // The ladder renders a phase's tasks in batches over frames: wait for them all.
  for (let i = 0; i < 30 && shadowAll(el, '.task-button').length < items.length; i++) await settle(el);
  expect(shadowAll(el, '.task-button')).to.have.length(items.length);
  return new Map(shadowAll(el, '.no-voice').map((n) => [n.closest('li')!.querySelector<HTMLElement>('.task-button')!.dataset.key!, n.textContent!.replace(/\s+/g, ' ').trim()])); // the name isolated (U+2068 … U+2069) in both, compared with the marks
}

describe('QA: "Ingen lyd" / "Ingen stemme for …" agree across the board (participant, adviser) and the ladder', () => {
  afterEach(() => setSpeechEngine(null));

  const cases: Array<[string, string[]]> = [
    ['ti', ['nb', 'ti']],
    ['TI', ['nb', 'ti']],
    ['ti-ER', ['nb', 'ti']],
    ['nn', []],
    ['nn', ['nb']],
    ['nn', ['nn']],
    ['no', ['nb']],
    ['NB-no', []],
    ['NB-no', ['nb']],
  ];
  for (const [lang, voices] of cases) {
    it(`participant ${lang}, voices [${voices.join(', ')}]`, async () => {
      setSpeechEngine(sayingSpeech(voices).engine);
      const participant = await badged(lang);
      const adviser = await adviserNotes(lang);
      const tasks = await ladderNotes(lang);
      expect([...adviser.keys()], 'board adviser = board participant').to.deep.equal(participant);
      expect([...tasks.keys()].sort(), 'ladder = board participant').to.deep.equal([...participant].sort());
      for (const [id, text] of adviser) expect(tasks.get(id)?.replace(/ — .*$/, ''), `the same language named (${id})`).to.equal(text.replace(/ — .*$/, ''));
    });
  }

  // Open (reported, not fixed: which rule is meant?). A nynorsk participant, a host engine with a
  // bokmål voice only, a task/card with bokmål and nynorsk text. The board counts the bokmål line as
  // the participant's own (silent() for nb/nn/no: anything on the card heard) and says nothing; the
  // ladder asks about the nynorsk line alone (participantUtterance: own text first) and says
  // "Ingen stemme for norsk nynorsk — ta opp en". 05038de says the two follow one rule.
  it('a nynorsk participant, a bokmål voice only, bokmål and nynorsk text: board and ladder agree (the bokmål line is theirs)', async () => {
    setSpeechEngine(sayingSpeech(['nb']).engine);
    const both: Item = { id: 'nn-own', title: { nb: 'Ta oppvasken', nn: 'Ta oppvasken no' } };
    items.push(both);
    try {
      const participant = await badged('nn');
      const tasks = await ladderNotes('nn');
      expect([...tasks.keys()].sort(), 'ladder = board participant').to.deep.equal([...participant].sort());
    } finally {
      items.pop();
    }
  });
});
