import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale, uiLocales } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument, Session } from '../../src/course-calendar/course-calendar.types.js';
import { shadow, shadowAll } from '../helpers/index.js';
import { splitWords } from '../a11y/layout-checks.js';

// A week chip is as tall as its session is long. What it cannot show must be left out whole: a
// line of text cut through its glyphs at the chip's edge is unreadable (a 30-minute session used
// to show no time at all, a 75-minute one half a course name).

const minutes = [15, 30, 45, 60, 75, 90, 120, 150];
const pad = (n: number) => String(n).padStart(2, '0');

/** One session per duration, Monday to Friday at 08:00 and 13:00; `cancelled` marks every session cancelled. */
function schedule(cancelled = false): ScheduleDocument {
  const sessions: Session[] = minutes.map((m, i) => {
    const day = 9 + (i % 5);
    const hour = i < 5 ? 8 : 13;
    const end = hour * 60 + m;
    return {
      id: `s${m}`,
      courseId: 'renhold',
      start: `2026-03-${pad(day)}T${pad(hour)}:00`,
      end: `2026-03-${pad(day)}T${pad(Math.floor(end / 60))}:${pad(end % 60)}`,
      kind: 'practice',
      title: { nb: 'Praksis på sykehjemmet', ar: 'تدريب في دار رعاية المسنين' },
      ...(cancelled ? { cancelled: true } : {}),
    };
  });
  return { version: 1, courses: [{ id: 'renhold', title: { nb: 'Renhold og smittevern', ar: 'التنظيف والوقاية من العدوى' }, color: '#1f6f8b', pictogram: 'vk:cleaning' }], sessions };
}

async function week(width: number, lang: string, doc: ScheduleDocument, editable = false, hour = '3rem'): Promise<VkCourseCalendar> {
  await setLocale(lang);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px; --vk-calendar-hour-size: ${hour}" lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
    <vk-course-calendar .value=${doc} view="week" date="2026-03-12" ?editable=${editable}></vk-course-calendar>
  </div>`);
  const el = wrapper.querySelector('vk-course-calendar')!;
  await el.updateComplete;
  await document.fonts.ready;
  return el;
}

const chip = (el: VkCourseCalendar, id: string) => shadow(el, `.slot [data-session="${id}"]`);

/**
 * The line boxes of an element's text: one per line of each rendered text node. A text range's
 * rect is the font's content area (taller than a 1.2 line height); its middle is the line box's
 * middle, so the line box is that middle ± half the line height.
 */
function lineRects(root: Element): Array<{ text: string; top: number; bottom: number }> {
  const out: Array<{ text: string; top: number; bottom: number }> = [];
  const lh = parseFloat(getComputedStyle(root).lineHeight);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    range.selectNodeContents(node);
    for (const r of Array.from(range.getClientRects())) {
      if (r.width <= 0.5 || r.height <= 0.5) continue;
      const middle = (r.top + r.bottom) / 2;
      out.push({ text: node.textContent.trim(), top: middle - lh / 2, bottom: middle + lh / 2 });
    }
  }
  return out;
}

/**
 * Where a chip's text stops being visible: the text box shows whole lines only (its clip-path
 * drops what is below the last whole line), inside the button's padding box.
 */
function visibleBottom(session: HTMLElement): number {
  const text = session.querySelector<HTMLElement>('.session-text')!;
  const box = text.getBoundingClientRect();
  const lh = parseFloat(getComputedStyle(text).lineHeight);
  const style = getComputedStyle(session);
  const paddingBottom = session.getBoundingClientRect().bottom - parseFloat(style.borderBottomWidth);
  return Math.min(box.top + Math.floor(box.height / lh + 1e-3) * lh, paddingBottom);
}

/**
 * The lines of a chip's text, each shown whole or not at all: returns what breaks that. Measured
 * from what the browser laid out and hit-tests, not from the rule in the stylesheet:
 * - every line lies on the text box's line grid (top = k line heights; a line pushed below the
 *   floated pictogram used to start half a line off it, and the whole-line clip cut it);
 * - no line crosses the last whole line's bottom (by more than 2 px: a line box found from its
 *   text's rect is off by up to ~1 px);
 * - the text box does not show below its last whole line: a point there, above the chip's
 *   bottom, hits the chip, not its text (hit-testing follows the clip).
 */
function cutLines(session: HTMLElement): string[] {
  session.scrollIntoView({ block: 'center', inline: 'center' });
  const text = session.querySelector<HTMLElement>('.session-text')!;
  const top = text.getBoundingClientRect().top;
  const lh = parseFloat(getComputedStyle(text).lineHeight);
  const bottom = visibleBottom(session);
  const problems: string[] = [];
  for (const r of lineRects(text)) {
    const k = (r.top - top) / lh;
    if (Math.abs(k - Math.round(k)) * lh > 1.5) problems.push(`${r.text}: off the line grid (${k.toFixed(2)} lines down)`);
    if (r.top < bottom - 2 && r.bottom > bottom + 2) problems.push(`${r.text} (${r.top.toFixed(1)}–${r.bottom.toFixed(1)}, clip at ${bottom.toFixed(1)})`);
  }
  const box = session.getBoundingClientRect();
  const paddingBottom = box.bottom - parseFloat(getComputedStyle(session).borderBottomWidth) - parseFloat(getComputedStyle(session).paddingBottom);
  if (paddingBottom - bottom > 4) {
    const rect = text.getBoundingClientRect();
    const y = bottom + 2;
    const root = session.getRootNode() as ShadowRoot;
    const hit = root.elementFromPoint(rect.left + Math.min(20, rect.width / 2), y);
    if (hit && text.contains(hit)) problems.push(`the text box shows below its last whole line (hit ${hit.className || hit.tagName})`);
  }
  return problems;
}

/** The visible lines' texts, top to bottom. */
function shownText(session: HTMLElement): string {
  const bottom = visibleBottom(session);
  return lineRects(session.querySelector('.session-text')!)
    .filter((r) => r.bottom <= bottom + 2)
    .map((r) => r.text)
    .join(' ');
}

describe('vk-course-calendar: week chips show whole lines', () => {
  after(() => setLocale('nb'));

  for (const lang of ['nb', 'ar']) {
    for (const width of [1280, 768, 360]) {
      it(`no line is cut through at ${width} px in ${lang}, for sessions of 15 to 150 minutes and hours of 2.5 to 5rem`, async () => {
        for (const hour of ['2.5rem', '3rem', '3.5rem', '4rem', '5rem']) {
          const el = await week(width, lang, schedule(), true, hour);
          for (const m of minutes) expect(cutLines(chip(el, `s${m}`)), `${m} min, hour ${hour}`).to.deep.equal([]);
        }
      });
    }
  }

  it('a 30-minute session shows its start time; an hour its time and course', async () => {
    const el = await week(1280, 'nb', schedule());
    expect(shownText(chip(el, 's30'))).to.match(/^08:00/);
    const hour = shownText(chip(el, 's60'));
    expect(hour).to.match(/^08:00/);
    expect(hour).to.include('Renhold');
  });

  it('a time that does not fit beside the pictogram breaks before its dash, never after it', async () => {
    const el = await week(768, 'nb', schedule());
    for (const m of [30, 45]) {
      const lines = lineRects(chip(el, `s${m}`).querySelector('.time')!);
      const firstLine = lines.filter((r) => Math.abs(r.top - lines[0].top) < 1).map((r) => r.text).join('');
      expect(firstLine, `${m} min`).to.not.match(/–$/);
    }
  });

  it('splits no word: one wider than its line ends in an ellipsis', async () => {
    const base = schedule();
    const doc: ScheduleDocument = { ...base, courses: [{ ...base.courses[0], title: { nb: 'Storkjøkkenmatproduksjon' } }] };
    for (const width of [768, 900, 1280]) {
      const el = await week(width, 'nb', doc);
      expect(splitWords(el.parentElement!), `${width} px`).to.deep.equal([]);
      const course = chip(el, 's120').querySelector<HTMLElement>('.course')!;
      if (width === 768) expect(course.scrollWidth, 'the word is wider than its line').to.be.greaterThan(course.clientWidth);
      expect(getComputedStyle(course).textOverflow).to.equal('ellipsis');
    }
  });

  it('the week-number head splits no word in any UI locale ("Тиждень", "Toddobaad"), also in a larger --vk-font-size', async function () {
    // Three weeks in each UI locale: at load 25 (helpers' test runs beside it) this took over
    // mocha's default 10 s; the journeys, which render as much, have 30–60 s.
    this.timeout(30000);
    for (const lang of uiLocales) {
      for (const [width, size] of [[640, ''], [1280, ''], [1280, '1.25rem']] as const) {
        const el = await week(width, lang, schedule());
        el.style.setProperty('--vk-font-size', size);
        await el.updateComplete;
        const head = shadow(el, '.week .weeknum-head');
        const split = splitWords(el.parentElement!).filter((w) => w.where.includes('weeknum-head'));
        expect(split, `${lang} ${width} px ${size}`).to.deep.equal([]);
        expect(head.scrollWidth, `${lang} ${width} px ${size}: the head's text stays inside its column`).to.be.at.most(head.clientWidth);
      }
    }
  });

  it('a course name that does not fit beside the pictogram starts on the line grid below it', async () => {
    const base = schedule();
    for (const name of ['Sikkerhetsopplæring', 'Storkjøkkenmatproduksjon', 'Kantinemedarbeider']) {
      const doc: ScheduleDocument = { ...base, courses: [{ ...base.courses[0], title: { nb: name } }] };
      for (const width of [1024, 1280]) {
        const el = await week(width, 'nb', doc);
        for (const m of minutes) expect(cutLines(chip(el, `s${m}`)), `${name}, ${m} min, ${width} px`).to.deep.equal([]);
      }
    }
  });

  for (const lang of ['en', 'uk', 'so', 'fa', 'ar']) {
    it(`a short cancelled session shows its cancelled label on one line inside the chip (${lang})`, async () => {
      for (const width of [768, 1280]) {
        const el = await week(width, lang, schedule(true));
        for (const m of [15, 30, 45, 60]) {
          const session = chip(el, `s${m}`);
          const label = session.querySelector<HTMLElement>('.cancelled-label')!;
          const box = session.getBoundingClientRect();
          const rect = label.getBoundingClientRect();
          expect(rect.bottom, `${m} min, ${width} px`).to.be.at.most(box.bottom + 0.5);
          expect(rect.height, `${m} min, ${width} px: one line`).to.be.lessThan(parseFloat(getComputedStyle(label).lineHeight) * 1.5);
          expect(cutLines(session), `${m} min, ${width} px`).to.deep.equal([]);
        }
      }
    });
  }

  it('a short cancelled session still shows "Avlyst" whole', async () => {
    const el = await week(1280, 'nb', schedule(true));
    for (const m of [30, 45, 60]) {
      const session = chip(el, `s${m}`);
      const label = session.querySelector('.cancelled-label')!.getBoundingClientRect();
      const box = session.getBoundingClientRect();
      expect(label.height, `${m} min`).to.be.greaterThan(0);
      expect(label.bottom, `${m} min`).to.be.at.most(box.bottom + 0.5);
      expect(cutLines(session), `${m} min`).to.deep.equal([]);
    }
  });

  // A 45-minute chip is one line tall: "Avlyst" used to take that line alone, so which session was
  // cancelled could only be found by opening it.
  for (const lang of ['nb', 'ar', 'uk', 'so']) {
    it(`a cancelled chip one line tall shows its start time beside "Avlyst" (${lang})`, async () => {
      for (const width of [768, 1280]) {
        const el = await week(width, lang, schedule(true));
        for (const m of [15, 30, 45]) {
          const session = chip(el, `s${m}`);
          const label = session.querySelector<HTMLElement>('.cancelled-label')!;
          const box = label.getBoundingClientRect();
          const start = session.querySelector('.time bdi')!.getBoundingClientRect();
          const where = `${m} min, ${width} px`;
          expect(shownText(session), where).to.match(/^\d\d:\d\d/);
          // The same line: the start time's middle lies within the label's line.
          expect((start.top + start.bottom) / 2, where).to.be.within(box.top, box.bottom);
          expect(box.bottom, where).to.be.at.most(session.getBoundingClientRect().bottom + 0.5);
          // The label is whole or shows a few letters ("Скас…"), never a bare ellipsis.
          expect(label.scrollWidth <= label.clientWidth + 1 || box.width > parseFloat(getComputedStyle(label).fontSize) * 2.5, `${where}: ${box.width} px`).to.equal(true);
        }
        // Named in reading order: the state first, then the time.
        if (lang === 'nb') expect((chip(el, 's45').textContent ?? '').replace(/\s+/g, ' ').trim()).to.match(/^Avlyst 08:00–08:45 /);
        // The tooltip (the full text of a chip that shows little) says it too.
        if (lang === 'nb') expect(chip(el, 's45').title).to.match(/, Avlyst$/);
      }
    });
  }

  it('the resize handle is drawn below the text, not across it', async () => {
    const el = await week(1280, 'nb', schedule(), true);
    for (const m of minutes) {
      const session = chip(el, `s${m}`);
      const handle = session.querySelector('.resize');
      if (!handle) continue;
      const mark = getComputedStyle(handle, '::after');
      const markTop = handle.getBoundingClientRect().bottom - parseFloat(mark.bottom) - parseFloat(mark.borderBottomWidth);
      expect(visibleBottom(session), `${m} min`).to.be.at.most(markTop + 0.5);
    }
    expect(shadowAll(el, '.slot .resize').length).to.be.greaterThan(0);
  });
});

describe('vk-course-calendar week: arrow keys in a week wider than its box', () => {
  for (const lang of ['nb', 'ar']) {
    it(`bring each focused day wholly into the sideways-scrolling week (${lang}, 360 px)`, async () => {
      const el = await week(360, lang, schedule());
      const scroller = shadow(el, '.week-scroll');
      expect(scroller.scrollWidth, 'the week scrolls sideways').to.be.greaterThan(scroller.clientWidth + 100);
      shadow(el, '.week-day[data-date="2026-03-09"]').focus();
      await sendKeys({ press: 'Shift' });
      const forward = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: forward });
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const active = el.shadowRoot!.activeElement as HTMLElement;
        expect(active.dataset.date, `${forward} ${i + 1}`).to.equal(`2026-03-${String(10 + i).padStart(2, '0')}`);
        const r = active.getBoundingClientRect();
        const box = scroller.getBoundingClientRect();
        const where = `${active.dataset.date} at x ${r.left.toFixed(0)}–${r.right.toFixed(0)}, week box ${box.left.toFixed(0)}–${box.right.toFixed(0)}`;
        expect(r.left, where).to.be.at.least(box.left - 1);
        expect(r.right, where).to.be.at.most(box.right + 1);
      }
    });
  }
});

describe('vk-course-calendar week: the hours in a week wider than its box', () => {
  for (const lang of ['nb', 'ar']) {
    it(`stay at the start edge when the week scrolls, and a day focused going back is not under them (${lang}, 360 px)`, async () => {
      const el = await week(360, lang, schedule());
      const scroller = shadow(el, '.week-scroll');
      const axis = shadow(el, '.axis');
      const rtl = lang === 'ar';
      const box = scroller.getBoundingClientRect();
      const startGap = () => (rtl ? box.right - axis.getBoundingClientRect().right : axis.getBoundingClientRect().left - box.left);
      shadow(el, '.week-day[data-date="2026-03-15"]').focus();
      await sendKeys({ press: 'Shift' });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(Math.abs(scroller.scrollLeft), 'Sunday focused: the week has scrolled').to.be.greaterThan(100);
      expect(startGap(), 'the hours at the start edge of the scrolled week').to.be.within(-1, 2);
      expect(axis.textContent).to.contain('09:00');
      const back = rtl ? 'ArrowRight' : 'ArrowLeft';
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: back });
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const active = el.shadowRoot!.activeElement as HTMLElement;
        expect(active.dataset.date).to.equal(`2026-03-${String(14 - i).padStart(2, '0')}`);
        const day = active.getBoundingClientRect();
        const hours = axis.getBoundingClientRect();
        const where = `${active.dataset.date} at x ${day.left.toFixed(0)}–${day.right.toFixed(0)}, hours ${hours.left.toFixed(0)}–${hours.right.toFixed(0)}`;
        if (rtl) expect(day.right, where).to.be.at.most(hours.left + 1);
        else expect(day.left, where).to.be.at.least(hours.right - 1);
        expect(startGap(), where).to.be.within(-1, 2);
      }
    });
  }
});

describe('vk-course-calendar week: Tab into a week wider than its box', () => {
  for (const lang of ['nb', 'ar']) {
    it(`brings the focused day wholly into view (${lang}, 360 px)`, async () => {
      const el = await week(360, lang, schedule());
      const scroller = shadow(el, '.week-scroll');
      const stop = shadow(el, '.week-day[tabindex="0"]');
      expect(stop.dataset.date).to.equal('2026-03-12');
      // The control just before the grid in Tab order, focused as by keyboard.
      const all = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('button, [tabindex="0"]')).filter((e) => e.tabIndex >= 0 && e.checkVisibility());
      await sendKeys({ press: 'Shift' });
      all[all.indexOf(stop) - 1]!.focus();
      await sendKeys({ press: 'Tab' });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(el.shadowRoot!.activeElement).to.equal(stop);
      const r = stop.getBoundingClientRect();
      const box = scroller.getBoundingClientRect();
      const where = `day at x ${r.left.toFixed(0)}–${r.right.toFixed(0)}, week box ${box.left.toFixed(0)}–${box.right.toFixed(0)}`;
      expect(r.left, where).to.be.at.least(box.left - 1);
      expect(r.right, where).to.be.at.most(box.right + 1);
    });
  }
});

describe('vk-course-calendar week: a focused chip', () => {
  after(() => setLocale('nb'));

  /** The RGBA of the pixel at viewport point (x, y) in CSS pixels, from a screenshot (vk-screenshot clips in page coordinates). */
  async function pixel(x: number, y: number): Promise<number[]> {
    const png = (await executeServerCommand('vk-screenshot', { x: Math.round(x + scrollX), y: Math.round(y + scrollY), width: 1, height: 1 })) as string;
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
    const canvas = new OffscreenCanvas(1, 1);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return Array.from(context.getImageData(0, 0, 1, 1).data);
  }

  for (const lang of ['nb', 'ar']) {
    it(`draws its whole focus ring over the session right after it (${lang})`, async () => {
      // Two sessions back to back: the ring of the first (outside its box) lies over the second.
      const doc: ScheduleDocument = {
        version: 1,
        courses: [{ id: 'renhold', title: { nb: 'Renhold' }, color: '#1f6f8b' }],
        sessions: [
          { id: 'a', courseId: 'renhold', start: '2026-03-10T09:00', end: '2026-03-10T10:00', kind: 'practice' },
          { id: 'b', courseId: 'renhold', start: '2026-03-10T10:00', end: '2026-03-10T11:00', kind: 'practice' },
        ],
      };
      const el = await week(1000, lang, doc);
      el.scrollIntoView();
      const first = chip(el, 'a');
      await sendKeys({ press: 'Shift' });
      first.focus();
      await el.updateComplete;
      expect(first.matches(':focus-visible')).to.equal(true);
      const ring = getComputedStyle(first);
      const width = parseFloat(ring.outlineWidth);
      const offset = parseFloat(ring.outlineOffset);
      const box = first.getBoundingClientRect();
      const next = chip(el, 'b').getBoundingClientRect();
      const y = box.bottom + offset + width / 2;
      expect(y, 'the ring lies over the next chip').to.be.within(next.top, next.bottom);
      const [r, g, b] = await pixel(box.left + box.width / 2, y);
      const [er, eg, eb] = ring.outlineColor.match(/\d+/g)!.map(Number);
      expect(Math.abs(r - er) + Math.abs(g - eg) + Math.abs(b - eb), `pixel rgb(${r}, ${g}, ${b}) against the ring's ${ring.outlineColor}`).to.be.lessThan(30);
    });
  }
});
