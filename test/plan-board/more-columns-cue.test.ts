import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { createAminaPlan } from '../../src/presets/plan.js';
import { setLocale } from '../../src/core/localize.js';
import { deepActive, frame, lateLoaded } from './helpers.js';

// At 768 px (a tablet) the participant board's five columns need about 1,084 px: two are cut at
// the edge and the row scrolls sideways, but touch tablets show no scrollbar and the peek of a cut
// column is easy to miss. A chevron on a fade now shows at the edge more columns lie beyond — the
// end in the reading direction, and the start once scrolled — in right-to-left too; it is
// decoration (aria-hidden, no pointer events: a tap there reaches the card beneath).

const root = (board: VkPlanBoard): ShadowRoot => board.shadowRoot as ShadowRoot;
const row = (board: VkPlanBoard): HTMLElement => root(board).querySelector<HTMLElement>('.columns')!;
const cue = (board: VkPlanBoard, edge: 'start' | 'end'): HTMLElement | null => row(board).parentElement!.querySelector<HTMLElement>(`.cue[data-edge="${edge}"]`);
const shown = (board: VkPlanBoard, edge: 'start' | 'end'): boolean => {
  const el = cue(board, edge);
  return !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width > 0;
};
const settled = async (board: VkPlanBoard): Promise<void> => {
  await board.updateComplete;
  await frame();
  await frame();
};

describe('plan board at 768 px: a cue that more columns follow', () => {
  afterEach(async () => {
    document.documentElement.dir = '';
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const locale of ['nb', 'ar']) {
    it(`${locale}: the cue shows at the end edge of the reading direction, then at the start once scrolled to the end`, async () => {
      await setViewport({ width: 768, height: 1024 });
      await setLocale(locale);
      document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
      const board = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${createAminaPlan()}></vk-plan-board>`);
      await waitUntil(() => root(board).querySelector('.card'), 'cards');
      await lateLoaded(board);
      await settled(board);
      const columns = row(board);
      expect(columns.scrollWidth, 'the columns are cut').to.be.above(columns.clientWidth);
      expect(shown(board, 'end')).to.equal(true);
      expect(shown(board, 'start')).to.equal(false);
      const box = columns.getBoundingClientRect(), end = cue(board, 'end')!.getBoundingClientRect(); // prettier-ignore
      if (locale === 'ar') expect(Math.round(end.left), 'right-to-left: the end is the left edge').to.equal(Math.round(box.left));
      else expect(Math.round(end.right)).to.equal(Math.round(box.right));
      // Scrolled to the end (scrollLeft runs negative in right-to-left).
      columns.scrollLeft = (locale === 'ar' ? -1 : 1) * (columns.scrollWidth - columns.clientWidth);
      await waitUntil(() => shown(board, 'start'), 'the start cue once scrolled');
      expect(shown(board, 'end')).to.equal(false);
      const start = cue(board, 'start')!.getBoundingClientRect();
      if (locale === 'ar') expect(Math.round(start.right)).to.equal(Math.round(box.right));
      else expect(Math.round(start.left)).to.equal(Math.round(box.left));
    });
  }

  it('keyboard: moving focus to a cut column scrolls it in, and the cues follow', async () => {
    await setViewport({ width: 768, height: 1024 });
    const board = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${createAminaPlan()}></vk-plan-board>`);
    await waitUntil(() => root(board).querySelector('.card'), 'cards');
    await lateLoaded(board);
    await settled(board);
    const buttons = Array.from(root(board).querySelectorAll<HTMLElement>('.card-button'));
    buttons[buttons.length - 1].focus();
    await waitUntil(() => shown(board, 'start'), 'the start cue after focus scrolled the row');
  });

  it('the cue is decoration: hidden from assistive technology, and a tap on it reaches what is beneath', async () => {
    await setViewport({ width: 768, height: 1024 });
    const board = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${createAminaPlan()}></vk-plan-board>`);
    await waitUntil(() => root(board).querySelector('.card'), 'cards');
    await lateLoaded(board);
    await settled(board);
    const end = cue(board, 'end')!;
    expect(shown(board, 'end')).to.equal(true);
    expect(end.getAttribute('aria-hidden')).to.equal('true');
    expect(end.textContent?.trim()).to.equal('');
    const mark = end.querySelector('.cue-mark')!.getBoundingClientRect();
    const hit = root(board).elementFromPoint(mark.left + mark.width / 2, mark.top + mark.height / 2);
    expect(hit && end.contains(hit), 'the point is not taken by the cue').to.equal(false);
  });
  // Focus scrolled the card into view, not its column: the column's padding stayed beyond the edge,
  // which counted as "more", so the cue stayed over the focused card's menu button (WCAG 2.4.11).
  // Now the row keeps a focused control a cue's width from its edges (scroll-padding-inline), and
  // only what lies beyond the row's own padding counts as more.
  for (const [locale, width] of [['nb', 768], ['nb', 1024], ['ar', 768]] as const) {
    it(`${locale} at ${width} px: by keyboard to the last day's card menu and back to the first, no cue covers the focused button`, async () => {
      await setViewport({ width, height: 900 });
      await setLocale(locale);
      document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
      const board = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${createAminaPlan()}></vk-plan-board>`);
      await waitUntil(() => root(board).querySelector('.card'), 'cards');
      await lateLoaded(board);
      await settled(board);
      expect(row(board).scrollWidth, 'the columns are cut').to.be.above(row(board).clientWidth);
      const frameOf = row(board).parentElement!;
      const clear = async (edge: 'start' | 'end'): Promise<void> => {
        await settled(board);
        const button = deepActive() as HTMLElement;
        expect(button.classList.contains('menu-button'), 'the card menu button has focus').to.equal(true);
        expect(frameOf.hasAttribute(edge === 'end' ? 'data-more-after' : 'data-more-before'), `nothing more beyond the ${edge}`).to.equal(false);
        const at = button.getBoundingClientRect();
        for (const side of ['start', 'end'] as const) {
          if (!shown(board, side)) continue;
          const c = cue(board, side)!.getBoundingClientRect();
          const overlap = Math.min(c.right, at.right) - Math.max(c.left, at.left);
          expect(overlap, `the ${side} cue does not cover the focused button`).to.be.at.most(0);
        }
      };
      root(board).querySelector<HTMLElement>('.card-button')!.focus();
      const toEnd = locale === 'ar' ? 'ArrowLeft' : 'ArrowRight', toStart = locale === 'ar' ? 'ArrowRight' : 'ArrowLeft'; // prettier-ignore
      for (let i = 0; i < 4; i++) await sendKeys({ press: toEnd });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await clear('end');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      for (let i = 0; i < 4; i++) await sendKeys({ press: toStart });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await clear('start');
    });
  }
});
