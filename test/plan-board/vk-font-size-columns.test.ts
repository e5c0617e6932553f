/**
 * A side-by-side column is as wide as its words need, in times the board's own text: the default
 * `--vk-plan-column-width` was 13rem and the word-fit cap 30rem, the root's font size, so with
 * `--vk-font-size: 2rem` at a 16 px root a column of 32 px text was 208 px at least (6.5 of its
 * words' size), where 32 px page text gives 416 px (13 × 32). Now both give 416 px; a host's
 * `--vk-plan-column-width` still wins.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { createAminaPlan } from '../../src/presets/plan.js';
import { setLocale } from '../../src/core/localize.js';
import { overflows, splitWords } from '../a11y/layout-checks.js';

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

type Mode = 'adviser' | 'participant';

async function mount(lang: 'nb' | 'ar', mode: Mode, style: string): Promise<VkPlanBoard> {
  await setViewport({ width: 1320, height: 900 });
  await setLocale(lang);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="inline-size: 1280px; ${style}"><vk-plan-board mode=${mode} .value=${createAminaPlan()}></vk-plan-board></div>`);
  const board = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
  await waitUntil(() => board.shadowRoot?.querySelector('.card'), 'cards drawn');
  await document.fonts.ready;
  await frame();
  await frame();
  await board.updateComplete;
  await frame();
  return board;
}

const widths = (board: VkPlanBoard): number[] => Array.from((board.shadowRoot as ShadowRoot).querySelectorAll<HTMLElement>('.column')).map((c) => c.getBoundingClientRect().width);

describe('<vk-plan-board> columns in times its own text (--vk-font-size 2rem, 16 px root, 1280 px)', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setLocale('nb');
  });
  after(() => setViewport({ width: 800, height: 600 }));

  for (const mode of ['adviser', 'participant'] as const) {
    for (const lang of ['nb', 'ar'] as const) {
      it(`${mode}, ${lang}: every column at least 13 × 32 px, side by side, nothing outside, no word split`, async function () {
        this.timeout(20000);
        const board = await mount(lang, mode, '--vk-font-size: 2rem');
        expect(parseFloat(getComputedStyle(board).fontSize), 'the board’s text at 32 px').to.equal(32);
        const root = board.shadowRoot as ShadowRoot;
        expect(root.querySelector('[role="tablist"]'), 'side by side, no day switcher').to.equal(null);
        const columns = widths(board);
        expect(columns.length).to.equal(createAminaPlan().columns.length);
        for (const width of columns) expect(width, `a column ${width} px`).to.be.at.least(26 * 16 - 0.5);
        const failures = [...overflows(board).map((o) => `${o.where} outside by ${o.left}/${o.right} px`), ...splitWords(board).map((w) => `"${w.word}" split in ${w.where}`)];
        expect(failures, failures.join('\n')).to.deep.equal([]);
      });
    }

    it(`${mode}: the columns are as wide as with the page's text at 32 px`, async function () {
      this.timeout(20000);
      const own = widths(await mount('nb', mode, '--vk-font-size: 2rem'));
      document.documentElement.style.fontSize = '32px';
      const page = widths(await mount('nb', mode, ''));
      expect(own.map(Math.round)).to.deep.equal(page.map(Math.round));
    });
  }

  it("a host's --vk-plan-column-width still wins (300px at 32 px text)", async function () {
    this.timeout(20000);
    const board = await mount('nb', 'adviser', '--vk-font-size: 2rem; --vk-plan-column-width: 300px');
    // The words' need (board-words.ts) may widen a column past the host's minimum, never below it.
    const columns = widths(board);
    for (const width of columns) expect(width).to.be.at.least(299.5);
    expect(Math.min(...columns), 'not the 416 px default').to.be.below(26 * 16);
  });
});
