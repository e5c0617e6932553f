/**
 * Undo and redo that take a session away in the agenda (redo of "Slett økt", undo of "Ny økt"):
 * the agenda has no day cell to focus, so focus went to the list's Tab stop, which the removed
 * session had been, and so fell back to the month's first session: the list jumped to its top, far
 * from where the user was. Focus now goes where "Slett økt" itself sends it: the session after the
 * removed one in the list, else the one before (docs/course-calendar.md, "Focus after undo/redo").
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { focused, shadow } from '../helpers/index.js';
import { calendarOn11March, settleFrames } from './focus-helpers.js';

const focusedSession = (el: VkCourseCalendar): string | undefined => {
  expect(document.activeElement, 'focus in the calendar, never <body>').to.equal(el);
  return (focused(el) as HTMLElement | null)?.dataset.session;
};

describe('vk-course-calendar: focus after undo/redo removes a session in the agenda', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`${dir}: redo of "Slett økt" focuses the next session, as the delete did, not the month's first`, async () => {
      const el = await calendarOn11March('agenda', dir);
      shadow(el, '.agenda [data-session="a3"]').focus();
      await sendKeys({ press: 'Enter' });
      await settleFrames(el);
      shadow(el, '.vk-popover [data-action="remove"]').click();
      await settleFrames(el);
      expect(focusedSession(el), 'after the delete: the next session').to.equal('a4');
      await sendKeys({ down: 'Control' }), await sendKeys({ press: 'z' }), await sendKeys({ up: 'Control' });
      await settleFrames(el);
      expect(focusedSession(el), 'undo: the session is back, focused').to.equal('a3');
      await sendKeys({ down: 'Control' }), await sendKeys({ down: 'Shift' }), await sendKeys({ press: 'Z' }), await sendKeys({ up: 'Shift' }), await sendKeys({ up: 'Control' });
      await settleFrames(el);
      expect(focusedSession(el), 'redo: the next session again').to.equal('a4');
    });
  }

  it('undo of "Ny økt" focuses the session beside it; the last in the list: the one before', async () => {
    const el = await calendarOn11March('agenda', 'rtl');
    el.date = '2026-03-12';
    await settleFrames(el);
    shadow(el, '[data-action="add"]').focus();
    await sendKeys({ press: 'Enter' });
    await settleFrames(el);
    await sendKeys({ press: 'Escape' });
    await settleFrames(el);
    const added = focusedSession(el);
    expect(added, 'the new session').to.match(/^session-/);
    await sendKeys({ down: 'Control' }), await sendKeys({ press: 'z' }), await sendKeys({ up: 'Control' });
    await settleFrames(el);
    expect(el.value!.sessions.some((s) => s.id === added), 'removed').to.equal(false);
    expect(focusedSession(el), 'the session before it, on 12 March').to.equal('a4');
  });
});
