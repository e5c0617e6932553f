// The ladder's recorder failed to load, then the connection came back: the next recording view asks
// for it again (whatwg/html#10327) and the notice goes. A page of its own (once loaded, the recorder
// stays in the page's module map; test/core/load-failure-recorder.test.ts has the board's case).
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { shadowAll } from '../helpers/index.js';
import { blockDuring, notice, noticeOf } from '../helpers/load-failure.js';

describe('the ladder’s recorder that failed to load', () => {
  blockDuring(['*/core/recorder.*']);

  it('the connection back, another task’s recording view brings it, and the notice goes', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    shadowAll(el, '.record-control')[1].click();
    await noticeOf(el);
    await executeServerCommand('vk-block-urls', { urls: [] });
    shadowAll(el, '.record-control')[0].click();
    for (let i = 0; i < 100 && !customElements.get('vk-audio-recorder'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(customElements.get('vk-audio-recorder')).to.not.equal(undefined);
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('.vk-popover:popover-open vk-audio-recorder'), 'the panel offers it').to.not.equal(null);
    expect(notice(el)).to.equal(null);
  });
});
