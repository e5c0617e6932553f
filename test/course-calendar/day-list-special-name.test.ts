/**
 * A holiday or closed-day name too long for its month cell ends in "…" ("Planleggi…", "Skjærto…"), and the cell's
 * `title` is never shown to touch. The day's list (what its markers, below 480 px, or its "+N flere" open on a tap,
 * click or Enter) now gives the names in full on a line under its date, in its heading (and so in the panel's name).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { Session } from '../../src/course-calendar/course-calendar.types.js';
import { settle } from '../helpers/index.js';
import { scheduleWith } from './fixtures.js';

const on = (date: string, n: number): Session[] =>
  Array.from({ length: n }, (_, i) => ({ id: `x${date}-${i}`, courseId: 'renhold', start: `${date}T0${i + 1}:00`, end: `${date}T0${i + 2}:00`, kind: 'theory' as const }));

async function calendar(width: number, lang: 'nb' | 'ar', date: string, sessions: Session[]): Promise<VkCourseCalendar> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="inline-size: ${width}px">
    <vk-course-calendar view="month" date=${date} .value=${scheduleWith(...sessions)}></vk-course-calendar>
  </div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settle(el);
  return el;
}

/** Taps the day's visible markers or "+N flere"; the open list's heading. */
async function openDay(el: VkCourseCalendar, date: string): Promise<HTMLElement> {
  const control = [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[data-more="${date}"]`)].find((c) => c.checkVisibility())!;
  control.click();
  await waitUntil(() => el.shadowRoot!.querySelector('.vk-popover .day-list'), 'the day’s list opens');
  await settle(el);
  return el.shadowRoot!.querySelector<HTMLElement>('.vk-popover h3')!;
}

const plain = (text: string): string => text.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
const cutInCell = (el: VkCourseCalendar, date: string): boolean => {
  const name = el.shadowRoot!.querySelector<HTMLElement>(`.day[data-date="${date}"] .special`)!;
  return name.scrollWidth > name.clientWidth + 1;
};

describe('vk-course-calendar month: a day’s list gives its holiday or closed-day names in full', () => {
  it('360 px (markers): a tap on a closed day’s markers shows "Planleggingsdag" whole under the date', async () => {
    const el = await calendar(360, 'nb', '2026-03-12', on('2026-03-13', 1));
    const heading = await openDay(el, '2026-03-13');
    expect(plain(heading.textContent!)).to.equal('fredag 13. mars 2026, Planleggingsdag');
    const name = heading.querySelector<HTMLElement>('.day-special')!;
    expect(name.checkVisibility(), 'shown').to.equal(true);
    expect(plain(name.textContent!)).to.equal('Planleggingsdag');
    expect(name.scrollWidth, 'not cut').to.be.at.most(name.clientWidth + 1);
    const date = document.createRange();
    date.selectNodeContents(heading);
    date.setEndBefore(heading.querySelector('.vk-visually-hidden')!);
    expect(name.getBoundingClientRect().top, 'on a line under the date').to.be.at.least(date.getBoundingClientRect().bottom - 1);
  });

  it('768 px (chips): "+N flere" on Skjærtorsdag shows the holiday’s name whole', async () => {
    const el = await calendar(768, 'nb', '2026-04-01', on('2026-04-02', 4));
    const heading = await openDay(el, '2026-04-02');
    expect(plain(heading.textContent!)).to.equal('torsdag 2. april 2026, Skjærtorsdag');
    const name = heading.querySelector<HTMLElement>('.day-special')!;
    expect(name.checkVisibility() && name.scrollWidth <= name.clientWidth + 1, 'shown whole').to.equal(true);
  });

  it('ar, 360 px: the Arabic name, in the text language', async () => {
    const el = await calendar(360, 'ar', '2026-04-01', on('2026-04-03', 1));
    const heading = await openDay(el, '2026-04-03');
    expect(plain(heading.querySelector('.day-special')!.textContent!)).to.equal('الجمعة العظيمة');
    expect(heading.closest('[lang]')!.getAttribute('lang')).to.equal('ar');
  });

  it('a day without a name: the date alone, as before', async () => {
    const el = await calendar(360, 'nb', '2026-03-12', on('2026-03-18', 1));
    const heading = await openDay(el, '2026-03-18');
    expect(plain(heading.textContent!)).to.equal('onsdag 18. mars 2026');
    expect(heading.querySelector('.day-special')).to.equal(null);
  });

  // 481 px: under 480 px the narrow form lists the names whole under the grid and leaves them out of the days.
  it('481 px: a tap on a day whose cut name has no sessions opens its list with the name whole; Escape goes back to the day', async () => {
    const el = await calendar(481, 'nb', '2026-04-14', []);
    expect(cutInCell(el, '2026-04-02'), 'Skjærtorsdag is cut').to.equal(true);
    el.shadowRoot!.querySelector<HTMLElement>('.day[data-date="2026-04-02"] .special')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.vk-popover h3')?.checkVisibility(), 'the day’s list opens beside it');
    await settle(el);
    const heading = el.shadowRoot!.querySelector<HTMLElement>('.vk-popover h3')!;
    expect(plain(heading.textContent!)).to.equal('torsdag 2. april 2026, Skjærtorsdag');
    expect(el.shadowRoot!.querySelector('.vk-popover .day-list'), 'no empty list').to.equal(null);
    expect(el.shadowRoot!.activeElement?.closest('.vk-popover'), 'focus in the list').to.not.equal(null);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.date).to.equal('2026-04-02');
  });

  it('481 px, keyboard: Enter on a day whose cut name has no sessions opens its list with the name whole', async () => {
    const el = await calendar(481, 'nb', '2026-04-01', []);
    expect(cutInCell(el, '2026-04-02'), 'Skjærtorsdag is cut').to.equal(true);
    (el.shadowRoot!.querySelector('.day[tabindex="0"]') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.date).to.equal('2026-04-02');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('.vk-popover h3')?.checkVisibility(), 'Enter opens the day’s list');
    expect(plain(el.shadowRoot!.querySelector('.vk-popover h3')!.textContent!)).to.equal('torsdag 2. april 2026, Skjærtorsdag');
    expect(el.shadowRoot!.activeElement?.closest('.vk-popover'), 'focus in the list').to.not.equal(null);
  });

  it('a click on a day whose name fits opens nothing (only focuses it, as before)', async () => {
    const el = await calendar(1280, 'nb', '2026-04-14', []);
    expect(cutInCell(el, '2026-04-02')).to.equal(false);
    el.shadowRoot!.querySelector<HTMLElement>('.day[data-date="2026-04-02"]')!.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('.vk-popover'), 'no list').to.satisfy((p: HTMLElement | null) => !p?.checkVisibility());
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.date).to.equal('2026-04-02');
  });
});
