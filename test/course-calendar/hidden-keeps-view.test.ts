/**
 * A calendar the host hides (display: none, a closed tab: `hidden` on an ancestor) has no width: its
 * ResizeObserver reports 0. The automatic view took 0 for "not narrow" and switched a phone's agenda
 * to the month, then back when shown again: two `vk-range-change` events, and a host that fetches on
 * range change fetched twice for nothing (seen in Storybook, where a full-page screenshot resizes the
 * window to 1 × 1). A width of 0 now leaves the view and range as they were.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { settleFrames } from './focus-helpers.js';

async function phoneCalendar(): Promise<{ wrapper: HTMLElement; el: VkCourseCalendar; events: CustomEvent[] }> {
  const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 360px"><vk-course-calendar date="2026-03-12"></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  expect(el.currentView, 'a 360 px calendar with no view shows the agenda').to.equal('agenda');
  const events: CustomEvent[] = [];
  el.addEventListener('vk-range-change', (e) => events.push(e as CustomEvent));
  return { wrapper, el, events };
}

describe('vk-course-calendar: hidden by the host (width 0)', () => {
  it('display: none and back at the same width: the view stays, no vk-range-change', async () => {
    const { wrapper, el, events } = await phoneCalendar();
    wrapper.style.display = 'none';
    await settleFrames(el);
    expect(el.currentView, 'hidden').to.equal('agenda');
    wrapper.style.display = '';
    await settleFrames(el);
    expect(el.currentView, 'shown again').to.equal('agenda');
    expect(events.map((e) => e.detail)).to.deep.equal([]);
  });

  it('in a closed tab (`hidden` on an ancestor) and back: no vk-range-change', async () => {
    const { wrapper, el, events } = await phoneCalendar();
    wrapper.hidden = true;
    await settleFrames(el);
    wrapper.hidden = false;
    await settleFrames(el);
    expect(el.currentView).to.equal('agenda');
    expect(events.map((e) => e.detail)).to.deep.equal([]);
  });

  it('shown again wider than before: the view follows the new width, one vk-range-change', async () => {
    const { wrapper, el, events } = await phoneCalendar();
    wrapper.style.display = 'none';
    await settleFrames(el);
    wrapper.style.inlineSize = '1000px';
    wrapper.style.display = '';
    await settleFrames(el);
    expect(el.currentView).to.equal('month');
    expect(events.map((e) => e.detail)).to.deep.equal([{ view: 'month', start: '2026-02-23', end: '2026-04-06' }]);
  });
});
