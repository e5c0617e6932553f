// A step title full of combining marks ("Zalgo": hundreds of accents stacked on one letter) draws
// far above and below its line: it drew over the neighbouring steps and the tracker's heading
// (measured at 300 marks a letter, helper-sec). A step's title now clips what it holds, as the
// ladder's task text and the calendar's legend do; an ordinary title loses nothing to the clip.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/step-tracker/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { workOrientedCourseSteps } from '../../src/presets/steps.js';

const zalgo = [...'Zalgo'].map((c, i) => c + Array.from({ length: 300 }, (_, j) => String.fromCharCode(0x300 + ((i * 7 + j) % 0x70))).join('')).join('');

describe('hostile step text', () => {
  it("a step's title is clipped to its own box", async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker lang="nb"></vk-step-tracker>`);
    el.value = { ...workOrientedCourseSteps, steps: workOrientedCourseSteps.steps.map((s, i) => (i === 1 ? { ...s, title: zalgo } : s)) };
    await el.updateComplete;
    expect(el.error).to.equal(null);
    const title = el.shadowRoot!.querySelectorAll<HTMLElement>('.step-title')[1];
    expect(title.textContent).to.include(zalgo.slice(0, 50));
    expect(getComputedStyle(title).overflow).to.equal('clip');
  });

  for (const lang of ['nb', 'ar']) {
    it(`${lang}: ordinary titles are not cut by the clip (nothing overflows their box)`, async () => {
      const el = await fixture<VkStepTracker>(html`<vk-step-tracker lang=${lang} .value=${workOrientedCourseSteps}></vk-step-tracker>`);
      await el.updateComplete;
      for (const title of el.shadowRoot!.querySelectorAll<HTMLElement>('.step-title')) {
        expect(title.scrollHeight, title.textContent ?? '').to.be.at.most(title.clientHeight);
        expect(title.scrollWidth, title.textContent ?? '').to.be.at.most(title.clientWidth);
      }
    });
  }
});
