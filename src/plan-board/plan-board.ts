import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { VkElement } from '../core/vk-element.js';
import { RovingFocus, isRtl } from '../core/roving-focus.js';
import { PopoverController, popoverStyles } from '../core/popover.js';
import { ReadAloud, audioFor, canReadAloud, type Utterance } from '../core/read-aloud.js';
import { bilingual } from '../core/bilingual.js';
import { baseLanguage, directionOf, resolvedLocale, resolveText, textIn } from '../core/text.js';
import { listBuiltInPictograms, renderPictogram } from '../core/pictograms.js';
import { pictogramCategories, type PictogramCategory } from '../core/pictogram-catalog.js';
import { tokens } from '../core/tokens.js';
import { getLocale } from '../core/localize.js';
import type { Text } from '../core/types.js';
import { cardsByColumn, newCardId, planCounts, planModel, positionOf, TIME_PATTERN } from './plan-board.model.js';
import { planBoardStyles } from './plan-board.styles.js';
import { cardCategories, type CardChanges, type CardPosition, type PlanCard, type PlanColumn, type PlanDocument, type PlanMode, type PlanOperation } from './plan-board.types.js';

/** Pixels a pointer must travel before a press becomes a drag (so a click still opens). */
const DRAG_THRESHOLD = 6;
/** Distance from an edge (px) where a drag scrolls, and the most it scrolls per frame. */
const AUTO_SCROLL_EDGE = 48;
const AUTO_SCROLL_STEP = 14;

type Panel = { kind: 'picker'; columnId: string; replaceCardId?: string } | { kind: 'edit'; cardId: string } | { kind: 'move'; cardId: string };

interface KeyboardMove {
  cardId: string;
  origin: CardPosition;
  position: CardPosition;
  /** The document the move started on: a different one (a new value, an undo) cancels the move. */
  doc: PlanDocument;
}

interface PointerGesture {
  pointerId: number;
  cardId: string;
  button: HTMLElement;
  item: HTMLElement;
  origin: CardPosition;
  doc: PlanDocument;
  startX: number;
  startY: number;
  x: number;
  y: number;
  dragging: boolean;
  target: CardPosition | null;
  ghost: HTMLElement | null;
  rect: DOMRect | null;
  scrollLeft0: number;
  scrollY0: number;
  frame: number;
}

// Our own static icons (never host markup).
const icon = (body: TemplateResult): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;
const icons = {
  speaker: icon(svg`<path d="M4 9v6h4l5 4V5L8 9z"/><path d="M16 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11"/>`),
  speakerOff: icon(svg`<path d="M4 9v6h4l5 4V5L8 9z"/><path d="M17 9l5 6M22 9l-5 6"/>`),
  move: icon(svg`<path d="M12 3v18M3 12h18M9 6l3-3 3 3M9 18l3 3 3-3M6 9l-3 3 3 3M18 9l3 3-3 3"/>`),
  edit: icon(svg`<path d="M4 20h4L19 9l-4-4L4 16z"/><path d="M13.5 6.5l4 4"/>`),
  check: icon(svg`<path d="M5 12.5l4.5 4.5L19 7.5"/>`),
  plus: icon(svg`<path d="M12 5v14M5 12h14"/>`),
  clock: icon(svg`<circle cx="12" cy="12" r="8.5"/><path d="M12 7.5V12l3 2"/>`),
  place: icon(svg`<path d="M12 21s-6.5-6.2-6.5-11a6.5 6.5 0 0 1 13 0c0 4.8-6.5 11-6.5 11z"/><circle cx="12" cy="10" r="2.3"/>`),
  grip: icon(svg`<circle cx="9" cy="6" r="1.2"/><circle cx="15" cy="6" r="1.2"/><circle cx="9" cy="12" r="1.2"/><circle cx="15" cy="12" r="1.2"/><circle cx="9" cy="18" r="1.2"/><circle cx="15" cy="18" r="1.2"/>`),
  undo: icon(svg`<path d="M9 14L4 9l5-5"/><path d="M4 9h10a6 6 0 0 1 0 12h-3"/>`),
  redo: icon(svg`<path d="M15 14l5-5-5-5"/><path d="M20 9H10a6 6 0 0 0 0 12h3"/>`),
};

export function categoryLabel(category: PictogramCategory | 'all'): string {
  switch (category) {
    case 'language':
      return msg('Språk', { id: 'plan-board.category.language' });
    case 'work':
      return msg('Arbeid', { id: 'plan-board.category.work' });
    case 'society':
      return msg('Samfunn', { id: 'plan-board.category.society' });
    case 'health':
      return msg('Helse', { id: 'plan-board.category.health' });
    case 'family':
      return msg('Familie', { id: 'plan-board.category.family' });
    case 'education':
      return msg('Utdanning', { id: 'plan-board.category.education' });
    case 'other':
      return msg('Annet', { id: 'plan-board.category.other' });
    default:
      return msg('Alle', { id: 'plan-board.category.all' });
  }
}

/** A Text with one language set (or removed when `value` is empty); a plain string counts as Norwegian. */
function withLanguage(text: Text | undefined, lang: string, value: string): Text | undefined {
  const entries: Record<string, string> = typeof text === 'string' ? { nb: text } : { ...(text ?? {}) };
  if (value) entries[lang] = value;
  else delete entries[lang];
  const keys = Object.keys(entries);
  if (keys.length === 0) return undefined;
  if (keys.length === 1 && keys[0] === 'nb' && (typeof text === 'string' || text === undefined)) return entries.nb;
  return entries;
}

/** A language's name in the UI locale ("arabisk"), or its tag when the browser cannot name it. */
function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([getLocale()], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

function sameText(a: Text | undefined, b: Text | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * A visual individual plan: columns (a week, "now / next / later", goal areas — whatever the
 * document gives) of pictogram cards with a short text in plain Norwegian and, when the document
 * has `participantLanguage`, the same text in that language under it.
 *
 * Keyboard: Tab enters once (roving focus over cards); ↑/↓ move within a column, ←/→ between
 * columns (flipped in RTL); Home/End first/last card of the column, Ctrl+Home/End of the board;
 * Enter opens the card (`vk-open`). Adviser mode: Space picks the card up, arrows move it
 * (within and between columns), Space or Enter drops it (one `card.move`), Escape puts it back;
 * each card also has a "Move to…" menu and an edit form; Ctrl+Z / Ctrl+Shift+Z undo and redo.
 * Pointer drag (mouse, pen; touch from the grip) with a drop indicator and auto-scroll.
 *
 * Participant mode (`mode="participant"`): large targets; only mark done (`card.done`) and read
 * aloud.
 *
 * Print: the board prints in black and white with pictograms and both languages, no controls.
 * Hosts add `@page { size: A4 landscape; }` to their own print stylesheet (it cannot live in
 * shadow CSS).
 *
 * @summary Pictogram plan board: columns of bilingual cards, moved by pointer or keyboard.
 * @element vk-plan-board
 *
 * @event vk-change - The user made an edit. Detail `{ value, operation, source }`; cancelable.
 * @event change - After a `vk-change` that was not cancelled.
 * @event vk-error - A value was rejected. Detail `{ code, message, issues }`.
 * @event vk-open - The user opened a card. Detail `{ kind: "card", id }`.
 *
 * @csspart base - The wrapper of the whole board.
 * @csspart header - Title, summary and the adviser toolbar.
 * @csspart columns - The scrolling row of columns.
 * @csspart column - One column.
 * @csspart column-header - A column's pictogram, title and buttons.
 * @csspart cards - A column's list of cards.
 * @csspart card - One card (list item).
 * @csspart card-button - The focusable main control of a card.
 * @csspart done-toggle - The "done" checkbox of a card.
 * @csspart read-button - A read-aloud button.
 * @csspart popover - The picker, edit and move popover.
 * @csspart pictogram - A pictogram image.
 * @csspart text - Text in the UI locale.
 * @csspart text-second - The same text in the participant's language.
 * @csspart empty - The empty or error state.
 *
 * @cssproperty --vk-color-accent - Focus, drop indicator and reading highlight (falls back to --ds-color-accent-base-default).
 * @cssproperty --vk-color-success - Done colour (falls back to --ds-color-success-text-default).
 * @cssproperty --vk-color-text - Text colour (falls back to --ds-color-neutral-text-default).
 * @cssproperty --vk-color-background - Card background (falls back to --ds-color-neutral-background-default).
 * @cssproperty --vk-color-surface - Column background (falls back to --ds-color-neutral-surface-tinted).
 * @cssproperty --vk-color-border - Borders (falls back to --ds-color-neutral-border-default).
 * @cssproperty --vk-font-family - Font (falls back to --ds-font-family).
 * @cssproperty --vk-radius - Corner radius (falls back to --ds-border-radius-md).
 * @cssproperty --vk-pictogram-size - Card pictogram size (default 3rem; larger in participant mode).
 * @cssproperty --vk-plan-column-width - Column width (default 15rem).
 */
export class VkPlanBoard extends VkElement<PlanDocument, PlanOperation> {
  static override styles = [tokens, popoverStyles, planBoardStyles];
  protected get model(): typeof planModel {
    return planModel;
  }

  /** `adviser` (default): full editing. `participant`: large targets; mark done and read aloud only. */
  @property({ reflect: true }) mode: PlanMode = 'adviser';

  @state() private keyboardMove: KeyboardMove | null = null;
  @state() private panel: Panel | null = null;
  @state() private pickerQuery = '';
  @state() private pickerCategory: PictogramCategory | 'all' = 'all';
  @state() private formError = '';
  @query('.vk-popover') private popoverPanel!: HTMLElement | null;
  @query('.columns') private columnsElement!: HTMLElement | null;
  @query('.ghost-layer') private ghostLayer!: HTMLElement | null;

  /** Cards per column for the current document, computed once per document. */
  private byColumn = new Map<string, PlanCard[]>();
  private byColumnFor: PlanDocument | null = null;
  private pointerGesture: PointerGesture | null = null;
  private suppressClick = false;
  private focusAfterUpdate: string | null = null;
  private movingFocus = false;
  private panelAnchor: HTMLElement | null = null;
  private actionCard: HTMLElement | null = null;
  private columnReading: string | null = null;

  readonly #roving = new RovingFocus(this, {
    items: () => Array.from(this.renderRoot.querySelectorAll<HTMLElement>('.card-button')),
    orientation: () => 'both',
    enabled: () => !this.isDisabled,
  });
  readonly #popover = new PopoverController(this);
  readonly #readAloud = new ReadAloud(this);

  /** True in participant mode. */
  private get participant(): boolean {
    return this.mode === 'participant';
  }
  /** The adviser may change the plan's structure (add, edit, move, remove). */
  private get canArrange(): boolean {
    return this.editable && !this.participant;
  }

  protected override emptyMessage(): string {
    return msg('Ingen plan ennå.', { id: 'plan-board.empty' });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelPointer(false);
    this.keyboardMove = null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.document !== this.byColumnFor) {
      this.byColumnFor = this.document;
      this.byColumn = this.document ? cardsByColumn(this.document) : new Map();
      // A new document (from the host, or an undo) interrupts any gesture: nothing is committed.
      if (this.keyboardMove && this.keyboardMove.doc !== this.document) this.#cancelKeyboardMove(true);
      if (this.pointerGesture && this.pointerGesture.doc !== this.document) this.#cancelPointer(true);
      if (this.panel && this.panel.kind !== 'picker' && !this.document?.cards.some((c) => c.id === (this.panel as { cardId: string }).cardId)) this.#closePanel(false);
    }
    if ((changed.has('mode') || changed.has('readonly') || changed.has('disabled')) && !this.canArrange) {
      if (this.keyboardMove) this.#cancelKeyboardMove(true);
      if (this.pointerGesture) this.#cancelPointer(true);
      if (this.panel && this.panel.kind !== 'edit') this.#closePanel(false);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAfterUpdate) {
      const key = this.focusAfterUpdate;
      this.focusAfterUpdate = null;
      this.#roving.focus(key);
    }
    this.movingFocus = false;
    this.#syncActionTabStops();
    if (changed.has('panel') && this.panel && this.popoverPanel && !this.#popover.isOpen) {
      const anchor = this.panelAnchor?.isConnected ? this.panelAnchor : this.#cardButton((this.panel as { cardId?: string }).cardId ?? '');
      if (anchor) this.#popover.open(anchor, this.popoverPanel, () => (this.panel = null));
    }
  }

  /** The active card's own buttons join the tab order; every other card's stay out of it. */
  #syncActionTabStops(): void {
    const key = this.#roving.activeKey;
    const item = key ? this.#cardItem(key) : null;
    if (this.actionCard && this.actionCard !== item) for (const b of this.actionCard.querySelectorAll<HTMLElement>('.card-action')) b.tabIndex = -1;
    this.actionCard = item;
    if (item) for (const b of item.querySelectorAll<HTMLElement>('.card-action')) b.tabIndex = this.isDisabled ? -1 : 0;
  }

  // ----- view -----------------------------------------------------------------------------

  /** Cards per column as shown now: the document's, with a keyboard-lifted card at its new place. */
  #view(): Map<string, PlanCard[]> {
    const move = this.keyboardMove;
    if (!move) return this.byColumn;
    const view = new Map(this.byColumn);
    const card = this.document?.cards.find((c) => c.id === move.cardId);
    if (!card) return view;
    const source = (view.get(move.origin.columnId) ?? []).filter((c) => c.id !== move.cardId);
    view.set(move.origin.columnId, source);
    const target = (view.get(move.position.columnId) ?? []).slice();
    target.splice(move.position.index, 0, card);
    view.set(move.position.columnId, target);
    return view;
  }

  protected renderDocument(doc: PlanDocument): TemplateResult {
    const locale = this.textLocale;
    const language = doc.participantLanguage;
    const view = this.#view();
    const counts = planCounts(doc);
    const voices = new Map<string, boolean>();
    const hasVoice = (lang: string): boolean => {
      let known = voices.get(lang);
      if (known === undefined) voices.set(lang, (known = canReadAloud([{ text: '-', lang }])));
      return known;
    };
    const title = resolveText(doc.title, locale);
    return html`
      <div part="base" class="board" data-mode=${this.participant ? 'participant' : 'adviser'} ?data-moving=${this.keyboardMove !== null}>
        <div part="header" class="header">
          ${title ? html`<div class="title" id="board-title">${bilingual(doc.title, locale, language)}</div>` : nothing}
          <p class="summary">${msg(str`${counts.done} av ${counts.total} ferdig`, { id: 'plan-board.summary' })}</p>
          ${this.canArrange
            ? html`<div class="toolbar" role="group" aria-label=${msg('Angre og gjør om', { id: 'plan-board.toolbar' })}>
                <button type="button" class="tool" ?disabled=${!this.canUndo} @click=${() => this.#history('undo')}>${icons.undo}${msg('Angre', { id: 'plan-board.undo' })}</button>
                <button type="button" class="tool" ?disabled=${!this.canRedo} @click=${() => this.#history('redo')}>${icons.redo}${msg('Gjør om', { id: 'plan-board.redo' })}</button>
              </div>`
            : nothing}
        </div>
        <div
          part="columns"
          class="columns"
          @keydown=${this.#onKeydown}
          @keyup=${this.#onKeyup}
          @focusin=${this.#onFocusIn}
          @focusout=${this.#onFocusOut}
          @pointerdown=${this.#onPointerDown}
          @pointermove=${this.#onPointerMove}
          @pointerup=${this.#onPointerUp}
          @pointercancel=${this.#onPointerCancel}
          @lostpointercapture=${this.#onLostCapture}
          @click=${this.#onClick}
        >
          ${doc.columns.map((column, index) => this.#renderColumn(column, index, view.get(column.id) ?? [], locale, language, hasVoice))}
        </div>
        <span id="hint" class="vk-visually-hidden"
          >${this.canArrange
            ? msg('Enter åpner kortet. Mellomrom løfter kortet; flytt med piltastene og slipp med mellomrom.', { id: 'plan-board.hint.adviser' })
            : msg('Enter åpner kortet.', { id: 'plan-board.hint.view' })}</span
        >
        <div class="ghost-layer" aria-hidden="true"></div>
        <div class="vk-popover" part="popover" popover="manual" role="dialog" aria-labelledby="panel-title" tabindex="-1">
          ${this.panel ? this.#renderPanel(doc, this.panel, locale) : nothing}
        </div>
      </div>
    `;
  }

  #renderColumn(
    column: PlanColumn,
    index: number,
    cards: PlanCard[],
    locale: string,
    language: string | undefined,
    hasVoice: (lang: string) => boolean,
  ): TemplateResult {
    const headingId = `column-${index}`;
    const columnTitle = resolveText(column.title, locale);
    const readable = cards.some((card) => this.#readable(card, locale, language, hasVoice)) || hasVoice(resolvedLocale(column.title, locale));
    const reading = this.columnReading === column.id;
    return html`<div class="column" part="column" role="group" aria-labelledby=${headingId} data-column=${column.id} ?data-target=${this.keyboardMove?.position.columnId === column.id}>
      <div class="column-header" part="column-header">
        ${renderPictogram(column.pictogram, locale, true)}
        <div class="column-title" id=${headingId}>${bilingual(column.title, locale, language)}</div>
        <span class="count" aria-hidden="true">${cards.length}</span>
        <div class="column-actions">
          <button
            type="button"
            class="icon-button read"
            part="read-button"
            aria-disabled=${readable ? nothing : 'true'}
            aria-pressed=${reading ? 'true' : 'false'}
            title=${readable ? msg(str`Les opp kolonnen ${columnTitle}`, { id: 'plan-board.read.column' }) : msg('Opplesing ikke tilgjengelig', { id: 'plan-board.read.unavailable' })}
            ?disabled=${this.isDisabled}
            @click=${() => this.#readColumn(column)}
          >
            ${readable ? icons.speaker : icons.speakerOff}<span class="vk-visually-hidden"
              >${readable ? msg(str`Les opp kolonnen ${columnTitle}`, { id: 'plan-board.read.column' }) : msg(str`Opplesing ikke tilgjengelig: ${columnTitle}`, { id: 'plan-board.read.column-unavailable' })}</span
            >
          </button>
          ${this.canArrange
            ? html`<button type="button" class="icon-button add" data-add=${column.id} @click=${(e: Event) => this.#openPanel({ kind: 'picker', columnId: column.id }, e.currentTarget as HTMLElement)}>
                ${icons.plus}<span class="vk-visually-hidden">${msg(str`Legg til kort i ${columnTitle}`, { id: 'plan-board.add' })}</span>
              </button>`
            : nothing}
        </div>
      </div>
      <ul class="cards" part="cards" role="list" aria-labelledby=${headingId} data-column=${column.id}>
        ${repeat(
          cards,
          (card) => card.id,
          (card) => this.#renderCard(card, locale, language, hasVoice),
        )}
      </ul>
      ${cards.length === 0 ? html`<p class="column-empty">${msg('Ingen kort', { id: 'plan-board.column.empty' })}</p>` : nothing}
    </div>`;
  }

  #readable(card: PlanCard, locale: string, language: string | undefined, hasVoice: (lang: string) => boolean): boolean {
    return this.#speech(card, locale, language).some((part) => part.audio !== undefined || hasVoice(part.lang));
  }

  #renderCard(card: PlanCard, locale: string, language: string | undefined, hasVoice: (lang: string) => boolean): TemplateResult {
    const title = resolveText(card.title, locale);
    const done = card.done === true;
    const readable = this.#readable(card, locale, language, hasVoice);
    const arrange = this.canArrange;
    const canToggle = this.editable;
    const lifted = this.keyboardMove?.cardId === card.id;
    return html`<li
      class="card"
      part="card"
      data-card=${card.id}
      data-category=${card.category ?? 'other'}
      ?data-done=${done}
      ?data-speaking=${this.#readAloud.speaking === card.id}
      ?data-lifted=${lifted}
    >
      <button type="button" class="card-button" part="card-button" data-key=${card.id} aria-describedby="hint" aria-disabled=${this.isDisabled ? 'true' : nothing}>
        ${renderPictogram(card.pictogram, locale, true)}
        <span class="card-text">${bilingual(card.title, locale, language)}</span>
        ${card.time ? html`<span class="meta">${icons.clock}<span>${card.time}</span></span>` : nothing}
        ${card.place ? html`<span class="meta">${icons.place}<span>${bilingual(card.place, locale, language)}</span></span>` : nothing}
        ${done ? html`<span class="done-mark">${icons.check}<span class="vk-visually-hidden">${msg('Ferdig', { id: 'plan-board.done' })}</span></span>` : nothing}
      </button>
      <div class="card-actions">
        ${arrange ? html`<span class="grip" aria-hidden="true" title=${msg('Dra for å flytte', { id: 'plan-board.grip' })}>${icons.grip}</span>` : nothing}
        ${canToggle || this.participant
          ? html`<button
              type="button"
              role="checkbox"
              class="card-action done-toggle"
              part="done-toggle"
              tabindex="-1"
              aria-checked=${done ? 'true' : 'false'}
              ?disabled=${!canToggle}
              @click=${() => this.#toggleDone(card)}
            >
              <span class="box" aria-hidden="true">${done ? icons.check : nothing}</span><span class="done-label">${msg('Ferdig', { id: 'plan-board.done' })}</span
              ><span class="vk-visually-hidden">: ${title}</span>
            </button>`
          : nothing}
        <button
          type="button"
          class="card-action icon-button read"
          part="read-button"
          tabindex="-1"
          aria-disabled=${readable ? nothing : 'true'}
          title=${readable ? msg(str`Les opp ${title}`, { id: 'plan-board.read.card' }) : msg('Opplesing ikke tilgjengelig', { id: 'plan-board.read.unavailable' })}
          ?disabled=${this.isDisabled}
          @click=${() => this.#readCard(card)}
        >
          ${readable ? icons.speaker : icons.speakerOff}<span class="vk-visually-hidden"
            >${readable ? msg(str`Les opp ${title}`, { id: 'plan-board.read.card' }) : msg(str`Opplesing ikke tilgjengelig: ${title}`, { id: 'plan-board.read.card-unavailable' })}</span
          >
        </button>
        ${arrange
          ? html`<button type="button" class="card-action icon-button move" tabindex="-1" aria-haspopup="dialog" @click=${(e: Event) => this.#openPanel({ kind: 'move', cardId: card.id }, e.currentTarget as HTMLElement)}>
                ${icons.move}<span class="move-label">${msg('Flytt til…', { id: 'plan-board.move-to' })}</span><span class="vk-visually-hidden">${title}</span>
              </button>
              <button type="button" class="card-action icon-button edit" tabindex="-1" aria-haspopup="dialog" @click=${(e: Event) => this.#openPanel({ kind: 'edit', cardId: card.id }, e.currentTarget as HTMLElement)}>
                ${icons.edit}<span class="vk-visually-hidden">${msg(str`Rediger ${title}`, { id: 'plan-board.edit' })}</span>
              </button>`
          : nothing}
      </div>
    </li>`;
  }

  // ----- popover panels ---------------------------------------------------------------------

  #renderPanel(doc: PlanDocument, panel: Panel, locale: string): TemplateResult | typeof nothing {
    switch (panel.kind) {
      case 'picker':
        return this.#renderPicker(panel);
      case 'move': {
        const card = doc.cards.find((c) => c.id === panel.cardId);
        return card ? this.#renderMoveMenu(doc, card, locale) : nothing;
      }
      case 'edit': {
        const card = doc.cards.find((c) => c.id === panel.cardId);
        return card ? this.#renderEditForm(doc, card, locale) : nothing;
      }
    }
  }

  #renderPicker(panel: Extract<Panel, { kind: 'picker' }>): TemplateResult {
    const query = this.pickerQuery.trim().toLocaleLowerCase();
    const all = listBuiltInPictograms();
    const shown = all.filter((p) => (this.pickerCategory === 'all' || p.category === this.pickerCategory) && (!query || p.alt.toLocaleLowerCase().includes(query) || p.id.includes(query)));
    return html`<div class="picker">
      <h2 id="panel-title" class="panel-title">${panel.replaceCardId ? msg('Velg nytt bilde', { id: 'plan-board.picker.replace' }) : msg('Nytt kort: velg et bilde', { id: 'plan-board.picker.title' })}</h2>
      <div class="picker-filters">
        <label class="field">
          <span>${msg('Søk', { id: 'plan-board.picker.search' })}</span>
          <input type="search" autofocus .value=${this.pickerQuery} @input=${(e: Event) => (this.pickerQuery = (e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>${msg('Kategori', { id: 'plan-board.picker.category' })}</span>
          <select @change=${(e: Event) => (this.pickerCategory = (e.target as HTMLSelectElement).value as PictogramCategory | 'all')}>
            ${(['all', ...pictogramCategories] as const).map((c) => html`<option value=${c} ?selected=${c === this.pickerCategory}>${categoryLabel(c)}</option>`)}
          </select>
        </label>
      </div>
      <p class="vk-visually-hidden" role="status">${msg(str`${shown.length} bilder`, { id: 'plan-board.picker.count' })}</p>
      <ul class="picker-grid" role="list">
        ${shown.map(
          (p) => html`<li>
            <button type="button" class="picker-option" data-pictogram=${p.id} @click=${() => this.#choosePictogram(panel, p.id, p.alt, p.category)}>
              <img class="vk-pictogram" src=${p.src} alt="" draggable="false" /><span>${p.alt}</span>
            </button>
          </li>`,
        )}
      </ul>
      ${shown.length === 0 ? html`<p>${msg('Ingen bilder passer søket.', { id: 'plan-board.picker.none' })}</p>` : nothing}
      <div class="actions"><button type="button" @click=${() => this.#closePanel(true)}>${msg('Avbryt', { id: 'plan-board.cancel' })}</button></div>
    </div>`;
  }

  #renderMoveMenu(doc: PlanDocument, card: PlanCard, locale: string): TemplateResult {
    const position = positionOf(doc, card.id) as CardPosition;
    const count = this.byColumn.get(position.columnId)?.length ?? 0;
    return html`<div class="move-menu">
      <h2 id="panel-title" class="panel-title">${msg(str`Flytt ${resolveText(card.title, locale)}`, { id: 'plan-board.move.title' })}</h2>
      <ul role="list">
        ${position.index > 0
          ? html`<li><button type="button" data-to="up" @click=${() => this.#moveFromMenu(card.id, { columnId: position.columnId, index: position.index - 1 })}>${msg('Opp', { id: 'plan-board.move.up' })}</button></li>`
          : nothing}
        ${position.index < count - 1
          ? html`<li><button type="button" data-to="down" @click=${() => this.#moveFromMenu(card.id, { columnId: position.columnId, index: position.index + 1 })}>${msg('Ned', { id: 'plan-board.move.down' })}</button></li>`
          : nothing}
        ${doc.columns
          .filter((c) => c.id !== position.columnId)
          .map(
            (column) => html`<li>
              <button type="button" data-to=${column.id} @click=${() => this.#moveFromMenu(card.id, { columnId: column.id, index: this.byColumn.get(column.id)?.length ?? 0 })}>
                ${renderPictogram(column.pictogram, locale, true)}${resolveText(column.title, locale)}
              </button>
            </li>`,
          )}
      </ul>
      <div class="actions"><button type="button" @click=${() => this.#closePanel(true)}>${msg('Avbryt', { id: 'plan-board.cancel' })}</button></div>
    </div>`;
  }

  #renderEditForm(doc: PlanDocument, card: PlanCard, locale: string): TemplateResult {
    const language = doc.participantLanguage && baseLanguage(doc.participantLanguage) !== 'nb' ? doc.participantLanguage : undefined;
    const nb = (text: Text | undefined): string => (typeof text === 'string' ? text : (textIn(text, 'nb') ?? ''));
    const second = (text: Text | undefined): string => (language ? (textIn(text, language) ?? '') : '');
    const languageLabel = language ? languageName(language) : '';
    return html`<form class="edit-form" @submit=${(e: Event) => this.#submitEdit(e, card, language)}>
      <h2 id="panel-title" class="panel-title">${renderPictogram(card.pictogram, locale, true)} ${resolveText(card.title, locale)}</h2>
      <label class="field"><span>${msg('Tekst (norsk)', { id: 'plan-board.field.title' })}</span><input name="title" required lang="nb" .value=${nb(card.title)} /></label>
      ${language
        ? html`<label class="field"
            ><span>${msg(str`Tekst (${languageLabel})`, { id: 'plan-board.field.title-second' })}</span
            ><input name="title2" lang=${language} dir=${directionOf(language)} .value=${second(card.title)}
          /></label>`
        : nothing}
      <label class="field"
        ><span>${msg('Tid', { id: 'plan-board.field.time' })}</span
        ><input name="time" inputmode="numeric" placeholder="09:00-11:30" aria-describedby="time-format" .value=${card.time ?? ''} /><small id="time-format"
          >${msg('Format 09:00 eller 09:00-11:30', { id: 'plan-board.field.time-format' })}</small
        ></label
      >
      <label class="field"><span>${msg('Sted (norsk)', { id: 'plan-board.field.place' })}</span><input name="place" lang="nb" .value=${nb(card.place)} /></label>
      ${language
        ? html`<label class="field"
            ><span>${msg(str`Sted (${languageLabel})`, { id: 'plan-board.field.place-second' })}</span
            ><input name="place2" lang=${language} dir=${directionOf(language)} .value=${second(card.place)}
          /></label>`
        : nothing}
      <label class="field"><span>${msg('Notat', { id: 'plan-board.field.note' })}</span><textarea name="note" rows="3" .value=${nb(card.note)}></textarea></label>
      <label class="field"
        ><span>${msg('Kategori', { id: 'plan-board.picker.category' })}</span>
        <select name="category">
          <option value="" ?selected=${!card.category}>–</option>
          ${cardCategories.map((c) => html`<option value=${c} ?selected=${card.category === c}>${categoryLabel(c)}</option>`)}
        </select></label
      >
      <label class="check"><input type="checkbox" name="done" .checked=${card.done === true} />${msg('Ferdig', { id: 'plan-board.done' })}</label>
      ${this.formError ? html`<p class="form-error" role="alert">${this.formError}</p>` : nothing}
      <div class="actions">
        <button type="button" class="change-picture" @click=${() => this.#openPanel({ kind: 'picker', columnId: card.columnId, replaceCardId: card.id }, this.#cardButton(card.id))}>
          ${msg('Bytt bilde', { id: 'plan-board.change-picture' })}
        </button>
        <button type="button" class="remove danger" @click=${() => this.#remove(card)}>${msg('Fjern kortet', { id: 'plan-board.remove' })}</button>
        <button type="button" @click=${() => this.#closePanel(true)}>${msg('Avbryt', { id: 'plan-board.cancel' })}</button>
        <button type="submit" class="vk-primary">${msg('Lagre', { id: 'plan-board.save' })}</button>
      </div>
    </form>`;
  }

  #openPanel(panel: Panel, anchor: HTMLElement | null): void {
    if (this.isDisabled) return;
    if (!this.canArrange) return;
    if (this.#popover.isOpen) this.#popover.close(false);
    this.panelAnchor = anchor;
    this.formError = '';
    if (panel.kind === 'picker') {
      this.pickerQuery = '';
      this.pickerCategory = 'all';
    }
    this.panel = panel;
  }

  #closePanel(restoreFocus: boolean): void {
    this.#popover.close(restoreFocus);
    this.panel = null;
  }

  // ----- edits ---------------------------------------------------------------------------------

  #commit(operation: PlanOperation): boolean {
    if (!this.editable) return false;
    return this.commit(operation);
  }

  #history(which: 'undo' | 'redo'): void {
    // undo()/redo() announce what was undone and put focus back on the item.
    if (which === 'undo') this.undo();
    else this.redo();
  }

  #toggleDone(card: PlanCard): void {
    if (!this.editable) return;
    const done = card.done !== true;
    if (this.#commit({ type: 'card.done', cardId: card.id, done })) {
      const title = resolveText(card.title, this.textLocale);
      this.announcer.announce(done ? msg(str`${title}: ferdig`, { id: 'plan-board.announce.done' }) : msg(str`${title}: ikke ferdig`, { id: 'plan-board.announce.not-done' }));
    }
  }

  #choosePictogram(panel: Extract<Panel, { kind: 'picker' }>, pictogram: string, alt: string, category: PictogramCategory): void {
    const doc = this.document;
    if (!doc || !this.canArrange) return;
    if (panel.replaceCardId) {
      const id = panel.replaceCardId;
      this.#closePanel(false);
      this.#commit({ type: 'card.update', cardId: id, changes: { pictogram } });
      this.focusAfterUpdate = id;
      return;
    }
    const id = newCardId(doc);
    const card: PlanCard = { id, columnId: panel.columnId, title: { nb: alt }, pictogram, category };
    const index = this.byColumn.get(panel.columnId)?.length ?? 0;
    this.#closePanel(false);
    if (this.#commit({ type: 'card.add', card, columnId: panel.columnId, index })) {
      const column = doc.columns.find((c) => c.id === panel.columnId);
      this.announcer.announce(msg(str`Kort ${alt} lagt til i ${resolveText(column?.title, this.textLocale)}`, { id: 'plan-board.announce.added' }));
      this.focusAfterUpdate = id;
      // Straight on to the texts: the adviser usually adjusts them and adds the participant's language.
      void this.updateComplete.then(() => this.#openPanel({ kind: 'edit', cardId: id }, this.#cardButton(id)));
    }
  }

  #submitEdit(event: Event, card: PlanCard, language: string | undefined): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const read = (name: string): string => String(data.get(name) ?? '').trim();
    const title = read('title');
    const time = read('time');
    if (!title) {
      this.formError = msg('Kortet må ha en tekst på norsk.', { id: 'plan-board.error.title' });
      return;
    }
    if (time && !TIME_PATTERN.test(time)) {
      this.formError = msg('Skriv tiden som 09:00 eller 09:00-11:30.', { id: 'plan-board.error.time' });
      return;
    }
    const changes: Record<string, unknown> = {};
    let nextTitle = withLanguage(card.title, 'nb', title) as Text;
    if (language) nextTitle = withLanguage(nextTitle, language, read('title2')) as Text;
    if (!sameText(nextTitle, card.title)) changes.title = nextTitle;
    let place = withLanguage(card.place, 'nb', read('place'));
    if (language) place = withLanguage(place, language, read('place2'));
    if (!sameText(place, card.place)) changes.place = place ?? null;
    const note = withLanguage(card.note, 'nb', read('note'));
    if (!sameText(note, card.note)) changes.note = note ?? null;
    if (time !== (card.time ?? '')) changes.time = time || null;
    const category = read('category');
    if (category !== (card.category ?? '')) changes.category = category || null;
    const done = data.get('done') !== null;
    if (done !== (card.done === true)) changes.done = done;
    this.#closePanel(true);
    if (Object.keys(changes).length === 0) return;
    if (this.#commit({ type: 'card.update', cardId: card.id, changes: changes as CardChanges })) {
      this.announcer.announce(msg(str`${resolveText(this.document?.cards.find((c) => c.id === card.id)?.title, this.textLocale)}: endret`, { id: 'plan-board.announce.updated' }));
    }
  }

  #remove(card: PlanCard): void {
    const doc = this.document;
    if (!doc) return;
    const position = positionOf(doc, card.id) as CardPosition;
    const siblings = this.byColumn.get(position.columnId) ?? [];
    const neighbour = siblings[position.index + 1] ?? siblings[position.index - 1];
    this.#closePanel(false);
    if (this.#commit({ type: 'card.remove', cardId: card.id })) {
      this.announcer.announce(msg(str`${resolveText(card.title, this.textLocale)} fjernet. Angre med Ctrl+Z.`, { id: 'plan-board.announce.removed' }));
      if (neighbour) this.focusAfterUpdate = neighbour.id;
      else void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`.add[data-add="${CSS.escape(position.columnId)}"]`)?.focus());
    }
  }

  #moveFromMenu(cardId: string, to: CardPosition): void {
    const doc = this.document;
    if (!doc) return;
    const from = positionOf(doc, cardId);
    this.#closePanel(false);
    if (!from) return;
    this.#move(cardId, from, to);
    this.focusAfterUpdate = cardId;
  }

  /** Commits one `card.move` (nothing when the card would stay where it is) and announces it. */
  #move(cardId: string, from: CardPosition, to: CardPosition): boolean {
    if (from.columnId === to.columnId && from.index === to.index) {
      this.announcer.announce(msg(str`${this.#cardTitle(cardId)} ligger der det lå`, { id: 'plan-board.announce.unchanged' }));
      return false;
    }
    const moved = this.#commit({ type: 'card.move', cardId, from: { ...from }, to: { ...to } });
    if (moved) this.announcer.announce(msg(str`Sluppet. ${this.#positionText(cardId, to)}`, { id: 'plan-board.announce.dropped' }));
    return moved;
  }

  // ----- read aloud ----------------------------------------------------------------------------

  #speech(card: PlanCard, locale: string, language: string | undefined): Utterance[] {
    const lang = resolvedLocale(card.title, locale);
    const parts: Utterance[] = [{ text: resolveText(card.title, locale), lang, audio: audioFor(card.audio, lang) }];
    if (language && baseLanguage(language) !== baseLanguage(lang)) {
      const text = textIn(card.title, language);
      const audio = audioFor(card.audio, language);
      if (text || audio) parts.push({ text: text || parts[0].text, lang: language, audio });
    }
    return parts;
  }

  async #readCard(card: PlanCard): Promise<void> {
    if (this.isDisabled) return;
    this.columnReading = null;
    if (this.#readAloud.speaking === card.id) {
      this.#readAloud.stop();
      return;
    }
    const result = await this.#readAloud.read(card.id, this.#speech(card, this.textLocale, this.document?.participantLanguage));
    if (result === 'unavailable') this.announcer.announce(msg('Opplesing ikke tilgjengelig', { id: 'plan-board.read.unavailable' }));
  }

  async #readColumn(column: PlanColumn): Promise<void> {
    if (this.isDisabled) return;
    if (this.columnReading === column.id) {
      this.columnReading = null;
      this.#readAloud.stop();
      return;
    }
    const locale = this.textLocale;
    const language = this.document?.participantLanguage;
    this.columnReading = column.id;
    const lang = resolvedLocale(column.title, locale);
    let heard = false;
    const title = await this.#readAloud.read(`column:${column.id}`, [{ text: resolveText(column.title, locale), lang }]);
    heard ||= title === 'done';
    if (title !== 'stopped') {
      for (const card of this.byColumn.get(column.id) ?? []) {
        if (this.columnReading !== column.id) break;
        const result = await this.#readAloud.read(card.id, this.#speech(card, locale, language));
        if (result === 'stopped') break;
        heard ||= result === 'done';
      }
    }
    if (this.columnReading === column.id) this.columnReading = null;
    this.requestUpdate();
    if (!heard && title !== 'stopped') this.announcer.announce(msg('Opplesing ikke tilgjengelig', { id: 'plan-board.read.unavailable' }));
  }

  // ----- keyboard ----------------------------------------------------------------------------

  #cardTitle(cardId: string): string {
    return resolveText(this.document?.cards.find((c) => c.id === cardId)?.title, this.textLocale);
  }

  /** "Card X: column Tuesday, place 2 of 4" for a card at `position` (after it left its source). */
  #positionText(cardId: string, position: CardPosition): string {
    const column = this.document?.columns.find((c) => c.id === position.columnId);
    const others = (this.byColumn.get(position.columnId) ?? []).filter((c) => c.id !== cardId).length;
    const place = position.index + 1;
    const total = others + 1;
    return msg(str`Kort ${this.#cardTitle(cardId)}: kolonne ${resolveText(column?.title, this.textLocale)}, plass ${place} av ${total}`, { id: 'plan-board.announce.position' });
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.pointerGesture?.dragging) {
      event.preventDefault();
      this.#cancelPointer(true);
      return;
    }
    if (this.isDisabled) return;
    const button = (event.target as HTMLElement).closest?.('.card-button') as HTMLElement | null;
    const cardId = button?.dataset.key;
    if (!button || !cardId) return;
    if (this.keyboardMove) {
      this.#onMoveKey(event);
      return;
    }
    const key = event.key;
    if (key === 'Enter') {
      event.preventDefault();
      this.open('card', cardId);
      return;
    }
    if (key === ' ') {
      event.preventDefault();
      if (this.canArrange) this.#pickUp(cardId);
      return;
    }
    if (event.altKey || event.metaKey || (event.ctrlKey && key !== 'Home' && key !== 'End')) return;
    const target = this.#navigate(cardId, key, event.ctrlKey);
    if (target === undefined) return;
    event.preventDefault();
    if (target) this.#roving.focus(target);
  }

  #onKeyup(event: KeyboardEvent): void {
    // A button clicks on Space's keyup; on a card Space lifts it, it does not open it.
    if (event.key === ' ' && (event.target as HTMLElement).classList?.contains('card-button')) event.preventDefault();
  }

  /** The card id focus moves to for a navigation key; null: a navigation key with nowhere to go; undefined: not ours. */
  #navigate(cardId: string, key: string, ctrl: boolean): string | null | undefined {
    const doc = this.document;
    if (!doc) return undefined;
    const columns = doc.columns.map((c) => this.byColumn.get(c.id) ?? []);
    const col = columns.findIndex((cards) => cards.some((c) => c.id === cardId));
    if (col < 0) return undefined;
    const cards = columns[col];
    const index = cards.findIndex((c) => c.id === cardId);
    const rtl = isRtl(this);
    const step = key === 'ArrowRight' ? (rtl ? -1 : 1) : key === 'ArrowLeft' ? (rtl ? 1 : -1) : 0;
    if (step !== 0) {
      for (let c = col + step; c >= 0 && c < columns.length; c += step) {
        if (columns[c].length > 0) return columns[c][Math.min(index, columns[c].length - 1)].id;
      }
      return null;
    }
    switch (key) {
      case 'ArrowDown':
        return cards[index + 1]?.id ?? null;
      case 'ArrowUp':
        return cards[index - 1]?.id ?? null;
      case 'Home':
        return ctrl ? (columns.find((c) => c.length > 0)?.[0].id ?? null) : cards[0].id;
      case 'End': {
        if (!ctrl) return cards[cards.length - 1].id;
        const last = [...columns].reverse().find((c) => c.length > 0);
        return last ? last[last.length - 1].id : null;
      }
      default:
        return undefined;
    }
  }

  #pickUp(cardId: string): void {
    const doc = this.document;
    const origin = doc ? positionOf(doc, cardId) : null;
    if (!doc || !origin || this.pointerGesture) return;
    this.keyboardMove = { cardId, origin, position: origin, doc };
    this.announcer.announce(
      msg(str`Løftet. ${this.#positionText(cardId, origin)}. Piltastene flytter, mellomrom slipper, Escape avbryter.`, { id: 'plan-board.announce.picked-up' }),
    );
  }

  #onMoveKey(event: KeyboardEvent): void {
    const move = this.keyboardMove as KeyboardMove;
    const doc = move.doc;
    const key = event.key;
    if (key === 'Tab') return;
    event.preventDefault();
    if (key === ' ' || key === 'Enter') {
      this.keyboardMove = null;
      if (this.document !== doc) return;
      this.focusAfterUpdate = move.cardId;
      this.movingFocus = true;
      this.#move(move.cardId, move.origin, move.position);
      return;
    }
    if (key === 'Escape') {
      this.#cancelKeyboardMove(true);
      return;
    }
    const columnIndex = doc.columns.findIndex((c) => c.id === move.position.columnId);
    const othersIn = (columnId: string): number => (this.byColumn.get(columnId) ?? []).filter((c) => c.id !== move.cardId).length;
    let position = move.position;
    const rtl = isRtl(this);
    const step = key === 'ArrowRight' ? (rtl ? -1 : 1) : key === 'ArrowLeft' ? (rtl ? 1 : -1) : 0;
    if (step !== 0) {
      const column = doc.columns[columnIndex + step];
      if (column) position = { columnId: column.id, index: Math.min(position.index, othersIn(column.id)) };
    } else if (key === 'ArrowUp') position = { ...position, index: Math.max(0, position.index - 1) };
    else if (key === 'ArrowDown') position = { ...position, index: Math.min(othersIn(position.columnId), position.index + 1) };
    else if (key === 'Home') position = { ...position, index: 0 };
    else if (key === 'End') position = { ...position, index: othersIn(position.columnId) };
    else return;
    if (position.columnId === move.position.columnId && position.index === move.position.index) {
      this.announcer.announce(this.#positionText(move.cardId, position));
      return;
    }
    // The card's button may be re-created in its new list: keep focus on it, and do not read
    // that as focus loss.
    this.movingFocus = true;
    this.focusAfterUpdate = move.cardId;
    this.keyboardMove = { ...move, position };
    this.announcer.announce(this.#positionText(move.cardId, position));
  }

  #cancelKeyboardMove(announce: boolean): void {
    const move = this.keyboardMove;
    if (!move) return;
    this.keyboardMove = null;
    if (this.#cardButton(move.cardId) === this.shadowRoot?.activeElement) this.focusAfterUpdate = move.cardId;
    this.movingFocus = true;
    if (announce) this.announcer.announce(msg(str`Flytting avbrutt. ${this.#positionText(move.cardId, move.origin)}`, { id: 'plan-board.announce.cancelled' }));
  }

  #onFocusIn(event: FocusEvent): void {
    const item = (event.target as HTMLElement).closest?.('.card') as HTMLElement | null;
    const key = item?.dataset.card;
    if (key && key !== this.#roving.activeKey) {
      this.#roving.activeKey = key;
      this.#roving.sync();
      this.#syncActionTabStops();
    }
  }

  #onFocusOut(event: FocusEvent): void {
    // Focus leaving mid pointer-drag (another window, a script moving focus) abandons the drag.
    if (this.pointerGesture?.dragging && event.target === this.pointerGesture.button) {
      this.#cancelPointer(true);
      return;
    }
    const move = this.keyboardMove;
    if (!move || this.movingFocus) return;
    const next = event.relatedTarget as HTMLElement | null;
    if (next && next.closest?.('.card-button') && (next as HTMLElement).dataset.key === move.cardId) return;
    // Focus left the lifted card (Tab, a click elsewhere, the window): the move is abandoned.
    this.#cancelKeyboardMove(true);
  }

  // ----- pointer -----------------------------------------------------------------------------

  #onClick(event: MouseEvent): void {
    const button = (event.target as HTMLElement).closest?.('.card-button') as HTMLElement | null;
    if (!button) return;
    if (this.suppressClick) {
      this.suppressClick = false;
      event.preventDefault();
      return;
    }
    if (this.isDisabled || this.keyboardMove) return;
    const id = button.dataset.key;
    if (id) this.open('card', id);
  }

  #onPointerDown(event: PointerEvent): void {
    this.suppressClick = false;
    if (!this.canArrange || this.keyboardMove || this.pointerGesture || event.button !== 0 || !event.isPrimary) return;
    const target = event.target as HTMLElement;
    const fromGrip = target.closest?.('.grip') !== null;
    const item = (fromGrip || target.closest?.('.card-button') ? target.closest('.card') : null) as HTMLElement | null;
    const button = item?.querySelector<HTMLElement>('.card-button') ?? null;
    const cardId = button?.dataset.key;
    const doc = this.document;
    if (!button || !item || !cardId || !doc) return;
    // Touch drags start from the grip only, so a finger on a card still scrolls the page.
    if (event.pointerType === 'touch' && !fromGrip) return;
    const origin = positionOf(doc, cardId);
    if (!origin) return;
    try {
      button.setPointerCapture(event.pointerId);
    } catch {
      // A synthetic or already-released pointer cannot be captured; the gesture still works.
    }
    this.pointerGesture = {
      pointerId: event.pointerId,
      cardId,
      button,
      item,
      origin,
      doc,
      startX: event.clientX,
      startY: event.clientY,
      x: event.clientX,
      y: event.clientY,
      dragging: false,
      target: null,
      ghost: null,
      rect: null,
      scrollLeft0: this.columnsElement?.scrollLeft ?? 0,
      scrollY0: window.scrollY,
      frame: 0,
    };
  }

  #onPointerMove(event: PointerEvent): void {
    const gesture = this.pointerGesture;
    if (!gesture || event.pointerId !== gesture.pointerId) return;
    gesture.x = event.clientX;
    gesture.y = event.clientY;
    if (!gesture.dragging) {
      if (Math.hypot(gesture.x - gesture.startX, gesture.y - gesture.startY) < DRAG_THRESHOLD) return;
      this.#startPointerDrag(gesture);
    }
    event.preventDefault();
    this.#trackPointer(gesture);
  }

  #startPointerDrag(gesture: PointerGesture): void {
    gesture.dragging = true;
    gesture.rect = gesture.item.getBoundingClientRect();
    const ghost = gesture.item.cloneNode(true) as HTMLElement;
    ghost.classList.add('ghost');
    ghost.removeAttribute('part');
    ghost.setAttribute('dir', isRtl(this) ? 'rtl' : 'ltr');
    ghost.setAttribute('inert', '');
    ghost.style.setProperty('inline-size', `${gesture.rect.width}px`);
    this.ghostLayer?.append(ghost);
    gesture.ghost = ghost;
    gesture.item.dataset.dragging = '';
    // Escape cancels wherever focus is (a drag from the grip does not focus the card).
    document.addEventListener('keydown', this.#onDocumentKeydown, true);
    this.announcer.announce(msg(str`Løftet. ${this.#positionText(gesture.cardId, gesture.origin)}`, { id: 'plan-board.announce.pointer-picked-up' }));
    const tick = (): void => {
      if (this.pointerGesture !== gesture || !gesture.dragging) return;
      if (this.#autoScroll(gesture)) this.#trackPointer(gesture);
      gesture.frame = requestAnimationFrame(tick);
    };
    gesture.frame = requestAnimationFrame(tick);
  }

  /** Moves the ghost under the pointer and the drop indicator to the place it points at. */
  #trackPointer(gesture: PointerGesture): void {
    const target = this.#targetAt(gesture.x, gesture.y, gesture.cardId);
    const rect = gesture.rect as DOMRect;
    const x = rect.left + gesture.x - gesture.startX;
    const y = rect.top + gesture.y - gesture.startY;
    gesture.ghost?.style.setProperty('transform', `translate(${x}px, ${y}px)`);
    const changed = target?.columnId !== gesture.target?.columnId || target?.index !== gesture.target?.index;
    gesture.target = target;
    if (!changed) return;
    this.#showIndicator(target, gesture.cardId);
    if (target) this.announcer.announce(this.#positionText(gesture.cardId, target));
  }

  /** The drop position under a point: the nearest column, and the slot by card midpoints. */
  #targetAt(x: number, y: number, cardId: string): CardPosition | null {
    let best: HTMLElement | null = null;
    let bestDistance = Infinity;
    for (const column of this.renderRoot.querySelectorAll<HTMLElement>('.column')) {
      const r = column.getBoundingClientRect();
      const dx = x < r.left ? r.left - x : x > r.right ? x - r.right : 0;
      const dy = y < r.top ? r.top - y : y > r.bottom ? y - r.bottom : 0;
      const distance = Math.hypot(dx, dy);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = column;
      }
    }
    const columnId = best?.dataset.column;
    if (!best || !columnId) return null;
    const cards = this.#otherCards(best, cardId);
    let index = cards.length;
    for (let i = 0; i < cards.length; i++) {
      const r = cards[i].getBoundingClientRect();
      if (y < r.top + r.height / 2) {
        index = i;
        break;
      }
    }
    return { columnId, index };
  }

  #otherCards(column: Element, cardId: string): HTMLElement[] {
    return Array.from(column.querySelectorAll<HTMLElement>(':scope > .cards > .card')).filter((li) => li.dataset.card !== cardId);
  }

  #showIndicator(target: CardPosition | null, cardId: string): void {
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[data-drop]')) delete el.dataset.drop;
    if (!target) return;
    const column = this.renderRoot.querySelector<HTMLElement>(`.column[data-column="${CSS.escape(target.columnId)}"]`);
    if (!column) return;
    column.dataset.drop = 'column';
    const cards = this.#otherCards(column, cardId);
    const list = column.querySelector<HTMLElement>('.cards');
    if (cards[target.index]) cards[target.index].dataset.drop = 'before';
    else if (cards.length > 0) cards[cards.length - 1].dataset.drop = 'after';
    else if (list) list.dataset.drop = 'empty';
  }

  /** Scrolls the columns or the page when the pointer is near an edge; true when it scrolled. */
  #autoScroll(gesture: PointerGesture): boolean {
    const columns = this.columnsElement;
    let scrolled = false;
    if (columns && columns.scrollWidth > columns.clientWidth) {
      const r = columns.getBoundingClientRect();
      const dx = gesture.x < r.left + AUTO_SCROLL_EDGE ? -AUTO_SCROLL_STEP : gesture.x > r.right - AUTO_SCROLL_EDGE ? AUTO_SCROLL_STEP : 0;
      if (dx !== 0) {
        const before = columns.scrollLeft;
        columns.scrollLeft += dx;
        scrolled ||= columns.scrollLeft !== before;
      }
    }
    const dy = gesture.y < AUTO_SCROLL_EDGE ? -AUTO_SCROLL_STEP : gesture.y > window.innerHeight - AUTO_SCROLL_EDGE ? AUTO_SCROLL_STEP : 0;
    if (dy !== 0) {
      const before = window.scrollY;
      window.scrollBy(0, dy);
      scrolled ||= window.scrollY !== before;
    }
    return scrolled;
  }

  #onPointerUp(event: PointerEvent): void {
    const gesture = this.pointerGesture;
    if (!gesture || event.pointerId !== gesture.pointerId) return;
    if (!gesture.dragging) {
      this.#endPointer(gesture);
      return;
    }
    gesture.x = event.clientX;
    gesture.y = event.clientY;
    const target = this.#targetAt(gesture.x, gesture.y, gesture.cardId);
    this.#endPointer(gesture);
    this.suppressClick = true;
    if (!target || this.document !== gesture.doc) return;
    if (this.#move(gesture.cardId, gesture.origin, target)) this.focusAfterUpdate = gesture.cardId;
  }

  #onPointerCancel(event: PointerEvent): void {
    if (this.pointerGesture && event.pointerId === this.pointerGesture.pointerId) this.#cancelPointer(true);
  }

  #onLostCapture(event: PointerEvent): void {
    // Capture lost mid-drag without a pointerup (the element was re-rendered away, say): abandon.
    if (this.pointerGesture?.dragging && event.pointerId === this.pointerGesture.pointerId) this.#cancelPointer(true);
  }

  #cancelPointer(announce: boolean): void {
    const gesture = this.pointerGesture;
    if (!gesture) return;
    const wasDragging = gesture.dragging;
    this.#endPointer(gesture);
    if (wasDragging) {
      this.suppressClick = true;
      if (announce) this.announcer.announce(msg(str`Flytting avbrutt. ${this.#positionText(gesture.cardId, gesture.origin)}`, { id: 'plan-board.announce.cancelled' }));
    }
  }

  readonly #onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.pointerGesture?.dragging) return;
    event.preventDefault();
    event.stopPropagation();
    this.#cancelPointer(true);
  };

  #endPointer(gesture: PointerGesture): void {
    document.removeEventListener('keydown', this.#onDocumentKeydown, true);
    this.pointerGesture = null;
    cancelAnimationFrame(gesture.frame);
    gesture.ghost?.remove();
    delete gesture.item.dataset.dragging;
    this.#showIndicator(null, gesture.cardId);
    try {
      if (gesture.button.hasPointerCapture(gesture.pointerId)) gesture.button.releasePointerCapture(gesture.pointerId);
    } catch {
      // Already released.
    }
  }

  // ----- lookups -----------------------------------------------------------------------------

  #cardButton(cardId: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.card-button[data-key="${CSS.escape(cardId)}"]`);
  }

  #cardItem(cardId: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.card[data-card="${CSS.escape(cardId)}"]`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vk-plan-board': VkPlanBoard;
  }
}
