import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { createAminaPlan } from '../../src/presets/plan.js';
import { setLocale } from '../../src/core/localize.js';
import { frame } from './helpers.js';

// WCAG 1.4.10 (reflow) on a bare host page: the board alone in the body, the page's own width. At
// 320 px in a page with margins (the board under 18em), or 360 px at 200 % text, the day tabs are one row that scrolls sideways (under 18em of the
// board's text); each tab's visually hidden "2 kort" (position: absolute) escaped that scroller, as
// nothing between it and the page was positioned, and widened the whole page (scrollWidth 446 at
// 320 px, up to 897 at 360 px / 200 %). No part of the board may make the page scroll sideways.

const root = document.documentElement;

async function page(width: number, fontSize: number, lang: 'nb' | 'ar', mode: string, padding = 0): Promise<VkPlanBoard> {
  await setViewport({ width, height: 700 });
  await setLocale(lang);
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
  root.style.fontSize = `${fontSize}px`;
  document.body.style.margin = '0';
  const wrapper = await fixture<HTMLElement>(html`<div style=${`padding-inline: ${padding}px`}><vk-plan-board mode=${mode} .value=${createAminaPlan()}></vk-plan-board></div>`);
  const board = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
  await document.fonts.ready;
  await board.updateComplete;
  await waitUntil(() => board.shadowRoot?.querySelector('.card-button'), 'the cards are shown');
  for (let i = 0; i < 3; i++) await frame();
  await board.updateComplete;
  return board;
}

describe('plan board: the page never scrolls sideways (reflow)', () => {
  after(async () => {
    root.removeAttribute('lang');
    root.removeAttribute('dir');
    root.style.fontSize = '';
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['nb', 'ar'] as const) {
    for (const mode of ['adviser', 'participant']) {
      for (const fontSize of [16, 32]) {
        it(`${lang}, ${mode}, ${fontSize === 16 ? 'normal' : '200 %'} text at 320, 360, 768 and 1280 px`, async () => {
          for (const width of [320, 360, 768, 1280]) {
            const board = await page(width, fontSize, lang, mode);
            const narrow = !!board.shadowRoot?.querySelector('[role="tablist"]');
            expect(root.scrollWidth, `${width} px (${narrow ? 'day tabs' : 'columns'})`).to.be.at.most(root.clientWidth);
          }
        });
      }
      // A host page's margins (the demo's: the board 286 px wide at 320 px) put it under 18em at normal text too: the tabs scroll there.
      it(`${lang}, ${mode}, normal text at 320 px in a page with 17 px margins`, async () => {
        const board = await page(320, 16, lang, mode, 17);
        const tabs = board.shadowRoot!.querySelector<HTMLElement>('[role="tablist"]')!;
        expect(getComputedStyle(tabs).overflowX, 'the tabs are a row that scrolls').to.equal('auto');
        expect(root.scrollWidth).to.be.at.most(root.clientWidth);
      });
    }
  }
});
