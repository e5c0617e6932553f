/**
 * A session picked up by keyboard in the month view, then the calendar narrows below 30em (its container resized): the
 * narrow month draws markers, no sessions to hold, so the pick-up ends as Escape does ("Flytting avbrutt", nothing
 * committed), focus visible in the calendar. Before, it ended after the render that drew the narrow month (the moves'
 * `afterRender`, in `updated()`): a second render, Lit's change-in-update warning. Now it ends in that render
 * (calendar-moves.ts `beforeRender`), as a host `date` in another month does (host-date-pick-up-renders.test.ts).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { announced, countUpdates, focused, litWarnings, record } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { settleFrames } from './focus-helpers.js';

describe('vk-course-calendar: a month view narrowed with a session picked up', () => {
  it('the pick-up ends (put back, said, focus visible inside) in the render that draws the narrow month: one update, no warning', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: 760px"><vk-course-calendar .value=${sampleSchedule()} view="month" date="2026-03-12"></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await settleFrames(el);
    el.shadowRoot!.querySelector<HTMLElement>('[data-session="a2"]')!.focus();
    await sendKeys({ press: ' ' });
    await settleFrames(el);
    expect(el.shadowRoot!.querySelector('[data-grabbed]'), 'picked up').to.not.equal(null);
    const events = record(el, 'vk-change');
    let updates = { count: 0 };
    const warnings = await litWarnings(async () => {
      updates = countUpdates(el);
      wrapper.style.inlineSize = '400px';
      await waitUntil(() => el.shadowRoot!.querySelector('.calendar[data-narrow]'), 'drawn narrow');
      await settleFrames(el);
    });
    expect(warnings.filter((w) => w.includes('after an update completed')), 'Lit warnings').to.deep.equal([]);
    expect(updates.count, 'one update').to.equal(1);
    expect(el.shadowRoot!.querySelector('[data-grabbed]'), 'put back').to.equal(null);
    expect(events, 'nothing committed').to.have.length(0);
    expect(announced(el), 'said').to.include('Flytting avbrutt');
    const now = focused(el) as HTMLElement | null;
    expect(!!now && now.checkVisibility(), `focus visible inside: ${now?.outerHTML.slice(0, 80)}`).to.equal(true);
  });
});
