/**
 * The agenda on a 320 px phone with text at 200 % (root font 32 px): a course name's longest word
 * ("dagligvarehandel", uk "Виробництво") was wider than what the kind's picture left beside it,
 * and the list's auto-sized grid column grew to it, pushing the page sideways (7 px in nb, 29 px in
 * uk). The list is now one column as wide as the agenda, and in a narrow agenda the picture goes
 * above the time and name, which get the chip's whole width. There a word wider than the chip
 * ends in an ellipsis (it ran under the chip's edge, cut with no mark), and the chip ends below
 * its last line (it had the gaps of empty grid rows, 29 px).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { sessionButtonNames, settleFrames } from './focus-helpers.js';

const doc = (title: string): ScheduleDocument => ({
  version: 1,
  courses: [{ id: 'c', title, color: '#36c' }],
  sessions: [{ id: 's1', courseId: 'c', start: '2026-03-16T09:00', end: '2026-03-16T14:30', kind: 'practice' }],
});

/** Words of `el`'s text that lie on more than one line. */
function splitWords(el: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const m of (node.textContent ?? '').matchAll(/\S+/gu)) {
      const range = document.createRange();
      range.setStart(node, m.index!);
      range.setEnd(node, m.index! + m[0].length);
      if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) out.push(m[0]);
    }
  }
  return out;
}

describe('vk-course-calendar: the agenda on a 320 px phone at 200 % text', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  for (const [lang, title] of [
    ['nb', 'Salg og service i dagligvarehandel'],
    ['uk', 'Виробництво харчових продуктів'],
  ] as const) {
    it(`${lang}: no sideways overflow, the session inside the agenda, the course name's words whole`, async () => {
      document.documentElement.style.fontSize = '32px';
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} style="inline-size: 304px"><vk-course-calendar .value=${doc(title)} view="agenda" date="2026-03-16"></vk-course-calendar></div>`);
      const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
      for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('.agenda [data-session]'); i++) await settleFrames(el);
      const chip = el.shadowRoot!.querySelector<HTMLElement>('.agenda [data-session="s1"]')!;
      const host = el.getBoundingClientRect();
      const box = chip.getBoundingClientRect();
      expect(box.right, 'the chip ends inside the calendar').to.be.at.most(host.right + 0.5);
      expect(box.left).to.be.at.least(host.left - 0.5);
      const agenda = el.shadowRoot!.querySelector<HTMLElement>('.agenda')!;
      expect(agenda.scrollWidth, 'nothing wider than the agenda').to.be.at.most(agenda.clientWidth);
      expect(splitWords(chip.querySelector('.course')!), 'words split across lines').to.deep.equal([]);
    });
  }

  /** The agenda of `value` at 200 % text in a 304 px calendar (a 320 px phone), in `lang`. */
  async function narrowAgenda(value: ScheduleDocument, lang = 'nb', dir = 'ltr'): Promise<VkCourseCalendar> {
    document.documentElement.style.fontSize = '32px';
    const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir} style="inline-size: 304px"><vk-course-calendar id="cal" .value=${value} view="agenda" date="2026-03-16"></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('.agenda [data-session]'); i++) await settleFrames(el);
    return el;
  }

  // Wider than any chip there is: shortened with an ellipsis on one line, as in a week chip and the
  // day's list, never split ("Næringsmiddel|hygiene…") nor clipped at the chip's edge with no mark.
  it('a word wider than its chip ends in an ellipsis inside the chip; other words wrap whole', async () => {
    const el = await narrowAgenda(doc('Næringsmiddelhygieneopplæring og renhold i dagligvarehandel'));
    const agenda = el.shadowRoot!.querySelector<HTMLElement>('.agenda')!;
    expect(agenda.scrollWidth, 'nothing wider than the agenda').to.be.at.most(agenda.clientWidth);
    const chip = el.shadowRoot!.querySelector<HTMLElement>('.agenda [data-session="s1"]')!;
    const box = chip.getBoundingClientRect();
    for (const part of chip.querySelectorAll<HTMLElement>('.session-text, .session-text > *')) {
      expect(part.getBoundingClientRect().right, `${part.className} ends inside the chip`).to.be.at.most(box.right);
    }
    const course = chip.querySelector<HTMLElement>('.course')!;
    expect(course.scrollWidth, 'the word is wider than its chip').to.be.above(course.clientWidth);
    expect(getComputedStyle(course).textOverflow).to.equal('ellipsis');
    const text = Array.from(course.childNodes).find((n): n is Text => n instanceof Text && n.data.includes('Næringsmiddelhygieneopplæring'))!;
    const lines = (from: number, to: number): number => {
      const range = document.createRange();
      range.setStart(text, from);
      range.setEnd(text, to);
      return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
    };
    const word = text.data.indexOf('Næringsmiddelhygieneopplæring');
    expect(lines(word, word + 'Næringsmiddelhygieneopplæring'.length), 'the long word on one line, not split').to.equal(1);
    expect(lines(0, text.data.length), 'the other words on lines below it').to.be.above(1);
    expect(splitWords(course).filter((w) => w !== 'Næringsmiddelhygieneopplæring'), 'words split across lines').to.deep.equal([]);
    expect(chip.title, 'the full name in the chip’s title').to.include('Næringsmiddelhygieneopplæring og renhold i dagligvarehandel');
    expect((await sessionButtonNames()).join('\n'), 'and in its name').to.include('Næringsmiddelhygieneopplæring og renhold i dagligvarehandel');
  });

  for (const [lang, dir] of [
    ['nb', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    it(`${lang}: a chip ends below its last line, the stripe down its start edge`, async () => {
      const value = doc('Salg og service');
      const el = await narrowAgenda({ ...value, sessions: [...value.sessions, { id: 's2', courseId: 'c', start: '2026-03-16T15:00', end: '2026-03-16T16:00', kind: 'exam', cancelled: true }] }, lang, dir);
      const chips = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.agenda [data-session]'));
      expect(chips).to.have.length(2);
      for (const chip of chips) {
        const box = chip.getBoundingClientRect();
        const style = getComputedStyle(chip);
        const shown = Array.from(chip.children).filter((c) => !c.matches('.stripe, .vk-visually-hidden'));
        const last = Math.max(...shown.map((c) => c.getBoundingClientRect().bottom));
        // Below the last line: the padding and border, nothing more.
        expect(box.bottom - last, `${chip.dataset.session}: space below its last line`).to.be.at.most(parseFloat(style.paddingBlockEnd) + parseFloat(style.borderBlockEndWidth) + 1);
        const stripe = chip.querySelector('.stripe')!.getBoundingClientRect();
        expect(stripe.top - box.top, 'the stripe from the top').to.be.below(2);
        expect(box.bottom - stripe.bottom, 'to the bottom').to.be.below(2);
        if (dir === 'rtl') expect(box.right - stripe.right, 'on the start edge').to.be.below(2);
        else expect(stripe.left - box.left, 'on the start edge').to.be.below(2);
        for (const c of shown) {
          const r = c.getBoundingClientRect();
          expect(dir === 'rtl' ? r.right : stripe.right, 'the text clear of the stripe').to.be.at.most(dir === 'rtl' ? stripe.left : r.left);
        }
      }
    });
  }

  // "22:00–17. mars 06:00" on one line was wider than the chip and cut at its edge.
  it('a night session’s time wraps inside its chip, its end’s day whole', async () => {
    const value = doc('Salg og service');
    const el = await narrowAgenda({ ...value, sessions: [{ id: 'n1', courseId: 'c', start: '2026-03-16T22:00', end: '2026-03-17T06:00', kind: 'practice' }] });
    const chip = el.shadowRoot!.querySelector<HTMLElement>('.agenda [data-session="n1"]')!;
    const time = chip.querySelector<HTMLElement>('.time')!;
    expect(time.getBoundingClientRect().right, 'the time ends inside the chip').to.be.at.most(chip.getBoundingClientRect().right);
    expect(time.scrollWidth, 'nothing of it cut').to.be.at.most(time.clientWidth);
    const day = time.querySelector('.time-end bdi')!;
    const range = document.createRange();
    range.selectNodeContents(day);
    expect(new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size, `"${day.textContent}" on one line`).to.equal(1);
  });
});
