import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { frame, samplePlan } from './helpers.js';

// A participant with low vision zooms in on a phone and drags sideways to see the rest of a card:
// the day switched instead of the page panning (the narrow row's `touch-action: pan-y` kept the
// finger from the browser, so the drag reached the swipe). Real touches (CDP) on a page zoomed
// through CDP `Emulation.setPageScaleFactor` (web-test-runner.config.mjs: vk-page-scale,
// vk-touch-drag), so the browser applies touch-action as it does for a finger.

const shown = (el: VkPlanBoard): string | null | undefined => el.shadowRoot?.querySelector('.column')?.getAttribute('data-column');

async function phoneBoard(): Promise<{ el: VkPlanBoard; columns: HTMLElement }> {
  await setViewport({ width: 360, height: 640 });
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${samplePlan()}></vk-plan-board>`);
  await waitUntil(() => el.shadowRoot?.querySelector('[role="tablist"]'), 'one day at a time on a 360 px phone');
  return { el, columns: el.shadowRoot?.querySelector('.columns') as HTMLElement };
}

/** One finger across the day, right to left, 100 px, inside what a 2× zoom shows (180 px wide). */
async function dragAcross(columns: HTMLElement): Promise<void> {
  const box = columns.getBoundingClientRect();
  const y = box.top + 40;
  await executeServerCommand('vk-touch-drag', { from: { x: 150, y }, to: { x: 50, y } });
}

async function zoom(scale: number): Promise<void> {
  await executeServerCommand('vk-page-scale', { scale });
  await waitUntil(() => visualViewport?.scale === scale, `page scale ${scale}`);
  // visualViewport fires resize in the next rendering update.
  await frame();
  await frame();
}

describe('plan board on a pinch-zoomed phone: a sideways drag pans, it is no day swipe', () => {
  afterEach(async () => {
    await zoom(1);
    await setViewport({ width: 800, height: 600 });
  });

  it('zoomed in (2×), a one-finger sideways drag on the day pans the page and keeps the day', async () => {
    const { el, columns } = await phoneBoard();
    await zoom(2);
    expect(visualViewport?.offsetLeft).to.equal(0);
    await dragAcross(columns);
    await el.updateComplete;
    expect(shown(el), 'the day after the drag').to.equal('mon');
    await waitUntil(() => (visualViewport?.offsetLeft ?? 0) > 0, 'the zoomed page panned sideways');
  });

  it('not zoomed, the same drag is a swipe: the next day', async () => {
    const { el, columns } = await phoneBoard();
    await dragAcross(columns);
    await el.updateComplete;
    expect(shown(el)).to.equal('tue');
  });

  it('zoomed out again, the drag swipes again', async () => {
    const { el, columns } = await phoneBoard();
    await zoom(2);
    await zoom(1);
    await dragAcross(columns);
    await el.updateComplete;
    expect(shown(el)).to.equal('tue');
  });
});
