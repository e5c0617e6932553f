/**
 * The host switches the view (its own toolbar, a narrow layout that wants the agenda) while focus
 * is on a session: focus stays on that session where the new view draws it, not on its day (or the
 * day's first session) as before. Focus was never lost; now it is not moved either.
 */
import { expect } from '@open-wc/testing';
import { focused } from '../helpers/index.js';
import { calendarOn11March, settleFrames } from './focus-helpers.js';

describe('vk-course-calendar: the host switches the view under a focused session', () => {
  for (const [from, to] of [['week', 'month'], ['month', 'week'], ['week', 'agenda'], ['agenda', 'week']] as const) {
    it(`${from} → ${to}: focus stays on the session`, async () => {
      const el = await calendarOn11March(from);
      const pieces = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-session]')];
      // A session of the focus date that both views draw (month shows the first few of a day).
      const chip = pieces.find((p) => p.dataset.on === '2026-03-11') ?? pieces[0];
      const id = chip.dataset.session!;
      chip.focus();
      await settleFrames(el);
      expect((focused(el) as HTMLElement).dataset.session).to.equal(id);
      el.view = to;
      await settleFrames(el);
      const now = focused(el) as HTMLElement | null;
      expect(now?.dataset.session, `focus on ${now?.outerHTML.slice(0, 90)}`).to.equal(id);
    });
  }
});
