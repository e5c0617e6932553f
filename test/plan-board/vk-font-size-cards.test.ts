/**
 * A card's pictogram goes beside its words only in a column at least 18em of the board's own text
 * wide: the query was 18rem, the root's font size, so with `--vk-font-size: 2rem` at a 16 px root
 * a 360 px phone's one column (about 10.5 of its 32 px text) still put the pictogram beside the
 * words of an adviser's card, where only the card's words decided whether they fit.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { createAminaPlan } from '../../src/presets/plan.js';
import { setLocale } from '../../src/core/localize.js';
import { overflows, splitWords } from '../a11y/layout-checks.js';

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

describe('<vk-plan-board> at --vk-font-size 2rem (16 px root), 360 px', () => {
  afterEach(async () => {
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['nb', 'ar'] as const) {
    it(`${lang}: an adviser's cards have the pictogram above the words; nothing sideways, no word split`, async function () {
      this.timeout(20000);
      await setViewport({ width: 360, height: 800 });
      await setLocale(lang);
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="inline-size: 360px; --vk-font-size: 2rem"><vk-plan-board mode="adviser" .value=${createAminaPlan()}></vk-plan-board></div>`);
      const board = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
      const root = board.shadowRoot as ShadowRoot;
      await waitUntil(() => root.querySelector('[role="tablist"]') && root.querySelector('.card'), 'one column at a time, with cards');
      await document.fonts.ready;
      expect(parseFloat(getComputedStyle(board).fontSize), 'the board’s text at 32 px').to.equal(32);
      const failures: string[] = [];
      let cards = 0;
      for (const tab of Array.from(root.querySelectorAll<HTMLElement>('[role="tab"]'))) {
        tab.click();
        await board.updateComplete;
        await frame();
        await frame();
        const day = tab.textContent?.trim();
        const bodies = Array.from(root.querySelectorAll<HTMLElement>('.column:not([hidden]) .card-body'));
        cards += bodies.length;
        for (const body of bodies) {
          const display = getComputedStyle(body).display;
          if (display !== 'contents') failures.push(`${day}: a card's words in a box of their own beside the pictogram (${display})`);
        }
        failures.push(...overflows(board).map((o) => `${day}: ${o.where} outside by ${o.left}/${o.right} px`));
        failures.push(...splitWords(board).map((w) => `${day}: "${w.word}" split in ${w.where}`));
      }
      expect(cards, 'cards checked').to.be.above(3);
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  }
});
