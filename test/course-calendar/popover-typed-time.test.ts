/**
 * Typing a time into the details popover's start or end field, as a user does (real keys).
 * Chromium fires `change` on a time field as each typed part completes (the hour, then the
 * minutes); the popover committed each one and wrote the session's time back into the field,
 * throwing the rest of the typing away: 1600 typed over 14:30 saved 13:30, 18:30 and then 18:00
 * (three vk-change events, three undo steps), and 1000 over 09:00 saved 01:00. A typed time is now
 * committed once, with the time the field shows, on Enter or when the field is left.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleOperation } from '../../src/course-calendar/course-calendar.types.js';
import { focused, record, shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { typeTime } from './held-typing.js';

/** Tab until focus leaves the field: inside a time field Tab first goes from part to part (hour, minutes, AM/PM). */
async function tabOut(el: VkCourseCalendar, input: HTMLInputElement): Promise<void> {
  for (let i = 0; i < 4 && focused(el) === input; i++) await sendKeys({ press: 'Tab' });
  expect(focused(el), 'focus left the field').not.to.equal(input);
  await el.updateComplete;
}

const operations = (events: Array<{ detail: unknown }>): ScheduleOperation[] => events.map((e) => (e.detail as { operation: ScheduleOperation }).operation);

describe('course calendar popover: a time typed with the keyboard', () => {
  /** The week of 9 March, session a1 (09:00–14:30, Monday) open in its details, one of its time fields focused. */
  async function typingInto(field: 'start' | 'end'): Promise<{ el: VkCourseCalendar; input: HTMLInputElement; events: Array<{ detail: unknown }> }> {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar lang="nb" .value=${sampleSchedule()} view="week" date="2026-03-12"></vk-course-calendar>`);
    await el.updateComplete;
    shadow(el, '[data-session="a1"]').click();
    await el.updateComplete;
    const input = shadow<HTMLInputElement>(el, `.vk-popover input[name="${field}"]`);
    input.focus();
    return { el, input, events: record(el, 'vk-change') };
  }

  it('1600 typed into the end (14:30) and Tab: one vk-change, end 16:00, and nothing while typing', async () => {
    const { el, input, events } = await typingInto('end');
    await typeTime('16:00');
    await el.updateComplete;
    expect(events, 'nothing committed as each part completes').to.have.length(0);
    expect(input.value, 'the field shows what was typed').to.equal('16:00');
    await tabOut(el, input);
    expect(operations(events)).to.deep.equal([{ type: 'session.update', sessionId: 'a1', changes: { end: '2026-03-09T16:00' } }]);
    expect(el.value!.sessions.find((s) => s.id === 'a1')!.end).to.equal('2026-03-09T16:00');
    expect(shadow<HTMLInputElement>(el, '.vk-popover input[name="end"]').value).to.equal('16:00');
  });

  it('1000 typed into the start (09:00) and Enter: one vk-change, start 10:00; leaving the field after it commits nothing more', async () => {
    const { el, input, events } = await typingInto('start');
    await typeTime('10:00');
    await el.updateComplete;
    expect(events, 'nothing committed as each part completes').to.have.length(0);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(operations(events)).to.deep.equal([{ type: 'session.update', sessionId: 'a1', changes: { start: '2026-03-09T10:00' } }]);
    expect(focused(el), 'Enter keeps focus in the field').to.equal(input);
    expect(input.value).to.equal('10:00');
    await tabOut(el, input);
    expect(events, 'still one').to.have.length(1);
  });

  it('a typed time is one undo step', async () => {
    const { el, input, events } = await typingInto('end');
    await typeTime('16:00');
    await tabOut(el, input);
    expect(events).to.have.length(1);
    expect(el.undo()).to.equal(true);
    await el.updateComplete;
    expect(el.value!.sessions.find((s) => s.id === 'a1')!.end).to.equal('2026-03-09T14:30');
    expect(el.canUndo, 'nothing left to undo').to.equal(false);
  });

  it('Escape while typing puts the saved time back and closes the details: nothing committed', async () => {
    const { el, events } = await typingInto('end');
    await typeTime('16:00');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(events).to.have.length(0);
    expect(shadow(el, '.vk-popover').matches(':popover-open'), 'the details closed').to.equal(false);
    expect(focused(el), 'focus back on the session').to.equal(shadow(el, '[data-session="a1"]'));
    expect(el.value!.sessions.find((s) => s.id === 'a1')!.end).to.equal('2026-03-09T14:30');
  });

  it('an end typed at the start is refused once, with the reason, and the field shows the saved end again', async () => {
    const { el, input, events } = await typingInto('end');
    await typeTime('09:00');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events).to.have.length(0);
    expect(input.value).to.equal('14:30');
    expect(shadow(el, '[data-vk-announcer]').textContent).to.contain('Slutt må være etter start.');
  });

  it('a change with no key typed (a time picked in the browser’s picker) commits at once', async () => {
    const { el, input, events } = await typingInto('end');
    input.value = '15:45';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(operations(events)).to.deep.equal([{ type: 'session.update', sessionId: 'a1', changes: { end: '2026-03-09T15:45' } }]);
  });
});
