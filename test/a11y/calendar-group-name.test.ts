/**
 * The calendar's root (`div role="group" part="base"`) was an unnamed group in the accessibility
 * tree (a newcomer's review): a screen reader entering it said "group" and nothing more. It is named
 * by what it is ("Kurskalender", in the UI language), not by the title: the grid keeps the title
 * (51beb316: "mars 2026" said once, not by group, heading and grid). A host's `aria-label` names it
 * instead (two calendars on a page were both "Kurskalender"; the host has no role, its label named nothing).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { settle } from '../helpers/index.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { accessibilityTree, doubledNames, type AxNode } from './a11y-tree.js';

const groups = (node: AxNode): AxNode[] => [...(node.role === 'group' ? [node] : []), ...(node.children ?? []).flatMap(groups)];

describe('the course calendar is a named group', () => {
  afterEach(async () => {
    await setLocale('nb');
  });

  for (const [view, locale, name] of [
    ['month', 'nb', 'Kurskalender'],
    ['week', 'nb', 'Kurskalender'],
    ['agenda', 'nb', 'Kurskalender'],
    ['month', 'ar', 'تقويم الدورات'],
  ]) {
    it(`${view} in ${locale}: the outermost group is "${name}", and no name is doubled`, async () => {
      await setLocale(locale);
      const root = await fixture<HTMLElement>(html`<div id="cal-root" role="region" aria-label="test"><vk-course-calendar .value=${sampleSchedule()} view=${view} date="2026-03-12"></vk-course-calendar></div>`);
      const el = root.firstElementChild as VkCourseCalendar;
      await waitUntil(() => el.shadowRoot!.querySelector(view === 'agenda' ? '.agenda, [part~="agenda"], ol, ul' : '[role="grid"]'), `no ${view} view`);
      await settle(el);
      const ax = await accessibilityTree('#cal-root');
      const outer = groups(ax)[0];
      expect(outer?.name ?? '', 'the calendar group has a name').to.equal(name);
      expect(outer.children?.some((c) => c.role === 'heading'), 'it is the calendar, holding the title').to.equal(true);
      expect(doubledNames(ax)).to.deep.equal([]);
    });
  }

  it('nb: a host aria-label names the group (two calendars told apart), said once', async () => {
    const root = await fixture<HTMLElement>(html`<div id="cal-root" role="region" aria-label="test">
      <vk-course-calendar aria-label="Amina sin kalender" .value=${sampleSchedule()} date="2026-03-12"></vk-course-calendar>
      <vk-course-calendar aria-label="Yonas sin kalender" .value=${sampleSchedule()} date="2026-03-12"></vk-course-calendar>
    </div>`);
    for (const el of root.querySelectorAll<VkCourseCalendar>('vk-course-calendar')) {
      await waitUntil(() => el.shadowRoot!.querySelector('[role="grid"]'), 'no month grid');
      await settle(el);
    }
    const ax = await accessibilityTree('#cal-root');
    const names = groups(ax).filter((g) => g.children?.some((c) => c.role === 'heading')).map((g) => g.name);
    expect(names).to.deep.equal(['Amina sin kalender', 'Yonas sin kalender']);
    expect(doubledNames(ax)).to.deep.equal([]);
  });
});
