import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { settle } from '../helpers/index.js';
import { samplePlan } from './helpers.js';

// A host that clears the board (`value = null`: the participant was deselected, the form reset to
// nothing) while the adviser types in a card's edit form or searches the "Nytt kort" picker: the
// panel closed with the document and focus fell to <body> (the menu and a lifted card already went
// to the empty state). As in the step tracker and the ladder, it goes to "Ingen plan ennå." now.
describe('plan board: a host value of null while focus is in a panel', () => {
  for (const [panel, open] of [
    ['the edit form', async (el: VkPlanBoard) => {
      (el.shadowRoot!.querySelector('.card-button[data-key="c1"]') as HTMLElement).focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'F10' });
      await sendKeys({ up: 'Shift' });
      await settle(el);
      await sendKeys({ press: 'Enter' });
    }],
    ['the "Nytt kort" picker', async (el: VkPlanBoard) => {
      (el.shadowRoot!.querySelector('.add[data-add="mon"]') as HTMLElement).focus();
      await sendKeys({ press: 'Enter' });
    }],
  ] as const) {
    it(`${panel}: focus goes to the empty state, never <body>`, async () => {
      const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
      await open(el);
      await settle(el);
      expect(el.shadowRoot!.activeElement?.closest('.vk-popover'), 'focus is in the panel').to.not.equal(null);
      el.value = null;
      await settle(el);
      await settle(el);
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.vk-empty'));
    });
  }
});

// The same through form.reset() when the host never set a document: the board showed one the
// browser restored (back/forward), the adviser opened a card's form, and the reset went back to no
// document with focus on <body>.
describe('plan board: form.reset() back to no document while focus is in a panel', () => {
  it('focus goes to the empty state, never <body>', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><vk-plan-board name="plan"></vk-plan-board></form>`);
    const el = form.querySelector('vk-plan-board') as VkPlanBoard;
    el.formStateRestoreCallback(JSON.stringify(samplePlan()));
    await settle(el);
    (el.shadowRoot!.querySelector('.add[data-add="mon"]') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.shadowRoot!.activeElement?.closest('.vk-popover'), 'focus is in the picker').to.not.equal(null);
    form.reset();
    await settle(el);
    await settle(el);
    expect(el.value).to.equal(null);
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.vk-empty'));
  });
});
