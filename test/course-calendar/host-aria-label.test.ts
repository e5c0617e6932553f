/**
 * Two calendars on one page were both read as the group "Kurskalender", and a host's
 * `aria-label` on `<vk-course-calendar>` was ignored (the host has no role). Now the root group
 * takes the host's `aria-label` when it is set, and follows its changes; else "Kurskalender".
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { settle } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

const group = (el: VkCourseCalendar): Element => el.shadowRoot!.querySelector('[part="base"][role="group"]')!;

describe('course calendar: the host names the calendar', () => {
  it('nb: the group is named by the host\'s aria-label, follows its changes, and is "Kurskalender" without one', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nb">
      <vk-course-calendar aria-label="Amina sin kalender" .value=${sampleSchedule()} date="2026-03-12"></vk-course-calendar>
      <vk-course-calendar .value=${sampleSchedule()} date="2026-03-12"></vk-course-calendar>
    </div>`);
    const [amina, other] = [...wrapper.querySelectorAll<VkCourseCalendar>('vk-course-calendar')] as [VkCourseCalendar, VkCourseCalendar];
    await settle(amina);
    await settle(other);
    expect(group(amina).getAttribute('aria-label')).to.equal('Amina sin kalender');
    expect(group(other).getAttribute('aria-label')).to.equal('Kurskalender');
    amina.setAttribute('aria-label', 'Yonas sin kalender');
    await amina.updateComplete;
    expect(group(amina).getAttribute('aria-label'), 'a changed attribute').to.equal('Yonas sin kalender');
    amina.removeAttribute('aria-label');
    await amina.updateComplete;
    expect(group(amina).getAttribute('aria-label'), 'removed').to.equal('Kurskalender');
  });
});
