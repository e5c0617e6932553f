/**
 * A host `value` that takes away the session with keyboard focus (QA pass, 5 Dec): in the agenda,
 * focus went to the list's Tab stop, which the removed session had been, and so to the month's
 * first session, far from where the user was. It now goes where undo/redo and "Slett økt" send it:
 * the next remaining session in the list, else the one before, never <body>. Month and week views
 * put it on the removed session's day, as after undo/redo (docs/course-calendar.md, "Focus after").
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { focused, shadow } from '../helpers/index.js';
import { calendarOn11March, settleFrames } from './focus-helpers.js';

/** The host's value without the sessions `ids`. */
const without = (el: VkCourseCalendar, ...ids: string[]): ScheduleDocument => ({ ...el.value!, sessions: el.value!.sessions.filter((s) => !ids.includes(s.id)) });

function focusedControl(el: VkCourseCalendar): HTMLElement {
  expect(document.activeElement, 'focus in the calendar, never <body>').to.equal(el);
  return focused(el) as HTMLElement;
}

describe('vk-course-calendar: a host value that removes the focused session', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`agenda (${dir}): focus goes to the next session in the list, and it is the Tab stop`, async () => {
      const el = await calendarOn11March('agenda', dir);
      shadow(el, '.agenda [data-session="a3"]').focus();
      el.value = without(el, 'a3');
      await settleFrames(el);
      expect(focusedControl(el).dataset.session, 'the session after it, not the month\'s first').to.equal('a4');
      expect(shadow(el, '.agenda [tabindex="0"]').dataset.session, 'the Tab stop').to.equal('a4');
    });
  }

  it('agenda: the last session removed: the one before it; with its neighbour removed too: the nearest remaining', async () => {
    const el = await calendarOn11March('agenda');
    shadow(el, '.agenda [data-session="a4"]').focus();
    el.value = without(el, 'a4');
    await settleFrames(el);
    expect(focusedControl(el).dataset.session).to.equal('a3');
    el.value = without(el, 'a3', 'a2');
    await settleFrames(el);
    expect(focusedControl(el).dataset.session, 'a2 went with it: a1').to.equal('a1');
  });

  for (const view of ['month', 'week']) {
    it(`${view}: focus goes to the removed session's day, as after undo/redo`, async () => {
      const el = await calendarOn11March(view);
      shadow(el, '[role="grid"] [data-session="a3"]').focus();
      el.value = without(el, 'a3');
      await settleFrames(el);
      const cell = focusedControl(el);
      expect(cell.classList.contains('day') && cell.dataset.date, 'its day').to.equal('2026-03-11');
    });

    it(`${view}: a focused session on another day than the focus date: focus goes to its day, which becomes the Tab stop`, async () => {
      const el = await calendarOn11March(view);
      shadow(el, '[role="grid"] [data-session="a2"]').focus();
      el.value = without(el, 'a2');
      await settleFrames(el);
      const cell = focusedControl(el);
      expect(cell.classList.contains('day') && cell.dataset.date, 'its day').to.equal('2026-03-10');
      expect(cell.tabIndex, 'the grid\'s Tab stop').to.equal(0);
    });

    it(`${view}: a host that sets \`date\` with the value keeps its date: focus goes to that day, not the removed session's`, async () => {
      const el = await calendarOn11March(view);
      shadow(el, '[role="grid"] [data-session="a2"]').focus();
      el.value = without(el, 'a2');
      el.date = '2026-03-12';
      await settleFrames(el);
      expect(el.date).to.equal('2026-03-12');
      const cell = focusedControl(el);
      expect(cell.classList.contains('day') && cell.dataset.date, 'the host\'s date').to.equal('2026-03-12');
    });
  }
});
