import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { createWorkOrientedCourseSteps } from '../../src/presets/steps.js';
import { shadowAll } from '../helpers/index.js';
import { accessibilityTree, type AxNode } from '../a11y/a11y-tree.js';

// Audit: the step details dialog and its heading were named " Avtal med arbeidsgivere …", with a
// leading space: the space that draws the gap after the (decorative) pictogram was text inside the
// heading, and the name was computed from it. Named without it; the gap still drawn.

const all = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(all)];

describe('<vk-step-tracker> details: name and heading start with the step title', () => {
  for (const [step, pictogram] of [[0, true], [1, false]] as const) {
    it(`a step ${pictogram ? 'with' : 'without'} a pictogram: no leading space`, async () => {
      const preset = createWorkOrientedCourseSteps();
      const steps = pictogram ? preset : { ...preset, steps: preset.steps.map((s, i) => (i === step ? { ...s, pictogram: undefined } : s)) };
      expect(!!steps.steps[step].pictogram).to.equal(pictogram);
      const wrapper = await fixture<HTMLDivElement>(html`<div id="details-name-host" role="group" aria-label="Host"><vk-step-tracker .value=${steps}></vk-step-tracker></div>`);
      const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
      await el.updateComplete;
      shadowAll(el, '.steps button')[step].focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const nodes = all(await accessibilityTree('#details-name-host'));
      const dialog = nodes.find((n) => n.role === 'dialog');
      const heading = all(dialog!).find((n) => n.role === 'heading');
      const title = (steps.steps[step].title as Record<string, string>).nb;
      expect(dialog!.name).to.equal(title);
      expect(heading!.name).to.equal(title);
    });
  }
});
