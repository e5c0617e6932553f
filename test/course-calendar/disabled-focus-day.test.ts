/**
 * The host disables the calendar while focus is on the grid's focus date: the browser drops
 * focus, and it comes back inside (docs/accessibility.md) — to that day, where the user was, not
 * to the first session chip of the month (the grid's Tab stop is not one while disabled).
 */
import { expect } from '@open-wc/testing';
import { focused, settle } from '../helpers/index.js';
import { dayCell } from '../../src/course-calendar/calendar-queries.js';
import { calendarOn11March, settleFrames } from './focus-helpers.js';

describe('vk-course-calendar: disabled with focus on a day', () => {
  for (const view of ['month', 'week'] as const) {
    it(`${view}: focus comes back to the focus date's day`, async () => {
      const el = await calendarOn11March(view);
      const day = dayCell(el.shadowRoot!, '2026-03-13')!;
      day.click();
      day.focus();
      await settleFrames(el);
      expect(el.focusDate).to.equal('2026-03-13');
      el.disabled = true;
      await settle(el);
      await settleFrames(el);
      const active = focused(el) as HTMLElement | null;
      expect(active?.dataset.date, `focus on ${active?.outerHTML.slice(0, 80)}`).to.equal('2026-03-13');
    });
  }
});
