/**
 * What a screen-reader user hears after undo and redo of an edit that sets a state (a step's
 * status, a checklist item, a task's level or sign-off, a card's Done or place). Before, undo
 * named the undone operation's target state without a verb ("Angret: Arbeidspraksis — ikke
 * startet" after undoing "ikke startet", when the step is Ferdig again): a listener took the
 * named state for the state now. Now undo and redo say what happened and then what is true
 * now, in the words the edit itself was announced with ("Angret. Arbeidspraksis: Ferdig").
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { statusLabel } from '../../src/step-tracker/status-label.js';
import { levelLabel } from '../../src/task-ladder/labels.js';
import { setLocale } from '../../src/core/localize.js';
import { formatDate } from '../../src/core/dates.js';
import { press, sampleSteps, shadow } from '../helpers/index.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { cardButton, cardItem, keys, samplePlan } from '../plan-board/helpers.js';

/** The live region's text, without the isolates around inserted names. */
const said = (el: Element): string => (el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '');
/** Calls a widget's protected `commit` (an edit made through the widget's own UI would do the same). */
const commit = (el: Element, operation: object): boolean => (el as unknown as { commit(op: object): boolean }).commit(operation);

async function step(el: VkStepTracker, fn: () => unknown): Promise<string> {
  fn();
  await el.updateComplete;
  return said(el);
}

describe('undo and redo say what happened and what is true now', () => {
  afterEach(() => setLocale('nb'));

  it('a step status: "Angret. Kartlegging: Ferdig", not the undone "ikke startet"', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    press(shadow(el, '.step-button[data-key="s1"]'), ' '); // done → not-started
    await el.updateComplete;
    expect(said(el)).to.equal('Kartlegging: Ikke startet');
    expect(await step(el, () => el.undo())).to.equal('Angret. Kartlegging: Ferdig');
    expect(el.value?.steps[0].status).to.equal('done');
    expect(await step(el, () => el.redo())).to.equal('Gjort om igjen. Kartlegging: Ikke startet');
  });

  it('a checklist item: the item as it is after the undo', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    commit(el, { type: 'step.check', stepId: 's2', itemId: 'k2', done: true });
    expect(await step(el, () => el.undo())).to.equal('Angret. Møt opp: ikke krysset av');
    expect(await step(el, () => el.redo())).to.equal('Gjort om igjen. Møt opp: krysset av');
  });

  it('in every UI locale: the state now in that locale\'s words, never the undone one, and a message of its own', async () => {
    const messages = new Map<string, string>();
    for (const locale of ['nb', 'nn', 'en', 'ar', 'uk', 'ti', 'so', 'fa']) {
      await setLocale(locale);
      const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
      press(shadow(el, '.step-button[data-key="s1"]'), ' ');
      await el.updateComplete;
      const undone = await step(el, () => el.undo());
      expect(undone, locale).to.contain(statusLabel('done'));
      expect(undone, locale).to.not.contain(statusLabel('not-started'));
      const redone = await step(el, () => el.redo());
      expect(redone, locale).to.contain(statusLabel('not-started'));
      expect(redone, locale).to.not.contain(statusLabel('done'));
      expect([...messages.values()], `${locale}: not another locale's words`).to.not.include(undone);
      messages.set(locale, undone);
    }
  });

  it('a task level: "Angret. Tørke av benker: Ikke startet"', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    commit(el, { type: 'task.level', taskId: 't3', from: 'not-started', to: 'with-support' });
    el.undo();
    await el.updateComplete;
    expect(said(el)).to.equal(`Angret. Tørke av benker: ${levelLabel('not-started')}`);
    el.redo();
    await el.updateComplete;
    expect(said(el)).to.equal(`Gjort om igjen. Tørke av benker: ${levelLabel('with-support')}`);
  });

  it('a sign-off removed, then given back by undo: who signed, and that it is gone again after redo', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    commit(el, { type: 'task.update', taskId: 't1', changes: { signoff: null } });
    el.undo();
    await el.updateComplete;
    expect(said(el)).to.equal(`Angret. Ta oppvasken: Kvittert ut av Kari Nordmann, ${formatDate("2026-03-02", "nb")}`);
    el.redo();
    await el.updateComplete;
    expect(said(el)).to.equal('Gjort om igjen. Ta oppvasken: Ikke kvittert ut');
  });

  it('a card marked done: "Angret. Norskkurs: ikke ferdig"', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    (cardItem(el, 'c1').querySelector('.done-toggle') as HTMLElement).click();
    await el.updateComplete;
    expect(said(el)).to.equal('Norskkurs: ferdig');
    el.undo();
    await el.updateComplete;
    expect(said(el)).to.equal('Angret. Norskkurs: ikke ferdig');
    el.redo();
    await el.updateComplete;
    expect(said(el)).to.equal('Gjort om igjen. Norskkurs: ferdig');
  });

  it('a card moved: where the card is after the undo and after the redo', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    cardButton(el, 'c1').focus();
    await keys(el, ' ', 'ArrowRight', ' ');
    expect(said(el)).to.equal('Flyttet. Kort Norskkurs: kolonne Tirsdag, plass 1 av 2');
    el.undo();
    await el.updateComplete;
    expect(said(el)).to.equal('Angret. Kort Norskkurs: kolonne Mandag, plass 1 av 3');
    el.redo();
    await el.updateComplete;
    expect(said(el)).to.equal('Gjort om igjen. Kort Norskkurs: kolonne Tirsdag, plass 1 av 2');
  });
});
