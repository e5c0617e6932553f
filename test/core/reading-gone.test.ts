import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { settle } from '../helpers/index.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { endlessSpeech } from '../helpers/speech.js';
import { readingBoard, samplePlan } from '../plan-board/helpers.js';
import { sampleLadder } from '../task-ladder/sample.js';

const readControl = (el: VkTaskLadder, id: string): HTMLElement =>
  ([...el.shadowRoot!.querySelectorAll<HTMLElement>('.task-button')].find((b) => b.dataset.key === id)!.closest('li') as HTMLElement).querySelector<HTMLElement>('.read-control')!;

// As a day switched away (04acfb9) and a disabled widget (6 Dec): an adviser's system writes a new
// value while the participant listens — the card or task being read is removed (or the document
// with it). Before, its words went on: the item, its highlight and the press that would stop the
// reading had left the screen, so nothing there could stop it.
describe('the item being read aloud is removed by a host value: the reading stops', () => {
  afterEach(() => setSpeechEngine(null));

  it('plan board: the card being read removed', async () => {
    const { el, speech } = await readingBoard('c1');
    const doc = samplePlan();
    el.value = { ...doc, cards: doc.cards.filter((card) => card.id !== 'c1') };
    await settle(el);
    expect(speech.stopped).to.deep.equal(['Norskkurs. 09:00–11:30']);
  });

  it('plan board: a card elsewhere removed, or the value written back unchanged, keeps the reading', async () => {
    const { el, speech } = await readingBoard('c1');
    const doc = samplePlan();
    el.value = { ...doc, cards: doc.cards.filter((card) => card.id !== 'c4') };
    await settle(el);
    expect(speech.stopped).to.deep.equal([]);
  });

  it('plan board: the day being read removed', async () => {
    const speech = endlessSpeech();
    setSpeechEngine(speech.engine);
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${samplePlan()}></vk-plan-board>`);
    el.shadowRoot!.querySelector<HTMLElement>('.column[data-column="mon"] .read')!.click();
    await settle(el);
    expect(speech.stopped).to.deep.equal([]);
    const doc = samplePlan();
    el.value = { ...doc, columns: doc.columns.filter((column) => column.id !== 'mon'), cards: doc.cards.filter((card) => card.columnId !== 'mon') };
    await settle(el);
    expect(speech.stopped.length).to.equal(1);
    await settle(el);
    expect(speech.stopped.length, 'no card of the removed day is read after it').to.equal(1);
  });

  it('task ladder: the task being read removed, or the whole document', async () => {
    const speech = endlessSpeech();
    setSpeechEngine(speech.engine);
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder mode="participant" .value=${sampleLadder()}></vk-task-ladder>`);
    readControl(el, 't2').click();
    await settle(el);
    const doc = sampleLadder();
    el.value = { ...doc, phases: doc.phases.map((phase) => ({ ...phase, tasks: phase.tasks.filter((task) => task.id !== 't1') })) };
    await settle(el);
    expect(speech.stopped, 'another task removed').to.deep.equal([]);
    el.value = { ...doc, phases: doc.phases.map((phase) => ({ ...phase, tasks: phase.tasks.filter((task) => task.id !== 't2') })) };
    await settle(el);
    expect(speech.stopped).to.deep.equal(['Kutte grønnsaker']);
    readControl(el, 't1').click();
    await settle(el);
    el.value = null;
    await settle(el);
    expect(speech.stopped).to.deep.equal(['Kutte grønnsaker', 'Ta oppvasken']);
  });
});
