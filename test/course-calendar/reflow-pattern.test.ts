import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { setLocale } from '../../src/core/localize.js';
import { shadow } from '../helpers/index.js';
import { splitWords } from '../a11y/layout-checks.js';
import { sampleSchedule } from './fixtures.js';

/** Fields of the dialog's weekday rows that show outside their own label, or over a neighbour's. */
function fieldsOutOfPlace(dialog: HTMLDialogElement): string[] {
  const found: string[] = [];
  for (const row of dialog.querySelectorAll<HTMLElement>('.pattern-day')) {
    const labels = Array.from(row.querySelectorAll<HTMLElement>('label.pattern-field'));
    for (const [i, label] of labels.entries()) {
      const field = label.querySelector<HTMLElement>('select, input')!;
      const f = field.getBoundingClientRect();
      const box = label.getBoundingClientRect();
      if (f.left < box.left - 0.5 || f.right > box.right + 0.5) found.push(`${row.dataset.weekday} field ${i}: ${Math.round(f.left)}–${Math.round(f.right)} outside its label ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
  }
  return found;
}

// WCAG 1.4.10: an adviser at 400 % zoom (1280 × 1024 screen: 320 × 256 CSS px) plans a course. The
// weekday rows kept two fields side by side in a 256 px dialog, so the start time box ran under the
// end time field (its clock button hidden) and the end time box past the dialog's edge.
describe('the "plan a course" dialog at 320 × 256 px (400 % zoom)', () => {
  before(() => setViewport({ width: 320, height: 256 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('every weekday field shows whole inside its own label', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="month" date="2026-03-30" .value=${sampleSchedule()}></vk-course-calendar>`);
    await el.updateComplete;
    shadow(el, '[data-action="plan"]').click();
    await waitUntil(() => el.shadowRoot?.querySelector('dialog.pattern[open]'), 'the dialog opens', { timeout: 5000 });
    const dialog = shadow<HTMLDialogElement>(el, 'dialog.pattern');
    await el.updateComplete;
    expect(fieldsOutOfPlace(dialog)).to.deep.equal([]);
    expect(dialog.scrollWidth, 'nothing scrolls sideways in the dialog').to.be.at.most(dialog.clientWidth);
  });
});

// Text at 200 % on a 320 px phone: the dialog's 2rem margins and 1.5rem padding, the fieldset's
// min-content width and the lists' bullets left the skipped days' names ("Planleggingsdag",
// "himmelfartsdag") split mid-word, and the title's longest word ("Спланувати") widened the whole
// form past the dialog's edge (it scrolled sideways, the course box cut off at its end).
describe('the "plan a course" dialog with 200 % text on a 320 px phone', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  after(async () => {
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['nb', 'uk', 'ar'] as const) {
    it(`no word split, nothing past the dialog's edge (${lang})`, async () => {
      await setLocale(lang);
      document.documentElement.style.fontSize = '200%';
      const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="month" date="2026-03-30" lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} .value=${sampleSchedule()}></vk-course-calendar>`);
      await el.updateComplete;
      shadow(el, '[data-action="plan"]').click();
      await waitUntil(() => el.shadowRoot?.querySelector('dialog.pattern[open] .pattern-skipped li'), 'the dialog opens with skipped days', { timeout: 5000 });
      const dialog = shadow<HTMLDialogElement>(el, 'dialog.pattern');
      // The word fit writes its sizes a microtask after the render; a frame lays them out.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(dialog.scrollWidth, 'nothing scrolls sideways in the dialog').to.be.at.most(dialog.clientWidth);
      expect(splitWords(dialog).map((w) => `${w.word} (${w.where})`)).to.deep.equal([]);
    });
  }
});
