import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkElement } from '../../src/core/vk-element.js';
import { record, sampleSteps } from '../helpers/index.js';
import { createAminaPlan } from '../../src/presets/plan.js';

type Widget = VkElement<{ version: number }, { type: string }> & HTMLElement;

// One edit per widget that the pure model accepts, so the test drives every element the same way.
const cases = [
  { tag: 'vk-step-tracker', kind: 'steps', doc: () => sampleSteps(), op: { type: 'step.status', stepId: 's3', from: 'not-started', to: 'in-progress' } },
] as const;

describe('controlled hosts: writing back a deep-equal value keeps undo (contract §2)', () => {
  for (const c of cases) {
    it(`${c.tag}: a host that writes back every vk-change value can still undo`, async () => {
      const el = (await fixture(html`<div></div>`)).appendChild(document.createElement(c.tag)) as unknown as Widget;
      el.value = c.doc();
      await el.updateComplete;
      const events = record(el, 'vk-change');
      // The controlled pattern: the host stores the value and writes it back.
      el.addEventListener('vk-change', (e) => {
        el.value = JSON.parse(JSON.stringify((e as CustomEvent).detail.value));
      });
      (el as unknown as { commit(op: unknown): boolean }).commit(c.op);
      expect(events.length).to.equal(1);
      expect(el.canUndo).to.equal(true);
      expect(el.undo()).to.equal(true);
      expect(el.value).to.deep.equal(c.doc());
    });
  }

  it('setting a value deep-equal to the current one (keys in another order) fires nothing and keeps undo', async () => {
    const el = (await fixture(html`<vk-step-tracker></vk-step-tracker>`)) as unknown as Widget;
    el.value = sampleSteps();
    await el.updateComplete;
    (el as unknown as { commit(op: unknown): boolean }).commit({ type: 'step.status', stepId: 's3', from: 'not-started', to: 'in-progress' });
    const events = record(el, 'vk-change', 'vk-error', 'change');
    const current = el.value as unknown as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(current).reverse());
    el.value = reordered as never;
    expect(events).to.deep.equal([]);
    expect(el.canUndo).to.equal(true);
  });

  it('a different value clears undo', async () => {
    const el = (await fixture(html`<vk-step-tracker></vk-step-tracker>`)) as unknown as Widget;
    el.value = sampleSteps();
    (el as unknown as { commit(op: unknown): boolean }).commit({ type: 'step.status', stepId: 's3', from: 'not-started', to: 'in-progress' });
    el.value = { ...sampleSteps(), title: 'Ny' } as never;
    expect(el.canUndo).to.equal(false);
  });

  it('a host value set inside a vk-change listener wins over preventDefault, and clears undo', async () => {
    const el = (await fixture(html`<vk-step-tracker></vk-step-tracker>`)) as unknown as Widget;
    el.value = sampleSteps();
    const hostDoc = { ...sampleSteps(), title: 'Fra verten' };
    el.addEventListener('vk-change', (e) => {
      e.preventDefault();
      el.value = hostDoc as never;
    });
    (el as unknown as { commit(op: unknown): boolean }).commit({ type: 'step.status', stepId: 's3', from: 'not-started', to: 'in-progress' });
    expect(el.value).to.deep.equal(hostDoc);
    expect(el.canUndo).to.equal(false);
  });

  it('plan board: the controlled pattern keeps undo for a card move', async () => {
    const el = (await fixture(html`<vk-plan-board></vk-plan-board>`)) as unknown as Widget;
    const plan = createAminaPlan();
    el.value = plan as never;
    await el.updateComplete;
    el.addEventListener('vk-change', (e) => {
      el.value = (e as CustomEvent).detail.value;
    });
    const card = plan.cards[0];
    (el as unknown as { commit(op: unknown): boolean }).commit({ type: 'card.update', cardId: card.id, changes: { time: '08:00-09:00' } });
    expect(el.canUndo).to.equal(true);
    el.undo();
    expect(el.value).to.deep.equal(plan);
  });
});
