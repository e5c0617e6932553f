/**
 * The details popover when the host changes the view or the date while it is open: it follows its
 * session (or day) to where that is drawn now, with focus kept inside, and closes with focus on
 * the calendar when the period shown no longer has it. Before, it stayed open beside an anchor
 * the render had removed (Floating UI then measures an empty box: the panel went to the corner).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { countUpdates, focused } from '../helpers/index.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { sampleSchedule } from './fixtures.js';
import { agendaPart } from '../../src/course-calendar/calendar-parts.js';

const frames = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

async function openDetails(id: string): Promise<{ el: VkCourseCalendar; panel: HTMLElement }> {
  const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${sampleSchedule()} view="month" date="2026-03-12"></vk-course-calendar>`);
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLElement>(`[data-session="${id}"]`)!.focus();
  await sendKeys({ press: 'Enter' });
  let panel: HTMLElement | null = null;
  for (let i = 0; i < 60 && !(panel = el.shadowRoot!.querySelector<HTMLElement>(':popover-open[data-positioned="true"]')); i++) await frames(1);
  expect(panel, 'the details opened and were placed').to.not.equal(null);
  return { el, panel: panel! };
}

/** Waits until the panel has been placed again (its position changed, or a few frames passed). */
async function settled(panel: HTMLElement): Promise<DOMRect> {
  let last = panel.getBoundingClientRect();
  for (let i = 0; i < 20; i++) {
    await frames(1);
    const now = panel.getBoundingClientRect();
    if (now.top === last.top && now.left === last.left && i > 3) return now;
    last = now;
  }
  return last;
}

/**
 * Placed at its anchor: Floating UI's `bottom-start` (or `top-start`, flipped) lines the panel's
 * left edge up with the control's when there is room on the right, as there is here. The panel
 * may cover the control in the test's short viewport (shifted on the block axis), so the block
 * position says little.
 */
function expectBeside(box: DOMRect, control: HTMLElement): void {
  const at = control.getBoundingClientRect();
  expect(at.left + box.width, 'room on the right').to.be.below(window.innerWidth - 8);
  expect(box.left, `left edge at the control's (${at.left})`).to.be.closeTo(at.left, 1);
}

describe('vk-course-calendar: the details popover follows a host view or date change', () => {
  it('month → week with the session in that week: the same details, focus inside, placed beside its new control', async () => {
    const { el, panel } = await openDetails('a4');
    const inside = focused(el);
    expect(panel.contains(inside), 'focus in the details').to.equal(true);
    el.view = 'week';
    await el.updateComplete;
    const box = await settled(panel);
    const control = el.shadowRoot!.querySelector<HTMLElement>('[data-session="a4"]')!;
    expect(el.shadowRoot!.querySelector(':popover-open'), 'still open').to.equal(panel);
    expect(panel.contains(focused(el)), `focus still in the details, not ${focused(el)?.localName ?? document.activeElement?.localName}`).to.equal(true);
    expectBeside(box, control);
  });

  it('the date moves to another month: the details close and focus goes to the calendar, not <body>', async () => {
    const { el } = await openDetails('a1');
    el.date = '2026-05-04';
    await el.updateComplete;
    await frames(3);
    expect(el.shadowRoot!.querySelector(':popover-open'), 'closed').to.equal(null);
    expect(document.activeElement === el && focused(el) !== null, `focus in the calendar, not on ${document.activeElement?.localName}`).to.equal(true);
  });

  it('month → agenda with the session beyond the agenda\'s first 200 rows: the agenda renders on and the details follow', async () => {
    const sessions: Array<ScheduleDocument['sessions'][number]> = [];
    for (let day = 1; day <= 28; day++)
      for (let k = 0; k < 9; k++) {
        const date = `2026-03-${String(day).padStart(2, '0')}`;
        sessions.push({ id: `s${day}-${k}`, courseId: 'renhold', start: `${date}T${String(7 + k).padStart(2, '0')}:00`, end: `${date}T${String(7 + k).padStart(2, '0')}:45`, kind: 'theory' });
      }
    sessions.push({ id: 'late', courseId: 'butikk', start: '2026-03-30T10:00', end: '2026-03-30T11:00', kind: 'exam' });
    const doc: ScheduleDocument = { ...sampleSchedule(), sessions };
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${doc} view="month" date="2026-03-12"></vk-course-calendar>`);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('[data-session="late"]')!.focus();
    await sendKeys({ press: 'Enter' });
    let panel: HTMLElement | null = null;
    for (let i = 0; i < 60 && !(panel = el.shadowRoot!.querySelector<HTMLElement>(':popover-open[data-positioned="true"]')); i++) await frames(1);
    // The agenda's lazy part loaded first: a render before it arrives, and the one when it does, are not what is counted here.
    await agendaPart.load();
    const updates = countUpdates(el);
    el.view = 'agenda';
    await el.updateComplete;
    // The rows up to the session's are drawn in the render that shows the agenda: before, its first 200, then all of them in a second render (set in updated(): Lit's change-in-update).
    expect(updates.count, 'one update').to.equal(1);
    const box = await settled(panel!);
    expect(el.shadowRoot!.querySelector(':popover-open'), 'still open').to.equal(panel);
    expect(panel!.contains(focused(el)), 'focus still in the details').to.equal(true);
    const row = el.shadowRoot!.querySelector<HTMLElement>('.agenda [data-session="late"]');
    expect(row, 'the row is rendered').to.not.equal(null);
    expect(box.left, 'placed at the row').to.be.closeTo(row!.getBoundingClientRect().left, 1);
  });

  it('month → agenda: the details follow the session into the list', async () => {
    const { el, panel } = await openDetails('a2');
    el.view = 'agenda';
    await el.updateComplete;
    const box = await settled(panel);
    const control = el.shadowRoot!.querySelector<HTMLElement>('[data-session="a2"]')!;
    expect(el.shadowRoot!.querySelector(':popover-open'), 'still open').to.equal(panel);
    expectBeside(box, control);
  });
});
