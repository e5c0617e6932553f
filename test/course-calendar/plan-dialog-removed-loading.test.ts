import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

// Review (6 Dec), after qa-reconnect-plan-dialog.test.ts: the host took the calendar out of the
// page while "Planlegg kurs" was loading its code (the first press: a lazy chunk). The dialog was
// then drawn while the calendar was out of the page, never shown once it was put back, and
// "Planlegg kurs" did nothing more until the page reloaded. Its own file: the dialog's code must
// not have been loaded yet.
describe('“Planlegg kurs” pressed, then the calendar taken out of the page while it loads', () => {
  it('put back, the button opens the dialog, modal', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="nb" style="inline-size: 1000px"><vk-course-calendar view="month" date="2026-03-11" .value=${sampleSchedule()}></vk-course-calendar></div>`);
    const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
    await settleFrames(el);
    const plan = (): void => (el.shadowRoot?.querySelector('[data-action="plan"]') as HTMLElement).click();
    plan();
    el.remove();
    // The dialog's code arrives while the calendar is out of the page.
    await import('../../src/course-calendar/pattern-dialog.js');
    await new Promise((resolve) => setTimeout(resolve, 50));
    page.append(el);
    await settleFrames(el);
    plan();
    for (let i = 0; i < 60 && !el.shadowRoot?.querySelector('dialog.pattern[open]'); i++) await settleFrames(el);
    expect(el.shadowRoot?.querySelector('dialog.pattern')?.matches(':modal')).to.equal(true);
  });
});
