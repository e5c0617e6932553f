/**
 * A host that cancels `vk-change` for a move (contract §3: preventDefault reverts it). A
 * screen-reader user has just heard where the lifted card would go ("Kort Norskkurs: kolonne
 * Tirsdag, plass 1 av 2"); after the drop the card is back where it started, so the live region
 * must say so, not stay on the target it never reached.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { setLocale } from '../../src/core/localize.js';
import { cardButton, keys, renderedOrder, samplePlan } from './helpers.js';

const said = (el: VkPlanBoard): string => el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '';

describe('plan board: a move the host cancels', () => {
  afterEach(() => setLocale('nb'));

  it('announces that the move was cancelled and where the card is, after a keyboard drop (nb)', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    el.addEventListener('vk-change', (event) => event.preventDefault());
    cardButton(el, 'c1').focus();
    await keys(el, ' ', 'ArrowRight');
    expect(said(el)).to.contain('Kort \u2068Norskkurs\u2069: kolonne \u2068Tirsdag\u2069, plass 1 av 2');
    await keys(el, ' ');
    expect(renderedOrder(el)).to.deep.equal({ mon: ['c1', 'c2', 'c3'], tue: ['c4'], wed: [] });
    expect(said(el)).to.equal('Flytting avbrutt. Kort \u2068Norskkurs\u2069: kolonne \u2068Mandag\u2069, plass 1 av 3');
  });

  it('in Arabic too', async () => {
    await setLocale('ar');
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    el.addEventListener('vk-change', (event) => event.preventDefault());
    cardButton(el, 'c1').focus();
    await keys(el, ' ', 'ArrowRight');
    const lifted = said(el);
    await keys(el, ' ');
    expect(said(el)).to.not.equal(lifted);
    expect(said(el)).to.contain('تم إلغاء النقل');
  });

  it('says nothing of a cancellation when the host set its own value instead (the host wins)', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    el.addEventListener('vk-change', () => {
      el.value = { ...samplePlan(), title: 'Fra serveren' };
    });
    cardButton(el, 'c1').focus();
    await keys(el, ' ', 'ArrowRight', ' ');
    expect(said(el)).to.not.contain('avbrutt');
  });
});
