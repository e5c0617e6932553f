import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { expandWeeklyPattern } from '../../src/course-calendar/patterns.js';
import { validateDocument } from '../../src/index.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { settleFrames } from './focus-helpers.js';

// A period whose last day is 31 December 9999 ends (exclusive) on "10000-01-01", which sorts before
// every "9999-…" as a string: the pattern's day loop compared them as strings and planned nothing.
// The dialog opened in the last ten weeks of 9999 proposed a last day in the year 10000 (no
// document date), and a night session on 31 December 9999 ended in 10000, which made the whole
// sessions.add invalid: "Legg til" did nothing and said nothing.
/** A calendar of one course and no sessions on December 9999, "Planlegg kurs" pressed and its dialog open. */
async function planDialogOn1December9999(): Promise<{ el: VkCourseCalendar; dialog: HTMLDialogElement }> {
  const doc: ScheduleDocument = { version: 1, courses: [{ id: 'c', title: 'Kurs' }], sessions: [] };
  const page = await fixture<HTMLDivElement>(html`<div lang="nb" style="inline-size: 1000px"><vk-course-calendar view="month" date="9999-12-01" .value=${doc}></vk-course-calendar></div>`);
  const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  (el.shadowRoot?.querySelector('[data-action="plan"]') as HTMLElement).click();
  let dialog: HTMLDialogElement | null = null;
  for (let i = 0; i < 60 && !(dialog = el.shadowRoot?.querySelector('dialog[open]') ?? null); i++) await settleFrames(el);
  return { el, dialog: dialog! };
}

describe('planning a course in the last weeks of 9999', () => {
  const day = (weekday: number, start = '09:00', end = '14:30') => ({ weekday, kind: 'theory' as const, start, end });

  it('expandWeeklyPattern plans up to 31 December 9999, and leaves out a night that would end in 10000', () => {
    const sessions = expandWeeklyPattern({ courseId: 'c', days: [day(1), day(5, '22:00', '06:00')] }, { from: '9999-12-13', to: '10000-01-01' });
    expect(sessions.map((s) => s.start)).to.deep.equal(['9999-12-13T09:00', '9999-12-17T22:00', '9999-12-20T09:00', '9999-12-24T22:00', '9999-12-27T09:00']);
    // Friday 31 December 9999's night would end on 1 January 10000.
    const doc: ScheduleDocument = { version: 1, courses: [{ id: 'c', title: 'Kurs' }], sessions };
    expect(validateDocument('schedule', doc).ok).to.equal(true);
  });

  it('“Planlegg kurs” from 1 December 9999 proposes 31 December 9999 as its last day and adds the sessions', async () => {
    const { el, dialog } = await planDialogOn1December9999();
    expect((dialog.querySelector('input[name="last"]') as HTMLInputElement).value).to.equal('9999-12-31');
    (dialog.querySelector('button[type="submit"], form button:not([type="button"])') as HTMLButtonElement).click();
    await settleFrames(el);
    // Monday to Friday, Wednesday 1 to Friday 31 December 9999 (Christmas Day is a Saturday).
    expect(el.value?.sessions.length).to.equal(23);
    expect(el.value?.sessions.at(-1)?.start).to.equal('9999-12-31T09:00');
    expect(el.shadowRoot?.querySelector('dialog[open]')).to.equal(null);
  });

  it('a last day typed in the year 10000 is no day chosen (it sorted before the first day: "before the first day" was the reason given)', async () => {
    const { el, dialog } = await planDialogOn1December9999();
    const last = dialog.querySelector('input[name="last"]') as HTMLInputElement;
    last.value = '10000-01-05';
    last.dispatchEvent(new Event('change', { bubbles: true }));
    await settleFrames(el);
    (dialog.querySelector('button[type="submit"], form button:not([type="button"])') as HTMLButtonElement).click();
    await settleFrames(el);
    expect(el.value?.sessions).to.deep.equal([]);
    expect(dialog.querySelector('#pattern-range-error')?.textContent).to.equal('Velg første og siste dag.');
    expect(last.max, 'the field says where the dates end').to.equal('9999-12-31');
  });
});
