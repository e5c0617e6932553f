import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import { sampleSteps } from '../helpers/index.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { samplePlan } from '../plan-board/helpers.js';

// A phone touch QA (7 Dec 2026, F5): finger scrolls inside an open popover, past its end, scrolled the
// page behind it (the log form: 805 → 1910 px). The panel is fixed, so it stayed, but the page moved
// under it. Real touch drags (CDP), each a new gesture, as a finger's flicks are: the panel scrolls
// to its end and the page stays where it was.

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

const cases = [
  { name: 'step details', template: () => html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`, opener: '.step-button' },
  { name: 'session details', template: () => html`<vk-course-calendar .value=${sampleSchedule()} view="agenda" date="2026-03-09"></vk-course-calendar>`, opener: '.session[tabindex="0"]' },
  { name: 'picture picker', template: () => html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`, opener: 'button.add' },
];

describe('popovers: scrolling past their end does not scroll the page behind', () => {
  before(() => setViewport({ width: 360, height: 340 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => {
    scrollTo(0, 0);
    return setLocale('nb');
  });

  for (const c of cases) {
    it(`${c.name}: three upward flicks inside the panel leave the page where it was`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="padding-block: 200px 3000px">${c.template()}</div>`);
      const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
      await el.updateComplete;
      const root = el.shadowRoot!;
      const opener = root.querySelector<HTMLElement>(c.opener)!;
      opener.scrollIntoView({ block: 'start' });
      await frame();
      opener.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root.querySelector('.vk-popover[data-positioned="true"]:popover-open'), 'open and placed', { timeout: 5000 });
      const panel = root.querySelector<HTMLElement>('.vk-popover')!;
      expect(panel.scrollHeight, 'the panel scrolls').to.be.greaterThan(panel.clientHeight + 20);
      const before = scrollY;
      const r = panel.getBoundingClientRect();
      const x = Math.round(r.left + 12);
      for (let i = 0; i < 3; i++) {
        await executeServerCommand('vk-touch-drag', { from: { x, y: Math.round(r.bottom - 12) }, to: { x, y: Math.round(r.top + 12) } });
        await frame();
        await frame();
      }
      expect(panel.scrollTop, 'the panel scrolled').to.be.greaterThan(0);
      expect(scrollY, `the page stayed at ${before}`).to.equal(before);
    });
  }
});
