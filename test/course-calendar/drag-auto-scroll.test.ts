/**
 * A week narrower than its seven days scrolls sideways (a phone, a narrow column). A pointer drag
 * could only reach the days on screen: the week did not scroll when the pointer came to its edge,
 * so Friday was out of reach from Monday at 360 px (found by the newcomer review). A drag near the
 * week's inline edge now scrolls it a step each frame and follows the pointer over the days that
 * come into view; where it is released is where the session lands, in either direction.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { shadow } from '../helpers/index.js';
import { settleFrames } from './focus-helpers.js';

async function calendar(dir: 'ltr' | 'rtl'): Promise<VkCourseCalendar> {
  const doc: ScheduleDocument = { version: 1, courses: [{ id: 'c', title: 'Renhold', color: '#36c' }], sessions: [{ id: 's1', courseId: 'c', start: '2026-03-09T09:00', end: '2026-03-09T11:00', kind: 'theory' }] };
  const wrapper = await fixture<HTMLElement>(html`<div lang=${dir === 'rtl' ? 'ar' : 'nb'} dir=${dir} style="inline-size: 340px"><vk-course-calendar .value=${doc} view="week" date="2026-03-09"></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('[data-session="s1"]'); i++) await settleFrames(el);
  shadow(el, '[data-session="s1"]').scrollIntoView({ block: 'center' });
  await settleFrames(el);
  return el;
}

const frames = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

for (const dir of ['ltr', 'rtl'] as const) {
  describe(`vk-course-calendar: a drag near the edge of a narrow week scrolls it (${dir})`, () => {
    afterEach(() => resetMouse());

    it('Monday\'s session dragged to the week\'s far edge and held reaches a day that was out of sight, and lands on the day under the pointer', async () => {
      const el = await calendar(dir);
      const scroller = shadow(el, '.week-scroll');
      expect(scroller.scrollWidth, 'the week is wider than its box').to.be.above(scroller.clientWidth + 100);
      const friday = shadow(el, '.day[data-date="2026-03-13"]').getBoundingClientRect();
      const box = scroller.getBoundingClientRect();
      expect(dir === 'ltr' ? friday.left : friday.right, 'Friday starts out of sight').to.satisfy((edge: number) => (dir === 'ltr' ? edge >= box.right : edge <= box.left));
      const chip = shadow(el, '[data-session="s1"]').getBoundingClientRect();
      const y = Math.round(chip.top + chip.height / 2);
      const from: [number, number] = [Math.round(chip.left + chip.width / 2), y];
      const edge: [number, number] = [Math.round(dir === 'ltr' ? box.right - 12 : box.left + 12), y];
      await sendMouse({ type: 'move', position: from });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round((from[0] + edge[0]) / 2), y] });
      await sendMouse({ type: 'move', position: edge });
      // Hold at the edge until Friday's column is under the pointer.
      const under = (): string | undefined => (el.shadowRoot!.elementsFromPoint(edge[0], edge[1]).find((e) => e.matches('.day[data-date]')) as HTMLElement | undefined)?.dataset.date;
      for (let i = 0; i < 120 && (under() ?? '') < '2026-03-13'; i++) await frames(1);
      expect(Math.abs(scroller.scrollLeft), 'the week scrolled').to.be.above(0);
      await sendMouse({ type: 'up' });
      await settleFrames(el);
      // The day under the pointer when it was released: the scroll goes on while the release travels
      // from the test to the browser (a frame or two on a busy machine), so it is read after it.
      const day = under();
      expect(day && day >= '2026-03-12', `a day out of sight at the press is under the pointer (${day})`).to.equal(true);
      const session = el.value!.sessions[0];
      expect(session.start, 'lands on the day under the pointer, at the same time').to.equal(`${day}T09:00`);
      expect(session.end).to.equal(`${day}T11:00`);
    });
  });
}
