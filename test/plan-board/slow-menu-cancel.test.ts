/**
 * A card's menu asked for while the editing chunk is still on its way (a slow connection), then the
 * user goes on in the board. Before 7 Dec 2026 (a newcomer's QA, 76-slow-chunk: the chunk 2 s late)
 * nothing showed meanwhile, and the menu opened when the chunk came, over whatever the user had done
 * since (a card lifted with Space). Now (as the task ladder, core/pending-open.ts,
 * board-lazy-editing.ts `openLater`) the menu button is busy (`aria-busy`), after half a second
 * "Åpner detaljene …" is said, and the next key, or focus on another control of the board, cancels.
 *
 * Its own file: the editing chunk must not be loaded yet (the first render only, before the page's
 * idle preload). Only microtasks run between the press and the checks. The half second is the 500 ms
 * timer, caught and run by the test.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { recordAnnouncements, settle } from '../helpers/index.js';
import { cardItem, samplePlan } from './helpers.js';
import { settled } from '../core/hold-updates.js';
import { catchHalfSecond, key, microtasks } from '../helpers/slow-open.js';


describe('plan board: a card’s menu asked for while the editing chunk loads, then the user goes on', () => {
  const halfSecond = catchHalfSecond();

  it('busy, "Åpner detaljene …"; Escape cancels; pressed again, focus on the card cancels and Space lifts it: no menu opens late', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()} mode="adviser"></vk-plan-board>`);
    await el.updateComplete;
    const said = recordAnnouncements(el);
    const menuButton = cardItem(el, 'c1').querySelector<HTMLElement>('.menu-button')!;
    menuButton.focus();
    menuButton.click();
    await microtasks();
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'the chunk is not in yet').to.equal(null);
    expect(menuButton.getAttribute('aria-busy'), 'busy while the menu loads').to.equal('true');
    halfSecond();
    expect(said).to.deep.equal(['Åpner detaljene …']);
    key(menuButton, 'Escape');
    expect(menuButton.hasAttribute('aria-busy'), 'Escape cancels').to.equal(false);
    expect(said, 'the words gone from the live region').to.deep.equal(['Åpner detaljene …', '']);

    menuButton.click();
    await microtasks();
    expect(menuButton.getAttribute('aria-busy'), 'busy again').to.equal('true');
    const card = cardItem(el, 'c1').querySelector<HTMLElement>('.card-button')!;
    card.focus();
    // Its focusin, as a focused window sends it (a test page in the background may get none).
    card.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(menuButton.hasAttribute('aria-busy'), 'focus on the card cancels').to.equal(false);
    key(card, ' ');
    // The chunk comes.
    await import('../../src/plan-board/board-editing.js');
    await el.updateComplete;
    await settled();
    await settle(el);
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'no menu opened late').to.equal(null);
    expect(cardItem(el, 'c1').hasAttribute('data-lifted'), 'the card lifted').to.equal(true);
    expect(el.shadowRoot!.activeElement, 'focus where the user was').to.equal(card);
  });
});
