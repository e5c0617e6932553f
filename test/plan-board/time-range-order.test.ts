import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import { directionOf } from '../../src/core/text.js';
import { boxOf, shadow } from '../helpers/index.js';

// Phone QA F9 (7 Dec 2026): in Arabic the board drew a card's "09:00-11:30" left to right (the
// document's hyphen, a European separator, joins two numbers into one left-to-right run, UAX #9
// W4, and the whole was in one <bdi>), while the calendar's agenda drew its range right to left,
// start on the right, as Arabic's own range format (Intl.formatRange) reads in a right-to-left line.
// A participant using both read two forms. One form now: each time isolated, an en dash between,
// the range running in the line's direction, in both widgets.

const plan = { version: 1, columns: [{ id: 'mon', title: 'Mandag' }], cards: [{ id: 'a', columnId: 'mon', title: 'Norsk', pictogram: 'vk:norwegian-class', time: '09:00-11:30' }] };
const schedule = {
  version: 1,
  courses: [{ id: 'n', title: { nb: 'Norsk' }, color: '#1d5fbf' }],
  sessions: [{ id: 's1', courseId: 'n', start: '2026-03-10T09:00', end: '2026-03-10T11:30', kind: 'language' }],
};

async function inLang<T extends HTMLElement>(lang: string, template: (value: unknown) => ReturnType<typeof html>, value: unknown, tag: string): Promise<T> {
  await setLocale(lang);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${directionOf(lang)} style="inline-size: 360px">${template(value)}</div>`);
  const el = wrapper.querySelector(tag) as T & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  if (!el.shadowRoot!.querySelector('[data-key="a"], [data-session="s1"]')) await waitUntil(() => el.shadowRoot!.querySelector('[data-key="a"], [data-session="s1"]'), `not rendered: ${JSON.stringify((el as unknown as { error: unknown }).error)}`);
  await document.fonts.ready;
  return el;
}

const board = (lang: string) => inLang(lang, (value) => html`<vk-plan-board .value=${value}></vk-plan-board>`, plan, 'vk-plan-board');
const calendar = (lang: string) => inLang(lang, (value) => html`<vk-course-calendar .value=${value} view="agenda" date="2026-03-10"></vk-course-calendar>`, schedule, 'vk-course-calendar');

/** True when the start time is drawn to the right of the end time. */
const startOnRight = (box: HTMLElement): boolean => boxOf(box, '09:00').left > boxOf(box, '11:30').left;

describe('a time range reads the same on the plan board and in the calendar', () => {
  after(() => setLocale('nb'));

  for (const [lang, right] of [
    ['ar', true],
    ['nb', false],
  ] as const) {
    it(`${lang}: the board's card and the calendar's agenda row draw "09:00–11:30" alike, start on the ${right ? 'right' : 'left'}`, async () => {
      const cardTime = shadow(await board(lang), '[data-key="a"] .meta-time');
      const agendaTime = shadow(await calendar(lang), '.agenda [data-session="s1"] .time');
      expect(cardTime.textContent!.trim(), 'the board writes the calendar\'s form').to.equal(agendaTime.textContent!.replace(/\s+/g, '').trim());
      expect(cardTime.textContent!.trim()).to.equal('09:00–11:30');
      expect(startOnRight(cardTime), 'board: start on the reading side').to.equal(right);
      expect(startOnRight(agendaTime), 'calendar: start on the reading side').to.equal(right);
    });
  }

  it('ar: each time stays whole and left to right inside the range ("09:00", not "00:09")', async () => {
    const cardTime = shadow(await board('ar'), '[data-key="a"] .meta-time');
    const zero = boxOf(cardTime, '09');
    const minutes = boxOf(cardTime, ':00');
    expect(zero.left < minutes.left, 'hours left of minutes').to.equal(true);
  });
});
