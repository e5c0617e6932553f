import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { StepsDocument } from '../../src/step-tracker/step-tracker.types.js';
import { workOrientedCourseSteps } from '../../src/presets/steps.js';
import { shadowAll } from '../helpers/index.js';

// From a visual audit of the baselines (1 Dec): a disabled tracker looked exactly like an enabled
// one; in forced colours the connectors after finished steps vanished; in a horizontal tracker
// the steps' markers and titles sat at different heights.

const midway: StepsDocument = { ...workOrientedCourseSteps, steps: workOrientedCourseSteps.steps.map((s, i) => ({ ...s, status: i < 3 ? 'done' : i === 3 ? 'in-progress' : 'not-started' })) };

/** Four steps whose titles wrap to one, two and three lines in a horizontal tracker. */
const uneven: StepsDocument = {
  version: 1,
  steps: [
    { id: 'a', title: 'Start', status: 'done' },
    { id: 'b', title: 'Kurs i norsk og samfunnskunnskap med praksis', status: 'in-progress', due: '2026-03-01' },
    { id: 'c', title: 'Praksis', status: 'not-started' },
    { id: 'd', title: 'Jobb eller videre utdanning', status: 'not-started' },
  ],
};

async function tracker(attrs: { disabled?: boolean; orientation?: string; width?: number; doc?: StepsDocument } = {}): Promise<VkStepTracker> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${attrs.width ?? 900}px">
    <vk-step-tracker .value=${attrs.doc ?? midway} ?disabled=${attrs.disabled} orientation=${attrs.orientation ?? 'vertical'}></vk-step-tracker>
  </div>`);
  const el = wrapper.querySelector('vk-step-tracker')!;
  await el.updateComplete;
  return el;
}

describe('vk-step-tracker: states that must show', () => {
  it('a disabled tracker dims its steps', async () => {
    const opacity = (el: VkStepTracker) => shadowAll(el, '.step-button').map((b) => Number(getComputedStyle(b).opacity));
    expect(opacity(await tracker())).to.satisfy((list: number[]) => list.every((o) => o === 1));
    expect(opacity(await tracker({ disabled: true }))).to.satisfy((list: number[]) => list.every((o) => o < 1));
  });

  it('in forced colours a finished step’s connector is drawn like the others', async () => {
    await executeServerCommand('vk-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await tracker();
      const steps = shadowAll(el, '.step');
      const bg = (s: Element) => getComputedStyle(s, '::after').backgroundColor;
      const probe = document.createElement('div');
      probe.style.color = 'Canvas';
      document.body.append(probe);
      const canvas = getComputedStyle(probe).color;
      probe.remove();
      expect(steps[0].dataset.status).to.equal('done');
      expect(bg(steps[0]), 'not the Canvas colour').to.not.equal(canvas);
      expect(bg(steps[0]), 'as a step not started').to.equal(bg(steps[4]));
    } finally {
      await executeServerCommand('vk-forced-colors', { active: false });
    }
  });

  it('horizontal steps keep their markers and titles level', async () => {
    const el = await tracker({ orientation: 'horizontal', width: 1100, doc: uneven });
    expect(shadowAll(el, '.tracker')[0].dataset.layout).to.equal('horizontal');
    const tops = (selector: string) => shadowAll(el, selector).map((m) => Math.round(m.getBoundingClientRect().top));
    expect(new Set(tops('.marker')).size, 'marker tops').to.equal(1);
    expect(new Set(tops('.step-title')).size, 'title tops').to.equal(1);
  });
});
