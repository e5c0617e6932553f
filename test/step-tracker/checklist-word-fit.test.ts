import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { setLocale } from '../../src/core/localize.js';
import { createWorkOrientedCourseSteps } from '../../src/presets/steps.js';
import { shadow, splitWords as splitIn } from '../helpers/index.js';
import { splitWords } from '../a11y/layout-checks.js';

// QA: a step's details at 200 % text on a 320 px phone: the checklist item "Snakke med NAV om
// arbeidsmarkedet" showed "arbeidsmark/edet" (the step title beside it had the word fit, the
// checklist did not). The item's long word is drawn a little smaller instead, beside a checkbox
// that keeps its size.
describe('vk-step-tracker details: a checklist item with a long word at 200 % text on a 320 px phone', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await setLocale('nb');
  });
  after(() => setViewport({ width: 800, height: 600 }));

  for (const locale of ['nb', 'ar'] as const) {
    it(`no word of the item is split and the checkbox keeps its size, ${locale}`, async () => {
      await setLocale(locale);
      document.documentElement.style.fontSize = '200%';
      const doc = createWorkOrientedCourseSteps() as ReturnType<typeof createWorkOrientedCourseSteps> & { steps: { checklist?: unknown }[] };
      const step = doc.steps[1] as { checklist?: unknown[] };
      step.checklist = [...(step.checklist ?? []), { id: 'qa', title: 'Snakke med NAV om arbeidsmarkedet', done: false }];
      const el = await fixture<VkStepTracker>(html`<vk-step-tracker lang=${locale} .value=${doc}></vk-step-tracker>`);
      await el.updateComplete;
      shadow(el, `.step-button[data-key="${doc.steps[1].id}"]`).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      // The details load on first use; the word fit writes its size a microtask after the render, a frame lays it out.
      for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('.vk-popover .details'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const popover = shadow(el, '.vk-popover');
      const row = Array.from(popover.querySelectorAll<HTMLElement>('fieldset label')).find((l) => l.textContent?.includes('arbeidsmarkedet'));
      expect(row, 'the item is shown').to.exist;
      expect(splitIn(row!.querySelector('span')!), 'the item').to.deep.equal([]);
      expect(splitWords(popover), 'the popover').to.deep.equal([]);
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(row!.querySelector('input')!.getBoundingClientRect().width, 'the checkbox is 1.25rem').to.be.closeTo(1.25 * rem, 0.5);
      expect(popover.scrollWidth, 'nothing scrolls sideways').to.be.at.most(popover.clientWidth);
    });
  }
});
