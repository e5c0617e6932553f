import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { formatDate, formatTime } from '../../src/core/dates.js';
import { isolate } from '../../src/core/text.js';
import { boxOf } from '../helpers/index.js';

// A session crossing midnight: "22:00–4 مارس 02:00". Unisolated in a left-to-right line, the end
// time binds to the Arabic month (a number after Arabic letters becomes an Arabic number, UAX #9
// rule W2) and is drawn between the day and its month: "22:00–4 02:00 مارس" (issue 10). The core
// helpers' way — each inserted part in <bdi> in templates, isolate() in strings — keeps them apart.

interface Parts {
  start: string;
  day: string;
  month: string;
  end: string;
}

function partsFor(locale: string): Parts {
  const date = formatDate('2026-03-04', locale, { day: 'numeric', month: 'long' });
  const day = formatDate('2026-03-04', locale, { day: 'numeric' });
  return { start: formatTime('22:00', locale), day, month: date.replace(day, '').trim(), end: formatTime('02:00', locale) };
}

/** True when `a` and `b` sit side by side on one line with nothing wider than a space between. */
function adjacent(a: DOMRect, b: DOMRect, space: number): boolean {
  const gap = a.left < b.left ? b.left - a.right : a.left - b.right;
  return Math.abs(a.top - b.top) < 2 && gap <= space + 1;
}

/** True when `middle` is drawn between `a` and `b` on the line. */
function between(middle: DOMRect, a: DOMRect, b: DOMRect): boolean {
  const left = Math.min(a.right, b.right);
  const right = Math.max(a.left, b.left);
  const centre = (middle.left + middle.right) / 2;
  return centre > left && centre < right;
}

async function render(template: TemplateResult, dir: 'ltr' | 'rtl', lang: string): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<p dir=${dir} lang=${lang} style="font: 20px 'Noto Sans', 'Noto Sans Arabic', sans-serif; white-space: nowrap; margin: 0">${template}</p>`);
}

function spaceWidth(root: HTMLElement): number {
  const probe = document.createElement('span');
  probe.textContent = '\u00a0';
  root.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width;
}

/** The label exactly as issue 10 reports it (24-hour times with Latin digits). */
const ISSUE_LABEL: Parts = { start: '22:00', day: '4', month: 'مارس', end: '02:00' };

describe('mixed-direction labels keep their parts in order', () => {
  const cases: Array<[string, string, () => Parts]> = [
    ['ar', 'ar', () => partsFor('ar')],
    ['fa', 'fa', () => partsFor('fa')],
    ['ar (the label of issue 10)', 'ar', () => ISSUE_LABEL],
  ];
  for (const [name, locale, make] of cases) {
    const parts = make();

    it(`${name}: the month name is Gregorian and the parts are what the label shows`, () => {
      expect(parts.month).to.equal('مارس');
      expect(parts.day.length).to.be.greaterThan(0);
    });

    for (const dir of ['rtl', 'ltr'] as const) {
      it(`${name}, ${dir} line: <bdi> keeps the day next to its month and the end time outside them`, async () => {
        const label = html`<bdi>${parts.start}</bdi>–<bdi>${parts.day} ${parts.month}</bdi> <bdi>${parts.end}</bdi>`;
        const root = await render(label, dir, locale);
        const day = boxOf(root, parts.day);
        const month = boxOf(root, parts.month);
        const end = boxOf(root, parts.end);
        const start = boxOf(root, parts.start);
        expect(adjacent(day, month, spaceWidth(root)), 'day beside month').to.equal(true);
        expect(between(end, day, month), 'end time drawn between day and month').to.equal(false);
        // Reading order follows the line: the start time comes first in the line's direction.
        if (dir === 'rtl') expect(start.left).to.be.greaterThan(month.right - 1);
        else expect(start.right).to.be.lessThan(Math.min(day.left, month.left) + 1);
      });

      it(`${name}, ${dir} line: isolate() does the same in plain strings (names, titles, announcements)`, async () => {
        const label = `${isolate(parts.start)}–${isolate(`${parts.day} ${parts.month}`)} ${isolate(parts.end)}`;
        const root = await render(html`${label}`, dir, locale);
        const day = boxOf(root, parts.day);
        const month = boxOf(root, parts.month);
        expect(adjacent(day, month, spaceWidth(root)), 'day beside month').to.equal(true);
        expect(between(boxOf(root, parts.end), day, month), 'end time drawn between day and month').to.equal(false);
      });
    }
  }

  it('without isolation, a left-to-right line splits the Arabic day from its month (the bug the helpers prevent)', async () => {
    const parts = ISSUE_LABEL;
    const root = await render(html`${`${parts.start}–${parts.day} ${parts.month} ${parts.end}`}`, 'ltr', 'ar');
    expect(between(boxOf(root, parts.end), boxOf(root, parts.day), boxOf(root, parts.month))).to.equal(true);
  });
});
