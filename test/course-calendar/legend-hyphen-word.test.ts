/**
 * A legend course name's word joined by the hyphen of a short part (Somali "Wax-soo-saarka", parts of
 * three letters) stays whole, as everywhere else (core/keep-together.ts keepHyphens): at 200 % text on
 * a 360 px phone the legend broke it after "Wax-soo-", leaving "saarka" alone on the next line.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

/** The words of `root`'s text drawn over more than one line. */
function splitWords(root: Element): string[] {
  const split: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const m of node.textContent!.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index!);
      range.setEnd(node, m.index! + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) split.push(m[0]);
    }
  }
  return split;
}

describe('course calendar legend: a word with a short part’s hyphen stays whole', () => {
  before(() => setViewport({ width: 360, height: 740 }));
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  after(() => setViewport({ width: 800, height: 600 }));

  it('so, 200 % text, 360 px: "Wax-soo-saarka" is drawn on one line, the name whole', async () => {
    document.documentElement.style.fontSize = '32px';
    const base = sampleSchedule();
    const doc = { ...base, courses: base.courses.map((c) => (c.id === 'butikk' ? { ...c, title: { nb: 'Matproduksjon', so: 'Wax-soo-saarka cuntada' } } : c)) };
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 344px" lang="so"><vk-course-calendar .value=${doc} view="agenda" date="2026-03-12"></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await settleFrames(el);
    const title = shadow(el, '[data-course="butikk"] .legend-title');
    expect(title.textContent!.trim()).to.equal('Wax-soo-saarka cuntada');
    expect(title.scrollWidth, 'not cut').to.be.at.most(title.clientWidth + 1);
    expect(splitWords(title)).to.deep.equal([]);
  });
});
