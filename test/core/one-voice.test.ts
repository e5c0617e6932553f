import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { settle } from '../helpers/index.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { endlessSpeech } from '../helpers/speech.js';
import { cardButton, cardItem, samplePlan } from '../plan-board/helpers.js';
import { sampleLadder } from '../task-ladder/sample.js';

const task = (el: VkTaskLadder, id: string): HTMLElement =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.task-button')].find((b) => b.dataset.key === id)!.closest('li') as HTMLElement;

// A participant's page with their week (plan board) and their work practice (task ladder): the
// browser has one voice. Before, each widget stopped only its own reading: pressing "read" on the
// ladder while the board read a card left the board reading (with the browser's speechSynthesis
// the ladder's words queued silently behind the board's; recordings played over each other) and
// both showed as being read; and the board's stop — speechSynthesis.cancel() — silenced the ladder too.
describe('one reading at a time on a page, across widgets', () => {
  afterEach(() => setSpeechEngine(null));

  it('starting a reading in one widget stops the one under way in another', async () => {
    const speech = endlessSpeech();
    setSpeechEngine(speech.engine);
    const page = await fixture<HTMLDivElement>(html`<div>
      <vk-plan-board mode="participant" .value=${samplePlan()}></vk-plan-board>
      <vk-task-ladder mode="participant" .value=${sampleLadder()}></vk-task-ladder>
    </div>`);
    const board = page.querySelector('vk-plan-board') as VkPlanBoard;
    const ladder = page.querySelector('vk-task-ladder') as VkTaskLadder;
    await Promise.all([settle(board), settle(ladder)]);
    cardButton(board, 'c1').click();
    await settle(board);
    expect(cardItem(board, 'c1').hasAttribute('data-speaking'), 'the card is being read').to.equal(true);
    task(ladder, 't1').querySelector<HTMLElement>('.read-control')!.click();
    await Promise.all([settle(board), settle(ladder)]);
    expect(speech.stopped, 'the card\'s voice stopped').to.deep.equal(['Norskkurs. 09:00–11:30']);
    expect(cardItem(board, 'c1').hasAttribute('data-speaking'), 'the card no longer shown as read').to.equal(false);
    expect(task(ladder, 't1').hasAttribute('data-reading'), 'the task is being read').to.equal(true);
    // And back: the board's card stops the ladder's task.
    cardButton(board, 'c2').click();
    await Promise.all([settle(board), settle(ladder)]);
    expect(speech.stopped).to.deep.equal(['Norskkurs. 09:00–11:30', 'Ta oppvasken']);
    expect(task(ladder, 't1').hasAttribute('data-reading')).to.equal(false);
    expect(cardItem(board, 'c2').hasAttribute('data-speaking')).to.equal(true);
  });
});
