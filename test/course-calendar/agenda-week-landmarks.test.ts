/**
 * The agenda's weeks are not landmarks. Each week was a `<section aria-labelledby>`, a region
 * landmark named by its heading: with a month of five weeks, or two calendars on a page, a screen
 * reader's landmark list filled with "Uke 11, 2026" regions (and the same names from the other
 * calendar) between the page's own. A week is now a plain grouping; its heading (level 3) still
 * gives the list its structure for heading navigation.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { createInnherredSchedule } from '../../src/presets/schedule.js';
import { settle } from '../helpers/index.js';
import { accessibilityTree, type AxNode } from '../a11y/a11y-tree.js';

function all(node: AxNode, pick: (n: AxNode) => boolean): AxNode[] {
  return [...(pick(node) ? [node] : []), ...(node.children ?? []).flatMap((c) => all(c, pick))];
}

describe('vk-course-calendar agenda: weeks are headed groups, not landmarks', () => {
  it('two agenda calendars on a page add no region landmarks; each week keeps its level-3 heading', async function () {
    this.timeout(20000);
    // A named region as the root (puppeteer's snapshot needs an "interesting" root): the only region allowed.
    const root = await fixture<HTMLElement>(html`<div id="weeks-root" role="region" aria-label="test" style="inline-size: 900px">
      <vk-course-calendar view="agenda" date="2026-03-12" .value=${createInnherredSchedule()}></vk-course-calendar>
      <vk-course-calendar view="agenda" date="2026-04-12" .value=${createInnherredSchedule()}></vk-course-calendar>
    </div>`);
    const calendars = [...root.querySelectorAll<VkCourseCalendar>('vk-course-calendar')];
    for (const el of calendars) {
      await waitUntil(() => el.shadowRoot!.querySelector('.agenda-week h3'), 'the agenda is drawn', { timeout: 15000 });
      await settle(el);
    }
    const weeks = calendars.flatMap((el) => [...el.shadowRoot!.querySelectorAll('.agenda-week h3')].map((h) => h.textContent!.trim()));
    expect(weeks.length, 'several weeks in the two months').to.be.above(5);
    const ax = await accessibilityTree('#weeks-root');
    const landmarks = ['region', 'complementary', 'navigation', 'main', 'banner', 'contentinfo', 'form', 'search'];
    expect(all(ax, (n) => n !== ax && landmarks.includes(n.role)).map((n) => `${n.role} "${n.name ?? ''}"`), 'landmarks inside the calendars').to.deep.equal([]);
    const headings = all(ax, (n) => n.role === 'heading' && /^Uke \d+, 2026$/.test((n.name ?? '').trim()));
    expect(headings.map((h) => (h.name ?? '').trim())).to.deep.equal(weeks);
    expect(headings.every((h) => h.level === 3), 'week headings at level 3').to.equal(true);
  });
});
