import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { createWorkOrientedCourseSteps } from '../../src/presets/steps.js';
import { accessibilityTree, type AxNode } from '../a11y/a11y-tree.js';

// A disabled tracker's steps stay focusable (aria-disabled) so they can be read, but Enter and
// Space do nothing there: their description must not say "Enter åpner detaljer." (a screen reader
// user pressed Enter and nothing happened). Readonly still opens the details, so it keeps the hint.
function buttons(node: AxNode): AxNode[] {
  return [...(node.role === 'button' ? [node] : []), ...(node.children ?? []).flatMap(buttons)];
}

async function stepDescriptions(attrs: { disabled?: boolean; readonly?: boolean; compact?: boolean }): Promise<string[]> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div id="hint-host" role="group" aria-label="Host"><vk-step-tracker .value=${createWorkOrientedCourseSteps()} ?disabled=${attrs.disabled} ?readonly=${attrs.readonly} ?compact=${attrs.compact}></vk-step-tracker></div>`,
  );
  const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const steps = buttons(await accessibilityTree('#hint-host'));
  expect(steps).to.have.length(7);
  return steps.map((b) => b.description ?? '');
}

describe('<vk-step-tracker> keyboard hint', () => {
  it('editable: each step says what Space and Enter do', async () => {
    expect(await stepDescriptions({})).to.deep.equal(Array(7).fill('Mellomrom endrer status. Enter åpner detaljer.'));
  });

  it('readonly: Enter still opens the details', async () => {
    expect(await stepDescriptions({ readonly: true })).to.deep.equal(Array(7).fill('Enter åpner detaljer.'));
  });

  it('disabled: no hint of keys that do nothing there', async () => {
    expect(await stepDescriptions({ disabled: true })).to.deep.equal(Array(7).fill(''));
  });

  it('disabled, compact: no hint either', async () => {
    expect(await stepDescriptions({ disabled: true, compact: true })).to.deep.equal(Array(7).fill(''));
  });

  it('in a disabled fieldset: no hint', async () => {
    const wrapper = await fixture<HTMLFieldSetElement>(html`<fieldset id="hint-host" disabled><vk-step-tracker .value=${createWorkOrientedCourseSteps()}></vk-step-tracker></fieldset>`);
    const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const steps = buttons(await accessibilityTree('#hint-host'));
    expect(steps.map((b) => b.description ?? '')).to.deep.equal(Array(7).fill(''));
  });
});
