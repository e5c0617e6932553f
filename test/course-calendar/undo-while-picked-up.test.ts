/**
 * Ctrl+Z (or Ctrl+Shift+Z) while a session is picked up by keyboard: the undo ran and focus went
 * to the session it changed (or its day), but the pick-up went on out of sight, so the next Space
 * or Enter — on another session, or on a day cell — dropped the picked-up session where the
 * arrows had taken it: a move the user could no longer see (week view: Space on a day moved a
 * session). Undo and redo now put the picked-up session back first, as Escape does (nothing
 * committed for it), then undo or redo; the session history is unchanged otherwise.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleOperation } from '../../src/course-calendar/course-calendar.types.js';
import { record, shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

async function calendar(view: 'month' | 'week', dir: 'ltr' | 'rtl'): Promise<VkCourseCalendar> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${dir === 'rtl' ? 'ar' : 'nb'} dir=${dir} style="inline-size: 1100px"><vk-course-calendar .value=${sampleSchedule()} view=${view} date="2026-03-10"></vk-course-calendar></div>`,
  );
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('[data-session="a1"]'); i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

async function press(el: VkCourseCalendar, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    if (key === 'undo' || key === 'redo') {
      await sendKeys({ down: 'Control' });
      if (key === 'redo') await sendKeys({ down: 'Shift' });
      await sendKeys({ press: key === 'redo' ? 'Z' : 'z' });
      if (key === 'redo') await sendKeys({ up: 'Shift' });
      await sendKeys({ up: 'Control' });
    } else await sendKeys({ press: key });
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

const startOf = (el: VkCourseCalendar, id: string): string | undefined => el.value!.sessions.find((s) => s.id === id)?.start;

describe('vk-course-calendar: undo or redo while a session is picked up', () => {
  for (const view of ['month', 'week'] as const) {
    for (const dir of ['ltr', 'rtl'] as const) {
      it(`${view}, ${dir}: Ctrl+Z puts the picked-up session back, undoes the last edit, and the next Space moves nothing`, async () => {
        const el = await calendar(view, dir);
        const next = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
        shadow(el, '[data-session="a1"]').focus();
        await press(el, ' ', next, ' ');
        expect(startOf(el, 'a1'), 'a1 moved a day on').to.equal('2026-03-10T09:00');
        const events = record(el, 'vk-change');
        shadow(el, '[data-session="a2"]').focus();
        await press(el, ' ', next, 'undo');
        expect(el.shadowRoot!.querySelector('[data-grabbed]'), 'nothing picked up').to.equal(null);
        expect(startOf(el, 'a1'), 'the move of a1 undone').to.equal('2026-03-09T09:00');
        expect(events.map((e) => (e.detail as { source: string }).source)).to.deep.equal(['undo']);
        await press(el, ' ', 'Enter', 'Escape');
        const moves = events.filter((e) => ((e.detail as { operation: ScheduleOperation }).operation as { sessionId?: string }).sessionId === 'a2');
        expect(moves, 'no move of a2 committed').to.have.length(0);
        expect(startOf(el, 'a2'), 'a2 where it was').to.equal('2026-03-10T09:00');
        expect(document.activeElement, 'focus in the calendar').to.equal(el);
      });
    }
  }

  it('Ctrl+Shift+Z while picked up: put back, then redo', async () => {
    const el = await calendar('month', 'rtl');
    shadow(el, '[data-session="a1"]').focus();
    await press(el, ' ', 'ArrowLeft', ' ', 'undo');
    expect(startOf(el, 'a1')).to.equal('2026-03-09T09:00');
    shadow(el, '[data-session="a2"]').focus();
    await press(el, ' ', 'ArrowLeft', 'redo');
    expect(el.shadowRoot!.querySelector('[data-grabbed]'), 'nothing picked up').to.equal(null);
    expect(startOf(el, 'a1'), 'redone').to.equal('2026-03-10T09:00');
    expect(startOf(el, 'a2'), 'a2 where it was').to.equal('2026-03-10T09:00');
  });
});
