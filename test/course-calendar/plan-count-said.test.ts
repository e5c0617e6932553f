import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { record, shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

// A newcomer typed the last day of a plan: Chromium commits a date field at each digit of its year
// ("0002-…", "0020-…", "0202-…"), and the preview's live heading said "30 økter", "1 økt", "3 økter"
// for dates half entered. The count is now said once a field commits: a date or time when focus
// leaves it, a checkbox or menu when changed; the heading is no live region. "La til … økter." ends it.

/** What is read: without bidi isolates, whitespace collapsed. */
const read = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

/** Everything the dialog would have a screen reader say by itself (its live regions). */
const live = (dialog: Element): string[] => [...dialog.querySelectorAll('[aria-live], [role=status], [role=alert]')].map(read).filter(Boolean);

describe('course calendar, "Planlegg kurs": the preview count is said once a field commits, not while typing', () => {
  it('typing a date says nothing; leaving the field says the count once; a weekday ticked says it at once; adding ends with "La til"', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${sampleSchedule()} view="month" date="2026-03-30"></vk-course-calendar>`);
    await el.updateComplete;
    const events = record(el, 'vk-change');
    shadow(el, '[data-action="plan"]').click();
    await waitUntil(() => el.shadowRoot?.querySelector('dialog.pattern[open]'), 'the dialog opens', { timeout: 5000 });
    const dialog = shadow<HTMLDialogElement>(el, 'dialog.pattern');
    // What the live regions hold as the dialog opens (a change to it is what a screen reader says).
    const opened = live(dialog);

    // The year typed digit by digit: each step commits (change) as Chromium does.
    const last = dialog.querySelector<HTMLInputElement>('input[name="last"]')!;
    last.focus();
    const counts: string[] = [];
    for (const value of ['0002-04-03', '0020-04-03', '0202-04-03', '2026-04-03']) {
      last.value = value;
      last.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      last.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      counts.push(read(dialog.querySelector('#pattern-preview-title')));
      expect(live(dialog), `nothing said at ${value}`).to.deep.equal(opened);
    }
    expect(dialog.querySelector('#pattern-preview-title')?.hasAttribute('aria-live'), 'the heading is no live region').to.equal(false);
    expect(counts.at(-1), 'the heading shows the count meanwhile (Monday to Wednesday: Maundy Thursday and Good Friday skipped)').to.equal('3 økter');

    // Leaving the field: the settled count, once.
    dialog.querySelector<HTMLInputElement>('input[name="on-1"]')!.focus();
    await el.updateComplete;
    expect(live(dialog)).to.deep.equal(['3 økter']);

    // A weekday unticked is committed by itself: said at once.
    dialog.querySelector<HTMLInputElement>('input[name="on-1"]')!.click();
    await el.updateComplete;
    expect(read(dialog.querySelector('#pattern-preview-title'))).to.equal('2 økter');
    expect(live(dialog)).to.deep.equal(['2 økter']);

    shadow(el, '[data-action="plan-add"]').click();
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(read(shadow(el, '[data-vk-announcer]'))).to.equal('La til 2 økter.');
  });
});
