/**
 * A card added from the picker goes straight on to its edit form; when the form's chunk is slow
 * (its preload failed, blocked here, so the add is what loads it), the user may go on meanwhile.
 * Before 7 Dec 2026 the form opened when the chunk came, over a card lifted with Space since. Now
 * the form's late open follows the board's other late opens (core/pending-open.ts,
 * board-lazy-editing.ts `openLater`, slow-menu-cancel.test.ts): the new card is busy
 * (`aria-busy`), after half a second "Åpner detaljene …" is said, and the next key cancels.
 *
 * Its own file: the form's chunk must not be in the page's module map yet. Only microtasks run
 * between the pick and the key (the chunk's request takes at least a task). The half second is the
 * 500 ms timer, caught and run by the test.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { recordAnnouncements, settle } from '../helpers/index.js';
import { blockDuring } from '../helpers/load-failure.js';
import { deepActive, frame, pointInto, samplePlan } from './helpers.js';
import { settled } from '../core/hold-updates.js';
import { halfSecondTimer, key, microtasks } from '../helpers/slow-open.js';

const requested = async (contains: string): Promise<number> => ((await executeServerCommand('vk-requested', { contains })) as string[]).length;

describe('plan board: a new card’s edit form asked for while its chunk loads, then the user lifts the card', () => {
  blockDuring(['*/card-editor.*']);
  const halfSecond = halfSecondTimer();

  it('the new card busy, "Åpner detaljene …"; Space cancels and lifts it: no form opens late', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()} mode="adviser"></vk-plan-board>`);
    // The editing UI loads; the form's preload fails (the board's updateComplete waits for it to settle).
    await pointInto(el);
    for (let i = 0; i < 50 && (await requested('card-editor')) === 0; i++) await frame();
    await settle(el);
    await executeServerCommand('vk-block-urls', { urls: [] });
    const add = el.shadowRoot!.querySelector<HTMLElement>('.add[data-add="mon"]')!;
    add.focus();
    add.click();
    await settle(el);
    const option = el.shadowRoot!.querySelector<HTMLElement>('.vk-popover:popover-open .picker-option')!;
    option.focus();
    const said = recordAnnouncements(el);
    halfSecond.hold();
    try {
      option.click();
      await microtasks(20);
    } finally {
      halfSecond.release();
    }
    const card = deepActive() as HTMLElement;
    const id = card.getAttribute('data-roving')?.slice(2);
    expect(id, 'focus on the new card').to.be.a('string').and.not.be.oneOf(samplePlan().cards.map((c) => c.id));
    expect(el.shadowRoot!.querySelector('.edit-form'), 'the form\u2019s chunk is not in yet').to.equal(null);
    expect(card.getAttribute('aria-busy'), 'busy while the form loads').to.equal('true');
    halfSecond();
    expect(said.at(-1)).to.equal('Åpner detaljene …');

    key(card, ' ');
    expect(card.hasAttribute('aria-busy'), 'Space cancels').to.equal(false);
    // The chunk comes.
    await import('../../src/plan-board/card-editor.js');
    await settled();
    await settle(el);
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'no form opened late').to.equal(null);
    expect(el.shadowRoot!.querySelector(`.card[data-card="${id}"]`)?.hasAttribute('data-lifted'), 'the card lifted').to.equal(true);
    expect(deepActive(), 'focus where the user was').to.equal(card);
  });
});
