import { uiCount } from '../core/digits.js';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { bilingual } from '../core/bilingual.js';
import { columnNameAt, columnText } from './board-text.js';
import { getLocale } from '../core/localize.js';
import { decorativePictogram, pictogramGeneration } from './pictogram-cache.js';
import { cardDeps, cardPart, quoting, renderCard, type CardView } from './card.js';
import { cardList, type CardNodes } from './card-list.js';
import { icons } from './icons.js';
import { WINDOW_THRESHOLD, windowSegments, type ColumnWindow } from './windowing.js';
import type { PlanCard, PlanColumn } from './plan-board.types.js';

export interface ColumnViewOptions {
  locale: string;
  language: string | undefined;
  cards: CardView;
  /** The board's card list items, kept by card id across columns (a moved card is the same element). */
  nodes: CardNodes;
  /** The board title's heading level; column titles are one below. */
  level: number;
  /** One column at a time: the column is the day switcher's tabpanel. */
  narrow: boolean;
  /** A lifted card would land here. */
  target: boolean;
  reading: boolean;
  /** Nothing the column's reading says can be heard (no recording, no voice): a crossed-out speaker. */
  silent: boolean;
  /** The adviser's add button; `'full'`: the plan holds all the cards it may (aria-disabled, described by the reason, board-limits.ts). */
  withAdd: boolean | 'full';
  disabled: boolean;
  window: (columnId: string) => ColumnWindow;
  /** A new board's first frame: at most this many cards of a column that does not window (the rest one frame later). */
  firstFrame?: number;
  onScroll: () => void;
  onRead: () => void;
  onAdd: (button: HTMLElement) => void;
}

/**
 * Everything a column's template reads, compared by identity (Lit `guard`): its column and card
 * array (the same array while the document and the lifted card's place leave it alone), the
 * board-wide view settings, and the per-card states (lifted, speaking, menu) only when that card
 * is in this column (`shownIn`: the column a card is shown in, a lifted card's target while it
 * moves). A windowed column also depends on its scroll window and the focused card. The
 * participant view shows per-card voice availability, which can change between renders, so its
 * columns always re-render. O(1) per column.
 */
export function columnDeps(column: PlanColumn, index: number, cards: readonly PlanCard[], o: ColumnViewOptions, shownIn: (cardId: string) => string | null): unknown[] {
  const view = o.cards;
  const here = (cardId: string | null): string | null => (cardId !== null && shownIn(cardId) === column.id ? cardId : null);
  const win = cards.length > WINDOW_THRESHOLD ? o.window(column.id) : null;
  return [
    column,
    index,
    cards,
    o.locale,
    o.language,
    getLocale(),
    pictogramGeneration(),
    view.participant ? {} : null,
    view.arrange,
    view.canToggle,
    view.disabled,
    here(view.liftedCardId),
    here(view.speakingCardId),
    view.busyCardId, // a card's or a column's (`column:<id>`) press waiting for picture words: rare, and each column re-renders for it
    here(view.menuCardId),
    o.level,
    o.narrow,
    o.target,
    o.reading,
    o.silent,
    o.withAdd,
    o.disabled,
    o.firstFrame,
    win ? `${win.scrollTop}:${win.viewport}:${win.itemSize}:${view.activeCardId ?? ''}` : null,
  ];
}

/**
 * One column: a header (pictogram, title as a heading, count, read-aloud and — for the adviser —
 * add buttons, both in the board's roving focus) and its cards as a list; an empty column says
 * "Ingen kort" and exposes no empty list. A long column windows its cards. The column (group, or
 * the day switcher's tabpanel) carries the day's name; its list does not repeat it (a screen
 * reader said "Mandag" three times entering a column: group, heading, list). The read-aloud button is
 * named by its action in every state; where nothing can be heard it is aria-disabled and described why; while its press waits
 * for picture words it is aria-busy, as a card's is (board-voice.ts `#ask`; before pass 57 only the card's said so).
 */
export function renderColumn(column: PlanColumn, index: number, cards: readonly PlanCard[], o: ColumnViewOptions): TemplateResult {
  const headingId = `column-${index}`;
  const columnTitle = columnNameAt(column, index, o.locale);
  return html`<section
    class="column"
    part="column"
    id=${`column-panel-${index}`}
    role=${o.narrow ? 'tabpanel' : 'group'}
    aria-labelledby=${o.narrow ? `tab-name-${index}` : headingId}
    data-column=${column.id}
    ?data-target=${o.target}
  >
    <div class="column-header" part="column-header">
      ${decorativePictogram(column.pictogram, o.locale)}
      <div class="column-title" id=${headingId} role="heading" aria-level=${Math.min(6, o.level + 1)}>${bilingual(columnText(column, index, o.locale), o.locale, o.language)}</div>
      <span class="count" aria-hidden="true">${uiCount(cards.length)}</span>
      <div class="column-actions">
        <button
          type="button"
          class="icon-button read"
          part="read-button"
          data-roving=${`r:${column.id}`}
          tabindex="-1"
          aria-pressed=${o.reading}
          aria-busy=${o.cards.busyCardId == `column:${column.id}` || nothing}
          aria-disabled=${o.silent || o.disabled ? 'true' : nothing}
          aria-describedby=${o.silent ? `column-silent-${index}` : nothing}
          @click=${o.onRead}
        >
          ${o.reading ? icons.stop : o.silent ? icons.speakerOff : icons.speaker}<span class="vk-visually-hidden">${quoting((name) => msg(str`Les opp kolonnen ${name}`, { id: 'plan-board.read.column' }), columnTitle, column.title, o.locale)}</span>
        </button>
        ${o.silent ? html`<span id=${`column-silent-${index}`} hidden>${msg('Opplesing ikke tilgjengelig', { id: 'plan-board.read.unavailable' })}</span>` : nothing}
        ${o.withAdd
          ? html`<button type="button" class="icon-button add" data-add=${column.id} data-roving=${`a:${column.id}`} tabindex="-1" aria-disabled=${o.withAdd === 'full' ? 'true' : nothing} aria-describedby=${o.withAdd === 'full' ? 'cards-full' : nothing} @click=${(e: Event) => o.onAdd(e.currentTarget as HTMLElement)}>
              ${icons.plus}<span class="vk-visually-hidden">${quoting((name) => msg(str`Legg til kort i ${name}`, { id: 'plan-board.add' }), columnTitle, column.title, o.locale)}</span>
            </button>`
          : nothing}
      </div>
    </div>
    ${cards.length === 0 ? html`<p class="column-empty">${msg('Ingen kort', { id: 'plan-board.column.empty' })}</p>` : renderCards(column, cards, o)}
  </section>`;
}

function renderCards(column: PlanColumn, cards: readonly PlanCard[], o: ColumnViewOptions): TemplateResult {
  const view = o.cards;
  if (cards.length <= WINDOW_THRESHOLD) {
    const shown = o.firstFrame !== undefined && cards.length > o.firstFrame ? cards.slice(0, o.firstFrame) : cards;
    const rows = shown.map((card, i) => ({ key: card.id, deps: cardDeps(card, view, i), template: () => renderCard(card, view, i) }));
    return html`<ul class="cards" part="cards" role="list" data-column=${column.id}>${cardList(o.nodes, rows)}</ul>`;
  }
  // A long column: only the cards near its visible part (and the focused and lifted ones).
  const keep: number[] = [];
  const activeId = view.activeCardId;
  const liftedId = view.liftedCardId;
  if (activeId || liftedId) cards.forEach((card, i) => (card.id === activeId || card.id === liftedId) && keep.push(i));
  type Row = { key: string; card: PlanCard; index: number } | { key: string; spacer: number };
  const rows: Row[] = [];
  for (const segment of windowSegments(cards.length, o.window(column.id), keep)) {
    if (segment.kind === 'spacer') rows.push({ key: segment.key, spacer: segment.count });
    else for (let i = segment.start; i < segment.end; i++) rows.push({ key: cards[i].id, card: cards[i], index: i });
  }
  return html`<ul class="cards" part="cards" role="list" data-column=${column.id} data-windowed @scroll=${o.onScroll}>
    ${repeat(
      rows,
      (row) => row.key,
      (row) => ('spacer' in row ? html`<li class="spacer" aria-hidden="true" data-count=${row.spacer}></li>` : cardPart(row.card, view, row.index, cards.length)),
    )}
  </ul>`;
}
