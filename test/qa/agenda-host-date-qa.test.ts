// QA of 4a39bee / 9f4f436 (a host's `date` in the agenda is the host's, focus follows without
// rewriting it), by a newcomer: a month with no sessions, a date after the month's last row, focus on
// the toolbar, Arabic right to left, the same month, and the user's own steps afterwards. Focus is
// never on <body> and never taken in from outside.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import { focused, record } from '../helpers/index.js';
import { agendaPart, detailsPart } from '../../src/course-calendar/calendar-parts.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { scheduleWith } from '../course-calendar/fixtures.js';
import { historyKeys, settleFrames } from '../course-calendar/focus-helpers.js';

const schedule = (): ScheduleDocument =>
  scheduleWith(
    { id: 'apr20', courseId: 'butikk', start: '2026-04-20T09:00', end: '2026-04-20T12:00', kind: 'practice' },
    { id: 'apr27', courseId: 'renhold', start: '2026-04-27T09:00', end: '2026-04-27T12:00', kind: 'theory' },
  );

const frames = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

async function agendaWithFocusOn(row: string, dir: 'ltr' | 'rtl' = 'ltr'): Promise<VkCourseCalendar> {
  if (dir === 'rtl') await setLocale('ar');
  const wrapper = await fixture<HTMLElement>(html`<div lang=${dir === 'rtl' ? 'ar' : 'nb'} dir=${dir} style="inline-size: 360px"><vk-course-calendar .value=${schedule()} view="agenda" date="2026-03-11"></vk-course-calendar><button>after</button></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  el.shadowRoot!.querySelector<HTMLElement>(`.agenda [data-session="${row}"]`)!.focus();
  await settleFrames(el);
  return el;
}

/** Focus is in the calendar and on something visible there (never <body>, never a hidden element). */
function focusInCalendar(el: VkCourseCalendar): HTMLElement {
  expect(document.activeElement, 'focus in the calendar, never <body>').to.equal(el);
  const now = focused(el) as HTMLElement | null;
  expect(now, 'an element in the calendar has focus').to.not.equal(null);
  expect(now!.checkVisibility(), `visible: ${now!.outerHTML.slice(0, 80)}`).to.equal(true);
  return now!;
}

describe('QA: the host\'s `date` in the agenda', () => {
  before(() => Promise.all([agendaPart.load(), detailsPart.load()]));
  afterEach(() => setLocale('nb'));

  it('a month with no sessions: the host\'s date stays, focus stays in the calendar on something visible', async () => {
    const el = await agendaWithFocusOn('a2');
    el.date = '2026-06-15';
    await settleFrames(el);
    await frames(3);
    expect(el.date).to.equal('2026-06-15');
    focusInCalendar(el);
  });

  it('a date after the month\'s last row: the host\'s date stays, focus on a row of that month', async () => {
    const el = await agendaWithFocusOn('a2');
    el.date = '2026-04-29';
    await settleFrames(el);
    await frames(3);
    expect(el.date).to.equal('2026-04-29');
    const now = focusInCalendar(el);
    expect(now.closest('.agenda'), 'in the list').to.not.equal(null);
  });

  // Held the row the user had until 6 December; focus now follows to the row nearest the host's date, as the grid's to its day (agenda-host-date.test.ts).
  it('the same month, focus on a row: focus on the row nearest the host\'s date (the last before it), and the host\'s date stays', async () => {
    const el = await agendaWithFocusOn('a2');
    const ranges = record(el, 'vk-range-change');
    el.date = '2026-03-25';
    await settleFrames(el);
    await frames(3);
    expect(el.date).to.equal('2026-03-25');
    expect(focusInCalendar(el).dataset.session).to.equal('a4');
    expect(ranges).to.have.length(0);
  });

  it('focus on the toolbar\'s next button: the host\'s date stays and focus stays on the button; the button then steps from it', async () => {
    const el = await agendaWithFocusOn('a2');
    const buttons = Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')).filter((b) => !b.closest('.agenda') && b.checkVisibility());
    const next = buttons.find((b) => /neste/i.test(b.getAttribute('aria-label') ?? b.textContent ?? ''));
    expect(next, 'a "next" button').to.exist;
    next!.focus();
    el.date = '2026-04-02';
    await settleFrames(el);
    await frames(3);
    expect(el.date).to.equal('2026-04-02');
    expect(focused(el)).to.equal(next);
    await sendKeys({ press: 'Enter' });
    await settleFrames(el);
    expect(el.range.start, 'May, from the host\'s April').to.equal('2026-05-01');
  });

  it('Arabic, right to left: the host\'s date kept, focus on the first row on or after it, ↓ moves the date', async () => {
    const el = await agendaWithFocusOn('a2', 'rtl');
    el.date = '2026-04-02';
    await settleFrames(el);
    await frames(3);
    expect(el.date).to.equal('2026-04-02');
    expect(focusInCalendar(el).dataset.session).to.equal('apr20');
    await sendKeys({ press: 'ArrowDown' });
    await settleFrames(el);
    expect(focusInCalendar(el).dataset.session).to.equal('apr27');
    expect(el.date).to.equal('2026-04-27');
    await sendKeys({ press: 'ArrowUp' });
    await settleFrames(el);
    expect(el.date).to.equal('2026-04-20');
  });

  it('a host date set twice in one task (another month, then back to the row\'s own day): the row keeps focus', async () => {
    const el = await agendaWithFocusOn('a2'); // date 2026-03-10, set by the row's focus
    el.date = '2026-04-02';
    el.date = '2026-03-10';
    await settleFrames(el);
    await frames(3);
    expect(el.date).to.equal('2026-03-10');
    expect(focusInCalendar(el).dataset.session).to.equal('a2');
  });

  it('focus outside (a host field), a narrowing width and a host date in the same task: focus stays outside, the date the host\'s', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: 1000px"><input aria-label="Gå til dato" /><vk-course-calendar .value=${schedule()} view="month" date="2026-03-11"></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await settleFrames(el);
    el.shadowRoot!.querySelector<HTMLElement>('[role="grid"] [data-session="a2"]')!.focus(); // the user was in the grid before
    const field = wrapper.querySelector('input')!;
    field.focus();
    el.removeAttribute('view');
    wrapper.style.inlineSize = '360px';
    el.date = '2026-04-02';
    for (let i = 0; i < 20 && el.currentView !== 'agenda'; i++) await frames(1);
    await settleFrames(el);
    await frames(3);
    expect(el.currentView).to.equal('agenda');
    expect(document.activeElement, 'not taken into the calendar').to.equal(field);
    expect(el.date).to.equal('2026-04-02');
  });

  it('a move, then the host\'s date of another month, then Ctrl+Z and Ctrl+Shift+Z: the session\'s month and row, focus on it, never <body>', async () => {
    const el = await agendaWithFocusOn('a2'); // Tuesday 10 March
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: ' ' });
    await settleFrames(el);
    expect(el.value!.sessions.find((s) => s.id === 'a2')!.start.slice(0, 10), 'moved a day').to.equal('2026-03-11');
    el.date = '2026-04-02';
    await settleFrames(el);
    await frames(3);
    expect(el.date).to.equal('2026-04-02');
    focusInCalendar(el);
    await historyKeys(el, 'undo');
    await frames(3);
    expect(el.value!.sessions.find((s) => s.id === 'a2')!.start.slice(0, 10), 'undone').to.equal('2026-03-10');
    expect(el.range.start, 'March again').to.equal('2026-03-01');
    expect(focusInCalendar(el).dataset.session, 'focus on the session undone').to.equal('a2');
    expect(el.date).to.equal('2026-03-10');
    await historyKeys(el, 'redo');
    await frames(3);
    expect(el.value!.sessions.find((s) => s.id === 'a2')!.start.slice(0, 10), 'redone').to.equal('2026-03-11');
    expect(focusInCalendar(el).dataset.session).to.equal('a2');
    expect(el.date).to.equal('2026-03-11');
  });
});
