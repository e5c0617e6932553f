import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from './fixtures.js';
import { hostSets as set } from '../helpers/forms.js';

// "Planlegg kurs" closes when the host disables the calendar (or makes it read-only) while it is open:
// it adds nothing then (that stays). Opened again, it started afresh: the course, dates and weekdays
// chosen were gone. Now they come back, once, while the document is as it was; Avbryt, or adding
// the sessions, ends them, and so does a new document from the host.
const dialog = (el: VkCourseCalendar): HTMLDialogElement | null => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.pattern[open]');
const control = <T extends HTMLElement = HTMLInputElement>(el: VkCourseCalendar, name: string): T => dialog(el)!.querySelector<T>(`[name="${name}"]`)!;

async function calendar(): Promise<{ el: VkCourseCalendar; fieldset: HTMLFieldSetElement }> {
  const form = await fixture<HTMLFormElement>(html`<form><fieldset><vk-course-calendar style="inline-size: 1000px" view="month" date="2026-03-09" .value=${sampleSchedule()}></vk-course-calendar></fieldset></form>`);
  const el = form.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  return { el, fieldset: form.querySelector('fieldset')! };
}

async function plan(el: VkCourseCalendar): Promise<void> {
  el.shadowRoot!.querySelector<HTMLElement>('[data-action="plan"]')!.click();
  await waitUntil(() => dialog(el), 'the dialog opens', { timeout: 5000 });
  await el.updateComplete;
}

/** Chooses the second course, a last day of 20 March and no Wednesday. */
async function choose(el: VkCourseCalendar): Promise<void> {
  const course = control<HTMLSelectElement>(el, 'course');
  course.value = 'butikk';
  course.dispatchEvent(new Event('change'));
  const last = control(el, 'last');
  last.value = '2026-03-20';
  last.dispatchEvent(new Event('change'));
  control(el, 'on-3').click();
  await el.updateComplete;
}

function chosen(el: VkCourseCalendar): Record<string, unknown> {
  return { course: control<HTMLSelectElement>(el, 'course').value, last: control(el, 'last').value, wednesday: control(el, 'on-3').checked };
}
const mine = { course: 'butikk', last: '2026-03-20', wednesday: false };

describe('course calendar: "Planlegg kurs" closed by disabled or read-only keeps what was chosen', () => {
  for (const change of ['fieldset', 'disabled', 'readonly'] as const) {
    it(`${change}: opened again, it shows the course, days and dates chosen; adding plans them`, async () => {
      const { el, fieldset } = await calendar();
      await plan(el);
      await choose(el);
      await set(el, fieldset, change, true);
      expect(dialog(el), 'closed').to.equal(null);
      expect(el.value).to.deep.equal(sampleSchedule());
      await set(el, fieldset, change, false);
      await plan(el);
      expect(chosen(el)).to.deep.equal(mine);
      control(el, 'course').closest('form')!.querySelector<HTMLButtonElement>('[data-action="plan-add"]')!.click();
      await el.updateComplete;
      const added = el.value!.sessions.filter((s) => !sampleSchedule().sessions.some((t) => t.id === s.id));
      expect(added.length).to.be.greaterThan(0);
      expect(added.every((s) => s.courseId === 'butikk' && s.start.slice(0, 10) <= '2026-03-20' && s.start.slice(0, 10) !== '2026-03-11')).to.equal(true);
      // Added: the next plan starts afresh.
      await plan(el);
      expect(chosen(el)).to.not.deep.equal(mine);
    });
  }

  it('Avbryt after the reopen ends it: the next plan starts afresh', async () => {
    const { el, fieldset } = await calendar();
    await plan(el);
    await choose(el);
    await set(el, fieldset, 'disabled', true);
    await set(el, fieldset, 'disabled', false);
    await plan(el);
    expect(chosen(el)).to.deep.equal(mine);
    dialog(el)!.querySelector<HTMLButtonElement>('[data-action="plan-cancel"]')!.click();
    await el.updateComplete;
    await plan(el);
    expect(chosen(el)).to.deep.equal({ course: 'renhold', last: '2026-05-17', wednesday: true });
  });

  it('a new document from the host meanwhile: the plan starts afresh; the same document kept it', async () => {
    const { el, fieldset } = await calendar();
    await plan(el);
    await choose(el);
    await set(el, fieldset, 'disabled', true);
    el.value = sampleSchedule();
    await set(el, fieldset, 'disabled', false);
    await plan(el);
    expect(chosen(el), 'the same document').to.deep.equal(mine);
    await set(el, fieldset, 'disabled', true);
    const doc = sampleSchedule();
    el.value = { ...doc, closedDays: [] };
    await set(el, fieldset, 'disabled', false);
    await plan(el);
    expect(chosen(el).course, 'another document').to.equal('renhold');
  });
});
