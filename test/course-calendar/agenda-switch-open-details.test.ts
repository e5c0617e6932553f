/**
 * A grid switched to the agenda while a session's details are open, the session on a day of a
 * neighbouring month (2 April in March's grid). With the details closed and focus on that session,
 * the agenda shows the session's month with focus on it (agenda-switch-other-month.test.ts); the
 * open details of a session of the grid's own month stay open beside its row (popover-follow.test.ts).
 * The same here: the agenda of April, its day the focus date, the details open beside its row with
 * focus inside, Escape back to the row. Before, the agenda showed March, the details closed and focus
 * went to the list's Tab stop (its day, 12 March, became the focus date). A host that sets `date` with
 * the view keeps it: the details close (their session is not in that month), focus on the list's Tab
 * stop, the date the host's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { focused } from '../helpers/index.js';
import { agendaPart, detailsPart } from '../../src/course-calendar/calendar-parts.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

/** The sample schedule (March) with a session on Thursday 2 April. */
function schedule(): ScheduleDocument {
  const doc = sampleSchedule();
  return { ...doc, sessions: [...doc.sessions, { id: 'apr', courseId: 'butikk', start: '2026-04-02T09:00', end: '2026-04-02T12:00', kind: 'practice' }] };
}

const frames = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** March's month grid (11 March), 1000 px wide, with the details of the session on 2 April opened by Enter. `view` unset: the width's default (the month here). */
async function detailsOfApril(view: 'month' | undefined): Promise<{ el: VkCourseCalendar; wrapper: HTMLElement; panel: HTMLElement }> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: 1000px"><vk-course-calendar .value=${schedule()} view=${ifDefined(view)} date="2026-03-11"></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  expect(el.currentView).to.equal('month');
  el.shadowRoot!.querySelector<HTMLElement>('[role="grid"] [data-session="apr"]')!.focus();
  await sendKeys({ press: 'Enter' });
  let panel: HTMLElement | null = null;
  for (let i = 0; i < 60 && !(panel = el.shadowRoot!.querySelector<HTMLElement>(':popover-open[data-positioned="true"]')); i++) await frames(1);
  expect(panel, 'the details opened and were placed').to.not.equal(null);
  expect(panel!.contains(focused(el)), 'focus in the details').to.equal(true);
  expect(el.date).to.equal('2026-03-11');
  return { el, wrapper, panel: panel! };
}

describe('vk-course-calendar: a grid switched to the agenda with a neighbouring month\'s session\'s details open', () => {
  before(() => Promise.all([agendaPart.load(), detailsPart.load()]));

  for (const by of ['the host', 'a narrowing width'] as const) {
    it(`by ${by}: the agenda of April, the details open beside the session's row, focus inside; Escape to the row`, async () => {
      const { el, wrapper, panel } = await detailsOfApril(by === 'the host' ? 'month' : undefined);
      if (by === 'the host') el.view = 'agenda';
      else wrapper.style.inlineSize = '360px';
      for (let i = 0; i < 20 && el.currentView !== 'agenda'; i++) await frames(1);
      await settleFrames(el);
      expect(el.range).to.deep.equal({ view: 'agenda', start: '2026-04-01', end: '2026-05-01' });
      expect(el.date, 'the session\'s day').to.equal('2026-04-02');
      expect(el.shadowRoot!.querySelector(':popover-open'), 'still open').to.equal(panel);
      expect(panel.contains(focused(el)), `focus in the details, not on ${focused(el)?.outerHTML.slice(0, 90) ?? document.activeElement?.localName}`).to.equal(true);
      const row = el.shadowRoot!.querySelector<HTMLElement>('.agenda [data-session="apr"]');
      expect(row, 'the session\'s row').to.not.equal(null);
      await sendKeys({ press: 'Escape' });
      await settleFrames(el);
      expect(el.shadowRoot!.querySelector(':popover-open'), 'closed').to.equal(null);
      expect(focused(el), 'Escape returns to the row').to.equal(row);
      expect(el.date).to.equal('2026-04-02');
    });
  }

  it('details opened from 2 April\'s "+N flere" list (they point at "+N"): the agenda of April, the details beside the session\'s row', async () => {
    const doc = schedule();
    const busy = Array.from({ length: 4 }, (_, i) => ({ id: `busy${i}`, courseId: 'renhold', start: `2026-04-02T1${i + 3}:00`, end: `2026-04-02T1${i + 4}:00`, kind: 'theory' as const }));
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar style="inline-size: 1000px" lang="nb" .value=${{ ...doc, sessions: [...doc.sessions, ...busy] }} view="month" date="2026-03-11"></vk-course-calendar>`);
    await settleFrames(el);
    const more = el.shadowRoot!.querySelector<HTMLElement>('[role="grid"] [data-more="2026-04-02"]')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    let listed: HTMLElement | null = null;
    for (let i = 0; i < 60 && !(listed = el.shadowRoot!.querySelector<HTMLElement>('.vk-popover [data-session="busy3"]')); i++) await frames(1);
    listed!.focus();
    await sendKeys({ press: 'Enter' });
    let panel: HTMLElement | null = null;
    for (let i = 0; i < 60 && !(panel = el.shadowRoot!.querySelector<HTMLElement>(':popover-open[data-positioned="true"]:has([data-session-details="busy3"])')); i++) await frames(1);
    expect(panel, 'the session\'s details, from the list').to.not.equal(null);
    el.view = 'agenda';
    await settleFrames(el);
    expect(el.range).to.deep.equal({ view: 'agenda', start: '2026-04-01', end: '2026-05-01' });
    expect(el.date).to.equal('2026-04-02');
    expect(el.shadowRoot!.querySelector(':popover-open'), 'still open').to.equal(panel);
    expect(panel!.contains(focused(el)), 'focus in the details').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await settleFrames(el);
    expect(focused(el), 'Escape returns to the row').to.equal(el.shadowRoot!.querySelector('.agenda [data-session="busy3"]'));
  });

  it('the host sets `date` with the view: its date and month, the details close, focus on the list\'s Tab stop', async () => {
    const { el } = await detailsOfApril('month');
    el.view = 'agenda';
    el.date = '2026-03-20';
    await settleFrames(el);
    await frames(3);
    expect(el.date, 'the host\'s date').to.equal('2026-03-20');
    expect(el.range).to.deep.equal({ view: 'agenda', start: '2026-03-01', end: '2026-04-01' });
    expect(el.shadowRoot!.querySelector(':popover-open'), 'closed').to.equal(null);
    const now = focused(el) as HTMLElement | null;
    expect(now?.closest('.agenda'), `focus in the list, not on ${now?.outerHTML.slice(0, 90) ?? document.activeElement?.localName}`).to.not.equal(null);
    expect(now?.tabIndex, 'the list\'s Tab stop').to.equal(0);
    expect(now?.dataset.session, 'the last row: every session is before 20 March').to.equal('a4');
  });
});
