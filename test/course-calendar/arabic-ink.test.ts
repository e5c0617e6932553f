import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { createInnherredSchedule } from '../../src/presets/schedule.js';
import { settle } from '../helpers/index.js';

// QA (5 Dec): in an Arabic month view the chips read "البيع والخدمة فى متاجر البقالة": a
// shortened text (overflow: hidden, for its ellipsis) clipped its line box in both axes, and at
// the chips' line height an Arabic final yeh (ي) has its two dots below that box, so it showed as
// alef maksura (ى), another letter. Shortened texts now clip along the line only.

/** Texts in Arabic script whose font box (ascent + descent) sticks out of the nearest box that clips them in the block direction, by more than half a pixel. */
function clippedArabic(root: ShadowRoot): string[] {
  const clipped: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const el = node.parentElement;
    if (!el || !/[\u0600-\u06FF]/u.test(node.data) || el.closest('.vk-visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    if (!rects.length) continue;
    for (let box: Element | null = el; box; box = box.parentElement) {
      const style = getComputedStyle(box);
      if (style.overflowY === 'visible') continue;
      const { top, bottom } = box.getBoundingClientRect();
      const over = Math.max(...rects.map((r) => Math.max(r.bottom - (bottom - parseFloat(style.borderBottomWidth)), top + parseFloat(style.borderTopWidth) - r.top)));
      if (over > 0.5) clipped.push(`${el.className || el.localName}: "${node.data.trim()}" (${over.toFixed(1)} px)`);
      break;
    }
  }
  return clipped;
}

describe('course calendar in Arabic: no shortened text clips the letters\' dots below the line', () => {
  before(async () => {
    await setLocale('ar');
    await setViewport({ width: 1280, height: 900 });
  });
  after(async () => {
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const view of ['month', 'week']) {
    it(`${view} view`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"><vk-course-calendar .value=${createInnherredSchedule()} view=${view} date="2026-03-12"></vk-course-calendar></div>`);
      const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
      await settle(el);
      const shown = el.shadowRoot!.querySelectorAll('.session').length;
      expect(shown, 'sessions are shown').to.be.above(0);
      expect(clippedArabic(el.shadowRoot!)).to.deep.equal([]);
    });
  }
});
