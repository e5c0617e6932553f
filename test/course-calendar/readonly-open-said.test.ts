/**
 * `readonly` set by the host while a session's details are open: they stay open, their fields drawn
 * as text. Before 7 Dec 2026 nothing said why (a newcomer's QA, 72-readonly-open: focus went to
 * "Lukk"); now the live region says "Detaljene kan nå bare ses, ikke endres." (core/view-only.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { recordAnnouncements } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

describe('course calendar: readonly set while a session’s details are open', () => {
  it('says the details can now only be seen', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar lang="nb" style="inline-size: 1000px" view="month" date="2026-03-11" .value=${sampleSchedule()}></vk-course-calendar>`);
    await settleFrames(el);
    const session = el.shadowRoot!.querySelector<HTMLElement>('[data-session]')!;
    session.focus();
    session.click();
    await el.updateComplete;
    await settleFrames(el);
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'the details are open').to.not.equal(null);
    const said = recordAnnouncements(el);
    el.readonly = true;
    await settleFrames(el);
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'they stay open').to.not.equal(null);
    expect(said).to.deep.equal(['Detaljene kan nå bare ses, ikke endres.']);
  });
});
