/**
 * Shift+Tab from the first control of a board popover goes back to the control that opened it, and the popover closes
 * (WAI-ARIA APG non-modal dialog), as bcac4871 says the board does. The card menu and the edit form did, through DOM order
 * (their card is the roving Tab stop); the "+" picture picker and the participant's proposal did not: focus went to the
 * roving Tab stop in the columns, another card's control, or the card before "Foreslå et kort" in page order.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { settle } from '../helpers/index.js';
import { cardButton, deepActive, frame, placed, samplePlan } from './helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const tabbable = (panel: HTMLElement): HTMLElement[] => Array.from(panel.querySelectorAll<HTMLElement>('*')).filter((c) => c.tabIndex >= 0 && !(c as HTMLButtonElement).disabled);

async function shiftTab(el: VkPlanBoard): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
  await settle(el);
  await frame();
}

/** samplePlan with a card on its last day too (after every "+" in page order). */
const withWednesday = (): PlanDocument => {
  const plan = samplePlan();
  return { ...plan, cards: [...plan.cards, { id: 'c5', columnId: 'wed', title: 'Tannlege', pictogram: 'vk:dentist' }] };
};

/** Focuses `opener` (a card focused first, so the columns' Tab stop is elsewhere) and opens it with Enter; returns the panel. */
async function openWith(el: VkPlanBoard, opener: () => HTMLElement): Promise<HTMLElement> {
  cardButton(el, 'c3').focus();
  await settle(el);
  opener().focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
  const panel = await placed(el);
  expect(panel.contains(deepActive()), 'focus in the popover').to.equal(true);
  return panel;
}

describe('plan board: Shift+Tab from a popover’s first control', () => {
  it('the "+" picture picker: back to its "+", and the picker closes', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board style="inline-size: 1100px" .value=${withWednesday()}></vk-plan-board>`);
    const add = (): HTMLElement => sr(el).querySelector<HTMLElement>('[data-add="tue"]')!;
    const panel = await openWith(el, add);
    tabbable(panel)[0].focus();
    await shiftTab(el);
    expect(deepActive(), `focus on "+", not ${deepActive()?.outerHTML.slice(0, 80)}`).to.equal(add());
    expect(panel.matches(':popover-open'), 'the picker closed').to.equal(false);
  });

  it('the participant’s proposal: back to "Foreslå et kort", and the proposal closes', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals style="inline-size: 1100px" .value=${samplePlan()}></vk-plan-board>`);
    const propose = (): HTMLElement => sr(el).querySelector<HTMLElement>('.propose')!;
    const panel = await openWith(el, propose);
    tabbable(panel)[0].focus();
    await shiftTab(el);
    expect(deepActive(), `focus on "Foreslå et kort", not ${deepActive()?.outerHTML.slice(0, 80)}`).to.equal(propose());
    expect(panel.matches(':popover-open'), 'the proposal closed').to.equal(false);
  });

  it('from a later control Shift+Tab stays in the picker', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board style="inline-size: 1100px" .value=${samplePlan()}></vk-plan-board>`);
    const panel = await openWith(el, () => sr(el).querySelector<HTMLElement>('[data-add="tue"]')!);
    const [first, second] = tabbable(panel);
    second.focus();
    await shiftTab(el);
    expect(deepActive()).to.equal(first);
    expect(panel.matches(':popover-open')).to.equal(true);
  });
});
