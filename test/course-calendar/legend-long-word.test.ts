/**
 * A course name in the legend with a word wider than the whole legend even at the smallest size
 * its fit draws it (legend-fit.ts: 0.75 of its own): "Næringsmiddelhygieneopplæring" at 200 % text
 * on a 320 px phone. The legend's last resort was `overflow-wrap: break-word`, which split it
 * ("Næringsmiddelhygieneopplær|ing"); it now ends in "…" on one line, as in the chips and the lists,
 * the button's name and its title the whole name. Ordinary words still wrap between words.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';

const LONG = 'Næringsmiddelhygieneopplæring';
const NAME = `${LONG} og renhold i dagligvarehandel`;

const value: ScheduleDocument = {
  version: 1,
  courses: [
    { id: 'lang', title: { nb: NAME }, color: '#36c', pictogram: 'vk:kitchen' },
    { id: 'kort', title: 'Salg og service', color: '#a3480f' },
  ],
  sessions: [{ id: 's1', courseId: 'lang', start: '2026-03-12T09:00', end: '2026-03-12T10:00', kind: 'theory' }],
};

/** The number of line boxes the text from `from` to `to` of `text` lies on. */
function lines(text: Text, from: number, to: number): number {
  const range = document.createRange();
  range.setStart(text, from);
  range.setEnd(text, to);
  return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
}

interface AxNode {
  role?: string;
  name?: string;
  children?: AxNode[];
}

describe('vk-course-calendar: a legend name with a word wider than the legend (200 % text, 320 px)', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await setLocale('nb');
  });
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [lang, dir] of [
    ['nb', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    it(`${lang}: the word ends in an ellipsis on one line, never split; the other words wrap whole; the name whole in the button's name and title`, async () => {
      await setLocale(lang);
      document.documentElement.style.fontSize = '32px';
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}><vk-course-calendar id="cal" .value=${value} view="month" date="2026-03-12"></vk-course-calendar></div>`);
      const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
      await el.updateComplete;
      const button = el.shadowRoot!.querySelector<HTMLElement>('.legend-item[data-course="lang"]')!;
      const title = button.querySelector<HTMLElement>('.legend-title')!;
      // The fit (when the page is next idle) gives up on a word that would need less than 0.75 of its size; it then sets the title.
      await waitUntil(() => button.title, 'the fit has run', { timeout: 3000 });
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const text = Array.from(title.childNodes).find((n): n is Text => n instanceof Text && n.data.includes(LONG))!;
      const at = text.data.indexOf(LONG);
      expect(lines(text, at, at + LONG.length), `"${LONG}" on one line`).to.equal(1);
      for (const m of text.data.matchAll(/\S+/gu)) expect(lines(text, m.index!, m.index! + m[0].length), `"${m[0]}" whole`).to.equal(1);
      expect(lines(text, 0, text.data.length), 'the other words on lines below it').to.be.above(1);
      const word = document.createRange();
      word.setStart(text, at);
      word.setEnd(text, at + LONG.length);
      expect(word.getBoundingClientRect().width, 'the word is wider than its line').to.be.above(title.clientWidth);
      // Cut at its end: the Norwegian name laid out left to right in an Arabic UI too (in the UI's
      // direction its first letters were the ones cut, "…eneopplæring").
      expect(word.getBoundingClientRect().left, 'its first letters shown').to.be.at.least(title.getBoundingClientRect().left - 0.5);
      expect(getComputedStyle(title).textOverflow).to.equal('ellipsis');
      const legend = el.shadowRoot!.querySelector<HTMLElement>('.legend')!;
      expect(legend.scrollWidth, 'nothing wider than the legend').to.be.at.most(legend.clientWidth);
      const box = button.getBoundingClientRect();
      const shown = title.getBoundingClientRect();
      expect(shown.right, 'the name inside its button').to.be.at.most(box.right + 0.5);
      expect(shown.left).to.be.at.least(box.left - 0.5);
      expect(button.title, 'the whole name in the title').to.equal(NAME);
      const tree = await executeServerCommand<AxNode | null, { selector: string; interestingOnly: boolean }>('vk-a11y-tree', { selector: '#cal', interestingOnly: false });
      const names: string[] = [];
      const walk = (node: AxNode): void => {
        if (node.role === 'button') names.push((node.name ?? '').replace(/\s+/g, ' ').trim());
        node.children?.forEach(walk);
      };
      if (tree) walk(tree);
      expect(names, 'and in the button’s name').to.include(NAME);
      // A name that fits has no title (its text says it all).
      expect(el.shadowRoot!.querySelector<HTMLElement>('.legend-item[data-course="kort"]')!.hasAttribute('title')).to.equal(false);
    });
  }
});
