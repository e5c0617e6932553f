import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { boxOf, shadow } from '../helpers/index.js';
import { targetLocales } from '../../src/generated/locale-codes.js';
import { directionOf } from '../../src/core/text.js';

// From the visual audit (1 Dec): in Arabic the toolbar read "(ics.) تنزيل"; a Norwegian course
// name in an Arabic month chip was shortened at its start ("…A2"); a night session's end in a
// week chip broke inside its date ("22:00–9." / "mars 06:00").

const doc: ScheduleDocument = {
  version: 1,
  courses: [{ id: 'n', title: { nb: 'Norsk A2 for voksne innvandrere' }, color: '#1d5fbf' }],
  sessions: [
    { id: 's1', courseId: 'n', start: '2026-03-10T09:00', end: '2026-03-10T11:00', kind: 'language' },
    { id: 'night', courseId: 'n', start: '2026-03-11T22:00', end: '2026-03-12T06:00', kind: 'practice' },
  ],
};

async function calendar(lang: 'nb' | 'ar' | 'fa', view: string, width: number, value = doc, date = '2026-03-12'): Promise<VkCourseCalendar> {
  await setLocale(lang);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${directionOf(lang)} style="inline-size: ${width}px">
    <vk-course-calendar .value=${value} view=${view} date=${date}></vk-course-calendar>
  </div>`);
  const el = wrapper.querySelector('vk-course-calendar')!;
  await el.updateComplete;
  await document.fonts.ready;
  return el;
}

describe('vk-course-calendar: text in the other direction', () => {
  after(() => setLocale('nb'));

  it('the session details join date and time with the UI language\'s comma ("،" in Arabic, "," in bokmål)', async () => {
    for (const [lang, comma] of [['ar', '،'], ['nb', ',']] as const) {
      const el = await calendar(lang, 'agenda', 400, doc, '2026-03-10');
      (el.shadowRoot!.querySelector('[data-session="s1"]') as HTMLElement).click();
      await el.updateComplete;
      const line = Array.from(el.shadowRoot!.querySelectorAll('.vk-popover p')).find((p) => p.querySelector('bdi'))!;
      const text = line.textContent!.replace(/\s+/g, ' ');
      expect(text, lang).to.contain(`${comma} `);
      if (lang === 'ar') expect(text).to.not.contain(', ');
    }
  });

  it('ar: the agenda row and the session details draw a time range alike, start on the reading side as Intl.formatRange does', async () => {
    // The oracle: Arabic's own range format ("9:00 ص – 11:00 ص", start first in logical order) in a
    // right-to-left line puts the start on the right.
    const intl = new Intl.DateTimeFormat('ar', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    const [from, to] = [Date.UTC(2026, 2, 10, 9), Date.UTC(2026, 2, 10, 14, 30)];
    const oracle = await fixture<HTMLElement>(html`<p dir="rtl" lang="ar" style="white-space: nowrap">${intl.formatRange(from, to)}</p>`);
    const startOnRight = boxOf(oracle, intl.format(from).split(' ')[0]).left > boxOf(oracle, intl.format(to).split(' ')[0]).left;
    expect(startOnRight, 'Intl: start on the right').to.equal(true);
    const el = await calendar('ar', 'agenda', 600, doc, '2026-03-10');
    const chip = shadow(el, '.agenda [data-session="s1"] .time');
    expect(boxOf(chip, '09:00').left > boxOf(chip, '11:00').left, 'agenda row: start on the right').to.equal(startOnRight);
    (el.shadowRoot!.querySelector('[data-session="s1"]') as HTMLElement).click();
    await el.updateComplete;
    const line = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.vk-popover p')).find((p) => p.querySelector('bdi'))!;
    expect(boxOf(line, '09:00').left > boxOf(line, '11:00').left, 'details: start on the right').to.equal(startOnRight);
  });

  it('the download button keeps ".ics" in order in Arabic', async () => {
    const button = shadow(await calendar('ar', 'month', 1000), '[data-action="ics"]');
    expect(boxOf(button, '.').left, 'the dot before "ics"').to.be.lessThan(boxOf(button, 'ics').left);
  });

  // Since qav 1 (7 Dec) a month chip's name wraps between its words, whole, instead of being
  // shortened on one line: the name still runs in its own direction, its start first.
  it('a Norwegian course name in an Arabic chip keeps its own direction, whole, its start first', async () => {
    const el = await calendar('ar', 'month', 1000);
    const course = shadow(el, '[data-session="s1"] .course');
    expect(course.dir).to.equal('ltr');
    expect(course.scrollWidth, 'the name is whole').to.be.at.most(course.clientWidth + 0.5);
    expect(course.scrollHeight, 'the name is whole').to.be.at.most(course.clientHeight + 1);
    const [norsk, a2] = [boxOf(course, 'Norsk'), boxOf(course, 'A2')];
    expect(Math.round(norsk.top), 'on the first line').to.equal(Math.round(a2.top));
    expect(norsk.left, '"Norsk" left of "A2"').to.be.lessThan(a2.left);
  });

  it("a session's own Norwegian title in an Arabic week chip keeps its own direction, shortened at its end (768 px)", async () => {
    // The tester's case: "عملي: …dagsnatt", the start of the Norwegian word cut off.
    const titled: ScheduleDocument = { ...doc, sessions: [{ id: 't1', courseId: 'n', start: '2026-03-11T09:00', end: '2026-03-11T14:30', kind: 'practice', title: { nb: 'Søndagsnattvakt' } }] };
    const el = await calendar('ar', 'week', 768, titled);
    const kind = shadow(el, '.slot [data-session="t1"] .kind');
    const title = kind.querySelector<HTMLElement>('[lang="nb"]')!;
    expect(title.textContent).to.equal('Søndagsnattvakt');
    expect(title.dir).to.equal('ltr');
    expect(title.scrollWidth, 'the title is shortened').to.be.greaterThan(title.clientWidth);
    // Its start ("Sø") is in view: inside the kind's line and at the title's own left edge.
    const start = boxOf(title, 'Sø');
    expect(start.left, 'the start is not cut off').to.be.at.least(kind.getBoundingClientRect().left - 1);
    expect(Math.abs(start.left - title.getBoundingClientRect().left)).to.be.lessThan(2);
  });

  it("a night session's end day stays whole in a week chip", async () => {
    const el = await calendar('nb', 'week', 768);
    const time = shadow(el, '.slot [data-session="night"] .time');
    const day = time.querySelector('.time-end bdi')!;
    const range = document.createRange();
    range.selectNodeContents(day);
    const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
    expect(tops.size, `"${day.textContent}" on one line`).to.equal(1);
  });
});

describe('vk-course-calendar: "+N" in right-to-left text', () => {
  after(() => setLocale('nb'));

  // Four sessions at once on 18 March: a month cell shows two and "+2 أخرى"; a week slot shows
  // one lane and "+3". The sign is drawn before (left of) the number, not after it ("2+").
  const crowded: ScheduleDocument = {
    ...doc,
    sessions: Array.from({ length: 4 }, (_, i) => ({ id: `c${i}`, courseId: 'n', start: '2026-03-18T09:00', end: '2026-03-18T11:00', kind: 'language' as const })),
  };

  const crowdedIn = (lang: 'ar' | 'fa', view: string) => calendar(lang, view, 1000, crowded, '2026-03-18');

  for (const lang of ['ar', 'fa'] as const) {
    it(`month "+N" (${lang})`, async () => {
      const more = shadow(await crowdedIn(lang, 'month'), '[data-more="2026-03-18"]');
      // The UI locale's digits (fa: ۲; test/core/digits.test.ts).
      const two = new Intl.NumberFormat(lang).format(2);
      expect(more.textContent).to.contain(two);
      expect(boxOf(more, '+').left, 'the plus left of the number').to.be.lessThan(boxOf(more, two).left);
    });
  }

  it('every right-to-left translation keeps "+N" in a left-to-right isolate (a translator retyping it could drop the invisible marks)', async () => {
    const rtl = targetLocales.filter((code) => directionOf(code) === 'rtl');
    expect(rtl).to.include.members(['ar', 'fa']);
    for (const code of rtl) {
      const { templates } = (await import(`../../src/generated/locales/${code}.ts`)) as { templates: Record<string, { strings: readonly string[] } | string> };
      const more = templates['course-calendar.more'];
      const strings = typeof more === 'string' ? [more] : more.strings;
      expect(strings[0].endsWith('\u2066+') && strings[1].startsWith('\u2069'), `${code}: ${JSON.stringify(strings)}`).to.equal(true);
    }
  });

  it('week "+N" (ar)', async () => {
    const more = shadow(await crowdedIn('ar', 'week'), '.slot--more [data-more]');
    expect(boxOf(more, '+').left, 'the plus left of the number').to.be.lessThan(boxOf(more, '3').left);
  });
});

describe('vk-course-calendar: agenda rows', () => {
  it('set the kind apart from the course name, by a dot that is not read out', async () => {
    const el = await calendar('nb', 'agenda', 800);
    const kind = shadow(el, '.agenda [data-session="s1"] .kind');
    expect(getComputedStyle(kind, '::before').content).to.equal('"·" / ""');
    const course = shadow(el, '.agenda [data-session="s1"] .course');
    expect(boxOf(kind, 'Norsk').left - course.getBoundingClientRect().right, 'the dot and its spaces between them').to.be.greaterThan(8);
  });
});

