// A plan at its document limit (1,000 cards, `cards` maxItems) still offered "+" and "Foreslå et
// kort": the picker opened, and the card chosen was then refused ("Endringen ble ikke lagret").
// Now the add buttons stay focusable but aria-disabled, described by a visible, plain reason in
// the header, and pressing one (click or keyboard) says that reason and opens nothing.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/plan-board/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { bigPlan } from './helpers.js';
import { record, recordAnnouncements } from '../helpers/index.js';

const REASON = 'Planen har 1\u00a0000 kort, som er det meste den kan ha.';

async function board(doc: PlanDocument, mode = 'adviser'): Promise<VkPlanBoard> {
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board lang="nb" mode=${mode} proposals .value=${doc}></vk-plan-board>`);
  await el.updateComplete;
  return el;
}
const addButtons = (el: VkPlanBoard): HTMLButtonElement[] => Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.add'));
const popoverOpen = (el: VkPlanBoard): boolean => !!el.shadowRoot!.querySelector('.vk-popover:popover-open, .vk-popover[open]');
const reason = (el: VkPlanBoard): HTMLElement | null => el.shadowRoot!.getElementById('cards-full');

describe('plan board at its card limit', () => {
  it('every column\'s add button stays focusable but aria-disabled, described by the visible reason (one card fewer: offered)', async () => {
    const below = await board(bigPlan(999));
    for (const button of addButtons(below)) expect(button.hasAttribute('aria-disabled')).to.equal(false);
    expect(reason(below)).to.equal(null);
    const el = await board(bigPlan(1000));
    const buttons = addButtons(el);
    expect(buttons).to.have.length(5);
    for (const button of buttons) {
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.getAttribute('aria-describedby')).to.equal('cards-full');
      expect(button.disabled).to.equal(false);
    }
    expect(reason(el)?.textContent?.trim()).to.equal(REASON);
    expect(reason(el)!.checkVisibility()).to.equal(true);
  });

  it('pressing an add button by keyboard says the reason, opens no picker, changes nothing and keeps focus', async () => {
    const el = await board(bigPlan(1000));
    const said = recordAnnouncements(el);
    const changes = record(el, 'vk-change');
    const [button] = addButtons(el);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(said).to.deep.equal([REASON, REASON]);
    expect(popoverOpen(el)).to.equal(false);
    expect(el.shadowRoot!.querySelector('.picker-option')).to.equal(null);
    expect(changes).to.have.length(0);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('a host value that fills the plan disables the add buttons of columns it did not touch', async () => {
    const doc = bigPlan(999);
    const el = await board(doc);
    // The 1,000th card goes to the first column: the others' templates are kept unless the limit is a dependency.
    el.value = { ...doc, cards: [...doc.cards, { ...doc.cards[0], id: 'k-last' }] };
    await el.updateComplete;
    for (const button of addButtons(el)) expect(button.getAttribute('aria-disabled')).to.equal('true');
  });

  it('participant mode: "Foreslå et kort" is aria-disabled with the reason, and pressing it says the reason', async () => {
    const el = await board(bigPlan(1000), 'participant');
    const said = recordAnnouncements(el);
    const propose = el.shadowRoot!.querySelector('.propose') as HTMLButtonElement;
    expect(propose.getAttribute('aria-disabled')).to.equal('true');
    expect(propose.getAttribute('aria-describedby')).to.equal('cards-full');
    expect(reason(el)?.textContent?.trim()).to.equal(REASON);
    propose.click();
    await el.updateComplete;
    expect(said).to.deep.equal([REASON]);
    expect(popoverOpen(el)).to.equal(false);
  });
});
