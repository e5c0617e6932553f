// A lazy part that cannot load (the network gone, or the host's site deployed anew while the page
// was open, its old chunk files removed): the widget says so, visibly and as an alert, keeps what
// it can do working, and keeps focus where it was. The chunks are blocked for this page alone
// (CDP Network.setBlockedURLs, web-test-runner.config.mjs `vk-block-urls`) before any widget
// exists, so every import below fails as a lost connection would: its own file, its own page.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { bigPlan, cardButton, cardItem, deepActive, renderedOrder, samplePlan } from '../plan-board/helpers.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { record, sampleSteps, shadow } from '../helpers/index.js';
import { NOTICE, noticeOf, words } from '../helpers/load-failure.js';

const warnings: unknown[][] = [];
const warn = console.warn;

describe('a lazy part that cannot load', () => {
  before(async () => {
    await executeServerCommand('vk-block-urls', {
      urls: ['*/board-editing.*', '*/panel.styles.*', '*/step-details.*', '*/task-panel.*', '*/week-view.*', '*/pattern-dialog.*'],
    });
    console.warn = (...args: unknown[]) => void warnings.push(args);
  });
  after(async () => {
    console.warn = warn;
    await executeServerCommand('vk-block-urls', { urls: [] });
  });

  it('plan board: the card menu cannot open; the board says so once, focus stays on the button, moves still work', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    const button = cardItem(el, 'c2').querySelector<HTMLElement>('.menu-button') as HTMLElement;
    button.focus();
    button.click();
    const alert = await noticeOf(el);
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(words(alert), 'its words (and a retry: editing-load-retry.test.ts)').to.equal(NOTICE);
    expect(el.shadowRoot?.querySelector('.vk-popover')).to.equal(null);
    expect(deepActive()).to.equal(button);
    // Asked again (whatwg/html#10327), still blocked: it fails again, and the notice stays, one.
    button.click();
    await el.updateComplete;
    expect(el.shadowRoot?.querySelectorAll('[data-vk-failed]').length).to.equal(1);
    expect(warnings.filter((args) => String(args[0]).startsWith('Veikart: a part')).length).to.be.at.least(1);
    // Reading and the keyboard move (not lazy) go on.
    cardButton(el, 'c1').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(events.map((e) => (e.detail as { operation: { type: string } }).operation.type)).to.deep.equal(['card.move']);
    expect(renderedOrder(el).tue).to.include('c1');
  });

  it('plan board: the notice stays in view at the bottom of a small window while the board is taller', async () => {
    await setViewport({ width: 360, height: 500 });
    try {
      const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${bigPlan(40)}></vk-plan-board>`);
      const first = el.shadowRoot?.querySelector<HTMLElement>('.menu-button') as HTMLElement;
      first.click();
      const alert = await noticeOf(el);
      expect(el.getBoundingClientRect().bottom, 'the board is taller than the window').to.be.above(innerHeight);
      const box = alert.getBoundingClientRect();
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(innerHeight + 0.5);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('plan board: the control whose use failed, at the window’s bottom edge, is not left under the notice', async () => {
    await setViewport({ width: 360, height: 500 });
    try {
      const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${bigPlan(40)}></vk-plan-board>`);
      const button = el.shadowRoot?.querySelectorAll<HTMLElement>('.menu-button')[1] as HTMLElement;
      // Its bottom 4 px above the window's: where the notice will be.
      scrollBy(0, button.getBoundingClientRect().bottom - innerHeight + 4);
      button.focus({ preventScroll: true });
      button.click();
      const alert = await noticeOf(el);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(deepActive()).to.equal(button);
      expect(button.getBoundingClientRect().bottom).to.be.at.most(alert.getBoundingClientRect().top + 0.5);
    } finally {
      scrollTo(0, 0);
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('step tracker: a step’s details cannot open; the tracker says so and focus stays on the step', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const step = shadow(el, '.step-button[tabindex="0"]');
    step.focus();
    await sendKeys({ press: 'Enter' });
    const alert = await noticeOf(el);
    expect(words(alert)).to.equal(NOTICE);
    expect(el.shadowRoot?.querySelector('.vk-popover:popover-open')).to.equal(null);
    expect(el.shadowRoot?.activeElement).to.equal(step);
  });

  it('task ladder: a task’s details cannot open; the ladder says so and focus stays on the task', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    const task = shadow(el, '.task-button[tabindex="0"]');
    task.focus();
    await sendKeys({ press: 'Enter' });
    const alert = await noticeOf(el);
    expect(words(alert)).to.equal(NOTICE);
    expect(el.shadowRoot?.querySelector('.vk-popover:popover-open')).to.equal(null);
    expect(el.shadowRoot?.activeElement).to.equal(task);
  });

  it('course calendar: the week view cannot load; no endless "Laster ukevisning …", updateComplete resolves', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="week" date="2026-03-16" .value=${sampleSchedule()}></vk-course-calendar>`);
    const alert = await noticeOf(el);
    expect(await el.updateComplete).to.equal(true);
    expect(words(alert)).to.equal(NOTICE);
    expect(el.shadowRoot?.textContent).to.not.include('Laster ukevisning');
    // The month view (not lazy) still shows.
    el.view = 'month';
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[data-view="month"]')).to.not.equal(null);
  });

  it('course calendar: "plan a course" cannot open its dialog; the calendar says so, focus stays on the button', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar date="2026-03-16" .value=${sampleSchedule()}></vk-course-calendar>`);
    const plan = shadow(el, '[data-action="plan"]');
    plan.focus();
    plan.click();
    const alert = await noticeOf(el);
    expect(words(alert)).to.equal(NOTICE);
    expect(el.shadowRoot?.activeElement).to.equal(plan);
  });
});
