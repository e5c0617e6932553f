/**
 * A host that cancels `vk-change` (preventDefault: contract §3, the edit is reverted). Before,
 * only the board's move said so ("Flytting avbrutt. …"); a cancelled status, level or Done said
 * nothing while the control went back to the old state, so a screen-reader user believed the
 * edit made. Now the widget says that the change was cancelled and what is true ("Endring
 * avbrutt. Arbeidspraksis: Ikke startet"), also for a cancelled undo.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { levelLabel } from '../../src/task-ladder/labels.js';
import { setLocale } from '../../src/core/localize.js';
import { press, sampleSteps, shadow, shadowAll } from '../helpers/index.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { cardItem, samplePlan } from '../plan-board/helpers.js';

const said = (el: Element): string => (el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '');
const refuse = (el: Element): void => el.addEventListener('vk-change', (event) => event.preventDefault());

describe('an edit the host cancels is announced, with what is true', () => {
  afterEach(() => setLocale('nb'));

  it('a step status: "Endring avbrutt. Arbeidspraksis: Ikke startet"', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    refuse(el);
    press(shadow(el, '.step-button[data-key="s3"]'), ' ');
    await el.updateComplete;
    expect(el.value?.steps[2].status).to.equal('not-started');
    expect(said(el)).to.equal('Endring avbrutt. Arbeidspraksis: Ikke startet');
  });

  it('a task level', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    refuse(el);
    press(shadowAll(el, '.task-button').find((b) => b.dataset.key === 't3') as HTMLElement, ' ');
    await el.updateComplete;
    expect(said(el)).to.equal(`Endring avbrutt. Tørke av benker: ${levelLabel('not-started')}`);
  });

  it('a card\'s Done', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    refuse(el);
    (cardItem(el, 'c1').querySelector('.done-toggle') as HTMLElement).click();
    await el.updateComplete;
    expect(el.value?.cards[0].done).to.equal(undefined);
    expect(said(el)).to.equal('Endring avbrutt. Norskkurs: ikke ferdig');
  });

  it('an undo: the state it would have undone', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    press(shadow(el, '.step-button[data-key="s3"]'), ' ');
    await el.updateComplete;
    refuse(el);
    expect(el.undo()).to.equal(false);
    await el.updateComplete;
    expect(said(el)).to.equal('Endring avbrutt. Arbeidspraksis: Pågår');
  });

  it('in the UI locale (Arabic), not in bokmål', async () => {
    await setLocale('ar');
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    refuse(el);
    press(shadow(el, '.step-button[data-key="s3"]'), ' ');
    await el.updateComplete;
    expect(said(el)).to.match(/[\u0600-\u06ff]/);
    expect(said(el)).to.not.contain('avbrutt');
  });

  it('says nothing of a cancellation when the host set its own value instead (the host wins)', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    el.addEventListener('vk-change', () => (el.value = sampleSteps()));
    press(shadow(el, '.step-button[data-key="s3"]'), ' ');
    await el.updateComplete;
    expect(said(el)).to.not.contain('avbrutt');
  });
});
