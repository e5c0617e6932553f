import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { keepTogether } from '../../src/core/keep-together.js';
import { createAminaPlan } from '../../src/presets/plan.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { settle, shadow, textAt200Percent } from '../helpers/index.js';

/** The runs `keepTogether` holds on one line, and the text as a whole, rendered. */
function runs(text: string): { kept: string[]; text: string } {
  const host = document.createElement('div');
  render(keepTogether(text), host);
  return { kept: [...host.querySelectorAll('.vk-nowrap')].map((span) => span.textContent!), text: host.textContent!.replace(/<!--.*?-->/g, '') };
}

/** How many lines the first occurrence of `text` under `root` is drawn on (distinct tops of its boxes). */
function linesOf(root: Element, text: string): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let whole = '';
  const nodes: [Text, number][] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    nodes.push([node, whole.length]);
    whole += node.data;
  }
  const start = whole.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not rendered in "${whole}"`);
  const end = start + text.length;
  const at = (offset: number): [Text, number] => {
    const [node, from] = nodes.findLast(([, from]) => from <= offset)!;
    return [node, offset - from];
  };
  const range = document.createRange();
  range.setStart(...at(start));
  range.setEnd(...at(end));
  return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
}

describe('keepTogether: a number and its short words on one line', () => {
  it('holds "number (word number)" runs with short words beside them; the text is unchanged', () => {
    expect(runs('Mandag, 1 av 5')).to.deep.equal({ kept: ['1 av 5'], text: 'Mandag, 1 av 5' });
    expect(runs('березень 2026 р.').kept).to.deep.equal(['2026 р.']);
    expect(runs('الاثنين، ١ من ٥').kept, 'Arabic-Indic digits').to.deep.equal(['١ من ٥']);
    // The space after a run is inside its span, and no text node starts with or is only white space (Chromium's name dropped it).
    expect(runs('Uke 11, 2026')).to.deep.equal({ kept: ['Uke 11, '], text: 'Uke 11, 2026' });
  });

  it('leaves a number beside longer words alone (no element where nothing needs holding)', () => {
    expect(runs('mars 2026')).to.deep.equal({ kept: [], text: 'mars 2026' });
    expect(runs('Onsdag 3. mars').kept).to.deep.equal([]);
    expect(keepTogether('Tirsdag')).to.equal('Tirsdag');
  });
});

// QA (5 Dec): at 200 % text on a 320 px phone the board's day position read "Mandag, 1 av" with
// "5" alone on the next line, and the Ukrainian calendar's title "Березень 2026" with "р." alone.
describe('headings at 200 % text on a 320 px phone keep a number with its short words', () => {
  textAt200Percent();
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('plan board, participant: the day position ("1 av 5") is on one line', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${createAminaPlan()}></vk-plan-board>`);
    await waitUntil(() => el.shadowRoot?.querySelector('.switcher-position'), 'one day at a time', { timeout: 3000 });
    await settle(el);
    const position = shadow(el, '.switcher-position');
    expect(position.textContent, 'Monday').to.include('Mandag');
    expect(linesOf(position, position.textContent!.trim()), 'the position wraps at this size').to.be.above(1);
    expect(linesOf(position, '1 av 5')).to.equal(1);
  });

  it('course calendar in Ukrainian: the month title keeps "2026 р." together', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="uk"><vk-course-calendar .value=${sampleSchedule()} view="month" date="2026-03-12"></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await settle(el);
    const title = shadow(el, '.title');
    expect(linesOf(title, 'Березень 2026 р.'), 'the title wraps at this size').to.be.above(1);
    expect(linesOf(title, '2026 р.')).to.equal(1);
  });
});
