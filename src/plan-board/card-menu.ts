import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { renderPictogram } from '../core/pictograms.js';
import { columnName, withPart } from './board-text.js';
import { panelIcons as icons } from './panel-icons.js';
import type { CardPosition, PlanCard, PlanColumn } from './plan-board.types.js';
import { cardName } from './card.js';
import { isolate } from '../core/text.js';
import { nameLang } from '../core/names.js';

export type CardMenuAction = 'accept' | 'edit' | 'move' | 'read' | 'record' | 'remove';

/**
 * The card's action menu (WAI-ARIA APG menu button pattern): `role="menu"` of `menuitem`s.
 * `noVoice` names the participant language where the participant cannot hear the card in it
 * (`BoardVoice.noVoice`: where their card says "Ingen lyd"); an item then says so ("Ingen stemme
 * for tigrinja — ta opp en", the name isolated as the ladder's is: a tag with no name in the UI
 * locale is shown as written, Latin in an Arabic sentence) and opens the editor to record one.
 */
export function renderCardMenu(card: PlanCard, locale: string, noVoice: string | null, readable: boolean, speaking: boolean, onAction: (action: CardMenuAction) => void): TemplateResult {
  const title = cardName(card, locale);
  const item = (action: CardMenuAction, icon: TemplateResult, label: unknown, extra = ''): TemplateResult =>
    html`<button type="button" role="menuitem" tabindex="-1" class=${`menu-item ${extra}`} data-action=${action} @click=${() => onAction(action)}>${icon}<span>${label}</span></button>`;
  return html`<div class="card-menu">
    ${card.proposedBy === 'participant' ? item('accept', icons.check, msg('Godta forslaget', { id: 'plan-board.proposal.accept' })) : nothing}
    ${item('edit', icons.edit, msg('Rediger', { id: 'plan-board.menu.edit' }))}
    ${item('move', icons.move, msg('Flytt til…', { id: 'plan-board.move-to' }))}
    ${readable ? item('read', speaking ? icons.stop : icons.speaker, speaking ? msg('Stopp opplesingen', { id: 'plan-board.read.stop' }) : msg('Les opp', { id: 'plan-board.menu.read' })) : nothing}
    ${noVoice ? item('record', icons.mic, msg(str`Ingen stemme for ${isolate(noVoice)} — ta opp en`, { id: 'plan-board.no-voice' }), 'no-voice') : nothing}
    ${item('remove', icons.trash, withPart(msg(str`Fjern ${isolate(title)}`, { id: 'plan-board.menu.remove' }), title, nameLang(card.title, locale)), 'danger')}
  </div>`;
}

/**
 * ↑/↓ and Home/End move focus among `list`'s items (those matching `selector`): wrapping in the
 * card menu (APG menu), stopping at either end (`wrap` false) in the "Flytt til…" list.
 */
export function handleMenuKey(event: KeyboardEvent, list: HTMLElement, selector = '[role="menuitem"]', wrap = true): boolean {
  const items = Array.from(list.querySelectorAll<HTMLElement>(selector));
  const last = items.length - 1;
  if (last < 0) return false;
  const root = list.getRootNode() as ShadowRoot | Document;
  const current = items.indexOf(root.activeElement as HTMLElement);
  const next =
    event.key === 'ArrowDown' ? (current < last ? current + 1 : wrap ? 0 : last)
    : event.key === 'ArrowUp' ? (current > 0 ? current - 1 : wrap ? last : 0)
    : event.key === 'Home' ? 0
    : event.key === 'End' ? last
    : -1;
  if (next < 0) return false;
  event.preventDefault();
  items[next]!.focus();
  return true;
}

/** "Flytt til…": up, down, or the end of any other column — a move without dragging or keys. */
export function renderMoveMenu(
  columns: readonly PlanColumn[],
  card: PlanCard,
  position: CardPosition,
  locale: string,
  /** The heading's `aria-level` (one below the board's title). */
  level: number,
  countIn: (columnId: string) => number,
  onMove: (to: CardPosition) => void,
  onCancel: () => void,
): TemplateResult {
  const count = countIn(position.columnId);
  const option = (to: string, target: CardPosition, content: unknown): TemplateResult =>
    html`<li><button type="button" data-to=${to} @click=${() => onMove(target)}>${content}</button></li>`;
  // Not a composite widget (no listbox or radio group: choosing a place moves the card at once,
  // as a button does): a list of buttons in the dialog, each its own Tab stop, with the keys of
  // an APG vertical toolbar added — ↑/↓ and Home/End move focus, stopping at either end (no
  // wrap); ←/→ stay unbound (no sideways meaning, so nothing to flip in right-to-left).
  // The card menu before it takes the same keys: ↓ ↓ Enter there and here does what it looks like.
  return html`<div class="move-menu">
    <h2 id="panel-title" class="panel-title" aria-level=${level}>${withPart(msg(str`Flytt ${isolate(cardName(card, locale))}`, { id: 'plan-board.move.title' }), cardName(card, locale), nameLang(card.title, locale))}</h2>
    <ul role="list" @keydown=${(e: KeyboardEvent) => handleMenuKey(e, e.currentTarget as HTMLElement, 'button', false)}>
      ${position.index > 0 ? option('up', { columnId: position.columnId, index: position.index - 1 }, msg('Opp', { id: 'plan-board.move.up' })) : nothing}
      ${position.index < count - 1 ? option('down', { columnId: position.columnId, index: position.index + 1 }, msg('Ned', { id: 'plan-board.move.down' })) : nothing}
      ${columns
        .filter((c) => c.id !== position.columnId)
        .map((column) => option(column.id, { columnId: column.id, index: countIn(column.id) }, html`${renderPictogram(column.pictogram, locale, true)}<span lang=${nameLang(column.title, locale)}>${columnName(columns, column.id, locale)}</span>`))}
    </ul>
    <div class="actions"><button type="button" class="cancel" @click=${onCancel}>${msg('Avbryt', { id: 'plan-board.cancel' })}</button></div>
  </div>`;
}
