// Shared by the calendar's slow-details tests (slow-details-{cancel,moved,outside}.test.ts): a session's details asked for
// while their chunk is still loading, and the chunk's late arrival, as the ladder's test/task-ladder/slow-ladder.ts. Nothing
// here imports the details chunk up front: each file must start without it (the first render only, before the page's idle
// preload).
import { expect, fixture, html } from '@open-wc/testing';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';
import { settled } from '../core/hold-updates.js';
import { key, microtasks } from '../helpers/slow-open.js';

/** Forty microtasks deep (the host's change and the focus repair after it go through more awaits than a press). */
export const calendarMicrotasks = (): Promise<void> => microtasks(40);

/** A month calendar on the page, Enter on its first session (focused); only microtasks since, so the chunk is not in: busy. */
export async function detailsWaiting(): Promise<{ el: VkCourseCalendar; session: HTMLElement }> {
  const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar lang="nb" style="inline-size: 1000px" view="month" date="2026-03-11" .value=${sampleSchedule()}></vk-course-calendar>`);
  await el.updateComplete;
  const session = el.shadowRoot!.querySelector<HTMLElement>('[data-session]')!;
  session.focus();
  key(session, 'Enter');
  await microtasks();
  expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'the chunk is not in yet').to.equal(null);
  expect(session.getAttribute('aria-busy'), 'busy while its details load').to.equal('true');
  return { el, session };
}

/** The details chunk comes (the calendar need not wait for it: nothing asks for details): nothing opens late. */
export async function chunkComes(el: VkCourseCalendar): Promise<void> {
  await import('../../src/course-calendar/session-popover.js');
  await settleFrames(el);
  await settled();
  await settleFrames(el);
  expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'nothing opened late').to.equal(null);
  expect((el as unknown as { openItem: unknown }).openItem, 'no details asked for').to.equal(null);
}
