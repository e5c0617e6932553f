import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { settle } from '../helpers/index.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { below, cardButton, cardItem, deepActive, drag, key, keys, renderedOrder, samplePlan } from './helpers.js';

const said = (el: Element): string => (el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '');

// QA (6 Dec): a card lifted by keyboard when the host disables the <fieldset> around the board
// stayed lifted (shown in its new place, nothing said), and the first Space after the fieldset was
// enabled again dropped it there: a card.move the user had started before the form was disabled.
// The board's own `disabled` puts the card back; a disabled fieldset is the same state (contract §2:
// "like a disabled form control").
describe('plan board: a fieldset disabled while a card is lifted or dragged', () => {
  it('puts the card back and says so; Space after enabling lifts it again, it moves nothing', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset><vk-plan-board name="plan" .value=${samplePlan()}></vk-plan-board></fieldset></form>`);
    const el = form.querySelector('vk-plan-board') as VkPlanBoard;
    const fieldset = form.querySelector('fieldset')!;
    await el.updateComplete;
    cardButton(el, 'c1').focus();
    await keys(el, ' ', 'ArrowRight');
    expect(renderedOrder(el).tue).to.deep.equal(['c1', 'c4']);
    const changes: PlanOperation[] = [];
    el.addEventListener('vk-change', (e) => changes.push((e as CustomEvent).detail.operation));

    fieldset.disabled = true;
    await settle(el);
    expect(renderedOrder(el), 'back in its place').to.deep.equal({ mon: ['c1', 'c2', 'c3'], tue: ['c4'], wed: [] });
    expect(said(el)).to.equal('Flytting avbrutt. Kort Norskkurs: kolonne Mandag, plass 1 av 3');
    expect(el.shadowRoot!.querySelector('[data-moving]'), 'no move shown').to.equal(null);

    fieldset.disabled = false;
    await settle(el);
    expect(deepActive()).to.equal(cardButton(el, 'c1'));
    await key(el, deepActive() as HTMLElement, ' ');
    await settle(el);
    expect(changes, 'Space lifts the card again, it drops nothing').to.deep.equal([]);
    expect(el.value!.cards.find((c) => c.id === 'c1')!.columnId).to.equal('mon');
  });

  it('a pointer drag in progress is dropped too: the release after enabling moves nothing', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset><vk-plan-board .value=${samplePlan()}></vk-plan-board></fieldset></form>`);
    const el = form.querySelector('vk-plan-board') as VkPlanBoard;
    const fieldset = form.querySelector('fieldset')!;
    await el.updateComplete;
    const changes: PlanOperation[] = [];
    el.addEventListener('vk-change', (e) => changes.push((e as CustomEvent).detail.operation));
    const to = below(cardItem(el, 'c4'));
    await drag(el, 'c1', to, 'none');
    fieldset.disabled = true;
    await settle(el);
    expect(said(el)).to.equal('Flytting avbrutt. Kort Norskkurs: kolonne Mandag, plass 1 av 3');
    fieldset.disabled = false;
    await settle(el);
    cardButton(el, 'c1').dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true, pointerId: 7, pointerType: 'mouse', isPrimary: true, clientX: to.x, clientY: to.y }));
    await settle(el);
    expect(changes).to.deep.equal([]);
    expect(renderedOrder(el)).to.deep.equal({ mon: ['c1', 'c2', 'c3'], tue: ['c4'], wed: [] });
  });
});
