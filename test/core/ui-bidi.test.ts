import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { setLocale } from '../../src/core/localize.js';
import { boxOf, sampleSteps, shadow } from '../helpers/index.js';

// The UI locale is the page's (one for every widget); `dir` comes from the closest ancestor
// (contract.md). A Norwegian UI in a widget laid out right to left drew "2 av 7 ferdig" as
// "av 7 ferdig 2" (the leading number took the layout's direction, UAX #9 rule W7 does not reach
// it). core/ui-bidi.ts lets each UI text take its own direction where the two disagree.

async function tracker(dir: 'ltr' | 'rtl'): Promise<VkStepTracker> {
  const wrapper = await fixture<HTMLElement>(html`<div dir=${dir} style="inline-size: 400px"><vk-step-tracker .value=${sampleSteps()}></vk-step-tracker></div>`);
  const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
  await el.updateComplete;
  return el;
}

/** The summary's leading count and the first word after it, as drawn. */
function countAndWord(el: VkStepTracker): { count: DOMRect; word: DOMRect; text: string } {
  const summary = shadow(el, '.summary');
  const text = summary.textContent!.trim();
  const [count, word] = text.split(' ');
  expect(count, text).to.match(/^\d+$/);
  return { count: boxOf(summary, count!), word: boxOf(summary, word!), text };
}

/** The first step's label box and its status text ("Ikke startet", "لم يبدأ") as drawn, in the vertical layout. */
function statusOfFirstStep(el: VkStepTracker): { label: DOMRect; status: DOMRect } {
  expect(shadow(el, '.tracker').dataset.layout).to.equal('vertical');
  const label = shadow(el, '.step-button .label');
  const text = shadow(el, '.step-button .status-text');
  const range = document.createRange();
  range.selectNodeContents(text.firstChild!.nodeType === Node.TEXT_NODE ? text.firstChild! : text);
  return { label: label.getBoundingClientRect(), status: range.getBoundingClientRect() };
}

describe('UI text against the layout direction (core/ui-bidi.ts)', () => {
  afterEach(async () => {
    await setLocale('nb');
  });

  it('a Norwegian UI laid out right to left keeps "N av M ferdig" in reading order, aligned at the right', async () => {
    const el = await tracker('rtl');
    const { count, word, text } = countAndWord(el);
    expect(count.right, `"${text}" is drawn with its count first, reading left to right`).to.be.below(word.left);
    const { label, status } = statusOfFirstStep(el);
    expect(label.right - status.right, 'a step’s status text starts at the layout’s reading edge (right)').to.be.below(1);
  });

  it('an Arabic UI laid out left to right reads right to left, aligned at the left', async () => {
    await setLocale('ar');
    const el = await tracker('ltr');
    const { count, word, text } = countAndWord(el);
    expect(word.right, `"${text}" is drawn with its count first, reading right to left`).to.be.below(count.left);
    const { label, status } = statusOfFirstStep(el);
    expect(status.left - label.left, 'a step’s status text starts at the layout’s reading edge (left)').to.be.below(1);
  });

  for (const [ui, dir] of [
    ['nb', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    it(`changes nothing where the UI's direction and the layout's agree (${ui}, ${dir})`, async () => {
      await setLocale(ui);
      const el = await tracker(dir);
      expect(getComputedStyle(shadow(el, '.summary')).unicodeBidi).not.to.equal('plaintext');
      const { count, word } = countAndWord(el);
      if (dir === 'ltr') expect(count.right).to.be.below(word.left);
      else expect(word.right).to.be.below(count.left);
    });
  }

  // A line of isolates and a comma has no first strong character of its own: with an Arabic UI in
  // a left-to-right layout the session's "date, 09:00–14:30" read backwards (a reviewer).
  it('an Arabic UI laid out left to right: a session’s date-and-time line reads right to left', async () => {
    await setLocale('ar');
    const wrapper = await fixture<HTMLElement>(html`<div dir="ltr" style="inline-size: 1100px"><vk-course-calendar .value=${sampleSchedule()} view="week" date="2026-03-12"></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await el.updateComplete;
    shadow(el, '[role="grid"] [data-session="a4"]').click();
    await el.updateComplete;
    const line = Array.from(shadow(el, '[data-session-details]').querySelectorAll('p')).find((p) => p.querySelector('bdi'))!;
    const [date, start] = Array.from(line.querySelectorAll('bdi'));
    expect(date!.getBoundingClientRect().left, 'the date first, at the right').to.be.above(start!.getBoundingClientRect().right);
  });

  it('follows a change of the UI locale and of dir', async () => {
    const el = await tracker('ltr');
    const summary = shadow(el, '.summary');
    expect(getComputedStyle(summary).unicodeBidi).not.to.equal('plaintext');
    el.parentElement!.dir = 'rtl';
    expect(getComputedStyle(summary).unicodeBidi, 'nb in a right-to-left layout').to.equal('plaintext');
    await setLocale('ar');
    await el.updateComplete;
    expect(getComputedStyle(summary).unicodeBidi, 'ar in a right-to-left layout').not.to.equal('plaintext');
    el.parentElement!.dir = 'ltr';
    expect(getComputedStyle(summary).unicodeBidi, 'ar in a left-to-right layout').to.equal('plaintext');
  });
});
