import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { describeScheduleOperation } from '../../src/course-calendar/calendar-edits.js';
import type { ScheduleDocument, Session } from '../../src/course-calendar/course-calendar.types.js';
import { record, shadow, shadowAll } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

// A screen-reader user heard "torsdag 12. mars 2026, 1 økter": every count said the plural. The
// counts now take their "one" form where CLDR's plural rules for the UI locale say so
// (core/plural.ts): "1 økt", "2 økter"; in English "1 session", "2 sessions".

/** Without the bidi isolates (U+2066–2069) and with whitespace collapsed: what is read. */
const read = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

/** The sample term with a second session on Wednesday 11 March: 12 March has one session, 11 March two. */
function schedule(): ScheduleDocument {
  const doc = sampleSchedule();
  const second: Session = { id: 'b1', courseId: 'renhold', start: '2026-03-11T15:00', end: '2026-03-11T16:00', kind: 'theory' };
  return { ...doc, sessions: [...doc.sessions, second] };
}

async function calendar(doc: ScheduleDocument, attrs: { view?: string; date?: string; lang?: string; width?: number } = {}): Promise<VkCourseCalendar> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${attrs.lang ?? 'nb'} style="inline-size: ${attrs.width ?? 1100}px"><vk-course-calendar .value=${doc} view=${attrs.view ?? 'month'} date=${attrs.date ?? '2026-03-12'}></vk-course-calendar></div>`,
  );
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

/** A day cell's accessible text (its visually hidden date and count). */
const dayText = (el: VkCourseCalendar, date: string): string => read(shadow(el, `.day[data-date="${date}"] > .vk-visually-hidden`));

async function openPlan(el: VkCourseCalendar, last: string): Promise<HTMLDialogElement> {
  shadow(el, '[data-action="plan"]').click();
  await waitUntil(() => el.shadowRoot?.querySelector('dialog.pattern[open]'), 'the dialog opens', { timeout: 5000 });
  const dialog = shadow<HTMLDialogElement>(el, 'dialog.pattern');
  const input = dialog.querySelector<HTMLInputElement>('input[name="last"]')!;
  input.value = last;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
  return dialog;
}

describe('course calendar: counts say "1 økt" and "2 økter"', () => {
  afterEach(() => setLocale('nb'));

  it('month view: a day with one session reads "…, 1 økt", a day with two "…, 2 økter"', async () => {
    const el = await calendar(schedule());
    expect(dayText(el, '2026-03-12')).to.equal('torsdag 12. mars 2026, 1 økt');
    expect(dayText(el, '2026-03-11')).to.equal('onsdag 11. mars 2026, 2 økter');
  });

  it('week view: the same day texts', async () => {
    const el = await calendar(schedule(), { view: 'week' });
    await waitUntil(() => el.shadowRoot?.querySelector('.week-day'), 'the week view is drawn', { timeout: 5000 });
    expect(dayText(el, '2026-03-12')).to.equal('torsdag 12. mars 2026, 1 økt');
    expect(dayText(el, '2026-03-11')).to.equal('onsdag 11. mars 2026, 2 økter');
  });

  it('narrow month: the markers button of a day with one session says "1 økt, <date>", of two "2 økter, <date>"', async () => {
    const el = await calendar(schedule(), { width: 360 });
    await waitUntil(() => el.shadowRoot?.querySelector('.markers'), 'the narrow form is drawn', { timeout: 5000 });
    expect(read(shadow(el, '.day[data-date="2026-03-12"] .markers'))).to.equal('1 økt, torsdag 12. mars 2026');
    expect(read(shadow(el, '.day[data-date="2026-03-11"] .markers'))).to.equal('2 økter, onsdag 11. mars 2026');
  });

  it('English: "1 session" and "2 sessions" (month and week view)', async () => {
    await setLocale('en');
    const el = await calendar(schedule(), { lang: 'en' });
    expect(dayText(el, '2026-03-12')).to.match(/, 1 session$/);
    expect(dayText(el, '2026-03-11')).to.match(/, 2 sessions$/);
    el.view = 'week';
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot?.querySelector('.week-day'), 'the week view is drawn', { timeout: 5000 });
    expect(dayText(el, '2026-03-12')).to.match(/, 1 session$/);
    expect(dayText(el, '2026-03-11')).to.match(/, 2 sessions$/);
  });

  it('Ukrainian: one session in the "one" form ("1 заняття"), two in the existing text', async () => {
    await setLocale('uk');
    const el = await calendar(schedule(), { lang: 'uk' });
    expect(dayText(el, '2026-03-12')).to.match(/, 1 заняття$/);
    expect(dayText(el, '2026-03-11')).to.match(/, Занять: 2$/);
  });

  it('planning one session: "1 økt", "Legg til 1 økt", "La til 1 økt.", and its undo "Angret: la til 1 økt"', async () => {
    const el = await calendar(sampleSchedule(), { date: '2026-03-30' });
    const events = record(el, 'vk-change');
    let dialog = await openPlan(el, '2026-03-31');
    expect(read(dialog.querySelector('#pattern-preview-title'))).to.equal('2 økter');
    expect(read(dialog.querySelector('[data-action="plan-add"]'))).to.equal('Legg til 2 økter');
    dialog = await openPlan(el, '2026-03-30');
    expect(read(dialog.querySelector('#pattern-preview-title'))).to.equal('1 økt');
    expect(read(dialog.querySelector('[data-action="plan-add"]'))).to.equal('Legg til 1 økt');
    shadow(el, '[data-action="plan-add"]').click();
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(read(shadow(el, '[data-vk-announcer]'))).to.equal('La til 1 økt.');
    el.undo();
    await el.updateComplete;
    expect(read(shadow(el, '[data-vk-announcer]'))).to.equal('Angret: la til 1 økt');
  });

  it('planning one session in English: "1 session", "Add 1 session", "Added 1 session."', async () => {
    await setLocale('en');
    const el = await calendar(sampleSchedule(), { date: '2026-03-30', lang: 'en' });
    const dialog = await openPlan(el, '2026-03-30');
    expect(read(dialog.querySelector('#pattern-preview-title'))).to.equal('1 session');
    expect(read(dialog.querySelector('[data-action="plan-add"]'))).to.equal('Add 1 session');
    shadow(el, '[data-action="plan-add"]').click();
    await el.updateComplete;
    expect(read(shadow(el, '[data-vk-announcer]'))).to.equal('Added 1 session.');
  });

  it('undo and redo words of a plan: "la til 1 økt" / "fjernet 2 økter"; one session removed is named; in English "added 1 session"', async () => {
    const doc = sampleSchedule();
    const [a1, a2] = doc.sessions;
    expect(describeScheduleOperation({ type: 'sessions.add', sessions: [a1!] }, doc, 'nb')).to.equal('la til 1 økt');
    expect(describeScheduleOperation({ type: 'sessions.add', sessions: [a1!, a2!] }, doc, 'nb')).to.equal('la til 2 økter');
    expect(describeScheduleOperation({ type: 'sessions.remove', sessionIds: ['a1'] }, doc, 'nb')).to.equal('slettet \u2068Renhold og smittevern\u2069');
    expect(describeScheduleOperation({ type: 'sessions.remove', sessionIds: ['a1', 'a2'] }, doc, 'nb')).to.equal('fjernet 2 økter');
    await setLocale('en');
    expect(describeScheduleOperation({ type: 'sessions.add', sessions: [a1!] }, doc, 'en')).to.equal('added 1 session');
    expect(describeScheduleOperation({ type: 'sessions.remove', sessionIds: ['a1', 'a2'] }, doc, 'en')).to.equal('removed 2 sessions');
  });

  it('agenda: one session left to show says "Vis 1 økt til", two "Vis flere økter (2 til)"', async () => {
    // 201 and 202 sessions in March: the agenda renders 200 at first.
    const many = (n: number): ScheduleDocument => {
      const doc = sampleSchedule();
      const sessions = Array.from({ length: n }, (_, i): Session => {
        const day = String(1 + (i % 31)).padStart(2, '0');
        const hour = String(6 + Math.floor(i / 31)).padStart(2, '0');
        return { id: `m${i}`, courseId: 'renhold', start: `2026-03-${day}T${hour}:00`, end: `2026-03-${day}T${hour}:30`, kind: 'theory' };
      });
      return { ...doc, sessions };
    };
    for (const [n, text] of [
      [201, 'Vis 1 økt til'],
      [202, 'Vis flere økter (2 til)'],
    ] as const) {
      const el = await calendar(many(n), { view: 'agenda' });
      await waitUntil(() => el.shadowRoot?.querySelector('[data-action="agenda-more"]'), 'the agenda is drawn', { timeout: 5000 });
      expect(shadowAll(el, '.agenda [data-session]')).to.have.length(200);
      expect(read(shadow(el, '[data-action="agenda-more"]'))).to.equal(text);
    }
  });
});
