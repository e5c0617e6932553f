import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { createAminaPlan } from '../../src/presets/plan.js';

// `readonly` is the attribute's name (contract.md); the DOM names the same state `readOnly` on
// <input> and <textarea>, and a host (or Angular's [readOnly] binding) that writes that name
// used to set a plain own property and leave the widget editable.
describe('readOnly, the DOM name of readonly', () => {
  it('el.readOnly = true makes the widget read-only (reflected as the readonly attribute), and false undoes it', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${createAminaPlan()}></vk-plan-board>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-haspopup="menu"]'), 'an edit affordance while editable').to.not.equal(null);
    el.readOnly = true;
    await el.updateComplete;
    expect(el.readonly).to.equal(true);
    expect(el.hasAttribute('readonly')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[aria-haspopup="menu"]'), 'no card menu when read-only').to.equal(null);
    el.readOnly = false;
    await el.updateComplete;
    expect(el.hasAttribute('readonly')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[aria-haspopup="menu"]')).to.not.equal(null);
  });

  it('reads what readonly says, from the attribute too', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board readonly .value=${createAminaPlan()}></vk-plan-board>`);
    expect(el.readOnly).to.equal(true);
    el.removeAttribute('readonly');
    expect(el.readOnly).to.equal(false);
  });
  it('set before the element is upgraded (a framework, or a script that runs before the module): taken over, as value is', async () => {
    const el = document.implementation.createHTMLDocument('').createElement('vk-plan-board') as VkPlanBoard;
    (el as unknown as { readOnly: unknown }).readOnly = 1;
    el.value = createAminaPlan();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(document.adoptNode(el));
    customElements.upgrade(el);
    await el.updateComplete;
    expect(el.readonly).to.equal(true);
    expect(el.readOnly, 'a boolean, as <input>.readOnly').to.equal(true);
    expect(el.hasAttribute('readonly')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[aria-haspopup="menu"]'), 'no card menu').to.equal(null);
  });
});
