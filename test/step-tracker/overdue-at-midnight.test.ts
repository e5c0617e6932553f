import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { nextOsloMidnight } from '../../src/core/today-clock.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { StepsDocument } from '../../src/step-tracker/step-tracker.types.js';
import { fixClock, runClock } from '../helpers/clock.js';

// The overdue marks ("Forfalt", the compact "!" badge and "N forfalt") took Oslo's today at render:
// a page left open past midnight kept yesterday's view until something drew the tracker again.
// Now one clock for the whole page asks the trackers that can change to draw at Oslo's midnight.

/** Oslo's wall clock at an instant, from the browser's tz database (the oracle). */
const oslo = (instant: number): string => new Intl.DateTimeFormat('sv', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'medium' }).format(instant);

/** Midnight between 11 and 12 March 2026 in Oslo (CET, UTC+1). */
const MIDNIGHT = Date.UTC(2026, 2, 11, 23);

function doc(due: string): StepsDocument {
  return {
    version: 1,
    title: 'Amina',
    steps: [
      { id: 'a', title: 'Kartlegging', status: 'done', due: '2026-03-01' },
      { id: 'b', title: 'Norskkurs', status: 'in-progress', due },
    ],
  };
}

const text = (el: Element, selector: string): string => el.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('nextOsloMidnight', () => {
  it('is the next 00:00 on Oslo’s clock, on the days summer time begins and ends too', () => {
    const instants = [
      Date.UTC(2026, 2, 28, 12), // Saturday before summer time: the night is CET
      Date.UTC(2026, 2, 29, 0, 30), // 01:30 CET, half an hour before the clocks go forward
      Date.UTC(2026, 2, 29, 12), // the short day: the next midnight is CEST
      Date.UTC(2026, 9, 24, 23, 30), // 01:30 CEST on the day summer time ends
      Date.UTC(2026, 9, 25, 12), // the long day: the next midnight is CET
      Date.UTC(2026, 11, 31, 22, 59, 59), // 23:59:59 on New Year's Eve
      MIDNIGHT, // at midnight itself: the next one
    ];
    for (const instant of instants) {
      const next = nextOsloMidnight(instant);
      expect(oslo(next), oslo(instant)).to.match(/ 00:00:00$/);
      expect(oslo(next - 1).slice(0, 10), oslo(instant)).to.equal(oslo(instant).slice(0, 10));
      expect(next, oslo(instant)).to.be.greaterThan(instant);
    }
  });
});

describe('step tracker: overdue marks move at Oslo’s midnight', () => {
  let restore: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });

  it('a step due today turns "Forfalt" (full) and "!" with "1 forfalt" (compact) after midnight, with no host action', async () => {
    // 23:59:58.5 in Oslo on 11 March, on a device left on UTC.
    restore = await runClock(MIDNIGHT - 1500, 'UTC');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><vk-step-tracker .value=${doc('2026-03-11')}></vk-step-tracker><vk-step-tracker compact .value=${doc('2026-03-11')}></vk-step-tracker></div>`,
    );
    const [full, compact] = Array.from(wrapper.querySelectorAll<VkStepTracker>('vk-step-tracker'));
    await full.updateComplete;
    await compact.updateComplete;
    expect(Date.now(), 'drawn before midnight').to.be.lessThan(MIDNIGHT);
    expect(text(full, '.step-button[data-key="b"]')).to.not.contain('Forfalt');
    expect(text(compact, '.summary')).to.equal('1 av 2 ferdig');

    await waitUntil(() => text(full, '.step-button[data-key="b"]').includes('Forfalt'), 'the full form says "Forfalt" after midnight', { timeout: 5000 });
    await waitUntil(() => text(compact, '.summary') === '1 av 2 ferdig · 1 forfalt', 'the compact summary counts it', { timeout: 5000 });
    const item = compact.shadowRoot!.querySelector('.step-button[data-key="b"]')!;
    expect(item.closest('li')?.hasAttribute('data-overdue')).to.equal(true);
    expect(item.getAttribute('aria-label')).to.equal('Norskkurs Pågår Forfalt');
  });

  it('a tracker out of the page at midnight, put back after it, shows the new day', async () => {
    restore = await runClock(MIDNIGHT - 1000, 'UTC');
    const wrapper = await fixture<HTMLDivElement>(html`<div><vk-step-tracker .value=${doc('2026-03-11')}></vk-step-tracker></div>`);
    const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
    await el.updateComplete;
    expect(Date.now(), 'drawn before midnight').to.be.lessThan(MIDNIGHT);
    el.remove();
    await waitUntil(() => Date.now() > MIDNIGHT, 'midnight passes', { timeout: 5000 });
    wrapper.append(el);
    await el.updateComplete;
    expect(text(el, '.step-button[data-key="b"]')).to.contain('Forfalt');
  });

  describe('one timer for the page', () => {
    const long: Array<{ id: unknown }> = [];
    const cleared: unknown[] = [];
    const realSet = window.setTimeout;
    const realClear = window.clearTimeout;
    beforeEach(async () => {
      long.length = cleared.length = 0;
      // Noon in Oslo: the next midnight is hours away; nothing else in a tracker waits a minute.
      restore = await fixClock(Date.UTC(2026, 2, 11, 11), 'UTC');
      window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
        const id = realSet(handler, delay, ...rest);
        if ((delay ?? 0) > 60_000) long.push({ id });
        return id;
      }) as typeof window.setTimeout;
      window.clearTimeout = ((id?: number) => {
        cleared.push(id);
        realClear(id);
      }) as typeof window.clearTimeout;
    });
    afterEach(() => {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    });

    it('50 compact trackers with steps still to fall due: one timer, cleared when the last leaves', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>${Array.from({ length: 50 }, () => html`<vk-step-tracker compact .value=${doc('2026-04-01')}></vk-step-tracker>`)}</div>`);
      await Promise.all(Array.from(wrapper.children, (el) => (el as VkStepTracker).updateComplete));
      expect(long.length, 'timers set').to.equal(1);
      const trackers = Array.from(wrapper.children);
      trackers.slice(1).forEach((el) => el.remove());
      expect(cleared).to.not.include(long[0].id);
      trackers[0].remove();
      expect(cleared, 'the last one out clears it').to.include(long[0].id);
    });

    it('no timer where no step can fall due (done, skipped, already overdue, no due date)', async () => {
      const none: StepsDocument = {
        version: 1,
        steps: [
          { id: 'a', title: 'A', status: 'done', due: '2026-04-01' },
          { id: 'b', title: 'B', status: 'skipped', due: '2026-04-01' },
          { id: 'c', title: 'C', status: 'in-progress', due: '2026-03-01' },
          { id: 'd', title: 'D', status: 'not-started' },
        ],
      };
      const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${none}></vk-step-tracker>`);
      await el.updateComplete;
      expect(long.length).to.equal(0);
    });
  });
});
