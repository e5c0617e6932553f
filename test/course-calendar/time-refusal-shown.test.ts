/**
 * A time refused in the session details (an end not after the start, an end past 31 December 9999)
 * is shown as text under the time fields, not only announced (WCAG 3.3.1 Error Identification):
 * before, a sighted user saw the field jump back to its old time with no reason. The field that
 * went back is marked invalid and described by the text; the live region still says it, once (the
 * shown text is no live region of its own). The text goes with the next accepted edit, with other
 * details, and when the details close.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { record, shadow } from '../helpers/index.js';
import { axeViolations, describeViolations } from '../a11y/axe.js';
import { forcedColors } from '../a11y/story-harness.js';
import { sampleSchedule } from './fixtures.js';

async function calendar(doc: ScheduleDocument = sampleSchedule(), date = '2026-03-12'): Promise<VkCourseCalendar> {
  const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${doc} view="week" date=${date}></vk-course-calendar>`);
  await el.updateComplete;
  return el;
}

async function openSession(el: VkCourseCalendar, id: string): Promise<void> {
  shadow(el, `[data-session="${id}"]`).click();
  await el.updateComplete;
}

/** A time picked in the field (a `change` with no key typed: committed at once). */
async function setTime(el: VkCourseCalendar, field: 'start' | 'end', value: string): Promise<HTMLInputElement> {
  const input = shadow<HTMLInputElement>(el, `.vk-popover input[name="${field}"]`);
  input.value = value;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
  return input;
}

const input = (el: VkCourseCalendar, field: 'start' | 'end'): HTMLInputElement => shadow<HTMLInputElement>(el, `.vk-popover input[name="${field}"]`);
const shownError = (el: VkCourseCalendar): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>('.vk-popover .times .form-error');
const announced = (el: VkCourseCalendar): string => shadow(el, '[data-vk-announcer]').textContent ?? '';

/** The text is on screen: a box with size, not visually hidden, and not inside a live region (said once, by the announcer). */
function expectShown(message: HTMLElement | null, text: string): asserts message is HTMLElement {
  expect(message, 'a message under the time fields').to.exist;
  expect(message!.textContent?.trim()).to.equal(text);
  const box = message!.getBoundingClientRect();
  expect(box.width, 'width').to.be.greaterThan(0);
  expect(box.height, 'height').to.be.greaterThan(0);
  expect(message!.closest('.vk-visually-hidden'), 'not visually hidden').to.equal(null);
  expect(message!.checkVisibility(), 'visible').to.equal(true);
  expect(message!.closest('[role="alert"], [role="status"], [aria-live]'), 'no second live region').to.equal(null);
}

/** `field` is invalid and described by the message (the end keeps its "next day" hint too). */
function expectDescribedBy(el: VkCourseCalendar, field: 'start' | 'end', message: HTMLElement): void {
  const control = input(el, field);
  expect(control.getAttribute('aria-invalid')).to.equal('true');
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ');
  expect(ids).to.include(message.id);
  expect(el.shadowRoot!.getElementById(message.id)).to.equal(message);
  if (field === 'end') expect(ids).to.include('end-hint');
}

function expectNoError(el: VkCourseCalendar): void {
  expect(shownError(el), 'no message').to.equal(null);
  for (const field of ['start', 'end'] as const) expect(input(el, field).hasAttribute('aria-invalid'), `${field} not invalid`).to.equal(false);
  expect(input(el, 'end').getAttribute('aria-describedby')).to.equal('end-hint');
  expect(input(el, 'start').hasAttribute('aria-describedby')).to.equal(false);
}

describe('course calendar details: a refused time is shown, not only announced', () => {
  afterEach(async () => {
    await setLocale('nb');
    await forcedColors(false);
  });

  it('an end equal to the start: the reason under the fields, the end invalid and described by it, said once', async () => {
    const el = await calendar();
    const events = record(el, 'vk-change');
    await openSession(el, 'a1'); // 09:00–14:30
    const end = await setTime(el, 'end', '09:00');
    expect(events).to.have.length(0);
    expect(end.value, 'the field goes back').to.equal('14:30');
    const message = shownError(el);
    expectShown(message, 'Slutt må være etter start.');
    expectDescribedBy(el, 'end', message);
    expect(input(el, 'start').hasAttribute('aria-invalid'), 'the start is as it was').to.equal(false);
    expect(announced(el), 'still announced').to.contain('Slutt må være etter start.');
    expect(shadow(el, '.vk-popover').contains(message), 'beside the fields, in the details').to.equal(true);
  });

  it('goes with the next accepted time edit', async () => {
    const el = await calendar();
    await openSession(el, 'a1');
    await setTime(el, 'end', '09:00');
    expect(shownError(el)).to.exist;
    await setTime(el, 'end', '15:00');
    expect(el.value!.sessions.find((s) => s.id === 'a1')!.end).to.equal('2026-03-09T15:00');
    expectNoError(el);
  });

  it('is not shown in the details of another session, nor in these when opened again', async () => {
    const el = await calendar();
    await openSession(el, 'a1');
    await setTime(el, 'end', '09:00');
    expect(shownError(el)).to.exist;
    await openSession(el, 'a2');
    expect(shadow(el, '.vk-popover [data-session-details]').dataset.sessionDetails).to.equal('a2');
    expectNoError(el);
    await openSession(el, 'a1');
    expect(shadow(el, '.vk-popover [data-session-details]').dataset.sessionDetails).to.equal('a1');
    expectNoError(el);
  });

  it('goes when the details close', async () => {
    const el = await calendar();
    await openSession(el, 'a1');
    await setTime(el, 'end', '09:00');
    expect(shownError(el)).to.exist;
    shadow(el, '.vk-popover [data-action="close"]').click();
    await el.updateComplete;
    expect(shownError(el)).to.equal(null);
    await openSession(el, 'a1');
    expectNoError(el);
  });

  it('a start moved past the end: the start is the invalid field', async () => {
    const el = await calendar();
    await openSession(el, 'a1');
    const start = await setTime(el, 'start', '15:00');
    expect(start.value).to.equal('09:00');
    const message = shownError(el);
    expectShown(message, 'Slutt må være etter start.');
    expectDescribedBy(el, 'start', message);
    expect(input(el, 'end').hasAttribute('aria-invalid')).to.equal(false);
    expect(input(el, 'end').getAttribute('aria-describedby')).to.equal('end-hint');
  });

  it('an end past 31 December 9999 shows its own reason, in the UI language (Arabic)', async () => {
    await setLocale('ar');
    const doc: ScheduleDocument = {
      version: 1,
      courses: [{ id: 'c', title: { nb: 'Praksis', ar: 'تدريب' } }],
      sessions: [{ id: 'last', courseId: 'c', start: '9999-12-31T22:00', end: '9999-12-31T23:00', kind: 'practice' }],
    };
    const wrap = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"><vk-course-calendar .value=${doc} view="week" date="9999-12-31"></vk-course-calendar></div>`);
    const el = wrap.firstElementChild as VkCourseCalendar;
    await el.updateComplete;
    await openSession(el, 'last');
    await setTime(el, 'end', '01:00');
    const message = shownError(el);
    expectShown(message, 'لا يمكن أن تنتهي الحصة بعد سنة 9999.');
    expectDescribedBy(el, 'end', message);
    expect(message.closest('[lang]')?.getAttribute('lang'), 'in the UI language').to.equal('ar');
    await setTime(el, 'end', '23:30');
    expect(el.value!.sessions[0].end).to.equal('9999-12-31T23:30');
    expectNoError(el);
  });

  it('axe finds nothing in the details with the message shown, forced colours off and active', async function () {
    this.timeout(60000);
    const el = await calendar();
    await openSession(el, 'a1');
    await setTime(el, 'end', '09:00');
    expect(shownError(el)).to.exist;
    for (const forced of [false, true]) {
      await forcedColors(forced);
      const violations = await axeViolations(el);
      expect(describeViolations(violations), `forced colours ${forced ? 'active' : 'off'}`).to.deep.equal([]);
    }
  });
});
