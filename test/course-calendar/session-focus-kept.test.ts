/**
 * Focus on a session (or in its details) when the host moves the calendar in the page (removed and put back in one task) or
 * disables it and enables it again: it goes back to that session while it is drawn, and to its day only when it is gone.
 * Before (7 Dec, pass 55): with the details open, in a grid it went to the day cell; in the agenda, disabled, to the
 * first session (every row out of the Tab order), and stayed there once enabled.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

/** What has focus in the calendar: "a4@2026-03-12" for a session's piece, "day 2026-03-12", else its tag. */
function on(el: VkCourseCalendar): string {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  if (document.activeElement !== el || !active) return `outside: ${document.activeElement?.localName}`;
  if (active.dataset.session) return `${active.dataset.session}@${active.dataset.on}`;
  return active.dataset.date ? `day ${active.dataset.date}` : active.localName;
}

/** Session a4 (Thursday 12 March) focused in `view`; with `details`, its details opened by Enter and focus in their title. */
async function onA4(view: string, details: boolean): Promise<{ page: HTMLElement; el: VkCourseCalendar }> {
  const page = await fixture<HTMLDivElement>(html`<div style="inline-size: ${view === 'agenda' ? 360 : 1000}px"><vk-course-calendar lang="nb" view=${view} date="2026-03-12" .value=${sampleSchedule()}></vk-course-calendar></div>`);
  const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  el.shadowRoot!.querySelector<HTMLElement>('[data-session="a4"]')!.focus();
  if (details) {
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 30 && !el.shadowRoot!.querySelector('[data-session-details]'); i++) await settleFrames(el);
    el.shadowRoot!.querySelector<HTMLElement>('[data-session-details] input[name="title"]')!.focus();
  }
  await settleFrames(el);
  return { page, el };
}

describe('course calendar: focus on a session kept across a move in the page and disabled', () => {
  for (const view of ['month', 'week', 'agenda']) {
    // (The agenda did so before.)
    if (view !== 'agenda')
      it(`${view}: moved with the session's details open, focus goes back to the session`, async () => {
        const { page, el } = await onA4(view, true);
        page.append(el);
        await settleFrames(el);
        await settleFrames(el);
        expect(on(el)).to.equal('a4@2026-03-12');
      });

    it(`${view}: disabled, focus stays on the session the user was on (its details open or not); enabled again, still there`, async () => {
      for (const details of [false, true]) {
        const { el } = await onA4(view, details);
        el.disabled = true;
        await settleFrames(el);
        expect(on(el), `disabled, details ${details}`).to.equal('a4@2026-03-12');
        el.disabled = false;
        await settleFrames(el);
        await settleFrames(el);
        expect(on(el), `enabled, details ${details}`).to.equal('a4@2026-03-12');
      }
      // Gone meanwhile (a host value while disabled): its day (the agenda: its neighbour).
      const { el } = await onA4(view, true);
      el.disabled = true;
      await settleFrames(el);
      const doc = structuredClone(el.value) as ScheduleDocument;
      el.value = { ...doc, sessions: doc.sessions.filter((s) => s.id !== 'a4') };
      await settleFrames(el);
      el.disabled = false;
      await settleFrames(el);
      await settleFrames(el);
      expect(on(el)).to.not.contain('a4');
      if (view !== 'agenda') expect(on(el)).to.equal('day 2026-03-12');
    });
  }
});
