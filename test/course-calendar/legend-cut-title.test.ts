/**
 * The legend fit (legend-fit.ts) gives a button whose name has a word too wide even at 0.75 the
 * whole name as its `title` (its tooltip and accessible description), and no font size. That title
 * must not outlive the name: fitDue (calendar-toolbar.ts) runs the fit again for a button with a
 * title (before: only for a 10-letter word, a size set or a narrow legend), and the legend's buttons
 * are keyed by course id, so a removed course's button (and its title) goes with it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';

const LONG = 'Næringsmiddelhygieneopplæringskursetsdeltakere';
const kort = { id: 'kort', title: 'Salg og service', color: '#a3480f' };
const value = (title?: string): ScheduleDocument => ({
  version: 1,
  courses: [...(title ? [{ id: 'lang', title: { nb: title }, color: '#36c' }] : []), kort],
  sessions: title ? [{ id: 's1', courseId: 'lang', start: '2026-03-12T09:00', end: '2026-03-12T10:00', kind: 'theory' }] : [],
});

describe('course calendar: a cut legend name’s title', () => {
  before(() => setViewport({ width: 480, height: 640 }));
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  after(() => setViewport({ width: 800, height: 600 }));

  /** A calendar at 32 px text whose first legend name is cut (too long even at 0.75): it has the whole name as its title. */
  async function cut(): Promise<VkCourseCalendar> {
    document.documentElement.style.fontSize = '32px';
    const wrapper = await fixture<HTMLElement>(html`<div lang="nb"><vk-course-calendar .value=${value(`${LONG} og renhold`)} view="month" date="2026-03-12"></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLElement>('.legend-item[data-course="lang"]')!;
    await waitUntil(() => button.title, 'the fit has run', { timeout: 3000 });
    expect(button.title).to.equal(`${LONG} og renhold`);
    expect(button.querySelector<HTMLElement>('.legend-title')!.style.fontSize, 'no size: cut').to.equal('');
    expect(el.shadowRoot!.querySelector<HTMLElement>('.legend')!.clientWidth, 'legend not narrower than 10em').to.be.at.least(320);
    return el;
  }

  it('goes when the host renames the course to a name that fits', async () => {
    const el = await cut();
    el.value = value('Renhold');
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLElement>('.legend-item[data-course="lang"]')!;
    expect(button.textContent!.trim()).to.contain('Renhold');
    await waitUntil(() => !button.title, 'the title of a name that fits goes at the next fit', { timeout: 3000 });
  });

  it('is not handed to the next course’s button when the host removes the course', async () => {
    const el = await cut();
    el.value = value();
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLElement>('.legend-item[data-course="kort"]')!;
    expect(button.textContent!.trim()).to.contain('Salg og service');
    expect(button.title, 'right after the render, before any fit').to.equal('');
  });
});
