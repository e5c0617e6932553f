/**
 * A month without sessions in the agenda offers the nearest session as the way on (participant QA, 8 Dec 2026: on a phone,
 * "Ingen økter denne måneden." after Today was a dead end for "when is my next course?", the course months away): the next
 * session after the month, else the last one before it, a button that shows its month and focuses it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { focused, shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

async function agenda(date: string, lang = 'nb'): Promise<VkCourseCalendar> {
  const page = await fixture<HTMLElement>(html`<div lang=${lang}><vk-course-calendar .value=${sampleSchedule()} view="agenda" date=${date}></vk-course-calendar></div>`);
  const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
  for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('.agenda, .agenda-empty'); i++) await settleFrames(el);
  return el;
}

const nearest = (el: VkCourseCalendar): HTMLButtonElement | null => el.shadowRoot!.querySelector('[data-action="agenda-nearest"]');
const sorted = (): string[] => sampleSchedule().sessions.map((s) => s.start).sort();

describe('vk-course-calendar agenda: a month without sessions offers the nearest one', () => {
  it('before the course: "Neste økt: <its date>"; pressed by keyboard, its month is shown and the session has focus', async () => {
    const first = sorted()[0];
    const el = await agenda('2025-11-15');
    expect(shadow(el, '.agenda-empty').textContent).to.equal('Ingen økter denne måneden.');
    const button = nearest(el)!;
    expect(button, 'the way on').to.not.equal(null);
    const day = new Intl.DateTimeFormat('nb', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(first.slice(0, 10)));
    expect(button.textContent!.replace(/[\u2066-\u2069]/g, '')).to.equal(`Neste økt: ${day}`);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settleFrames(el);
    await settleFrames(el);
    expect(el.date, 'the date').to.equal(first.slice(0, 10));
    const on = focused(el) as HTMLElement | null;
    expect(on?.closest('.agenda'), 'focus in the agenda').to.not.equal(null);
    const session = sampleSchedule().sessions.find((s) => s.start === first)!;
    expect(on?.dataset.session, 'focus on the session').to.equal(session.id);
  });

  it('after the course: "Siste økt: <its date>"', async () => {
    const last = sorted().at(-1)!;
    const el = await agenda('2027-06-15');
    const day = new Intl.DateTimeFormat('nb', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(last.slice(0, 10)));
    expect(nearest(el)!.textContent!.replace(/[\u2066-\u2069]/g, '')).to.equal(`Siste økt: ${day}`);
  });

  it('a month with sessions has no such button', async () => {
    const el = await agenda(sorted()[0].slice(0, 10));
    expect(nearest(el)).to.equal(null);
  });

  it('every course hidden in the legend: nothing to go to, no button', async () => {
    const el = await agenda('2025-11-15');
    for (const b of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.legend-item')) b.click();
    await settleFrames(el);
    expect(nearest(el)).to.equal(null);
  });

  it('a cancelled session is not offered: with the first day cancelled, "Neste økt" names the next day that takes place', async () => {
    const doc = sampleSchedule();
    const days = [...new Set(doc.sessions.map((s) => s.start.slice(0, 10)))].sort();
    const sessions = doc.sessions.map((s) => (s.start.startsWith(days[0]) ? { ...s, cancelled: true } : s));
    const held = sessions.filter((s) => !s.cancelled).map((s) => s.start).sort()[0];
    const page = await fixture<HTMLElement>(html`<div lang="nb"><vk-course-calendar .value=${{ ...doc, sessions }} view="agenda" date="2025-11-15"></vk-course-calendar></div>`);
    const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
    for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('.agenda, .agenda-empty'); i++) await settleFrames(el);
    const day = new Intl.DateTimeFormat('nb', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(held.slice(0, 10)));
    expect(nearest(el)!.textContent!.replace(/[\u2066-\u2069]/g, '')).to.equal(`Neste økt: ${day}`);
  });
});
