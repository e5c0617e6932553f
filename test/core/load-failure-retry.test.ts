// A lazy part that failed to load is asked for again on the user's next use of it, and once it has
// loaded the load-failure notice goes: the HTML standard fetches a module again after a network or
// HTTP error (whatwg/html#10327), as this Chromium does. A render alone never asks again (no
// render → fail → render loop). The chunks are blocked for this page alone (CDP, web-test-runner.config.mjs
// `vk-block-urls`), then unblocked: a connection lost for a moment. Requests are counted where the
// browser makes them (`vk-requested`). Each test uses parts no other test here has loaded (the
// module map is the page's): the calendar's parts later tests use stay blocked until then (its idle
// preload would load them).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { cardItem, samplePlan } from '../plan-board/helpers.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { sampleSteps, shadow } from '../helpers/index.js';
import { NOTICE, notice, noticeOf, block, requested, frame, words } from '../helpers/load-failure.js';

const warn = console.warn;

/** Waits (up to about 2 s) for `found` to return something. */
async function until<T>(found: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = found();
    if (value) return value;
    await frame();
  }
  throw new Error('never appeared');
}

const openPopover = (el: Element): HTMLElement | null => el.shadowRoot?.querySelector<HTMLElement>('.vk-popover:popover-open') ?? null;
const sessionButton = (el: VkCourseCalendar, id: string): HTMLElement => shadow(el, `[role="grid"] [data-session="${id}"]`);

describe('a lazy part that failed is asked for again on the next use', () => {
  before(() => {
    console.warn = () => undefined;
  });
  after(async () => {
    console.warn = warn;
    await block([]);
  });

  it('course calendar: the details fail, the connection comes back, the next open shows them and the notice goes', async () => {
    await block(['*/session-popover.*', '*/week-view.*', '*/agenda-view.*', '*/pattern-dialog.*']);
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar date="2026-03-09" .value=${sampleSchedule()}></vk-course-calendar>`);
    sessionButton(el, 'a1').click();
    const alert = await noticeOf(el);
    expect(words(alert)).to.equal(NOTICE);
    expect(openPopover(el)).to.equal(null);
    await block(['*/week-view.*', '*/agenda-view.*', '*/pattern-dialog.*']);
    sessionButton(el, 'a1').click();
    const panel = await until(() => openPopover(el));
    expect(panel.textContent).to.include('Renhold og smittevern');
    await el.updateComplete;
    expect(notice(el)).to.equal(null);
  });

  it('course calendar: a failed week view is not asked for again by renders, only by the next switch to it', async () => {
    await block(['*/week-view.*', '*/agenda-view.*', '*/pattern-dialog.*']);
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="week" date="2026-03-16" .value=${sampleSchedule()}></vk-course-calendar>`);
    await noticeOf(el);
    await frame();
    const asked = await requested('week-view');
    expect(asked, 'the blocked requests are seen').to.be.at.least(1);
    // Renders that are not a use (a host's value, a frame of its own), while it still fails.
    for (let i = 0; i < 5; i++) {
      el.value = sampleSchedule();
      await el.updateComplete;
      await frame();
    }
    expect(await requested('week-view')).to.equal(asked);
    // Still failing: a switch to the week view asks once more, fails, and the notice stays (one).
    shadow(el, 'button[data-view="month"]').click();
    await el.updateComplete;
    shadow(el, 'button[data-view="week"]').click();
    await el.updateComplete;
    await frame();
    expect(await requested('week-view')).to.be.above(asked);
    expect(el.shadowRoot?.querySelectorAll('[data-vk-failed]').length).to.equal(1);
    // Back: the next switch brings the week view, and the notice goes.
    await block(['*/agenda-view.*', '*/pattern-dialog.*']);
    shadow(el, 'button[data-view="month"]').click();
    await el.updateComplete;
    shadow(el, 'button[data-view="week"]').click();
    await until(() => !el.shadowRoot?.querySelector('.week-loading') && el.shadowRoot?.querySelector('[data-view="week"] [role="grid"]'));
    await el.updateComplete;
    expect(notice(el)).to.equal(null);
  });

  it('course calendar: two parts fail; the notice stays while one still does, and goes when both have loaded', async () => {
    await block(['*/agenda-view.*', '*/pattern-dialog.*']);
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="agenda" date="2026-03-09" .value=${sampleSchedule()}></vk-course-calendar>`);
    await noticeOf(el);
    shadow(el, '[data-action="plan"]').click();
    await frame();
    await block(['*/pattern-dialog.*']);
    shadow(el, 'button[data-view="month"]').click();
    await el.updateComplete;
    shadow(el, 'button[data-view="agenda"]').click();
    await until(() => el.shadowRoot?.querySelector('.agenda [data-session]'));
    await el.updateComplete;
    expect(notice(el), 'the dialog still cannot load').to.not.equal(null);
    await block([]);
    shadow(el, '[data-action="plan"]').click();
    await until(() => el.shadowRoot?.querySelector('dialog[open]'));
    await el.updateComplete;
    expect(notice(el)).to.equal(null);
  });

  it('plan board: the card menu fails, the connection comes back, the next press opens it, the edit form works, the notice goes', async () => {
    await block(['*/board-editing.*', '*/panel.styles.*']);
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    const button = cardItem(el, 'c2').querySelector<HTMLElement>('.menu-button') as HTMLElement;
    button.click();
    await noticeOf(el);
    expect(el.shadowRoot?.querySelector('.vk-popover')).to.equal(null);
    await block([]);
    button.click();
    const menu = await until(() => el.shadowRoot?.querySelector<HTMLElement>('.vk-popover[role="menu"]'));
    menu.querySelector<HTMLElement>('[data-action="edit"]')?.click();
    await until(() => el.shadowRoot?.querySelector('.vk-popover form'));
    await el.updateComplete;
    expect(notice(el)).to.equal(null);
  });

  // Same steps in both: a details popover from the focused item's Enter.
  for (const [name, mount, chunk, item] of [
    ['step tracker', () => fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`), '*/step-details.*', '.step-button[tabindex="0"]'],
    ['task ladder', () => fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`), '*/task-panel.*', '.task-button[tabindex="0"]'],
  ] as const) {
    it(`${name}: the details fail, the next open shows them and the notice goes`, async () => {
      await block([chunk]);
      const el = await mount();
      shadow(el, item).focus();
      await sendKeys({ press: 'Enter' });
      await noticeOf(el);
      await block([]);
      await sendKeys({ press: 'Enter' });
      await until(() => openPopover(el));
      await el.updateComplete;
      expect(notice(el)).to.equal(null);
    });
  }
});
