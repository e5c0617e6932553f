import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { createAminaPlan } from '../../src/presets/plan.js';
import { setLocale } from '../../src/core/localize.js';
import { frame, lateLoaded } from './helpers.js';
import { splitWords } from '../helpers/index.js';

// A 360 px phone at 200 % text (32 px root): the narrow board's five day tabs wrapped one per row
// (about 470 px of tabs), so the day's first card began below the first screen. Now the tabs are
// one row that scrolls sideways there (the tabs pattern unchanged: arrows, Home/End, one tab
// stop), with the selected tab kept in view and edge cues while more tabs lie beyond an edge
// (scroll-cue.ts). At normal text they still wrap, all in view.

const root = (board: VkPlanBoard): ShadowRoot => board.shadowRoot as ShadowRoot;
const tabs = (board: VkPlanBoard): HTMLElement[] => Array.from(root(board).querySelectorAll<HTMLElement>('[role="tab"]'));
const tablist = (board: VkPlanBoard): HTMLElement => root(board).querySelector<HTMLElement>('[role="tablist"]')!;
/** The tab shows whole inside the row's visible part. */
function inView(board: VkPlanBoard, tab: HTMLElement): boolean {
  const row = tablist(board).getBoundingClientRect(), box = tab.getBoundingClientRect(); // prettier-ignore
  return box.left >= row.left - 0.5 && box.right <= row.right + 0.5;
}
/** A cue the user sees: its element is rendered (not display: none). */
const cueShown = (board: VkPlanBoard, edge: 'start' | 'end'): boolean => {
  const cue = tablist(board).parentElement!.querySelector<HTMLElement>(`.cue[data-edge="${edge}"]`);
  return !!cue && getComputedStyle(cue).display !== 'none';
};
const settled = async (board: VkPlanBoard): Promise<void> => {
  await board.updateComplete;
  await frame();
  await frame();
};

async function phone(locale: string, fontSize: string): Promise<VkPlanBoard> {
  await setViewport({ width: 360, height: 800 });
  await setLocale(locale);
  document.documentElement.style.fontSize = fontSize;
  const board = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${createAminaPlan()}></vk-plan-board>`);
  await document.fonts.ready;
  await waitUntil(() => root(board).querySelector('[role="tablist"]'), 'one column at a time');
  await lateLoaded(board);
  await waitUntil(() => tablist(board).parentElement!.querySelector('.cue'), 'the tab row\'s cues');
  await settled(board);
  return board;
}

describe('plan board: the day tabs at 200 % text on a 360 px phone', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const locale of ['nb', 'ar']) {
    it(`${locale}: the five tabs are one row, and the day's first card starts on the first screen`, async () => {
      const board = await phone(locale, '32px');
      const tops = new Set(tabs(board).map((tab) => Math.round(tab.getBoundingClientRect().top)));
      expect(tops.size, 'one row of tabs').to.equal(1);
      expect(tablist(board).getBoundingClientRect().height).to.be.below(2 * tabs(board)[0].getBoundingClientRect().height);
      const card = root(board).querySelector<HTMLElement>('.card-button')!;
      expect(card.getBoundingClientRect().top, 'the first card begins within the 800 px screen').to.be.below(800);
      // More tabs follow in the reading direction: the end cue shows, the start one does not.
      expect(cueShown(board, 'end')).to.equal(true);
      expect(cueShown(board, 'start')).to.equal(false);
    });

    it(`${locale}: End selects the last day and scrolls its tab into view; Home brings back the first (the cues follow)`, async () => {
      const board = await phone(locale, '32px');
      const [first] = tabs(board);
      first.focus();
      await sendKeys({ press: 'End' });
      await settled(board);
      const last = tabs(board)[4];
      expect(last.getAttribute('aria-selected')).to.equal('true');
      expect(root(board).activeElement).to.equal(last);
      expect(inView(board, last), 'the selected tab is in view').to.equal(true);
      expect(cueShown(board, 'start'), 'tabs lie before it').to.equal(true);
      expect(cueShown(board, 'end')).to.equal(false);
      // Roving tabindex kept: one tab stop, the selected tab.
      expect(tabs(board).map((tab) => tab.tabIndex)).to.deep.equal([-1, -1, -1, -1, 0]);
      await sendKeys({ press: 'Home' });
      await settled(board);
      expect(inView(board, tabs(board)[0])).to.equal(true);
      expect(cueShown(board, 'start')).to.equal(false);
    });
  }

  it('a day chosen without the tabs (a swipe, the host) scrolls its tab into view, sideways only: the page stays where it is', async () => {
    const board = await phone('nb', '32px');
    window.scrollTo(0, 300); // reading lower down: the tabs are above the screen
    const y = window.scrollY;
    expect(y).to.be.above(0);
    // What a swipe does: another day, with no focus on the tabs.
    (board as unknown as { currentColumn: number }).currentColumn = 3;
    await settled(board);
    const tab = tabs(board)[3];
    expect(tab.getAttribute('aria-selected')).to.equal('true');
    expect(Math.abs(tablist(board).scrollLeft), 'the row scrolled sideways').to.be.above(0);
    expect(inView(board, tab)).to.equal(true);
    expect(window.scrollY, 'the page did not move').to.equal(y);
  });

  it('the tabs wrap, all in view and with no cues, at normal text; the same phone at 200 % makes them one row', async () => {
    const board = await phone('nb', '');
    for (const tab of tabs(board)) expect(inView(board, tab), tab.textContent ?? '').to.equal(true);
    expect(new Set(tabs(board).map((tab) => Math.round(tab.getBoundingClientRect().top))).size, 'two rows at normal text').to.equal(2);
    expect(cueShown(board, 'end')).to.equal(false);
    expect(cueShown(board, 'start')).to.equal(false);
    document.documentElement.style.fontSize = '32px';
    await waitUntil(() => cueShown(board, 'end'), 'the end cue once the tabs are one row');
    expect(new Set(tabs(board).map((tab) => Math.round(tab.getBoundingClientRect().top))).size).to.equal(1);
  });

  // A 300 px phone (the board 284 px wide, inside the page's margins) at 200 % text: Fredag's tab
  // is wider than the room between the row's scroll paddings, and End aligned it by its physical
  // left edge, so the row stopped short of its end: the last tab cut, under the end cue. The
  // first tab now scrolls the row to its start and the last to its end (in right-to-left too).
  for (const locale of ['nb', 'ar']) {
    it(`${locale}: on a 300 px phone, End scrolls the row to its end (no end cue over the last tab), Home to its start`, async () => {
      await setViewport({ width: 300, height: 800 });
      await setLocale(locale);
      document.documentElement.style.fontSize = '32px';
      const dir = locale === 'ar' ? 'rtl' : 'ltr';
      const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir}><vk-plan-board mode="participant" .value=${createAminaPlan()}></vk-plan-board></div>`);
      const board = wrapper.querySelector('vk-plan-board')!;
      await document.fonts.ready;
      await waitUntil(() => root(board).querySelector('[role="tablist"]'), 'one column at a time');
      await lateLoaded(board);
      await settled(board);
      const row = tablist(board), frameOf = row.parentElement!; // prettier-ignore
      expect(row.scrollWidth, 'the tabs scroll').to.be.above(row.clientWidth);
      tabs(board)[0].focus();
      await sendKeys({ press: 'End' });
      await settled(board);
      const last = tabs(board)[4];
      expect(last.getAttribute('aria-selected')).to.equal('true');
      expect(Math.abs(row.scrollLeft), 'scrolled to the end').to.be.closeTo(row.scrollWidth - row.clientWidth, 1);
      expect(inView(board, last), 'the last tab shows whole').to.equal(true);
      expect(frameOf.hasAttribute('data-more-after'), 'nothing more after the last tab').to.equal(false);
      expect(cueShown(board, 'end')).to.equal(false);
      await sendKeys({ press: 'Home' });
      await settled(board);
      expect(row.scrollLeft, 'scrolled to the start').to.be.closeTo(0, 1);
      expect(frameOf.hasAttribute('data-more-before')).to.equal(false);
      expect(cueShown(board, 'start')).to.equal(false);
    });
  }

  // QA53: a Ukrainian board (no participant language) 248-272 px wide at 200 % text split its day tab
  // "Понеділок" over two lines (the tab is at most the row's width; the name beside its count shrank). The tab's
  // parts wrap instead: the count goes under the whole word.
  for (const width of [260, 248]) {
    it(`uk, ${width} px at 200 %: the day tab's name is one word on one line`, async () => {
      document.documentElement.style.fontSize = '32px';
      const plan = createAminaPlan();
      delete (plan as { participantLanguage?: string }).participantLanguage;
      const wrapper = await fixture<HTMLElement>(html`<div lang="uk" style="inline-size: ${width}px"><vk-plan-board .value=${plan}></vk-plan-board></div>`);
      const board = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
      await document.fonts.ready;
      await waitUntil(() => root(board).querySelector('[role="tablist"]'), 'one column at a time');
      await settled(board);
      const name = root(board).querySelector<HTMLElement>('#tab-name-0')!;
      expect(name.textContent).to.equal('Понеділок');
      expect(splitWords(name)).to.deep.equal([]);
    });
  }

  // QA53 round 2: a participant's board about 250-290 px wide (a 320 px phone) at 200 % text: "Wednesd|ay", "Понеділ|ок" split (the
  // participant's 1.1em), and the 3rem cues covered most of the row, tab text under them. The cues stand beside the row now.
  it('participant, 240 px at 200 %: each day tab\'s name is whole, and no cue lies over the tabs', async () => {
    document.documentElement.style.fontSize = '32px';
    const days = ['Понеділок', 'Wednesday', 'Thursday', 'Saturday'];
    const plan = { version: 1 as const, columns: days.map((title, i) => ({ id: `d${i}`, title })), cards: [] };
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 240px"><vk-plan-board mode="participant" .value=${plan}></vk-plan-board></div>`);
    const board = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
    await document.fonts.ready;
    await waitUntil(() => root(board).querySelector('[role="tablist"]'), 'one column at a time');
    await lateLoaded(board);
    for (const [i, day] of days.entries()) {
      tabs(board)[i]!.click();
      await settled(board);
      const name = root(board).querySelector<HTMLElement>(`#tab-name-${i}`)!;
      expect(name.textContent).to.equal(day);
      expect(splitWords(name), day).to.deep.equal([]);
      const row = tablist(board).getBoundingClientRect();
      for (const edge of ['start', 'end'] as const) {
        if (!cueShown(board, edge)) continue;
        const cue = tablist(board).parentElement!.querySelector(`.cue[data-edge="${edge}"]`)!.getBoundingClientRect();
        expect(cue.right <= row.left + 0.5 || cue.left >= row.right - 0.5, `${day}: the ${edge} cue beside the tabs, not over them`).to.equal(true);
      }
    }
    expect(cueShown(board, 'start') || cueShown(board, 'end'), 'more tabs than room: a cue shows').to.equal(true);
  });
});
