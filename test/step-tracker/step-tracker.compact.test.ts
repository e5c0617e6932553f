import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { record, splitWords } from '../helpers/index.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { StepsDocument } from '../../src/step-tracker/step-tracker.types.js';
import { setLocale } from '../../src/core/localize.js';
import { workOrientedCourseSteps } from '../../src/presets/steps.js';

/** The preset's seven steps, the second skipped: the summary is at its longest ("· 1 hoppet over"). */
function participant(): StepsDocument {
  return { ...workOrientedCourseSteps, steps: workOrientedCourseSteps.steps.map((s, i) => ({ ...s, status: i === 0 ? 'done' : i === 1 ? 'skipped' : i === 2 ? 'in-progress' : 'not-started' })) };
}

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const box = (el: Element): DOMRect => el.getBoundingClientRect();

/** A table of `rows` compact trackers in a 360 px page, the tracker's column `column` wide (`style` on the table). */
async function table(locale: 'nb' | 'ar', style: string, column: string, rows = 1, titled = true): Promise<{ cells: HTMLTableCellElement[]; trackers: VkStepTracker[] }> {
  await setLocale(locale);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${locale} dir=${locale === 'ar' ? 'rtl' : 'ltr'} style="inline-size: 344px"></div>`);
  const el = document.createElement('table');
  el.style.cssText = `border-collapse: collapse; ${style}`;
  const cells: HTMLTableCellElement[] = [];
  for (let i = 0; i < rows; i++) {
    const row = el.insertRow();
    row.insertCell().textContent = 'Tesfaye Ghebremedhin';
    const cell = row.insertCell();
    cell.style.cssText = `${column ? `inline-size: ${column}; ` : ''}padding: 0`;
    const tracker = document.createElement('vk-step-tracker');
    tracker.setAttribute('compact', '');
    tracker.value = titled ? participant() : { ...participant(), title: undefined };
    cell.append(tracker);
    cells.push(cell);
    row.insertCell().textContent = 'ok';
  }
  wrapper.append(el);
  const trackers = cells.map((c) => c.querySelector('vk-step-tracker') as VkStepTracker);
  await Promise.all(trackers.map((t) => t.updateComplete));
  return { cells, trackers };
}

/** Every box inside the tracker (its steps, header, title, summary) that is not within `cell`. */
function outside(cell: Element, tracker: VkStepTracker): string[] {
  const c = box(cell);
  return Array.from(tracker.shadowRoot!.querySelectorAll<HTMLElement>('.steps, .step, .header, .title, .summary'))
    .filter((el) => { const r = box(el); return r.left < c.left - 0.5 || r.right > c.right + 0.5; })
    .map((el) => `${el.className}: ${Math.round(box(el).left)}–${Math.round(box(el).right)} (cell ${Math.round(c.left)}–${Math.round(c.right)})`);
}

describe('vk-step-tracker compact in a narrow table cell', () => {
  before(() => setViewport({ width: 360, height: 640 }));
  after(() => setLocale('nb'));

  for (const locale of ['nb', 'ar'] as const) {
    it(`table-layout: fixed, 120 px column, ${locale}: the markers wrap onto more rows, everything inside the cell`, async () => {
      const { cells, trackers } = await table(locale, 'table-layout: fixed; inline-size: 344px', '120px');
      const [cell, tracker] = [cells[0], trackers[0]];
      expect(Math.round(box(cell).width)).to.equal(120);
      expect(outside(cell, tracker)).to.deep.equal([]);
      const rows = new Set(Array.from(tracker.shadowRoot!.querySelectorAll('.step')).map((s) => Math.round(box(s).top)));
      expect(rows.size).to.be.greaterThan(1);
    });

    it(`automatic table layout, a 140 px cell, ${locale}: the cell stays 140 px`, async () => {
      const { cells, trackers } = await table(locale, '', '140px');
      expect(Math.round(box(cells[0]).width)).to.equal(140);
      expect(outside(cells[0], trackers[0])).to.deep.equal([]);
    });
  }

  it('the waiting list of a tracker off screen stays inside a narrow fixed cell, and keeps its one-row size in a wide one', async () => {
    const { cells, trackers } = await table('nb', 'table-layout: fixed; inline-size: 344px', '120px', 60);
    const last = trackers[trackers.length - 1];
    const waiting = last.shadowRoot!.querySelector('.steps[aria-busy]') as HTMLElement;
    expect(waiting, 'steps still to come').to.not.equal(null);
    expect(box(waiting).right).to.be.at.most(box(cells[cells.length - 1]).right + 0.5);
    expect(box(waiting).left).to.be.at.least(box(cells[cells.length - 1]).left - 0.5);
    const wide = await table('nb', 'table-layout: fixed; inline-size: 1000px', '600px', 60);
    const list = wide.trackers[59].shadowRoot!.querySelector('.steps[aria-busy]') as HTMLElement;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(box(list).width).to.be.closeTo(7 * (1.75 * rem + 2) - 2, 0.01);
    expect(box(list).height).to.be.closeTo(1.75 * rem, 0.01);
    for (let i = 0; i < 240 && wide.trackers[59].shadowRoot!.querySelector('.steps[aria-busy]'); i++) await frame();
    expect(box(wide.trackers[59].shadowRoot!.querySelector('.steps') as HTMLElement).width).to.be.closeTo(7 * (1.75 * rem + 2) - 2, 0.01);
  });

  it('the waiting list has the drawn list’s intrinsic widths: one row of markers at max-content, one marker at min-content', async () => {
    const { trackers } = await table('nb', 'table-layout: fixed; inline-size: 1000px', '600px', 60);
    const list = (): HTMLElement => trackers[59].shadowRoot!.querySelector('.steps') as HTMLElement;
    const intrinsic = (): number[] =>
      ['max-content', 'min-content'].map((size) => {
        list().style.inlineSize = size;
        const width = box(list()).width;
        list().style.inlineSize = '';
        return Math.round(width * 100) / 100;
      });
    expect(list().hasAttribute('aria-busy'), 'steps still to come').to.equal(true);
    const waiting = intrinsic();
    for (let i = 0; i < 240 && list().hasAttribute('aria-busy'); i++) await frame();
    expect(list().hasAttribute('aria-busy'), 'steps drawn').to.equal(false);
    expect(waiting).to.deep.equal(intrinsic());
  });

  it('automatic table layout, a 140 px cell: the column is as wide while steps are still to come as after', async () => {
    const { cells, trackers } = await table('nb', '', '140px', 60);
    expect(trackers[59].shadowRoot!.querySelector('.steps[aria-busy]'), 'steps still to come').to.not.equal(null);
    expect(Math.round(box(cells[0]).width)).to.equal(140);
    for (let i = 0; i < 240 && trackers.some((t) => t.shadowRoot!.querySelector('.steps[aria-busy]')); i++) await frame();
    expect(Math.round(box(cells[0]).width)).to.equal(140);
  });
});

/** The lines (rounded tops) each word under `element` is drawn on: a word on two lines was split. */
function wordLines(element: Element): Array<{ word: string; tops: number[] }> {
  const words: Array<{ word: string; tops: number[] }> = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.textContent ?? '').matchAll(/[^\s]+/gu)) {
      const range = document.createRange();
      range.setStart(node, match.index ?? 0);
      range.setEnd(node, (match.index ?? 0) + match[0].length);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0.5);
      words.push({ word: match[0], tops: [...new Set(rects.map((r) => Math.round(r.top)))] });
    }
  }
  return words;
}

// At 200 % text a part of the summary ("1 av 7 ferdig ·", 209 px) is wider than a phone's table
// cell: it was kept on one line (white-space: nowrap), so it ran over the next cell in a fixed
// table and widened an automatic one past the page. It now wraps between words.
describe('vk-step-tracker compact at 200 % text on a 360 px phone', () => {
  before(() => setViewport({ width: 360, height: 640 }));
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  after(() => setLocale('nb'));

  for (const locale of ['nb', 'ar'] as const) {
    it(`table-layout: fixed, a 200 px column, ${locale}: the summary wraps between words inside its cell`, async () => {
      document.documentElement.style.fontSize = '200%';
      const { cells, trackers } = await table(locale, 'table-layout: fixed; inline-size: 344px', '200px');
      const summary = trackers[0].shadowRoot!.querySelector('.summary') as HTMLElement;
      expect(outside(cells[0], trackers[0])).to.deep.equal([]);
      expect(summary.scrollWidth, 'nothing of it beyond its box').to.be.at.most(summary.clientWidth);
      const words = wordLines(summary);
      expect(words.filter((w) => w.tops.length > 1).map((w) => w.word), 'words split across lines').to.deep.equal([]);
      expect(new Set(words.flatMap((w) => w.tops)).size, 'on more than one line').to.be.above(1);
      // The dot stays with the word before it, never alone at the start of a line.
      const dot = words.findIndex((w) => w.word === '·' || w.word.endsWith('\u00a0·'));
      expect(dot, 'the separator').to.be.at.least(0);
      const before = words[dot].word === '·' ? words[dot - 1] : words[dot];
      expect(before.tops, 'the separator on its word’s line').to.deep.equal(words[dot].tops);
    });
  }

  it('automatic table layout, no title: the table stays inside the page (the summary wraps instead of widening the column)', async () => {
    document.documentElement.style.fontSize = '200%';
    const { cells, trackers } = await table('nb', 'inline-size: 344px', '', 1, false);
    expect(cells[0].closest('table')!.getBoundingClientRect().width).to.be.at.most(344.5);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    expect(outside(cells[0], trackers[0])).to.deep.equal([]);
    const words = wordLines(trackers[0].shadowRoot!.querySelector('.summary')!);
    expect(words.filter((w) => w.tops.length > 1).map((w) => w.word)).to.deep.equal([]);
  });
});

describe('vk-step-tracker compact: the document title', () => {
  before(() => setViewport({ width: 360, height: 640 }));

  it('is not a heading, shows on one line with an ellipsis and its full text as a tooltip and in the list’s name; the summary stays whole', async () => {
    const { trackers } = await table('nb', 'table-layout: fixed; inline-size: 344px', '200px');
    const root = trackers[0].shadowRoot!;
    const text = 'Eksempel (kan redigeres): sju steg til et arbeidsrettet kurs';
    expect(root.querySelectorAll('[role="heading"], [aria-level]')).to.have.length(0);
    const title = root.querySelector('.title') as HTMLElement;
    expect(title.textContent).to.equal(text);
    expect(title.title).to.equal(text);
    expect(root.querySelector('.steps')!.getAttribute('aria-label')).to.equal(text);
    const line = parseFloat(getComputedStyle(title).lineHeight) || parseFloat(getComputedStyle(title).fontSize) * 1.6;
    expect(box(title).height).to.be.below(line * 1.5);
    expect(title.scrollWidth > title.clientWidth || title.scrollHeight > title.clientHeight, 'shortened').to.equal(true);
    const summary = root.querySelector('.summary') as HTMLElement;
    expect(summary.textContent).to.equal('1 av 7 ferdig\u00a0· 1 hoppet over');
    expect(summary.scrollWidth).to.be.at.most(summary.clientWidth);
  });

  it('shows its whole title, no word split, while keyboard focus is in the tracker (a tooltip needs a pointer)', async () => {
    const { trackers } = await table('nb', 'table-layout: fixed; inline-size: 344px', '200px');
    const root = trackers[0].shadowRoot!;
    const title = root.querySelector('.title') as HTMLElement;
    expect(title.scrollHeight > title.clientHeight || title.scrollWidth > title.clientWidth, 'shortened before focus').to.equal(true);
    const before = document.createElement('button');
    before.textContent = 'før';
    trackers[0].closest('table')!.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.classList.contains('step-button')).to.equal(true);
    expect(title.scrollHeight).to.be.at.most(title.clientHeight);
    expect(title.scrollWidth).to.be.at.most(title.clientWidth);
    // Every line break falls between words.
    expect(splitWords(title)).to.deep.equal([]);
    (root.querySelector('.step-button[tabindex="0"]') as HTMLElement).blur();
    expect(title.scrollHeight > title.clientHeight || title.scrollWidth > title.clientWidth, 'shortened again').to.equal(true);
  });

  it('a click on a marker reaches it: the title does not grow under the pointer (editable, title shortened)', async () => {
    const { trackers } = await table('nb', 'table-layout: fixed; inline-size: 344px', '200px');
    const tracker = trackers[0];
    const root = tracker.shadowRoot!;
    const title = root.querySelector('.title') as HTMLElement;
    expect(title.scrollWidth > title.clientWidth || title.scrollHeight > title.clientHeight, 'shortened').to.equal(true);
    const opened = record(tracker, 'vk-open');
    const marker = root.querySelectorAll<HTMLElement>('.step-button')[4];
    const box = marker.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await tracker.updateComplete;
    expect(opened.map((e) => (e.detail as { id: string }).id)).to.deep.equal([tracker.value!.steps[4].id]);
    expect(marker.getBoundingClientRect().top).to.equal(box.top);
  });

  it('the full form keeps its heading', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${participant()}></vk-step-tracker>`);
    const title = el.shadowRoot!.querySelector('.title') as HTMLElement;
    expect([title.getAttribute('role'), title.getAttribute('aria-level')]).to.deep.equal(['heading', '2']);
  });
});
