/**
 * With `--vk-font-size` in px, a change of the page's text size alone (the root's, which a user's
 * browser text setting or a host's zoom control sets) leaves the tracker's own text as it is, but
 * its rem parts grow: the marker (2.5rem), the step's padding, the status and due lines (0.875rem).
 * Whether every word fits a horizontal step counts them (`#chooseLayout`). The width probe is 1em
 * tall, so its observer saw no change, and the tracker kept the horizontal form chosen at the old
 * size, its status words now wider than a step. Now it re-tiers as a tracker drawn at that size.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { mountTracker, short } from './mount.js';

const frames = async (count: number): Promise<void> => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};
const shown = (el: VkStepTracker): string | undefined => el.shadowRoot!.querySelector<HTMLElement>('.tracker')?.dataset.layout;

describe('<vk-step-tracker> --vk-font-size in px, the page’s text size changed alone', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  it('re-tiers within two frames, as a tracker drawn at that size; and back', async () => {
    // 150 px a step at 16 px text: roomy (132 px) whatever the root, and the words fit at a 16 px root.
    const el = await mountTracker(600, 'nb', short, { fontSize: '16px' });
    expect([el.layout, shown(el)], 'at a 16 px root').to.deep.equal(['horizontal', 'horizontal']);
    document.documentElement.style.fontSize = '40px';
    await frames(2);
    expect(parseFloat(getComputedStyle(el).fontSize), 'the tracker’s own text stays').to.equal(16);
    const fresh = await mountTracker(600, 'nb', short, { fontSize: '16px' });
    expect(fresh.layout, 'drawn at a 40 px root: the status words do not fit a step').to.equal('vertical');
    expect([el.layout, shown(el)], 'the first tracker, after the change').to.deep.equal(['vertical', 'vertical']);
    document.documentElement.style.fontSize = '';
    await frames(2);
    expect([el.layout, shown(el)], 'back at a 16 px root').to.deep.equal(['horizontal', 'horizontal']);
  });
});
