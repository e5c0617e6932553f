import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { record, shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

// A newcomer (m1, m4): "Planlegg kurs" open, a course chosen, then the host's value removed that
// course (another adviser saved) or every course. The menu showed another course (or none) while
// the plan kept the old one: "Legg til N økter" stayed offered and each press said "Endringen ble
// ikke lagret: innholdet ble endret av noen andre.", untrue. Now the first course still there is
// chosen and said; with no course left "Legg til" is aria-disabled with the reason, Cancel works.

/** What is read: without bidi isolates, whitespace collapsed. */
const read = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

async function openPlan(): Promise<{ el: VkCourseCalendar; dialog: HTMLDialogElement }> {
  const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar lang="nb" .value=${sampleSchedule()} view="month" date="2026-03-30"></vk-course-calendar>`);
  await el.updateComplete;
  shadow(el, '[data-action="plan"]').click();
  await waitUntil(() => el.shadowRoot?.querySelector('dialog.pattern[open]'), 'the dialog opens', { timeout: 5000 });
  return { el, dialog: shadow<HTMLDialogElement>(el, 'dialog.pattern') };
}

async function choose(el: VkCourseCalendar, dialog: HTMLDialogElement, id: string): Promise<void> {
  const select = dialog.querySelector<HTMLSelectElement>('select[name="course"]')!;
  select.value = id;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const withoutCourse = (doc: ScheduleDocument, id: string): ScheduleDocument => ({ ...doc, courses: doc.courses.filter((c) => c.id !== id), sessions: doc.sessions.filter((s) => s.courseId !== id) });

describe('course calendar, "Planlegg kurs": the host’s value removes the chosen course while the dialog is open', () => {
  it('the first course still there is chosen and said; "Legg til" adds its sessions', async () => {
    const { el, dialog } = await openPlan();
    await choose(el, dialog, 'butikk');
    const changes = record(el, 'vk-change');
    el.value = withoutCourse(el.value!, 'butikk');
    await el.updateComplete;
    const select = dialog.querySelector<HTMLSelectElement>('select[name="course"]')!;
    expect(select.value).to.equal('renhold');
    expect(read(dialog.querySelector('[role=status]'))).to.equal('Salg og service finnes ikke lenger. Valgt kurs: Renhold og smittevern.');
    shadow(el, 'dialog [data-action="plan-add"]').click();
    await el.updateComplete;
    expect(changes).to.have.length(1);
    const op = (changes[0].detail as { operation: unknown }).operation as { type: string; sessions: Array<{ courseId: string }> };
    expect(op.type).to.equal('sessions.add');
    expect(new Set(op.sessions.map((s) => s.courseId))).to.deep.equal(new Set(['renhold']));
    expect(el.shadowRoot!.querySelector('dialog.pattern')).to.equal(null);
  });

  it('no course left: says why, "Legg til" is aria-disabled with the reason and adds nothing; Cancel closes, focus on the calendar', async () => {
    const { el, dialog } = await openPlan();
    const add = shadow<HTMLButtonElement>(el, 'dialog [data-action="plan-add"]');
    add.focus();
    const changes = record(el, 'vk-change');
    el.value = { version: 1, courses: [], sessions: [] };
    await el.updateComplete;
    const reason = 'Kalenderen har ingen kurs lenger, så ingenting kan planlegges.';
    expect(read(dialog.querySelector('[role=status]'))).to.equal(reason);
    const button = shadow<HTMLButtonElement>(el, 'dialog [data-action="plan-add"]');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(read(el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!))).to.equal(reason);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    // Pressed: nothing is added, nothing claims "changed by someone else"; the reason is said again.
    button.click();
    await el.updateComplete;
    await waitUntil(() => read(dialog.querySelector('[role=status]')) === reason, 'the reason said again');
    expect(changes).to.have.length(0);
    expect(dialog.querySelector('[role=alert]')).to.equal(null);
    expect(dialog.open).to.equal(true);
    // Closed, its focused field's focusout (in the calendar's render) says no count: it asked for a render inside that one (Lit's dev warning).
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => (warnings.push(String(args[0])), warn(...args));
    try {
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !el.shadowRoot!.querySelector('dialog.pattern'), 'the dialog closes');
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('change-in-update'))).to.deep.equal([]);
    await waitUntil(() => document.activeElement === el, 'focus on the calendar, not the page');
  });
});
