/**
 * "Planlegg kurs" at 400 % zoom (a 320×256 window): its title (two lines) and its pinned buttons
 * took about 70 % of the window, and the fields between them showed some 75 px, one at a time (a
 * newcomer's low-vision QA, 7 Dec 2026, #5). In a window under 28em tall the whole dialog scrolls
 * now, title and buttons with it; a taller one (200 % text on a 320×900 phone, sticky-ends.test.ts)
 * keeps them pinned.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

const frames = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

async function openPlan(): Promise<{ el: VkCourseCalendar; dialog: HTMLDialogElement }> {
  const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="month" date="2026-03-30" .value=${sampleSchedule()}></vk-course-calendar>`);
  await el.updateComplete;
  shadow(el, '[data-action="plan"]').click();
  await waitUntil(() => el.shadowRoot?.querySelector('dialog.pattern[open]'), 'the dialog opens', { timeout: 5000 });
  await frames();
  return { el, dialog: shadow<HTMLDialogElement>(el, 'dialog.pattern') };
}

describe('course calendar: "Planlegg kurs" in a low window scrolls whole', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('320×256: the title and buttons scroll away with the fields, which get the dialog\'s room', async () => {
    await setViewport({ width: 320, height: 256 });
    const { el, dialog } = await openPlan();
    const title = shadow(el, '#pattern-title');
    const actions = shadow(el, 'dialog.pattern form > .popover-actions');
    expect(dialog.scrollHeight, 'the dialog scrolls').to.be.above(dialog.clientHeight);
    for (const end of [title, actions]) expect(getComputedStyle(end).position, `${end.localName} not pinned`).to.equal('static');
    // Scrolled to the middle: no title or buttons over the fields, the view is all form.
    dialog.scrollTop = (dialog.scrollHeight - dialog.clientHeight) / 2;
    await frames();
    const box = dialog.getBoundingClientRect();
    for (const end of [title, actions]) {
      const at = end.getBoundingClientRect();
      expect(at.bottom <= box.top || at.top >= box.bottom, `${end.localName} out of view in the middle (${Math.round(at.top)}–${Math.round(at.bottom)} in ${Math.round(box.top)}–${Math.round(box.bottom)})`).to.equal(true);
    }
    // From the top, focus on the first field: in view.
    const fields = Array.from(dialog.querySelectorAll<HTMLElement>('select, input'));
    dialog.scrollTop = 0;
    fields[0].focus();
    await frames();
    const first = fields[0].getBoundingClientRect();
    expect(first.top >= box.top && first.bottom <= box.bottom, 'the first field in view').to.equal(true);
    // The scroll padding is a focus ring's room, not the unpinned ends' height.
    expect(parseFloat(getComputedStyle(dialog).scrollPaddingTop), 'scroll padding').to.be.below(20);
  });

  it('320×900: long enough, the ends stay pinned while the rest scrolls', async () => {
    document.documentElement.style.fontSize = '32px';
    try {
      await setViewport({ width: 320, height: 900 });
      const { el, dialog } = await openPlan();
      expect(dialog.hasAttribute('data-sticky-ends'), 'sticky-ends.ts pins them').to.equal(true);
      expect(getComputedStyle(shadow(el, '#pattern-title')).position).to.equal('sticky');
    } finally {
      document.documentElement.style.removeProperty('font-size');
    }
  });
});
