import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { record } from '../helpers/index.js';
import { deepActive, frame, samplePlan } from './helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const announced = (el: VkPlanBoard): string => sr(el).querySelector('[data-vk-announcer]')?.textContent?.trim() ?? '';
const settle = async (el: VkPlanBoard): Promise<void> => {
  await el.updateComplete;
  await frame();
  await frame();
  await el.updateComplete;
};

// Before: the "Nytt kort" picker stayed open for a day the host had removed; picking a picture
// added nothing, said nothing ("edit not applied" in the console only) and left focus on <body>.
describe('plan board: the host removes the day whose picker is open', () => {
  it('the picker closes and says why; focus stays in the board; nothing is added', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    const add = sr(el).querySelector('.add[data-add="wed"]') as HTMLElement;
    add.focus();
    add.click();
    await settle(el);
    expect(sr(el).querySelector('.vk-popover .picker-option'), 'the picker is open').to.not.equal(null);
    const doc = samplePlan();
    el.value = { ...doc, columns: doc.columns.filter((c) => c.id !== 'wed') };
    await settle(el);
    expect(sr(el).querySelector('.vk-popover .picker-option'), 'no picker for a day that is gone').to.equal(null);
    expect(announced(el)).to.equal('Dagen ble fjernet av noen andre.');
    const active = deepActive();
    expect(active && sr(el).contains(active), `focus in the board, not on ${active?.tagName}`).to.equal(true);
    expect(events.length).to.equal(0);
  });

  it('a picker for a day that stays is kept open when the host changes another day', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    (sr(el).querySelector('.add[data-add="wed"]') as HTMLElement).click();
    await settle(el);
    const doc = samplePlan();
    el.value = { ...doc, columns: doc.columns.filter((c) => c.id !== 'tue'), cards: doc.cards.filter((c) => c.columnId !== 'tue') };
    await settle(el);
    (sr(el).querySelector('.vk-popover .picker-option') as HTMLElement).click();
    await settle(el);
    expect(el.value?.cards.filter((c) => c.columnId === 'wed').length).to.equal(1);
  });
});
