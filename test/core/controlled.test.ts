import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkElement } from '../../src/core/vk-element.js';
import { record, sampleSteps } from '../helpers/index.js';
import { createAminaPlan } from '../../src/presets/plan.js';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';

type Widget = VkElement<{ version: number }, { type: string }> & HTMLElement;

// One edit per widget that the pure model accepts, so the test drives every element the same way.
const cases = [
  { tag: 'vk-step-tracker', kind: 'steps', doc: () => sampleSteps(), op: { type: 'step.status', stepId: 's3', from: 'not-started', to: 'in-progress' } },
  { tag: 'vk-plan-board', kind: 'plan', doc: () => samplePlan(), op: { type: 'card.move', cardId: 'c1', from: { columnId: 'mon', index: 0 }, to: { columnId: 'tue', index: 0 } } },
  { tag: 'vk-task-ladder', kind: 'ladder', doc: () => sampleLadder(), op: { type: 'task.level', taskId: 't3', from: 'not-started', to: 'with-support' } },
  { tag: 'vk-course-calendar', kind: 'schedule', doc: () => sampleSchedule(), op: { type: 'session.update', sessionId: 'a2', changes: { place: 'Rom 4' } } },
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
      expect(el.value).to.not.deep.equal(c.doc());
      expect(el.canUndo).to.equal(true);
      // Undo fires vk-change too (source "undo"); the host writes that back as well.
      expect(el.undo()).to.equal(true);
      expect(el.value).to.deep.equal(c.doc());
      expect(el.canRedo).to.equal(true);
      expect(el.redo()).to.equal(true);
      expect(events.map((e) => (e.detail as { source: string }).source)).to.deep.equal(['user', 'undo', 'redo']);
      expect(el.canUndo).to.equal(true);
    });

    it(`${c.tag}: writing back the same value after the render (a framework's next tick) still keeps undo`, async () => {
      const el = (await fixture(html`<div></div>`)).appendChild(document.createElement(c.tag)) as unknown as Widget;
      el.value = c.doc();
      await el.updateComplete;
      (el as unknown as { commit(op: unknown): boolean }).commit(c.op);
      await el.updateComplete;
      el.value = JSON.parse(JSON.stringify(el.value));
      el.value = JSON.stringify(el.value) as never; // the attribute-style JSON text too
      await el.updateComplete;
      expect(el.canUndo).to.equal(true);
      el.undo();
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
