import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { sampleSteps } from '../helpers/index.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';

// A host keeps its own Undo/Redo buttons in step with the widget the documented way: it reads
// canUndo/canRedo when the widget says its document changed.
describe('a host\'s Undo/Redo buttons, read in the change event', () => {
  it('after an undo, canRedo is true; after the redo, canUndo is true (in vk-change and in change)', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const seen: string[] = [];
    for (const type of ['vk-change', 'change']) el.addEventListener(type, () => seen.push(`${type} undo=${el.canUndo} redo=${el.canRedo}`));
    // One user edit (the tracker's own commit, as a click on a status would make).
    (el as unknown as { commit(op: unknown): boolean }).commit({ type: 'step.status', stepId: 's3', from: 'not-started', to: 'in-progress' });
    seen.length = 0;
    el.undo();
    el.redo();
    // Before: 'change undo=false redo=false' after the undo (the entry was put on the redo stack
    // only after the events), so a host's Redo button stayed disabled with something to redo.
    expect(seen).to.deep.equal(['vk-change undo=false redo=true', 'change undo=false redo=true', 'vk-change undo=true redo=false', 'change undo=true redo=false']);
    expect([el.canUndo, el.canRedo]).to.deep.equal([true, false]);
  });

  it('a user edit: canUndo is true and canRedo false already in vk-change, as in change', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const commit = (op: unknown): boolean => (el as unknown as { commit(op: unknown): boolean }).commit(op);
    commit({ type: 'step.status', stepId: 's3', from: 'not-started', to: 'in-progress' });
    el.undo();
    const seen: string[] = [];
    for (const type of ['vk-change', 'change']) el.addEventListener(type, () => seen.push(`${type} undo=${el.canUndo} redo=${el.canRedo}`));
    commit({ type: 'step.status', stepId: 's4', from: 'skipped', to: 'not-started' });
    // Before: 'vk-change undo=false redo=true' (the entry was pushed after vk-change), so a host's
    // Undo button set from vk-change stayed disabled after the first edit, and Redo enabled with nothing to redo.
    expect(seen).to.deep.equal(['vk-change undo=true redo=false', 'change undo=true redo=false']);
  });

  it('a user edit the host cancels leaves both where they were', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const commit = (op: unknown): boolean => (el as unknown as { commit(op: unknown): boolean }).commit(op);
    commit({ type: 'step.status', stepId: 's3', from: 'not-started', to: 'in-progress' });
    el.undo();
    el.addEventListener('vk-change', (e) => e.preventDefault());
    expect(commit({ type: 'step.status', stepId: 's4', from: 'skipped', to: 'not-started' })).to.equal(false);
    expect([el.canUndo, el.canRedo]).to.deep.equal([false, true]);
    expect(el.value?.steps[3].status).to.equal('skipped');
  });

  it('an undo the host cancels leaves both where they were', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    (el as unknown as { commit(op: unknown): boolean }).commit({ type: 'step.status', stepId: 's3', from: 'not-started', to: 'in-progress' });
    const cancel = (e: Event): void => e.preventDefault();
    el.addEventListener('vk-change', cancel);
    expect(el.undo()).to.equal(false);
    expect([el.canUndo, el.canRedo]).to.deep.equal([true, false]);
    el.removeEventListener('vk-change', cancel);
    expect(el.undo()).to.equal(true);
    el.addEventListener('vk-change', cancel);
    expect(el.redo()).to.equal(false);
    expect([el.canUndo, el.canRedo]).to.deep.equal([false, true]);
  });
});
