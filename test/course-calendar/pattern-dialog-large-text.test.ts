import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

// A phone (360 px) with the browser's text at 200 % (32 px): the "plan a course" dialog is a modal
// <dialog>, whose UA style caps its width at 100% - 2em - 6px. At 32 px that cap (290 px) beat the
// dialog's own 8 px margins (344 px): 54 px of a narrow screen went to margins, the fields squeezed.
describe('the "plan a course" dialog on a phone at 200 % text', () => {
  before(() => setViewport({ width: 360, height: 740 }));
  after(() => {
    document.documentElement.style.fontSize = '';
    return setViewport({ width: 800, height: 600 });
  });

  it('takes the screen less 8 px each side, not the UA cap', async () => {
    document.documentElement.style.fontSize = '32px';
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="month" date="2026-03-30" .value=${sampleSchedule()}></vk-course-calendar>`);
    await el.updateComplete;
    shadow(el, '[data-action="plan"]').click();
    await waitUntil(() => el.shadowRoot?.querySelector('dialog.pattern[open]'), 'the dialog opens', { timeout: 5000 });
    await el.updateComplete;
    const box = shadow<HTMLDialogElement>(el, 'dialog.pattern').getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    expect(Math.round(box.width), 'width').to.be.at.least(width - 16 - 1);
    expect(box.left, 'start margin').to.be.at.least(7);
    expect(width - box.right, 'end margin').to.be.at.least(7);
  });
});
