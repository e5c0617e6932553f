/**
 * At 200 % text on a 320 px phone the session details fill the window: a user who scrolled them
 * lost their heading (which session they were in) and their buttons (where Close was). The heading
 * and the buttons stay in view while the rest scrolls, and a field focus moves to is never under
 * them (WCAG 2.4.11); in a window too low to give the rest room, they scroll with it. The same in
 * the "plan a course" dialog.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { shadow, textAt200Percent } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

const frames = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** True where `element` is drawn over everything else at its middle, and near its top and bottom edges (not under a sticky end). */
function seen(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const root = element.getRootNode() as ShadowRoot;
  return [box.top + 2, box.top + box.height / 2, box.bottom - 2].every((y) => {
    const top = root.elementFromPoint(box.left + box.width / 2, y);
    return top !== null && (top === element || element.contains(top));
  });
}

/** `element` wholly inside `panel`'s box and seen there. */
function inPanel(panel: Element, element: Element): boolean {
  const box = panel.getBoundingClientRect();
  const at = element.getBoundingClientRect();
  return at.top >= box.top - 0.5 && at.bottom <= box.bottom + 0.5 && seen(element);
}

async function openDetails(): Promise<{ el: VkCourseCalendar; panel: HTMLElement }> {
  const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="agenda" date="2026-03-10" .value=${sampleSchedule()}></vk-course-calendar>`);
  await el.updateComplete;
  shadow(el, '[data-session]').click();
  await waitUntil(() => el.shadowRoot?.querySelector('.vk-popover[data-positioned="true"] .details'), 'the details open', { timeout: 5000 });
  await frames();
  return { el, panel: shadow(el, '.vk-popover') };
}

describe('course calendar: the details keep their heading and buttons in view (200 % text, 320 px)', () => {
  textAt200Percent();
  after(() => setViewport({ width: 800, height: 600 }));

  it('scrolled to the end, the heading and Close are still seen', async () => {
    await setViewport({ width: 320, height: 900 });
    const { el, panel } = await openDetails();
    expect(panel.scrollHeight, 'the details scroll').to.be.above(panel.clientHeight);
    panel.scrollTop = panel.scrollHeight;
    await frames();
    expect(inPanel(panel, shadow(el, '#popover-title')), 'the heading is seen').to.equal(true);
    expect(inPanel(panel, shadow(el, '.vk-popover [data-action="close"]')), 'Close is seen').to.equal(true);
    panel.scrollTop = 0;
    await frames();
    expect(inPanel(panel, shadow(el, '#popover-title')), 'the heading at the top').to.equal(true);
    expect(inPanel(panel, shadow(el, '.vk-popover [data-action="close"]')), 'Close at the top').to.equal(true);
  });

  it('a field focus moves to is not under the heading or the buttons', async () => {
    await setViewport({ width: 320, height: 900 });
    const { el, panel } = await openDetails();
    const head = shadow(el, '#popover-title').getBoundingClientRect();
    const foot = shadow(el, '.vk-popover .popover-actions').getBoundingClientRect();
    // Down the form from its top, then back up from its end, as Tab and Shift+Tab go.
    const fields = Array.from(panel.querySelectorAll<HTMLElement>('input, select'));
    for (const [order, start] of [
      [fields, 0],
      [[...fields].reverse(), panel.scrollHeight],
    ] as const) {
      panel.scrollTop = start;
      for (const field of order) {
        field.focus();
        await frames();
        const at = field.getBoundingClientRect();
        expect(at.top, `${field.getAttribute('name')} below the heading`).to.be.at.least(head.bottom);
        expect(at.bottom, `${field.getAttribute('name')} above the buttons`).to.be.at.most(foot.top);
      }
    }
  });

  it('in a window too low to give the rest room, every field can still be scrolled into view', async () => {
    await setViewport({ width: 320, height: 420 });
    const { panel } = await openDetails();
    for (const field of panel.querySelectorAll<HTMLElement>('input, select, button')) {
      field.scrollIntoView({ block: 'nearest' });
      await frames();
      expect(inPanel(panel, field), `${field.getAttribute('name') ?? field.dataset.action} seen`).to.equal(true);
    }
  });

  it('the "plan a course" dialog scrolled to the end still shows its title and Cancel', async () => {
    await setViewport({ width: 320, height: 900 });
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="month" date="2026-03-30" .value=${sampleSchedule()}></vk-course-calendar>`);
    await el.updateComplete;
    shadow(el, '[data-action="plan"]').click();
    await waitUntil(() => el.shadowRoot?.querySelector('dialog.pattern[open]'), 'the dialog opens', { timeout: 5000 });
    await frames();
    const dialog = shadow(el, 'dialog.pattern');
    dialog.scrollTop = dialog.scrollHeight;
    await frames();
    expect(inPanel(dialog, shadow(el, '#pattern-title')), 'the title is seen').to.equal(true);
    expect(inPanel(dialog, shadow(el, '[data-action="plan-cancel"]')), 'Cancel is seen').to.equal(true);
  });
});
