import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { settle } from '../helpers/index.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { createAminaPlan } from '../../src/presets/plan.js';

// A host that sets `disabled` while focus is inside a widget: the browser drops focus from a
// form-associated host the moment it is disabled, and it stayed on <body>. The base element
// (core/vk-element.ts) puts it back on the widget's own items after the update (aria-disabled ones
// are still focusable); focus the user had put elsewhere is not taken.

describe('a widget disabled by its host with focus inside', () => {
  it('plan board, its card menu open: focus back in the board, not on <body>', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${createAminaPlan()}></vk-plan-board>`);
    await el.updateComplete;
    (el.shadowRoot!.querySelector('[aria-haspopup="menu"]') as HTMLElement).click();
    await waitUntil(() => el.shadowRoot?.querySelector('.vk-popover:popover-open button'), 'the menu opens', { timeout: 5000 });
    (el.shadowRoot!.querySelector('.vk-popover:popover-open button') as HTMLElement).focus();
    el.disabled = true;
    await settle(el);
    expect(document.activeElement, 'not on <body>').to.equal(el);
    expect(el.shadowRoot?.activeElement, 'on one of its own items').to.not.equal(null);
  });

  it('plan board with focus on a card: stays in the board', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${createAminaPlan()}></vk-plan-board>`);
    await el.updateComplete;
    (el.shadowRoot!.querySelector('[tabindex="0"]') as HTMLElement).focus();
    el.disabled = true;
    await settle(el);
    expect(document.activeElement, 'not on <body>').to.equal(el);
  });

  it('course calendar, a session\'s details open: focus back in the calendar, not on <body>', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="agenda" date="2026-03-10" .value=${sampleSchedule()}></vk-course-calendar>`);
    await el.updateComplete;
    (el.shadowRoot!.querySelector('[data-session]') as HTMLElement).click();
    await waitUntil(() => el.shadowRoot?.querySelector('.vk-popover .details'), 'the details open', { timeout: 5000 });
    (el.shadowRoot!.querySelector('.vk-popover button, .vk-popover input') as HTMLElement).focus();
    el.disabled = true;
    await settle(el);
    expect(document.activeElement, 'not on <body>').to.equal(el);
  });
});
