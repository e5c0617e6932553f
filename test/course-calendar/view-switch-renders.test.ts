/**
 * The host switches a grid to the agenda while focus is on a session of a day other than the focus
 * date. Focus stays on that session (host-view-focus.test.ts), and the agenda makes the session's
 * day the focus date, as focus on any of its rows does. Before, that date was set by the row's
 * focus after the render, so the switch rendered twice (Lit's change-in-update warning); now it is
 * set in the same update.
 */
import { expect } from '@open-wc/testing';
import { countUpdates, focused } from '../helpers/index.js';
import { agendaPart } from '../../src/course-calendar/calendar-parts.js';
import { calendarOn11March, settleFrames } from './focus-helpers.js';


describe('vk-course-calendar: a grid switched to the agenda under focus on another day\'s session', () => {
  for (const from of ['month', 'week'] as const) {
    it(`${from} → agenda renders once, focus on the session, its day the focus date`, async () => {
      await agendaPart.load(); // the agenda's own chunk arriving is a render of its own; not this one
      const el = await calendarOn11March(from);
      const chip = el.shadowRoot!.querySelector<HTMLElement>('[data-session="a1"][data-on="2026-03-09"]')!; // Monday; the focus date is Wednesday
      chip.focus();
      await settleFrames(el);
      expect(el.date).to.equal('2026-03-11');
      const updates = countUpdates(el);
      el.view = 'agenda';
      await settleFrames(el);
      const now = focused(el) as HTMLElement | null;
      expect(now?.dataset.session, `focus on ${now?.outerHTML.slice(0, 90)}`).to.equal('a1');
      expect(el.date, 'the focused row\'s day').to.equal('2026-03-09');
      expect(updates.count, 'one update for the switch').to.equal(1);
    });
  }
});
