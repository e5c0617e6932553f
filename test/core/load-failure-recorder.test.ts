// The recorder's chunk cannot load (see load-failure.test.ts): the edit form and the ladder's
// recording view go on without it and the widget says why. Blocked for this page alone, before any
// widget exists.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { menuAction, placed, samplePlan } from '../plan-board/helpers.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { record, shadowAll } from '../helpers/index.js';
import { blockDuring, NOTICE, notice, noticeOf, words } from '../helpers/load-failure.js';

describe('the recorder cannot load', () => {
  blockDuring(['*/core/recorder.*']);

  it('plan board: the edit form opens without it, the board says why, and Save still saves', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${{ ...samplePlan(), participantLanguage: 'ar' }}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    await menuAction(el, 'c1', 'edit');
    await placed(el);
    const form = el.shadowRoot?.querySelector<HTMLFormElement>('.edit-form');
    if (!form) throw new Error('no edit form');
    expect((await noticeOf(el)).textContent?.trim()).to.equal(NOTICE);
    expect(customElements.get('vk-audio-recorder')).to.equal(undefined);
    const title = form.querySelector<HTMLInputElement>('[name="title"]') as HTMLInputElement;
    title.value = 'Norskkurs i dag';
    form.requestSubmit();
    await el.updateComplete;
    expect(events.map((e) => (e.detail as { operation: { type: string } }).operation.type)).to.deep.equal(['card.update']);
  });

  it('task ladder: the recording view opens without it and the ladder says why', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    shadowAll(el, '.record-control')[1].click();
    expect(words(await noticeOf(el)), 'its words (with "Prøv igjen": test/task-ladder/recorder-load-retry.test.ts)').to.equal(NOTICE);
    expect(el.shadowRoot?.querySelector('.vk-popover:popover-open'), 'the panel is open').to.not.equal(null);
  });

  // Last here: once loaded, the recorder stays in the page's module map.
  it('plan board: the connection back, the next edit form brings the recorder (whatwg/html#10327), and the notice goes', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${{ ...samplePlan(), participantLanguage: 'ar' }}></vk-plan-board>`);
    await menuAction(el, 'c1', 'edit');
    await noticeOf(el);
    await executeServerCommand('vk-block-urls', { urls: [] });
    await menuAction(el, 'c1', 'edit');
    for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('.edit-form vk-audio-recorder'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(customElements.get('vk-audio-recorder')).to.not.equal(undefined);
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('.edit-form vk-audio-recorder'), 'the form offers it').to.not.equal(null);
    expect(notice(el)).to.equal(null);
  });
});
