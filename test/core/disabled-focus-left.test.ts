import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { settle } from '../helpers/index.js';
import { samplePlan } from '../plan-board/helpers.js';
import { holdUpdates, settled } from './hold-updates.js';

// A host disables the widget while focus is on one of its items (a form saving): the browser drops
// focus, and once the update completes the widget puts it back on its own (aria-disabled) item;
// enabled again, focus goes back to the item it was on. An update that completes late (the board's
// editing chunk still loading) let the user put focus on a page control meanwhile: focus then stayed
// there (ensureFocus), but enabling the widget again pulled it back onto the item.
describe('a widget disabled and enabled again, focus moved out while its update completed late', () => {
  it('plan board: focus stays on the page’s control when the host enables the board again', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><vk-plan-board .value=${samplePlan()} mode="adviser"></vk-plan-board><button id="after">Lagre</button></div>`);
    const el = wrap.querySelector('vk-plan-board') as VkPlanBoard;
    const after = wrap.querySelector('#after') as HTMLButtonElement;
    await settle(el);
    await settled();
    el.shadowRoot!.querySelector<HTMLElement>('[data-roving="c:c1"]')!.focus();
    const release = holdUpdates(el);
    el.disabled = true;
    await settled();
    expect(document.activeElement, 'the browser dropped focus').to.equal(document.body);
    // The user goes on to the page's next control while the update is still completing.
    after.focus();
    release();
    await settled();
    expect(document.activeElement, 'not taken back while disabled').to.equal(after);
    el.disabled = false;
    await settled();
    expect(document.activeElement, 'not taken back once enabled').to.equal(after);
  });

  it('plan board: focus the widget put back on its item returns to it when the host enables the board again', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><vk-plan-board .value=${samplePlan()} mode="adviser"></vk-plan-board><button id="after">Lagre</button></div>`);
    const el = wrap.querySelector('vk-plan-board') as VkPlanBoard;
    await settle(el);
    await settled();
    el.shadowRoot!.querySelector<HTMLElement>('[data-roving="c:c1"]')!.focus();
    el.disabled = true;
    await settled();
    el.disabled = false;
    await settled();
    expect(el.shadowRoot!.activeElement?.getAttribute('data-roving'), 'back on the card').to.equal('c:c1');
  });
});
