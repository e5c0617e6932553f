import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { setLocale } from '../../src/core/localize.js';
import { workOrientedCourseSteps } from '../../src/presets/steps.js';
import { splitWords } from '../a11y/layout-checks.js';
import { useTextSpacing } from '../a11y/text-spacing.js';

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

// The tracker goes horizontal only when every word fits a step column, measured with a canvas in
// the host's font; the canvas knows no letter spacing, so with WCAG 1.4.12 text spacing it chose
// horizontal where the words no longer fit ("роботодавцями" 159 px in a 137 px column, Ukrainian,
// 1100 px; two Tigrinya words 89–91 px in 83 px at 720 px).
describe('vk-step-tracker with text spacing (WCAG 1.4.12)', () => {
  before(() => useTextSpacing(true));
  after(async () => {
    useTextSpacing(false);
    await setLocale('nb');
  });

  for (const locale of ['uk', 'ti']) {
    it(`${locale}: no step title word is split at any width from 400 to 1600 px, and with orientation="horizontal" it still goes horizontal where they fit`, async () => {
      await setLocale(locale);
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 400px"><vk-step-tracker orientation="horizontal" .value=${workOrientedCourseSteps}></vk-step-tracker></div>`);
      const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
      const failures: string[] = [];
      const layouts = new Set<string>();
      for (let width = 400; width <= 1600; width += 25) {
        wrapper.style.inlineSize = `${width}px`;
        await frame();
        await el.updateComplete;
        await frame();
        layouts.add(el.layout);
        for (const w of splitWords(wrapper)) failures.push(`${width}px (${el.layout}): "${w.word}" over ${w.lines} lines (${w.wordWidth} px word, ${w.lineWidth} px line)`);
      }
      expect(failures, failures.join('\n')).to.deep.equal([]);
      expect([...layouts].sort()).to.deep.equal(['horizontal', 'vertical']);
    });
  }
});
