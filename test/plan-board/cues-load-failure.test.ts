import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { createAminaPlan } from '../../src/presets/plan.js';
import { blockDuring, notice } from '../helpers/load-failure.js';
import { deepActive, frame } from './helpers.js';

// The edge cues load just after the first render, in a chunk of their own (scroll-cue.ts). They
// are decoration: when that chunk cannot load (gone after a redeploy) the board works without
// them, says nothing, and no promise rejects unhandled. The paper CSS came in the same chunk
// (016b977c): a print before it arrived, or ever when it failed, printed the screen layout
// (toolbar, controls, cut-off days). It is up front again.

describe('plan board: the edge cues\' chunk cannot load', () => {
  blockDuring(['*/scroll-cue.*']);
  const rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent): void => void rejections.push(event.reason);
  before(() => addEventListener('unhandledrejection', onRejection));
  after(() => removeEventListener('unhandledrejection', onRejection));
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('no unhandled rejection, no notice, no cues; the keyboard still moves between days', async () => {
    await setViewport({ width: 768, height: 900 });
    const board = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${createAminaPlan()}></vk-plan-board>`);
    await waitUntil(() => board.shadowRoot!.querySelector('.card-button'), 'cards');
    for (let i = 0; i < 10; i++) {
      await new Promise((resolve) => setTimeout(resolve, 30));
      await frame();
    }
    expect(rejections, 'no unhandled rejection').to.deep.equal([]);
    expect(notice(board), 'no load-failure notice: the cues are decoration').to.equal(null);
    expect(board.shadowRoot!.querySelector('.cue')).to.equal(null);
    const first = board.shadowRoot!.querySelector<HTMLElement>('.card-button')!;
    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    await board.updateComplete;
    const now = deepActive() as HTMLElement;
    expect(now.classList.contains('card-button')).to.equal(true);
    expect(now.closest('.column')).to.not.equal(first.closest('.column'));
  });

  it('printed right after the first render (the cues never come): the paper layout, no toolbar or card controls, the week on one row', async () => {
    await setViewport({ width: 1047, height: 1000 });
    await emulateMedia({ media: 'print' });
    const board = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${createAminaPlan()}></vk-plan-board>`);
    await board.updateComplete;
    const root = board.shadowRoot!;
    for (const selector of ['.toolbar', '.card-actions']) {
      const el = root.querySelector(selector);
      expect(el, selector).to.not.equal(null);
      expect(getComputedStyle(el!).display, `${selector} is not printed`).to.equal('none');
    }
    const columns = Array.from(root.querySelectorAll('.column')).map((c) => c.getBoundingClientRect());
    expect(columns.length).to.equal(5);
    expect(new Set(columns.map((c) => Math.round(c.top))).size, 'one row').to.equal(1);
    const row = root.querySelector('.columns')!.getBoundingClientRect();
    expect(Math.max(...columns.map((c) => c.right)), 'no day cut off at the edge').to.be.at.most(row.right + 0.5);
  });
});
