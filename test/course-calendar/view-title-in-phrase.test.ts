/**
 * Month to list and back says the view with the period (view-legend-said.test.ts). The period is then mid-phrase: the month
 * as the language writes it in running text, not as the title's heading begins. Before (7 Dec, pass 55) it kept the heading's
 * capital: "Liste, Mars 2026" (bokmål, nynorsk and Ukrainian write months in lowercase). English keeps its capital (the
 * formatter's own), Arabic has no case.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { recordAnnouncements } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

/** What switching month → list → month says in `lang` (the UI and the calendar's text in it). */
async function switchSaid(lang: string): Promise<{ said: string[]; title: string }> {
  await setLocale(lang);
  const page = await fixture<HTMLElement>(html`<div lang=${lang} style="inline-size: 1000px"><vk-course-calendar date="2026-03-11" .value=${sampleSchedule()}></vk-course-calendar></div>`);
  const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  const said = recordAnnouncements(el);
  for (const view of ['agenda', 'month']) {
    el.shadowRoot!.querySelector<HTMLElement>(`[data-view="${view}"]`)!.click();
    await settleFrames(el);
  }
  return { said: said.map((s) => s.replace(/[\u2066-\u2069]/g, '')), title: el.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim() };
}

describe('course calendar: the period said after the view\'s name is written mid-phrase', () => {
  afterEach(() => setLocale('nb'));

  it('bokmål and nynorsk: "Liste, mars 2026", the title still "Mars 2026"', async () => {
    expect(await switchSaid('nb')).to.deep.equal({ said: ['Liste, mars 2026', 'Måned, mars 2026'], title: 'Mars 2026' });
    expect(await switchSaid('nn')).to.deep.equal({ said: ['Liste, mars 2026', 'Månad, mars 2026'], title: 'Mars 2026' });
  });

  it('Ukrainian: the month in lowercase after the view; English and Arabic as their formatter writes the month', async () => {
    const uk = await switchSaid('uk');
    expect(uk.title.startsWith('Березень'), uk.title).to.equal(true);
    expect(uk.said).to.deep.equal([`Список, б${uk.title.slice(1)}`, `Місяць, б${uk.title.slice(1)}`]);
    expect(await switchSaid('en')).to.deep.equal({ said: ['List, March 2026', 'Month, March 2026'], title: 'March 2026' });
    const ar = await switchSaid('ar');
    expect(ar.said).to.deep.equal([`قائمة، ${ar.title}`, `شهر، ${ar.title}`]);
  });
});
