// QA of 25252cf (a refused time shown under the details' time fields), by a newcomer trying to
// break it: a second refusal on the other field, real keys (type, Tab away), undo, the host's
// value, read-only and back, the UI language switched while shown, two calendars on one page,
// 200 % text at 320 px (no sideways scroll, the text inside the panel), RTL.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { shadow, textAt200Percent } from '../helpers/index.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { historyKeys, settleFrames } from '../course-calendar/focus-helpers.js';

async function calendar(doc: ScheduleDocument = sampleSchedule(), width = 1000, dir: 'ltr' | 'rtl' = 'ltr'): Promise<VkCourseCalendar> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${dir === 'rtl' ? 'ar' : 'nb'} dir=${dir} style="inline-size: ${width}px"><vk-course-calendar .value=${doc} view="week" date="2026-03-12"></vk-course-calendar></div>`);
  const el = wrap.firstElementChild as VkCourseCalendar;
  await settleFrames(el);
  return el;
}

async function openSession(el: VkCourseCalendar, id: string): Promise<void> {
  shadow(el, `[data-session="${id}"]`).click();
  await settleFrames(el);
}

const input = (el: VkCourseCalendar, field: string): HTMLInputElement => shadow<HTMLInputElement>(el, `.vk-popover input[name="${field}"]`);
const shownError = (el: VkCourseCalendar): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>('.vk-popover .times .form-error');

async function setTime(el: VkCourseCalendar, field: 'start' | 'end', value: string): Promise<void> {
  const control = input(el, field);
  control.value = value;
  control.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('QA: a refused time in the calendar details', () => {
  afterEach(() => setLocale('nb'));

  it('an end refused, then a start refused: the start is now the invalid, described field, the end is not', async () => {
    const el = await calendar();
    await openSession(el, 'a1'); // 09:00–14:30
    await setTime(el, 'end', '09:00');
    expect(input(el, 'end').getAttribute('aria-invalid')).to.equal('true');
    await setTime(el, 'start', '15:00');
    expect(input(el, 'start').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'start').getAttribute('aria-describedby')).to.equal('time-error');
    expect(input(el, 'end').hasAttribute('aria-invalid')).to.equal(false);
    expect(input(el, 'end').getAttribute('aria-describedby')).to.equal('end-hint');
    expect(el.shadowRoot!.querySelectorAll('#time-error')).to.have.length(1);
  });

  it('typed with real keys and Tab away: refused, shown, focus goes on to the end field', async () => {
    const el = await calendar();
    await openSession(el, 'a1');
    input(el, 'start').focus();
    await sendKeys({ type: '1600' }); // 16:00 past the end 14:30 (hours then minutes in Chromium's field)
    // Tab goes through the field's segments (hours, minutes, maybe AM/PM) before it leaves the field.
    for (let i = 0; i < 4 && el.shadowRoot!.activeElement === input(el, 'start'); i++) await sendKeys({ press: 'Tab' });
    await settleFrames(el);
    expect(input(el, 'start').value).to.equal('09:00');
    expect(shownError(el)?.textContent?.trim()).to.equal('Slutt må være etter start.');
    expect(input(el, 'start').getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('end');
  });

  it('goes with an accepted edit of another field (the title), and with undo of an earlier edit', async () => {
    const el = await calendar();
    await openSession(el, 'a1');
    await setTime(el, 'end', '09:00');
    const title = input(el, 'title');
    title.value = 'Ny tittel';
    title.dispatchEvent(new Event('change'));
    await settleFrames(el);
    expect(shownError(el), 'an accepted title edit').to.equal(null);
    await setTime(el, 'end', '09:00');
    expect(shownError(el)).to.exist;
    input(el, 'cancelled').focus(); // Ctrl+Z is the calendar's outside text fields (docs/course-calendar.md)
    await historyKeys(el, 'undo'); // the title edit undone: the session changed
    expect(el.value!.sessions.find((s) => s.id === 'a1')!.title, 'undone').to.equal(undefined);
    if (el.shadowRoot!.querySelector('.vk-popover [data-session-details]')) expect(shownError(el), 'undo changed the session').to.equal(null);
  });

  it('a host value with the same session changed elsewhere: no stale reason', async () => {
    const el = await calendar();
    await openSession(el, 'a1');
    await setTime(el, 'end', '09:00');
    expect(shownError(el)).to.exist;
    const doc = el.value!;
    el.value = { ...doc, sessions: doc.sessions.map((s) => (s.id === 'a1' ? { ...s, place: 'Rom 9' } : s)) };
    await settleFrames(el);
    expect(shownError(el)).to.equal(null);
  });

  it('the UI language switched while shown: the reason follows it (ar)', async () => {
    const el = await calendar();
    await openSession(el, 'a1');
    await setTime(el, 'end', '09:00');
    await setLocale('ar');
    await settleFrames(el);
    const message = shownError(el);
    if (message) expect(message.textContent?.trim()).to.not.equal('Slutt må være etter start.');
  });

  it('read-only and back: the old reason does not come back with the fields', async () => {
    const el = await calendar();
    await openSession(el, 'a1');
    await setTime(el, 'end', '09:00');
    expect(shownError(el)).to.exist;
    el.readonly = true;
    await settleFrames(el);
    el.readonly = false;
    await settleFrames(el);
    if (el.shadowRoot!.querySelector('.vk-popover input[name="end"]')) {
      expect(shownError(el), 'no attempt was refused in these fields').to.equal(null);
      expect(input(el, 'end').hasAttribute('aria-invalid')).to.equal(false);
    }
  });

  it('two calendars on one page: a refusal in one is not shown in the other', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px">
      <vk-course-calendar id="one" .value=${sampleSchedule()} view="week" date="2026-03-12"></vk-course-calendar>
      <vk-course-calendar id="two" .value=${sampleSchedule()} view="week" date="2026-03-12"></vk-course-calendar>
    </div>`);
    const [one, two] = Array.from(wrap.querySelectorAll<VkCourseCalendar>('vk-course-calendar'));
    await settleFrames(one);
    await settleFrames(two);
    await openSession(one, 'a1');
    await setTime(one, 'end', '09:00');
    expect(shownError(one)).to.exist;
    await openSession(two, 'a1');
    await settleFrames(one);
    expect(shownError(two), 'the other calendar').to.equal(null);
  });

  describe('200 % text at 320 px', () => {
    textAt200Percent();
    for (const dir of ['ltr', 'rtl'] as const) {
      it(`the reason is inside the panel, wraps, no sideways scroll (${dir})`, async () => {
        if (dir === 'rtl') await setLocale('ar');
        const el = await calendar(sampleSchedule(), 320, dir);
        await openSession(el, 'a1');
        await setTime(el, 'end', '09:00');
        await settleFrames(el);
        const message = shownError(el)!;
        const panel = shadow(el, '.vk-popover');
        const m = message.getBoundingClientRect();
        const p = panel.getBoundingClientRect();
        expect(m.width).to.be.greaterThan(0);
        expect(m.left, 'inside the panel').to.be.at.least(p.left - 0.5);
        expect(m.right, 'inside the panel').to.be.at.most(p.right + 0.5);
        expect(message.scrollWidth, 'no clipped text').to.be.at.most(message.clientWidth + 1);
        expect(panel.scrollWidth, 'no sideways scroll in the panel').to.be.at.most(panel.clientWidth + 1);
        expect(document.documentElement.scrollWidth, 'no page scroll').to.be.at.most(document.documentElement.clientWidth + 1);
      });
    }
  });
});
