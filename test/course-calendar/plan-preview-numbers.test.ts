/**
 * A newcomer (m2): the plan preview's numbered list cut its numbers from 10 up ("0." for 10, at
 * 1280 px in nb and 360 px in ar): list markers in a 1.25em indent inside the scrolling preview.
 * The numbers are now in the flow, in the UI locale's digits, in a column as wide as the widest.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { setLocale } from '../../src/core/localize.js';
import { sampleSchedule } from './fixtures.js';

async function preview(lang: string, dir: string, last: string): Promise<{ section: HTMLElement; items: HTMLElement[] }> {
  await setLocale(lang);
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}><vk-course-calendar view="month" date="2026-06-01" .value=${sampleSchedule()}></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLElement>('[data-action="plan"]')!.click();
  await waitUntil(() => el.shadowRoot?.querySelector('dialog.pattern[open]'), 'the dialog opens', { timeout: 5000 });
  const dialog = el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.pattern')!;
  const input = dialog.querySelector<HTMLInputElement>('input[name="last"]')!;
  input.value = last;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return { section: dialog.querySelector<HTMLElement>('.pattern-preview')!, items: [...dialog.querySelectorAll<HTMLElement>('li[data-preview]')] };
}

/** The number item `i` (from 0) shows, with its box; scrolled into the preview first. */
function numberOf(item: HTMLElement): { text: string; box: DOMRect } | null {
  const n = item.querySelector<HTMLElement>('.pattern-n');
  if (!n || !n.checkVisibility()) return null;
  n.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  return { text: n.textContent!.trim(), box: n.getBoundingClientRect() };
}

describe('the "plan a course" preview: every number whole', () => {
  afterEach(async () => {
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const [lang, dir, width, last, ten, hundred] of [
    ['nb', 'ltr', 1280, '2026-07-31', '10.', null],
    ['ar', 'rtl', 360, '2026-07-31', '10.', null],
    ['fa', 'rtl', 768, '2026-12-31', '۱۰.', '۱۰۰.'],
    ['nb', 'ltr', 360, '2026-12-31', '10.', '100.'],
  ] as const) {
    it(`${lang} at ${width} px, to ${last}: the 10th${hundred ? ' and 100th' : ''} numbers shown whole inside the preview, in the UI's digits`, async () => {
      await setViewport({ width, height: 800 });
      const { section, items } = await preview(lang, dir, last);
      expect(items.length, 'sessions previewed').to.be.above(hundred ? 100 : 40);
      // Still a list to assistive technology (list-style: none), which counts the items: the numbers are not read twice.
      expect(items[0].parentElement!.getAttribute('role')).to.equal('list');
      expect(items[0].querySelector('.pattern-n')!.getAttribute('aria-hidden')).to.equal('true');
      const inner = section.getBoundingClientRect();
      const checks: Array<[number, string]> = [[9, ten], ...(hundred ? ([[99, hundred]] as Array<[number, string]>) : [])];
      for (const [i, text] of checks) {
        const number = numberOf(items[i]);
        expect(number, `item ${i + 1} shows its number`).to.not.equal(null);
        expect(number!.text).to.equal(text);
        expect(number!.box.left, `item ${i + 1}'s number: start`).to.be.at.least(inner.left);
        expect(number!.box.right, `item ${i + 1}'s number: end`).to.be.at.most(inner.left + section.clientWidth);
        // The number stands beside its text, not over it.
        const words = items[i].lastElementChild!.getBoundingClientRect();
        if (dir === 'ltr') expect(number!.box.right).to.be.at.most(words.left);
        else expect(number!.box.left).to.be.at.least(words.right);
      }
    });
  }
});
