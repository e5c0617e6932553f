/**
 * The board's one-column tier (NARROW_BELOW, 30 times its text) follows the board's own text size,
 * `--vk-font-size`, not only the page's: it was compared with the root's font size (remScaled), so
 * with `--vk-font-size: 2rem` at a 16 px root a 768 px board (24 of its 32 px text) set five 13rem
 * columns side by side and scrolled sideways, where 32 px text at the root gives one day at a time.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { createAminaPlan } from '../../src/presets/plan.js';
import { setLocale } from '../../src/core/localize.js';
import { overflows, splitWords } from '../a11y/layout-checks.js';

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

async function mount(lang: 'nb' | 'ar', width: number, fontSize = '2rem'): Promise<{ wrapper: HTMLDivElement; board: VkPlanBoard }> {
  await setViewport({ width: Math.max(width + 40, 400), height: 800 });
  await setLocale(lang);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="inline-size: ${width}px; --vk-font-size: ${fontSize}"><vk-plan-board mode="adviser" .value=${createAminaPlan()}></vk-plan-board></div>`);
  const board = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
  await waitUntil(() => board.shadowRoot?.querySelector('.card'), 'cards drawn');
  await frame();
  await frame();
  await board.updateComplete;
  await document.fonts.ready;
  return { wrapper, board };
}

const columns = (board: VkPlanBoard): number => (board.shadowRoot as ShadowRoot).querySelectorAll('.column').length;
const tablist = (board: VkPlanBoard): Element | null => (board.shadowRoot as ShadowRoot).querySelector('[role="tablist"]');

describe('<vk-plan-board> one column at a time below 30 times its own text (--vk-font-size 2rem, 16 px root)', () => {
  afterEach(() => setLocale('nb'));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['nb', 'ar'] as const) {
    it(`${lang}, 768 px: one day at a time under the day switcher; nothing sideways, no word split`, async function () {
      this.timeout(20000);
      const { board } = await mount(lang, 768);
      expect(parseFloat(getComputedStyle(board).fontSize), 'the board’s text at 32 px').to.equal(32);
      expect(tablist(board), 'the day switcher').to.not.equal(null);
      expect(columns(board), 'columns drawn').to.equal(1);
      const failures = [...overflows(board).map((o) => `${o.where} outside by ${o.left}/${o.right} px`), ...splitWords(board).map((w) => `"${w.word}" split in ${w.where}`)];
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  }

  it('from 960 px (30 × 32 px) every column side by side', async function () {
    this.timeout(20000);
    const { board } = await mount('nb', 960);
    expect(tablist(board)).to.equal(null);
    expect(columns(board)).to.equal(createAminaPlan().columns.length);
  });

  it('a change of --vk-font-size alone (the width stays) switches the tier', async function () {
    this.timeout(20000);
    const { wrapper, board } = await mount('nb', 768, '1rem');
    expect(tablist(board), 'side by side at 16 px text').to.equal(null);
    wrapper.style.setProperty('--vk-font-size', '2rem');
    await waitUntil(() => tablist(board) && columns(board) === 1, 'one column once the board’s text is 32 px');
    wrapper.style.setProperty('--vk-font-size', '1rem');
    await waitUntil(() => !tablist(board) && columns(board) > 1, 'side by side again at 16 px');
  });
});
