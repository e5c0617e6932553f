import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { settle } from '../helpers/index.js';
import { deepActive, frame, samplePlan } from './helpers.js';
import { holdUpdates, settled } from '../core/hold-updates.js';

// A keyboard move that takes a day's last card out of its list loses focus for a moment (the list
// goes, card and all; the board focuses the card again in its new list). The widget's "focus fell
// out: put it back" waited for the update to complete, which on a board also waits for the editing
// UI's chunk (preloaded on first focus). A chunk slow to arrive (a busy machine, a slow network) let
// the user drop the card and Tab on to the page's next control, and the chunk's arrival then pulled
// focus back onto the card (seen in CI: examples/server-form, "Tab reaches the submit button").
// The chunk is held here by holding the board's update completion, as a slow chunk does.
describe('plan board: focus the user moved out while an update was still completing', () => {
  it('stays on the page’s control after a keyboard move emptied a day and the update completes late', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><vk-plan-board .value=${samplePlan()} mode="adviser"></vk-plan-board><button id="after">Lagre</button></div>`);
    const el = wrap.querySelector('vk-plan-board') as VkPlanBoard;
    const after = wrap.querySelector('#after') as HTMLButtonElement;
    await settle(el);
    const release = holdUpdates(el);
    // Tuesday's only card: lifting it on to Wednesday takes Tuesday's list away, focus and all
    // (Tuesday's list goes before Wednesday's takes the card in).
    el.shadowRoot!.querySelector<HTMLElement>('[data-roving="c:c4"]')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await frame();
    await sendKeys({ press: 'Space' });
    await frame();
    expect(el.value!.cards.find((c) => c.id === 'c4')!.columnId, 'the move landed').to.equal('wed');
    expect(deepActive()?.getAttribute('data-roving'), 'focus on the moved card').to.equal('c:c4');
    // The user goes on to the page's next control.
    after.focus();
    release();
    await settled();
    expect(document.activeElement, 'focus stays where the user put it').to.equal(after);
  });

  /** One day at a time (360 px), a page control after the board; → pressed on the first day tab while updates are held. */
  async function arrowOnDayTab(): Promise<{ el: VkPlanBoard; after: HTMLButtonElement; release: () => void }> {
    const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: 360px"><vk-plan-board .value=${samplePlan()} mode="adviser"></vk-plan-board><button id="after">Lagre</button></div>`);
    const el = wrap.querySelector('vk-plan-board') as VkPlanBoard;
    await settled();
    await settle(el);
    el.shadowRoot!.querySelector<HTMLElement>('#tab-0')!.focus();
    const release = holdUpdates(el);
    await sendKeys({ press: 'ArrowRight' });
    await frame();
    expect(el.shadowRoot!.querySelector('#tab-1')!.getAttribute('aria-selected'), 'the next day is shown').to.equal('true');
    return { el, after: wrap.querySelector('#after') as HTMLButtonElement, release };
  }

  it('one day at a time: → on the day tabs, then focus moved on before the update completes: the next tab does not take it back', async () => {
    const { after, release } = await arrowOnDayTab();
    after.focus();
    release();
    await settled();
    expect(document.activeElement, 'focus stays where the user put it').to.equal(after);
  });

  it('one day at a time: → on the day tabs with focus left there: the next tab takes focus once the update completes', async () => {
    const { el, release } = await arrowOnDayTab();
    release();
    await settled();
    expect(el.shadowRoot!.activeElement?.id, 'focus on the tab of the day shown').to.equal('tab-1');
  });
});
