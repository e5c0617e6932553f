/**
 * Unset `orientation`, a tracker is horizontal only where every word fits a step and each step has
 * 8.25 times the tracker's own text (132 px at 16 px). It was a fixed 132 px: with
 * `--vk-font-size: 2rem` (or the page's text at 32 px) four steps in an 800 px tracker (200 px a
 * step, 6.25 of its 32 px text) were set side by side. Now 32 px text wants 264 px a step, and the
 * same tracker with the page's text at 32 px takes the same form.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { setLocale } from '../../src/core/localize.js';
import { mountTracker, short } from './mount.js';
import { overflows, splitWords } from '../a11y/layout-checks.js';


const frames = async (count: number): Promise<void> => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};
const mount = (width: number, locale: 'nb' | 'ar', fontSize?: string): Promise<VkStepTracker> => mountTracker(width, locale, short, { fontSize });

describe('<vk-step-tracker> the roomy horizontal form in times its own text', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setLocale('nb');
  });

  for (const locale of ['nb', 'ar'] as const) {
    it(`${locale}, --vk-font-size 2rem, 800 px (200 px a step): vertical; nothing outside, no word split`, async () => {
      const el = await mount(800, locale, '2rem');
      expect(parseFloat(getComputedStyle(el).fontSize), 'the tracker’s text at 32 px').to.equal(32);
      expect(el.layout).to.equal('vertical');
      const failures = [...overflows(el).map((o) => `${o.where} outside by ${o.left}/${o.right} px`), ...splitWords(el.parentElement as HTMLElement).map((w) => `"${w.word}" split in ${w.where}`)];
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  }

  it('--vk-font-size 2rem: horizontal from 264 px a step, as with the page’s text at 32 px', async () => {
    const own = [(await mount(800, 'nb', '2rem')).layout, (await mount(1040, 'nb', '2rem')).layout, (await mount(1100, 'nb', '2rem')).layout];
    document.documentElement.style.fontSize = '32px';
    const page = [(await mount(800, 'nb')).layout, (await mount(1040, 'nb')).layout, (await mount(1100, 'nb')).layout];
    expect(own).to.deep.equal(['vertical', 'vertical', 'horizontal']);
    expect(page, 'the page’s text at 32 px').to.deep.equal(own);
  });

  // The width probe used to be zero-height: its observer saw widths only, so a change of the text
  // size alone left the form of the old size until the next resize or render.
  for (const [change, set, unset] of [
    ['--vk-font-size', (el: HTMLElement) => el.parentElement!.style.setProperty('--vk-font-size', '2rem'), (el: HTMLElement) => el.parentElement!.style.removeProperty('--vk-font-size')],
    ['the page’s text size', () => (document.documentElement.style.fontSize = '32px'), () => (document.documentElement.style.fontSize = '')],
  ] as const) {
    it(`a change of ${change} alone (the width stays) re-tiers within two frames`, async () => {
      const el = await mount(800, 'nb');
      const shown = (): string | undefined => el.shadowRoot!.querySelector<HTMLElement>('.tracker')?.dataset.layout;
      expect([el.layout, shown()], 'at 16 px text, 200 px a step').to.deep.equal(['horizontal', 'horizontal']);
      set(el);
      await frames(2);
      expect(parseFloat(getComputedStyle(el).fontSize), 'the tracker’s text').to.equal(32);
      expect([el.layout, shown()], 'at 32 px text (264 px a step wanted)').to.deep.equal(['vertical', 'vertical']);
      unset(el);
      await frames(2);
      expect([el.layout, shown()], 'back at 16 px text').to.deep.equal(['horizontal', 'horizontal']);
    });
  }

  it('unchanged at 16 px text: horizontal from 132 px a step', async () => {
    expect((await mount(600, 'nb')).layout).to.equal('horizontal');
    expect((await mount(520, 'nb')).layout).to.equal('vertical');
  });
});
