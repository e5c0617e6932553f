import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument, Task } from '../../src/task-ladder/task-ladder.types.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { sayingSpeech } from '../helpers/speech.js';
import { settle, shadowAll } from '../helpers/index.js';

// The adviser's "Ingen stemme for tigrinja — ta opp en" asked whether the task's participant-language
// line could be heard, taking the Norwegian title as that line when the task had no text in the
// language: with a Tigrinya voice, a task written only in Norwegian showed no notice, though read
// aloud it is said in Norwegian alone (bilingualSpeech adds no Tigrinya line, and never says the
// Norwegian words in the Tigrinya voice): the participant hears nothing in their language. The
// board's participant card says "Ingen lyd" in the same case (board-voice.ts `silent`).

const saying = sayingSpeech;

function ladder(participantLanguage: string, tasks: Task[]): LadderDocument {
  return { version: 1, title: 'Praksis', participantLanguage, phases: [{ id: 'p1', title: 'Fase 1', tasks }] };
}

const noticed = (el: VkTaskLadder): string[] => shadowAll(el, '.no-voice').map((n) => n.closest('li')!.querySelector<HTMLElement>('.task-button')!.dataset.key!);

const tasks: Task[] = [
  { id: 'nb-only', title: { nb: 'Vaske gulv' }, level: 'not-started' },
  { id: 'plain', title: 'Lage dagens rett', level: 'not-started' },
  { id: 'both', title: { nb: 'Ta oppvasken', ti: 'ሳሕኒ ምሕጻብ' }, level: 'not-started' },
  { id: 'recorded', title: { nb: 'Tørke av benker' }, audio: { ti: '/recordings/benker-ti.webm' }, level: 'not-started' },
];

describe('task ladder: "no voice" for a task with no text in the participant language', () => {
  afterEach(() => setSpeechEngine(null));

  it('a Tigrinya voice does not hear a Norwegian-only title: the adviser is asked to record one', async () => {
    setSpeechEngine(saying(['nb', 'ti']).engine);
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${ladder('ti', tasks)}></vk-task-ladder>`);
    await settle(el);
    expect(noticed(el)).to.deep.equal(['nb-only', 'plain']);
  });

  it('read aloud, such a task is said in Norwegian alone, never in the Tigrinya voice', async () => {
    const speech = saying(['nb', 'ti']);
    setSpeechEngine(speech.engine);
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder mode="participant" .value=${ladder('ti', tasks)}></vk-task-ladder>`);
    await settle(el);
    shadowAll(el, '.task-button').find((b) => b.dataset.key === 'nb-only')!.click();
    await settle(el);
    expect(speech.said).to.deep.equal(['nb:Vaske gulv']);
  });

  it('a Norwegian (nynorsk) participant hears the Norwegian title: no notice', async () => {
    setSpeechEngine(saying(['nb', 'nn']).engine);
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${ladder('nn', tasks)}></vk-task-ladder>`);
    await settle(el);
    expect(noticed(el)).to.deep.equal([]);
  });

  it('a nynorsk participant\'s bokmål title is asked about in bokmål, the language it is written in (a host engine with only nb voices: no notice)', async () => {
    // docs/contract.md: an engine is given the language a line is written in. Before, the ladder asked
    // the engine for an `nn` voice for a title written in bokmål, and told the adviser to record one.
    setSpeechEngine(saying(['nb']).engine);
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${ladder('nn', tasks.filter((t) => t.id === 'nb-only'))}></vk-task-ladder>`);
    await settle(el);
    expect(noticed(el)).to.deep.equal([]);
  });
});
