/**
 * QA pass 57 (F8): in "Planlegg kurs", the numbered list of sessions to add followed "Hoppes over:"
 * and its holidays with no label of its own, so it read as more days skipped. It now has its own
 * label, which also names the list.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from './fixtures.js';

describe('course calendar: the plan dialog labels the sessions it will add', () => {
  it('after "Hoppes over:", the list has its own label "Økter som legges til:"', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar lang="nb" style="inline-size: 1000px" view="month" date="2026-03-30" .value=${sampleSchedule()}></vk-course-calendar>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="plan"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog.pattern[open]'), 'the dialog opens', { timeout: 5000 });
    const dialog = el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.pattern')!;
    const last = dialog.querySelector<HTMLInputElement>('input[name="last"]')!;
    last.value = '2026-04-10';
    last.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(dialog.querySelectorAll('[data-skipped]').length, 'Easter is skipped').to.be.greaterThan(0);
    const list = dialog.querySelector<HTMLElement>('.pattern-sessions')!;
    const label = el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby') ?? '');
    expect(label?.textContent?.trim()).to.equal('Økter som legges til:');
    expect(label!.checkVisibility()).to.equal(true);
    // Drawn between the skipped days and the list.
    expect(dialog.querySelector('.pattern-skipped')!.compareDocumentPosition(label!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(label!.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });
});
