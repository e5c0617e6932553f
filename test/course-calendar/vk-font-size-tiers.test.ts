/**
 * The calendar's width tiers follow its own text size, `--vk-font-size`, not only the page's root:
 * `AGENDA_BELOW` was scaled by the root's font size and the month's container queries were
 * `80rem | 40rem | 30rem` (a query's rem is the page root's), so with `--vk-font-size: 2rem` on a
 * 16 px page an 800 px calendar (25 of its 32 px text) drew a month of chips, and a 1,400 px one
 * one-line chips. Now they are 30em / 80em / 40em / 30em of the calendar's text: the calendar with
 * `--vk-font-size: 2rem` is laid out as with the page's text at 32 px. So are the week's narrow
 * lane (6em) and the "plan a course" dialog's rows (36em, 19em).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { splitWords } from '../a11y/layout-checks.js';
import { settleFrames } from './focus-helpers.js';
import { sampleSchedule } from './fixtures.js';

type Text = 'vk-2rem' | 'root-32px' | 'default';

/** A calendar `width` px wide on 12 March 2026 (`view` unset: the default view), its text as `text` says. */
async function calendar(text: Text, width: number, view?: 'month' | 'week'): Promise<VkCourseCalendar> {
  if (text === 'root-32px') document.documentElement.style.fontSize = '32px';
  else document.documentElement.style.removeProperty('font-size');
  const style = `inline-size: ${width}px${text === 'vk-2rem' ? '; --vk-font-size: 2rem' : ''}`;
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${style}><vk-course-calendar .value=${sampleSchedule()} view=${ifDefined(view)} date="2026-03-12"></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('[data-session]'); i++) await settleFrames(el);
  await settleFrames(el);
  expect(parseFloat(getComputedStyle(el).fontSize), 'the calendar’s text').to.equal(text === 'default' ? 16 : 32);
  return el;
}

const shown = (el: Element | null): boolean => !!el && getComputedStyle(el).display !== 'none';

/** What the month's tiers decide: the markers, the weekday names, the chips' lines and pictogram. */
function monthForm(el: VkCourseCalendar): Record<string, unknown> {
  const root = el.shadowRoot!;
  const chip = root.querySelector<HTMLElement>('.month .session[data-session="a1"]');
  return {
    narrow: root.querySelector('.calendar')!.hasAttribute('data-narrow'),
    markers: shown(root.querySelector('.month .markers')),
    chips: shown(root.querySelector('.month .chips')),
    weekdayShort: shown(root.querySelector('.month .weekday-short')),
    chipLines: chip && shown(chip) ? getComputedStyle(chip).flexWrap : 'no chip',
    chipPictogram: chip && shown(chip) ? shown(chip.querySelector('.vk-pictogram')) : 'no chip',
  };
}

describe('vk-course-calendar: width tiers at --vk-font-size 2rem (16 px root)', () => {
  before(() => setViewport({ width: 1500, height: 900 }));
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  after(() => setViewport({ width: 800, height: 600 }));

  it('800 px: the narrow form, the agenda by default and markers in the month, as at 32 px root text', async () => {
    const el = await calendar('vk-2rem', 800);
    expect(el.currentView, 'the default view').to.equal('agenda');
    el.view = 'month';
    await settleFrames(el);
    const form = monthForm(el);
    expect(form, 'the month').to.deep.include({ narrow: true, markers: true, chips: false, weekdayShort: false });
    expect(splitWords(el.parentElement!).map((w) => `${w.word} (${w.where})`), 'words split across lines').to.deep.equal([]);
    el.remove();
    expect(monthForm(await calendar('root-32px', 800, 'month')), 'the same as with 32 px root text').to.deep.equal(form);
  });

  it('800 px at the default text: the month, chips, no markers (unchanged)', async () => {
    const el = await calendar('default', 800);
    expect(el.currentView, 'the default view').to.equal('month');
    expect(monthForm(el)).to.deep.include({ narrow: false, markers: false, chips: true, weekdayShort: true, chipLines: 'wrap', chipPictogram: true });
  });

  for (const [width, lines, pictogram] of [
    [1000, 'wrap', false], // under 40em (1,280 px): two-line chips without the pictogram
    [1400, 'wrap', true], // 40–80em (1,280–2,560 px): two-line chips with it
  ] as const) {
    it(`${width} px month: the tier of a ${width} px calendar at 32 px root text`, async () => {
      const el = await calendar('vk-2rem', width, 'month');
      const form = monthForm(el);
      expect(form).to.deep.equal({ narrow: false, markers: false, chips: true, weekdayShort: true, chipLines: lines, chipPictogram: pictogram });
      // The week numbers' column is in times the text: a 1.5rem one split "10" at 32 px text.
      expect(splitWords(el.parentElement!).map((w) => `${w.word} (${w.where})`), 'words split across lines').to.deep.equal([]);
      el.parentElement!.remove();
      expect(monthForm(await calendar('root-32px', width, 'month')), 'the same as with 32 px root text').to.deep.equal(form);
    });
  }

  it('a change of --vk-font-size alone switches the form', async () => {
    const el = await calendar('default', 800);
    expect(el.currentView).to.equal('month');
    el.parentElement!.style.setProperty('--vk-font-size', '2rem');
    await waitUntil(() => el.currentView === 'agenda', 'the agenda at 2rem', { timeout: 3000 });
    el.parentElement!.style.removeProperty('--vk-font-size');
    await waitUntil(() => el.currentView === 'month', 'the month again at the default text', { timeout: 3000 });
  });

  // The calendar watched its host's box: a host whose height is fixed did not change size with its
  // text, so the form of the old text size stayed until the next resize.
  it('a change of --vk-font-size alone switches the form also in a host of fixed height', async () => {
    const el = await calendar('default', 800);
    el.style.blockSize = '600px';
    await settleFrames(el);
    expect(el.currentView).to.equal('month');
    el.parentElement!.style.setProperty('--vk-font-size', '2rem');
    await waitUntil(() => el.currentView === 'agenda', 'the agenda at 2rem', { timeout: 3000 });
    el.parentElement!.style.removeProperty('--vk-font-size');
    await waitUntil(() => el.currentView === 'month', 'the month again at the default text', { timeout: 3000 });
  });

  // A 1,280 px week (its minimum at 32 px text, 40em): days of 164 px, under 6em (192 px), so a
  // lane shows no pictogram and the chip's smaller text, as at 32 px root text.
  it('week, 1,280 px: a lane under 6em of the text has the narrow chip, as at 32 px root text', async () => {
    const lane = async (text: Text): Promise<[boolean, string]> => {
      const el = await calendar(text, 1280, 'week');
      const chip = el.shadowRoot!.querySelector<HTMLElement>('.slot .session[data-session="a1"]')!;
      expect(chip.getBoundingClientRect().width, 'the lane is between 6rem and 6em').to.be.within(100, 190);
      const form: [boolean, string] = [shown(chip.querySelector('.vk-pictogram')), getComputedStyle(chip).fontSize];
      el.parentElement!.remove();
      return form;
    };
    const form = await lane('vk-2rem');
    expect(form, 'no pictogram, 0.7em text').to.deep.equal([false, `${0.7 * 32}px`]);
    expect(await lane('root-32px'), 'the same as with 32 px root text').to.deep.equal(form);
  });

  /** The "plan a course" dialog of a calendar 20 px narrower than a `viewport` px window: its width and its rows' columns. */
  const planDialog = async (text: Text, viewport: number): Promise<{ width: number; columns: number }> => {
    await setViewport({ width: viewport, height: 900 });
    const el = await calendar(text, viewport - 20, 'month');
    el.shadowRoot!.querySelector<HTMLElement>('[data-action="plan"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog.pattern[open] .pattern-day'), 'the dialog opens', { timeout: 5000 });
    await settleFrames(el);
    const dialog = el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.pattern')!;
    expect(dialog.scrollWidth, 'nothing scrolls sideways in the dialog').to.be.at.most(dialog.clientWidth);
    const row = dialog.querySelector<HTMLElement>('.pattern-day')!;
    const form = { width: Math.round(dialog.getBoundingClientRect().width), columns: getComputedStyle(row).gridTemplateColumns.split(' ').length };
    dialog.close();
    el.parentElement!.remove();
    return form;
  };

  it('the "plan a course" dialog: two fields a row (under 36em), as at 32 px root text', async () => {
    expect((await planDialog('vk-2rem', 800)).columns, 'at --vk-font-size 2rem').to.equal(2);
    expect((await planDialog('root-32px', 800)).columns, 'at 32 px root text').to.equal(2);
    expect((await planDialog('default', 800)).columns, 'at the default text: four (unchanged)').to.equal(4);
  });

  // Its width was 44rem and its columns' minimums rem: at --vk-font-size 2rem a 1,400 px window
  // kept a 704 px dialog with two fields a row, where 32 px page text gets all the window allows
  // (44em is 1,408 px; less the modal's own margins, 1,330 px) and four a row. (Not 1,280 px: there
  // the dialog's rem padding, 32 px at a 32 px root, puts its content just under 36em.)
  it('the "plan a course" dialog, 1,400 px window: 44 times the text wide at most, as at 32 px root text', async () => {
    const own = await planDialog('vk-2rem', 1400);
    expect(own.width, 'wider than 44rem (704 px)').to.be.above(1200);
    expect(own.columns, 'four fields a row (over 36em of content)').to.equal(4);
    expect(await planDialog('root-32px', 1400), 'the same as at 32 px root text').to.deep.equal(own);
    expect(await planDialog('default', 1400), 'at the default text: 44em = 44rem (unchanged)').to.deep.equal({ width: 704, columns: 4 });
  });
});
