/**
 * Course calendar, keyboard only (nb and ar): find a session next month, open it, move it one
 * day, export the course (.ics). Focus checked after every key (keys.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { createInnherredSchedule } from '../../src/presets/schedule.js';
import { useLocale } from '../a11y/story-harness.js';
import { journey, press, pressUntil } from './keys.js';

for (const locale of ['nb', 'ar'] as const) {
  describe(`journey: course calendar, keyboard only (${locale})`, () => {
    const created = URL.createObjectURL;
    let exported: Blob[] = [];
    beforeEach(() => {
      exported = [];
      // Capture the exported file instead of letting headless Chromium download it.
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob) exported.push(blob);
        return created.call(URL, blob);
      };
    });
    afterEach(() => {
      URL.createObjectURL = created;
    });
    after(() => useLocale('nb'));

    it('finds a session next month, opens it, moves it one day and exports the course', async function () {
      this.timeout(60000);
      await useLocale(locale);
      const page = await fixture<HTMLDivElement>(html`<div><button id="before">Før</button><vk-course-calendar .value=${createInnherredSchedule()} view="month" date="2026-03-12"></vk-course-calendar></div>`);
      const calendar = page.querySelector('vk-course-calendar') as VkCourseCalendar;
      await calendar.updateComplete;
      (page.querySelector('#before') as HTMLElement).focus();
      const j = journey(calendar);

      // Into the month grid, then PageDown to next month (April).
      let active = await pressUntil(j, 'Tab', (el) => el.matches('.day'));
      active = await press(j, 'PageDown');
      expect(active.dataset.date?.slice(0, 7), j.log.join('\n')).to.equal('2026-04');
      // Walk the days forward until one has a session; Enter goes into the day.
      const forward = locale === 'ar' ? 'ArrowLeft' : 'ArrowRight';
      active = await pressUntil(j, forward, (el) => !!el.querySelector('[data-session]'), 31);
      active = await press(j, 'Enter');
      expect(active.dataset.session, 'Enter in a day focuses its first session').to.be.a('string');
      const id = active.dataset.session as string;
      const before = calendar.value?.sessions.find((s) => s.id === id);
      expect(before?.start.slice(0, 7)).to.equal('2026-04');

      // Enter opens the session's details; Escape closes them and returns to the session.
      active = await press(j, 'Enter');
      expect(active.closest('[data-session-details]') ?? active.closest('[popover], dialog'), `the details took focus: ${j.log.join('\n')}`).to.not.equal(null);
      active = await press(j, 'Escape');
      expect(active.dataset.session, 'Escape returns to the session').to.equal(id);

      // Space picks it up, the arrow towards the next day moves it, Space drops it.
      await press(j, 'Space');
      await press(j, forward);
      active = await press(j, 'Space');
      const after = calendar.value?.sessions.find((s) => s.id === id);
      const nextDay = new Date(`${before?.start.slice(0, 10)}T12:00Z`);
      nextDay.setUTCDate(nextDay.getUTCDate() + 1);
      expect(after?.start.slice(0, 10), j.log.join('\n')).to.equal(nextDay.toISOString().slice(0, 10));
      expect(after?.start.slice(11)).to.equal(before?.start.slice(11));

      // Back to the toolbar (one Tab stop, on "previous"), End to its last button, download.
      active = await pressUntil(j, 'Shift+Tab', (el) => el.closest('[role="toolbar"]')?.matches('.tools') === true);
      expect(active.dataset.action, 'the toolbar is entered on its first button').to.equal('previous');
      active = await press(j, 'End');
      expect(active.dataset.action).to.equal('ics');
      active = await press(j, 'Enter');
      // The exporter is loaded on demand: wait (frame by frame) for the file.
      for (let i = 0; i < 120 && exported.length === 0; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(exported.length, 'one file exported').to.equal(1);
      const ics = await exported[0].text();
      expect(ics).to.contain('BEGIN:VCALENDAR');
      expect(ics.replace(/\r?\n /g, '')).to.contain((after?.start.slice(0, 10) ?? 'x').replace(/-/g, ''));
    });
  });
}
