import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { uiCount } from '../core/digits.js';
import { MAX_CARDS } from './plan-board.model.js';
import type { PlanDocument } from './plan-board.types.js';
import type { Panel } from './board-panels.js';

/**
 * A plan holding `MAX_CARDS` cards (the document limit) can take no more: the board's add buttons
 * (a column's "+", the participant's "Foreslå et kort") stay where they were, focusable, but
 * `aria-disabled` and described by the reason, which the header shows (`#cards-full`); pressed,
 * they say it rather than open a picker whose card could not be saved.
 */
export const boardFull = (doc: PlanDocument): boolean => doc.cards.length >= MAX_CARDS;

/** Why no card can be added (plain words: the participant reads it too). */
const fullReason = (): string => msg(str`Planen har ${uiCount(MAX_CARDS)} kort, som er det meste den kan ha.`, { id: 'plan-board.limit.cards' });

/** The reason under the header, when the plan is full and the board offers adding (`offered`). */
export const renderFullNote = (doc: PlanDocument, offered: boolean) => (offered && boardFull(doc) ? html`<p class="summary limit" id="cards-full">${fullReason()}</p>` : nothing);

/** The state of a column's add buttons: none, `'full'` (aria-disabled, described by the reason), or offered. */
export const addState = (doc: PlanDocument, arrange: boolean): boolean | 'full' => arrange && (boardFull(doc) ? 'full' : true);

/**
 * A panel that adds a card (the picker, a proposal) asked for on a full plan: the reason is said (`say`) and true returned, so it does not open.
 * Asked only where the board may add (canArrange, canPropose: a document is there).
 */
export const refusedFull = (panel: Panel, doc: PlanDocument, say: (message: string) => void): boolean =>
  ((panel.kind === 'picker' && !panel.replaceCardId) || panel.kind === 'propose') && boardFull(doc) && (say(fullReason()), true);
