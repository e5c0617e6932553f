import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

// A newcomer (q4): "Planlegg kurs" open with a course chosen, the host's value removed it; the dialog
// chose another course and said so only in its visually hidden status, so a sighted adviser added
// sessions to a course they never picked. The notice is now shown by the course menu (its
// description) until they pick a course or theirs comes back (chosen again, the status no longer
// saying it is gone).

const read = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
const withoutCourse = (doc: ScheduleDocument, id: string): ScheduleDocument => ({ ...doc, courses: doc.courses.filter((c) => c.id !== id), sessions: doc.sessions.filter((s) => s.courseId !== id) });
const gone = 'Salg og service finnes ikke lenger. Valgt kurs: Renhold og smittevern.';

async function removedWhileOpen(): Promise<{ el: VkCourseCalendar; dialog: HTMLDialogElement; select: () => HTMLSelectElement; notice: () => HTMLElement | null; saved: ScheduleDocument }> {
  const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar lang="nb" .value=${sampleSchedule()} view="month" date="2026-03-30"></vk-course-calendar>`);
  await el.updateComplete;
  shadow(el, '[data-action="plan"]').click();
  await waitUntil(() => el.shadowRoot?.querySelector('dialog.pattern[open]'), 'the dialog opens', { timeout: 5000 });
  const dialog = shadow<HTMLDialogElement>(el, 'dialog.pattern');
  const select = () => dialog.querySelector<HTMLSelectElement>('select[name="course"]')!;
  select().value = 'butikk';
  select().dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  const saved = el.value!;
  el.value = withoutCourse(saved, 'butikk');
  await el.updateComplete;
  const notice = () => {
    const id = select().getAttribute('aria-describedby');
    return id ? el.shadowRoot!.getElementById(id) : null;
  };
  return { el, dialog, select, notice, saved };
}

describe('course calendar, "Planlegg kurs": the chosen course removed is shown by the course menu', () => {
  it('a visible notice describes the menu; gone once the adviser picks a course', async () => {
    const { el, dialog, select, notice } = await removedWhileOpen();
    expect(select().value).to.equal('renhold');
    expect(read(notice())).to.equal(gone);
    expect(notice()!.checkVisibility(), 'shown, not only in the hidden status').to.equal(true);
    expect(notice()!.getBoundingClientRect().height).to.be.greaterThan(1);
    select().value = 'renhold';
    select().dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(notice()).to.equal(null);
    expect(read(dialog).includes('finnes ikke lenger'), 'not shown nor left in the status').to.equal(false);
  });

  it('the course back (the host’s undo): chosen again, no notice, the status not left saying it is gone', async () => {
    const { el, dialog, select, notice, saved } = await removedWhileOpen();
    expect(read(notice())).to.equal(gone);
    el.value = saved;
    await el.updateComplete;
    expect(select().value).to.equal('butikk');
    expect(notice()).to.equal(null);
    expect(read(dialog.querySelector('[role=status]'))).to.equal('');
    expect(read(dialog).includes('finnes ikke lenger')).to.equal(false);
  });
});
