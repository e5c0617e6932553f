// QA of 20359d6 (a lazy part that cannot load): two lazy chunks the commit left out. Floating UI
// (core/popover.ts, loaded on the first open of any details popover) and the ICS writer (the
// calendar's "Last ned (.ics)") are lazy chunks too (docs/embedding.md); when they cannot be
// fetched, the widget must say so as for the others, with no unhandled rejection.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { sampleSteps, shadow } from '../helpers/index.js';
import { notice, NOTICE, words } from '../helpers/load-failure.js';

const rejections: unknown[] = [];
const onRejection = (event: PromiseRejectionEvent): void => {
  rejections.push(event.reason);
  event.preventDefault(); // recorded here, asserted by each test
};
const warn = console.warn;
const settle = async (el: Element & { updateComplete: Promise<boolean> }): Promise<void> => {
  for (let i = 0; i < 25; i++) {
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('QA: lazy chunks 20359d6 did not cover', () => {
  before(async () => {
    await executeServerCommand('vk-block-urls', { urls: ['*floating-ui*', '*/ics.*'] });
    console.warn = () => {};
    addEventListener('unhandledrejection', onRejection);
  });
  after(async () => {
    removeEventListener('unhandledrejection', onRejection);
    console.warn = warn;
    await executeServerCommand('vk-block-urls', { urls: [] });
  });
  beforeEach(() => void rejections.splice(0));

  it('Floating UI cannot load: the details open beside their step, the tracker says so, nothing rejects unhandled', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const step = shadow(el, '.step-button[tabindex="0"]');
    step.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const panel = shadow(el, '.vk-popover');
    expect(panel.matches(':popover-open'), 'the details are open').to.equal(true);
    expect(panel.contains(el.shadowRoot!.activeElement), 'focus is in the details').to.equal(true);
    expect(rejections.map(String), 'unhandled rejections').to.deep.equal([]);
    expect(notice(el)?.textContent?.trim()).to.equal(NOTICE);
    // Placed beside (below) the step, not left at the window's top-left corner.
    const anchor = step.getBoundingClientRect();
    const box = panel.getBoundingClientRect();
    expect(panel.dataset.positioned).to.equal('true');
    expect(box.top, 'below the step').to.be.at.least(anchor.bottom);
    expect(box.bottom).to.be.at.most(innerHeight);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(panel.matches(':popover-open')).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(step);
  });

  it('the ICS writer cannot load: "Last ned (.ics)" says so, focus stays on it, nothing rejects unhandled', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="month" date="2026-03-12" .value=${sampleSchedule()}></vk-course-calendar>`);
    const download = shadow(el, '[data-action="ics"]');
    download.focus();
    download.click();
    await settle(el);
    expect(rejections.map(String), 'unhandled rejections').to.deep.equal([]);
    expect(words(notice(el))).to.equal(NOTICE);
    expect(el.shadowRoot!.activeElement).to.equal(download);
    // The host's own call still rejects (it can handle it).
    let failed = false;
    await el.exportICS().catch(() => (failed = true));
    expect(failed).to.equal(true);
  });
});
