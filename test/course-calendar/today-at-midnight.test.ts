import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { CalendarRange } from '../../src/course-calendar/course-calendar.types.js';
import { sendKeys } from '@web/test-runner-commands';
import { shadow, shadowAll } from '../helpers/index.js';
import { fixClock, runClock } from '../helpers/clock.js';
import { sampleSchedule } from './fixtures.js';

// Today's marks (the month's cell, the week's column) and the week's "now" line were drawn from the
// time at render: a calendar left open on a wall screen kept yesterday marked as today, and the
// "now" line moved only with a full render of the week once a minute. And with `date` unset, any
// render after midnight took the new day for the focus date, so the period shown jumped.

/** Midnight between 31 March and 1 April 2026 in Oslo (CEST, UTC+2). */
const MIDNIGHT = Date.UTC(2026, 2, 31, 22);

async function calendar(attrs: { view: string; date?: string }): Promise<VkCourseCalendar> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang="nb" style="inline-size: 1100px"><vk-course-calendar .value=${sampleSchedule()} view=${attrs.view} date=${attrs.date ?? ''}></vk-course-calendar></div>`,
  );
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

const said = (el: Element): string => (el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').trim();

/** The day marked as today (the month's cell, the week's column head). */
const marked = (el: VkCourseCalendar): string[] => shadowAll(el, '[data-today]').map((node) => node.closest('[data-date]')?.getAttribute('data-date') ?? node.textContent!.trim());

describe('vk-course-calendar: today moves at Oslo’s midnight', () => {
  let restore: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });

  it('the month’s today cell moves to the new day with no host action; the period, `date` and focus stay', async () => {
    // 23:59:58.5 in Oslo on 31 March, on a device left on UTC; March's grid runs to 5 April.
    restore = await runClock(MIDNIGHT - 1500, 'UTC');
    const el = await calendar({ view: 'month' });
    const ranges: CalendarRange[] = [];
    el.addEventListener('vk-range-change', (e) => ranges.push((e as CustomEvent<CalendarRange>).detail));
    expect(Date.now(), 'drawn before midnight').to.be.lessThan(MIDNIGHT);
    expect(marked(el)).to.deep.equal(['2026-03-31']);
    const range = el.range;
    const title = shadow(el, '#title').textContent;

    await waitUntil(() => marked(el)[0] === '2026-04-01', 'the mark moves to 1 April after midnight', { timeout: 5000 });
    expect(marked(el)).to.deep.equal(['2026-04-01']);
    expect(el.date).to.equal('');
    expect(el.focusDate, 'the day an unset date stood for').to.equal('2026-03-31');
    expect(el.range).to.deep.equal(range);
    expect(shadow(el, '#title').textContent).to.equal(title);
    expect(shadow(el, '[role="gridcell"][tabindex="0"]').dataset.date, 'the Tab stop stays').to.equal('2026-03-31');

    // A later render (a new host value) keeps the period too: before, it took 1 April for the focus date and showed April.
    el.value = sampleSchedule();
    await el.updateComplete;
    expect(el.range).to.deep.equal(range);
    expect(ranges, 'no vk-range-change').to.deep.equal([]);

    // `date` set and unset again by the host: unset is today again.
    el.date = '2026-02-10';
    await el.updateComplete;
    el.date = '';
    await el.updateComplete;
    expect(el.focusDate).to.equal('2026-04-01');
  });

  it('a session picked up before midnight stays picked up after it, and moves on', async () => {
    restore = await runClock(MIDNIGHT - 2500, 'UTC');
    const el = await calendar({ view: 'month' });
    shadow(el, '[data-session="a2"]').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(said(el)).to.contain('Plukket opp');
    expect(Date.now(), 'picked up before midnight').to.be.lessThan(MIDNIGHT);
    await waitUntil(() => marked(el)[0] === '2026-04-01', 'the mark moves to 1 April after midnight', { timeout: 5000 });
    expect(said(el)).to.not.contain('avbrutt');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(said(el)).to.contain('onsdag 11. mars 2026');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
  });

  it('a week shown before it begins marks its Monday at the midnight that begins it', async () => {
    // 23:59:58.5 on Sunday 29 March in Oslo (summer time began that night), next week shown.
    const monday = Date.UTC(2026, 2, 29, 22);
    restore = await runClock(monday - 1500, 'UTC');
    const el = await calendar({ view: 'week', date: '2026-03-30' });
    expect(Date.now(), 'drawn before midnight').to.be.lessThan(monday);
    expect(marked(el)).to.deep.equal([]);
    await waitUntil(() => marked(el).length === 1, 'Monday is marked after midnight', { timeout: 5000 });
    expect(shadow(el, '.weekday[data-today]').textContent).to.contain('30.3');
    expect(shadow(el, '.now').closest('[data-date]')?.getAttribute('data-date')).to.equal('2026-03-30');
  });

  it('the week’s "now" line moves each minute by its own position, with no render of the week', async () => {
    // 10:00:58.5 in Oslo on Thursday 12 March (CET).
    restore = await runClock(Date.UTC(2026, 2, 12, 9, 0, 58, 500), 'UTC');
    const el = await calendar({ view: 'week' });
    const line = shadow(el, '.now');
    expect(line.closest('[data-date]')?.getAttribute('data-date')).to.equal('2026-03-12');
    const top = (): number => Number(line.style.getPropertyValue('--_vk-top'));
    const axis = 18 * 60 - 7 * 60; // the default axis, 07:00–18:00
    expect(top()).to.be.closeTo((600 - 420) / axis, 1e-9);
    let updates = 0;
    el.addController({ hostUpdate: () => updates++ });

    await waitUntil(() => top() > (600 - 420) / axis, 'the line moves at 10:01', { timeout: 5000 });
    expect(top()).to.be.closeTo((601 - 420) / axis, 1e-9);
    expect(shadow(el, '.now'), 'the same line').to.equal(line);
    expect(updates, 'renders of the calendar').to.equal(0);
  });

  it('the "now" line comes on at the axis’s start, a minute after a render that had it off', async () => {
    // 06:59:59 in Oslo: before the default axis (07:00–18:00).
    restore = await runClock(Date.UTC(2026, 2, 12, 5, 59, 59), 'UTC');
    const el = await calendar({ view: 'week' });
    expect(shadowAll(el, '.now').filter((node) => !node.hidden)).to.have.length(0);
    await waitUntil(() => shadowAll(el, '.now').some((node) => !node.hidden), 'the line shows at 07:00', { timeout: 5000 });
    expect(Number(shadow(el, '.now').style.getPropertyValue('--_vk-top'))).to.equal(0);
  });

  describe('timers', () => {
    const long: Array<{ id: unknown; delay: number }> = [];
    const cleared: unknown[] = [];
    const realSet = window.setTimeout;
    const realClear = window.clearTimeout;
    const realInterval = window.setInterval;
    const realClearInterval = window.clearInterval;
    beforeEach(async () => {
      long.length = cleared.length = 0;
      // Noon in Oslo on Thursday 12 March, on the minute: the minute clock waits 60 s, the day's an hour.
      restore = await fixClock(Date.UTC(2026, 2, 12, 11), 'UTC');
      const note = (id: unknown, delay = 0): void => void (delay >= 30_000 && long.push({ id, delay }));
      window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
        const id = realSet(handler, delay, ...rest);
        note(id, delay);
        return id;
      }) as typeof window.setTimeout;
      window.setInterval = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
        const id = realInterval(handler, delay, ...rest);
        note(id, delay);
        return id;
      }) as typeof window.setInterval;
      window.clearTimeout = window.clearInterval = ((id?: number) => {
        cleared.push(id);
        realClear(id);
      }) as typeof window.clearTimeout;
    });
    afterEach(() => {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
      window.setInterval = realInterval;
      window.clearInterval = realClearInterval;
    });

    it('none while the calendar shows a month gone by, or another week', async () => {
      await calendar({ view: 'month', date: '2026-01-15' });
      await calendar({ view: 'week', date: '2026-03-02' });
      expect(long).to.deep.equal([]);
    });

    it('this week: the minute’s and the day’s, cleared when the calendar leaves the page', async () => {
      const el = await calendar({ view: 'week' });
      expect(long.map((t) => t.delay)).to.have.members([60_000, 36e5]);
      el.remove();
      expect(cleared).to.include.members(long.map((t) => t.id));
    });

    it('this month or a month to come: the day’s alone (a mark comes when its day does), no minute’s', async () => {
      await calendar({ view: 'month' });
      await calendar({ view: 'month', date: '2026-06-01' });
      expect(long.map((t) => t.delay)).to.deep.equal([36e5]);
    });
  });
});
