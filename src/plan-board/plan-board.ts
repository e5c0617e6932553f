import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { VkElement } from '../core/vk-element.js';
import { historyShortcut } from '../core/history-keys.js';
import { nothingWords } from '../core/history-words.js';
import type { ChangeSource } from '../core/events.js';
import { headingLevel, headingLevelAttribute } from '../core/heading-level.js';
import { focusWhenUpdated, isRtl } from '../core/roving-focus.js';
import { renderNoDays } from './board-empty.js';
import { bilingual, nameLocale } from '../core/bilingual.js';
import { isolate, resolveText } from '../core/text.js';
import { getLocale } from '../core/localize.js';
import { tokens } from '../core/tokens.js';
import { participantEdit, planModel } from './plan-board.model.js';
import { BoardIndex } from './board-index.js';
import { BoardWidth } from './board-width.js';
import { applyWordWidths, boardWords, type WidestWords } from './board-words.js';
import { planBoardStyles } from './plan-board.styles.js';
import { planBoardPrintStyles } from './print.styles.js';
import { cardIconStyles } from './card-icons.js';
import type { PlanCard, PlanDocument, PlanMode, PlanOperation } from './plan-board.types.js';
import { icons } from './icons.js';
import { columnName, dayPosition, describePlanOperation, doneSummary } from './board-text.js';
import { cardName, type CardView } from './card.js';
import { columnDeps, renderColumn, type ColumnViewOptions } from './column.js';
import { CardNodes } from './card-list.js';
import { renderDaySwitcher, shownDay, SwipeTracker } from './day-switcher.js';
import type { BoardDrag } from './board-drag.js';
import { boardMoves, type BoardMoves } from './board-moves.js';
import { ColumnWindows, FirstFrame } from './windowing.js';
import type { KeyboardMove, KeyboardMoves } from './keyboard-move.js';
import { navigate } from './board-navigation.js';
import { BoardVoice } from './board-voice.js';
import type { Panel } from './board-panels.js';
import type { BoardEditorHost } from './board-editor.js';
import { LazyEditing, preloadEditingOnIdle } from './board-lazy-editing.js';
import { BoardFocus, keyAfter } from './board-focus.js';
import { bigLabel, historyShown, historyToolbar } from './board-toolbar.js';
import { HistoryDay } from './board-history-day.js';
import { adoptLateStyles } from './late-styles.js';
import { cuesLater } from './board-cues.js';
import { addState, boardFull, refusedFull, renderFullNote } from './board-limits.js';
import { prepareMaskImages } from '../core/mask-images.js';

export { categoryLabel } from './board-text.js';

export { NARROW_BELOW } from './board-width.js';

/**
 * A visual individual plan: columns (a week, "now / next / later", goal areas — whatever the
 * document gives) of pictogram cards with a short text in plain Norwegian and, when the document
 * has `participantLanguage`, the same text in that language under it.
 *
 * Layout follows the board's own width (container queries on the host, not the viewport):
 * columns side by side at a comfortable minimum width, scrolling sideways when they do not fit;
 * below 30em (480 px at 16 px text) one column at a time with a day switcher (tabs named by the column titles; arrows,
 * Home/End, swipe; "Tirsdag, 2 av 5").
 *
 * Keyboard: the cards and the column buttons are one tab stop (roving focus); ↑/↓ within a
 * column, ←/→ between columns (flipped in RTL); Home/End first/last card of the column,
 * Ctrl+Home/End of the board; Enter opens the card (`vk-open`). Adviser mode: Space picks the
 * card up, arrows move it, Space or Enter drops it (one `card.move`), Escape or Tab puts it back;
 * each card's secondary actions sit behind one menu button (WAI-ARIA APG menu button);
 * Ctrl+Z / Ctrl+Shift+Z undo and redo. Pointer drag (mouse, pen; touch from the grip).
 *
 * Participant mode (`mode="participant"`): large targets; tapping a card reads it aloud (again
 * stops), Done is a separate large checkbox; with `proposals` the participant may propose a card
 * (`card.add` with `proposedBy: "participant"`) by picture, without typing.
 *
 * @summary Pictogram plan board: columns of bilingual cards, moved by pointer or keyboard.
 * @element vk-plan-board
 *
 * @event vk-change - The user made an edit (`card.add`, `card.update`, `card.remove`, `card.move`, `card.done`), or `undo()`/`redo()` did. Detail `{ value, operation, source: "user" | "undo" | "redo" }`; cancelable: `preventDefault()` reverts it.
 * @event change - After a `vk-change` that was not cancelled.
 * @event vk-error - A value was rejected; the last valid document stays. Detail `{ code: "invalid-json" | "invalid-document" | "unsupported-version", message, issues: [{ path, message }] }`, `path` a JSON Pointer (RFC 6901).
 * @event vk-open - The user opened a card. Detail `{ kind: "card", id }`.
 *
 * @csspart base - The wrapper of the whole board.
 * @csspart header - Title, summary and the Undo/Redo toolbar.
 * @csspart day-switcher - The tabs shown when one column shows at a time.
 * @csspart columns - The row of columns.
 * @csspart column - One column.
 * @csspart column-header - A column's pictogram, title and buttons.
 * @csspart cards - A column's list of cards.
 * @csspart card - One card (list item).
 * @csspart card-button - The focusable main control of a card.
 * @csspart done-toggle - The "done" checkbox of a card.
 * @csspart read-button - A column's read-aloud button.
 * @csspart popover - The menu, picker, edit, move and proposal popover.
 * @csspart pictogram - A pictogram image.
 * @csspart text - Text in the UI locale.
 * @csspart text-second - The same text in the participant's language.
 * @csspart empty - The empty or error state.
 * @csspart no-days - "Planen har ingen dager ennå." (adviser mode adds "Dagene legges inn i fagsystemet."): a plan with no columns.
 *
 * @cssproperty --vk-color-accent - Focus, drop indicator and reading highlight (falls back to --ds-color-accent-base-default).
 * @cssproperty --vk-color-success - Done colour (falls back to --ds-color-success-text-default).
 * @cssproperty --vk-color-text - Text colour (falls back to --ds-color-neutral-text-default).
 * @cssproperty --vk-color-background - Card background (falls back to --ds-color-neutral-background-default).
 * @cssproperty --vk-color-surface - Column background (falls back to --ds-color-neutral-surface-tinted).
 * @cssproperty --vk-color-border - Borders (falls back to --ds-color-neutral-border-default).
 * @cssproperty --vk-font-family - Font (falls back to --ds-font-family).
 * @cssproperty --vk-radius - Corner radius (falls back to --ds-border-radius-md).
 * @cssproperty --vk-radius-lg - Column and popover corner radius (falls back to --ds-border-radius-lg).
 * @cssproperty --vk-color-success-surface - A done card's background (falls back to --ds-color-success-surface-tinted).
 * @cssproperty --vk-target-size - Smallest touch target: the day tabs, the editor's buttons, the recorder (default 2.75rem, WCAG 2.5.5's 44 px).
 * @cssproperty --vk-pictogram-size - Card pictogram size (default 3rem, 5rem in participant mode; a value set applies in both modes).
 * @cssproperty --vk-plan-column-width - Smallest column width (default 13 times the board's text, --vk-font-size: 13rem at default; in participant mode wider where a card's longest word needs it, up to 30 times).
 */
export class VkPlanBoard extends VkElement<PlanDocument, PlanOperation> {
  static override styles = [tokens, planBoardStyles, cardIconStyles, planBoardPrintStyles];

  /** body text, bold, card details (0.875rem), the title (1.2em) (see `VkElement.firstRenderFonts`). */
  static override readonly firstRenderFonts = [[1, 400], [1, 600], [0.875, 400], [1.2, 600]] as const;
  static override readonly focusItem = '.card';

  /** Also loads the card icons' mask images (core/mask-images.ts) (see `VkElement.prepare`). */
  static override prepare(): void {
    super.prepare();
    prepareMaskImages();
  }
  protected get model(): typeof planModel {
    return planModel;
  }

  /** `adviser` (default): full editing. `participant`: large targets; mark done, read aloud, propose. */
  @property({ reflect: true }) mode: PlanMode = 'adviser';
  /** In participant mode, the participant may propose cards (contract §1). */
  @property({ type: Boolean, reflect: true }) proposals = false;
  /** The heading level (1–6) of the board title; column titles are one level below (at most 6). Default 2. */
  @property({ attribute: 'heading-level', converter: headingLevelAttribute }) headingLevel = 2;

  /** One column at a time (the board is narrower than NARROW_BELOW). */
  // A board first laid out when shown (it was hidden at its first render) fills its first frame then;
  // its long words are measured again in its style now (a user's letter spacing, its font).
  readonly #width = new BoardWidth(this, () => {
    const filled = this.#firstFrame.fill(this.renderRoot);
    if (this.#wordWidths.restyled(this.#style) || filled) this.requestUpdate();
  });
  private get narrow(): boolean { return this.#width.narrow; } // prettier-ignore
  /** The column shown when narrow. */
  @state() private currentColumn = 0;
  #wasNarrow = false;

  /** Cards per column, places and counts for the current document, computed once per document. */
  readonly #index = new BoardIndex();
  private seenRevision = 0;
  private focusAfterUpdate: string | null = null;
  /** Undo and Redo (adviser; a participant with Done boxes or proposals): the tab stop, and focus kept there after a step pressed there. */
  readonly #toolbar = historyToolbar(this, () => this.editable && !!this.document && historyShown(this.participant, this.document, this.canPropose));
  private readonly swipe = new SwipeTracker();
  readonly #day = new HistoryDay({ document: () => this.document, shown: () => (this.narrow ? this.currentColumn : null), show: (i) => (this.currentColumn = i), locale: () => this.textLocale });

  readonly #windows = new ColumnWindows(this, () => (this.participant ? 220 : 110));
  /** The cards' list items by card id: a card that changes column moves, focus and all (see card-list.ts). */
  readonly #nodes = new CardNodes();
  /** A new board's first frame: a screenful of each column (see windowing.ts). Keyboard focus on a card not yet rendered completes the board at once. */
  readonly #firstFrame = new FirstFrame();
  #shownDocument = false;
  /** The widest words an adviser column must hold (board-words.ts), remembered for the texts they came from. */
  #words: WidestWords = { title: 0, place: 0 };
  readonly #wordWidths = boardWords();
  readonly #style = (): CSSStyleDeclaration => getComputedStyle(this);
  /** The roving focus: the one item in the tab order. */
  readonly #focus = new BoardFocus({
    root: () => this.renderRoot,
    connected: () => this.isConnected,
    disabled: () => this.isDisabled,
    columnOfCard: (cardId) => this.#moves.shownIn(cardId) ?? this.#index.columnOf(cardId),
    reveal: (columnId) => this.narrow && this.#showColumn(columnId),
    neighbourOf: (cardId) => keyAfter({ type: 'card.remove', cardId }, this.#index.previous, (columnId) => this.#index.cardsIn(columnId), this.canArrange, null),
    renderAll: () => {
      this.#firstFrame.complete();
      this.requestUpdate();
      this.performUpdate();
    },
  });
  /** The editing UI (popover panels and the editor), loaded on first use: a read-only board never loads it. */
  readonly #editing = new LazyEditing(this, {
    panels: {
      root: () => this.renderRoot as ShadowRoot,
      fallbackFocus: () => this.#focus.element(this.#focus.activeKey) ?? this.defaultFocusTarget(),
      // Its day shown first (one day at a time: the host may have moved the card to another).
      cardControl: (cardId) => this.#focus.ensureRendered(`c:${cardId}`),
      large: () => this.participant,
      loadFailed: (error) => this.announcer.loadFailed(error, 'recorder'), // the recorder's chunk (board-lazy-editing.ts clears it)
    },
    editorHost: () => this.#editorHost(),
  });
  readonly #voice = new BoardVoice(this, {
    locale: () => this.textLocale,
    document: () => this.document,
    cardsIn: (columnId) => this.#index.cardsIn(columnId),
    announce: (text) => this.announcer.announce(text),
    disabled: () => this.isDisabled,
  });
  /** Keyboard pick-up and pointer drag, and the move both end in (see board-moves.ts). */
  readonly #moves: KeyboardMoves;
  readonly #drag: BoardDrag;
  readonly #move: BoardMoves['move'];
  readonly #putBack: BoardMoves['putBack'];

  constructor() {
    super();
    cuesLater(this); // the edge cues, in a chunk of their own; the board held weakly until it comes
    ({ moves: this.#moves, drag: this.#drag, move: this.#move, putBack: this.#putBack } = boardMoves(this, {
      index: this.#index,
      document: () => this.document,
      revision: () => this.hostRevision,
      cardControl: (cardId) => this.#focus.element(`c:${cardId}`),
      title: (cardId) => this.#cardTitle(cardId),
      locale: () => this.textLocale,
      announce: (text) => this.announcer.announce(text),
      canArrange: () => this.canArrange,
      commit: (operation) => this.#commit(operation),
      reveal: (columnId) => this.narrow && this.#showColumn(columnId),
      focusAfterUpdate: (key) => (this.focusAfterUpdate = key),
    }));
  }

  /** The board as the lazily loaded editor sees it. */
  #editorHost(): BoardEditorHost {
    const board = this;
    return {
      get root() {
        return board.renderRoot as ShadowRoot;
      },
      get updateComplete() {
        return board.updateComplete;
      },
      document: () => this.document,
      locale: () => this.textLocale,
      canArrange: () => this.canArrange,
      canPropose: () => this.canPropose,
      commit: (operation) => this.#commit(operation),
      landedId: (cardId) => this.landedId(cardId),
      announce: (text) => this.announcer.announce(text),
      cardTitle: (cardId) => this.#cardTitle(cardId),
      cardsIn: (columnId) => this.#index.cardsIn(columnId),
      position: (cardId) => this.#index.position(cardId),
      move: this.#move,
      focusAfterUpdate: (key) => (this.focusAfterUpdate = key),
      control: (key) => this.#focus.element(key),
      ensureFocus: (operation) => void this.ensureFocus(operation),
      openPanel: (panel, anchor) => this.#openPanel(panel, anchor),
      closePanel: (focus) => this.#editing.panels?.close(focus),
      requestUpdate: () => this.requestUpdate(),
      noVoice: (card) => this.#voice.noVoice(card),
      readable: (card) => this.#cardView(this.textLocale, this.document?.participantLanguage).readable(card),
      speaking: () => this.#voice.speaking,
      readCard: (card) => void this.#voice.readCard(card),
    };
  }

  /** Preloads the editing UI on a user's first focus or pointer in a board that may use it. */
  #preloadEditing(): void {
    if (this.canArrange || this.canPropose) this.#editing.preload();
  }

  /** Also waits for the editing UI while it loads (a panel opened before it arrived is then shown). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // The editing UI's chunk, and the first frame's measured top-up (see updated()).
    while (this.#editing.loading || (this.#firstFrame.count !== Infinity && this.isUpdatePending)) {
      await this.#editing.loading;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private get participant(): boolean { return this.mode === 'participant'; } // prettier-ignore
  /** The adviser may change the plan's structure (add, edit, move, remove). */
  private get canArrange(): boolean {
    return this.editable && !this.participant;
  }
  private get canPropose(): boolean {
    return this.editable && this.participant && this.proposals;
  }

  /** Undo and redo in participant mode: the participant's own edits only (`participantEdit`). */
  protected override allows(operation: PlanOperation): boolean {
    return !this.participant || participantEdit(operation, this.document?.cards ?? []);
  }

  /** Names, descriptions and announcements quote a line a card or column shows (core `nameLocale`, WCAG 2.5.3): the UI language's where shown, else the Norwegian first line. */
  protected override get textLocale(): string { return nameLocale(super.textLocale, this.document?.participantLanguage); } // prettier-ignore

  protected override emptyMessage(): string {
    return msg('Ingen plan ennå.', { id: 'plan-board.empty' });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // One day at a time, another day shown: what was being read left with its day, and so did what would stop it.
    if (this.narrow && changed.get('currentColumn') !== undefined) this.#voice.stop();
    if (this.narrow !== this.#wasNarrow) {
      this.#wasNarrow = this.narrow;
      // Now one day at a time: the lifted card's day, the open panel's card's or the focused item's, not the current
      // one (a lifted card previewed in a hidden day: focus went to the shown day's first card, Space dropped the unseen card).
      const panel = this.#editing.panels?.panel;
      const key = this.#moves.current ? `c:${this.#moves.current.cardId}` : panel && 'cardId' in panel ? `c:${panel.cardId}` : this.shadowRoot?.activeElement ? this.#focus.activeKey : null;
      const columnId = this.narrow && key ? this.#focus.columnOfKey(key) : null;
      if (columnId) this.#showColumn(columnId);
    }
    const doc = this.document;
    if (this.#index.update(doc)) {
      if (doc) {
        this.#nodes.prune((cardId) => this.#index.columnOf(cardId) !== null);
        if (!this.#shownDocument) this.#firstFrame.start([...this.#index.byColumn.values()], window.innerHeight || 900, this.editable || this.participant);
        this.currentColumn = shownDay(this.#index.previous, doc, this.currentColumn, (index) => this.narrow && this.#selectColumn(index, !!this.shadowRoot?.activeElement?.matches('[role=tab]'))); // focus on its tab: on the next day's
      }
      this.#voice.documentChanged(doc, (cardId) => this.#index.columnOf(cardId) !== null);
      const hostValue = this.hostRevision !== this.seenRevision;
      this.seenRevision = this.hostRevision;
      // A new document (from the host, or an undo) interrupts a keyboard move: nothing is committed.
      const move = this.#moves.current;
      if (move && (move.doc !== doc || hostValue)) this.#moves.cancel(hostValue ? 'host-value' : 'program');
      this.#editing.editor?.documentChanged(doc, hostValue);
    }
    // `formDisabled`: a disabled <fieldset> or form group around the board (core VkElement), as `disabled`.
    if (changed.has('mode') || changed.has('readonly') || changed.has('disabled') || changed.has('formDisabled') || changed.has('proposals')) {
      if (changed.has('mode')) this.#voice.modeChanged(); // a use: a picture's words that failed to load are fetched again, now
      if (!this.canArrange) {
        this.#moves.cancel();
        this.#drag.cancel();
      }
      // Disabled: nothing — no reading either, which no press could stop now (a disabled board takes none).
      if (this.isDisabled) this.#voice.stop();
      // A panel the board no longer offers closes (its recorder, and the microphone, with it): a
      // proposal once proposing is gone, anything else but the edit form once arranging is (the
      // adviser's typing stays in an editable board). Focus stays in the board unless it is disabled.
      const panel = this.#editing.panels?.panel;
      // Made read-only with a form open: says why it went, as the ladder does; what was typed or chosen is kept for its next open.
      if (panel && !(panel.kind === 'propose' ? this.canPropose : this.canArrange || (panel.kind === 'edit' && this.editable))) this.#editing.editor?.takenAway(panel, this.isDisabled ? 'none' : 'focus', this.readonly && !this.isDisabled);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.document && !this.#shownDocument) {
      this.#shownDocument = true;
      if (this.canArrange || this.canPropose) preloadEditingOnIdle();
      // The rest once the first frame is painted.
      if (this.#firstFrame.count !== Infinity) requestAnimationFrame(() => requestAnimationFrame(() => this.#firstFrame.complete() && this.requestUpdate()));
    }
    // Until then, after each update (the first; the switch to one day at a time, which the width observer finds after
    // the first layout): as many cards as reach the viewport's bottom, before the frame. A microtask: no update inside updated().
    if (this.#firstFrame.count !== Infinity) queueMicrotask(() => this.#firstFrame.fill(this.renderRoot) && this.requestUpdate());
    applyWordWidths(this.renderRoot.querySelector<HTMLElement>('.columns'), this.#words);
    this.#nodes.sweep();
    this.#focus.sync();
    const key = this.focusAfterUpdate;
    this.focusAfterUpdate = null;
    if (key) this.#focus.focus(key);
    this.#editing.panels?.afterUpdate();
  }

  /** The key focus moves to for a navigation key (see board-navigation.ts). O(column). */
  #navigate(key: string, pressed: string, ctrl: boolean): string | null | undefined {
    const doc = this.document;
    if (!doc) return undefined;
    return navigate({ columns: doc.columns, cardsIn: (id) => this.#index.cardsIn(id), withAdd: this.canArrange, rtl: isRtl(this) }, this.#focus.columnOfKey(key), key, pressed, ctrl);
  }

  // ----- focus after changes (issue 11) ----------------------------------------------------------

  /** The card the operation touched, or its nearest surviving neighbour; the toolbar button when Undo/Redo was pressed there. */
  protected override focusAfterChange(operation: PlanOperation | null): HTMLElement | null {
    // A toolbar button that has nothing left to do hands focus on (to the other, else the card).
    const tool = this.#toolbar.focusAfter();
    if (tool && this.#day.moved === null) return tool; // another day shown: its card
    const key = operation ? keyAfter(operation, this.#index.previous, (columnId) => this.#index.cardsIn(columnId), this.canArrange, this.#focus.activeKey, (id) => this.landedId(id)) : this.#focus.activeKey;
    const el = key ? this.#focus.ensureRendered(key) : null;
    // No days left: the message that says so (docs/plan-board.md), not the toolbar's unavailable Undo the default finds first.
    return el ?? this.renderRoot.querySelector<HTMLElement>('[part="no-days"]') ?? super.focusAfterChange(operation);
  }

  /** "flyttet Norskkurs til tirsdag": what an operation did, naming the card (for undo/redo announcements). */
  protected override describeOperation(operation: PlanOperation): string | null {
    const locale = this.textLocale;
    return this.#day.words(describePlanOperation(operation, locale, (cardId) => this.#cardTitle(cardId), (columnId) => columnName((this.document ?? this.#index.document)?.columns, columnId, locale)), operation);
  }

  /** Done or a card's place as it is now, the titles isolated: "⁨Norskkurs⁩: ikke ferdig", "Kort ⁨Norskkurs⁩: kolonne ⁨Mandag⁩, plass 1 av 3". */
  protected override describeState(operation: PlanOperation): string | null {
    if (operation.type === 'card.move') return this.#moves.positionText(operation.cardId, operation.to);
    if (operation.type !== 'card.done' && !(operation.type === 'card.update' && 'done' in operation.changes)) return null;
    const title = isolate(this.#cardTitle(operation.cardId));
    return this.#day.words(this.document?.cards.find((c) => c.id === operation.cardId)?.done ? msg(str`${title}: ferdig`, { id: 'plan-board.announce.done' }) : msg(str`${title}: ikke ferdig`, { id: 'plan-board.announce.not-done' }), operation);
  }

  /** A card's title from the current document, else the one before the change (a card just removed). */
  #cardTitle(cardId: string): string {
    const card = this.document?.cards.find((c) => c.id === cardId) ?? this.#index.document?.cards.find((c) => c.id === cardId) ?? this.#index.previous?.cards.find((c) => c.id === cardId);
    return card ? cardName(card, this.textLocale, this.#index.places.get(cardId)?.index) : '';
  }

  // ----- view ------------------------------------------------------------------------------------

  protected renderDocument(doc: PlanDocument): TemplateResult {
    const locale = this.textLocale;
    const language = doc.participantLanguage;
    const view = this.#moves.view(this.#index.byColumn);
    this.#index.shown = view;
    this.#nodes.begin();
    const title = resolveText(doc.title, locale);
    const level = headingLevel(this.headingLevel);
    const cardView = this.#cardView(locale, language);
    const current = Math.min(this.currentColumn, doc.columns.length - 1);
    this.#words = this.participant || this.narrow ? { title: 0, place: 0 } : this.#wordWidths.of(doc, locale, this.#style);
    return html`
      <div class="width-probe" aria-hidden="true"></div>
      <div part="base" class="board" lang=${getLocale()} data-mode=${this.participant ? 'participant' : 'adviser'} ?data-narrow=${this.narrow} ?data-moving=${!!this.#moves.current}>
        <div part="header" class="header">
          ${title ? html`<div class="title" id="board-title" role="heading" aria-level=${level}>${bilingual(doc.title, locale, language)}</div>` : nothing}
          <p class="summary">${doneSummary(this.#index.counts)}</p>${renderFullNote(doc, this.canArrange || this.canPropose)}
          ${this.editable && historyShown(this.participant, doc, this.canPropose) ? this.#toolbar.render() : nothing}
          ${this.canPropose && doc.columns.length
            ? html`<button type="button" class="propose big" aria-disabled=${boardFull(doc) || nothing} aria-describedby=${boardFull(doc) ? 'cards-full' : nothing} @focus=${() => this.#preloadEditing()} @pointerenter=${() => this.#preloadEditing()} @click=${(e: Event) => this.#openPanel({ kind: 'propose', draft: { picked: null, columnId: doc.columns[current]?.id ?? '', audio: null } }, e.currentTarget as HTMLElement)}>
                ${icons.hand}${bigLabel(msg('Foreslå et kort', { id: 'plan-board.proposal.open' }))}
              </button>`
            : nothing}
        </div>
        ${this.narrow && doc.columns.length > 0
          ? renderDaySwitcher(doc.columns, current, locale, doc.columns.map((c) => view.get(c.id)?.length ?? 0), (index, focus) => this.#selectColumn(index, focus, true))
          : nothing}
        <div class="cue-frame columns-frame"><div
          part="columns"
          class="columns" data-cue
          @keydown=${this.#onKeydown}
          @keyup=${this.#onKeyup}
          @focusin=${this.#onFocusIn}
          @focusout=${(e: FocusEvent) => this.#drag.focusOut(e)}
          @pointerenter=${() => this.#preloadEditing()}
          @pointerdown=${(e: PointerEvent) => {
            if (this.narrow) this.swipe.down(e);
            // A drag starts (past its threshold) when the board may be arranged.
            this.#drag.down(e);
          }}
          @pointerup=${this.#onPointerUp}
          @pointercancel=${() => this.swipe.cancel()}
          @lostpointercapture=${(e: PointerEvent) => this.#drag.lostCapture(e)}
          @click=${this.#onClick}
        >
          ${doc.columns.map((column, index) => {
            if (this.narrow && index !== current) return nothing;
            const cards = view.get(column.id) ?? [];
            const target = this.#moves.current?.position.columnId === column.id;
            const reading = this.#voice.columnReading === column.id;
            // A column re-renders only when something it shows changed: a key press that moves a
            // card touches the two columns involved, not every card of the board (issue 14).
            const options: ColumnViewOptions = {
              locale,
              language,
              cards: cardView,
              nodes: this.#nodes,
              level,
              narrow: this.narrow,
              target,
              reading,
              silent: this.#voice.columnSilent(column, cards, cardView.readable),
              withAdd: addState(doc, this.canArrange),
              disabled: this.isDisabled,
              window: (columnId) => this.#windows.of(columnId),
              ...(this.#firstFrame.count !== Infinity ? { firstFrame: this.#firstFrame.count } : {}),
              onScroll: () => this.#windows.scrolled(),
              onRead: () => void this.#voice.readColumn(column),
              onAdd: (button) => this.#openPanel({ kind: 'picker', columnId: column.id }, button),
            };
            return guard(columnDeps(column, index, cards, options, (cardId) => this.#columnIdOf(cardId)), () => renderColumn(column, index, cards, options));
          })}
        </div></div>
        ${doc.columns.length ? nothing : renderNoDays(!this.participant)}
        <span id="hint" hidden>${this.participant
            ? msg('Trykk på kortet for å høre det.', { id: 'plan-board.hint.participant' })
            : this.#moves.current // lifted: Space and Enter drop it now (screen-reader QA #11)
              ? msg('Piltastene flytter kortet. Mellomrom eller Enter slipper det, Escape legger det tilbake.', { id: 'plan-board.hint.lifted' })
              : this.canArrange
              ? msg('Enter åpner kortet. Mellomrom løfter kortet; flytt med piltastene og slipp med mellomrom.', { id: 'plan-board.hint.adviser' })
              : msg('Enter åpner kortet. Mellomrom leser det opp.', { id: 'plan-board.hint.readonly' })}</span
        >
        <div class="ghost-layer" aria-hidden="true"></div>
        ${this.#editing.panels?.render((panel) => this.#editing.editor?.render(doc, panel, locale, Math.min(6, level + 1)) ?? nothing) ?? nothing}
      </div>
    `;
  }

  /** The column a card is shown in: the lifted card's target while it moves, else its own. O(1). */
  #columnIdOf(cardId: string): string | null {
    const move = this.#moves.current;
    if (move && move.cardId === cardId) return move.position.columnId;
    return this.#index.columnOf(cardId);
  }

  #cardView(locale: string, language: string | undefined): CardView {
    const hasVoice = this.#voice.voiceCache();
    return {
      locale,
      language,
      participant: this.participant,
      arrange: this.canArrange,
      canToggle: this.editable,
      disabled: this.isDisabled,
      activeCardId: this.#focus.activeCardId,
      liftedCardId: this.#moves.current?.cardId ?? null,
      ...this.#voice.cardState(), // speakingCardId, busyCardId
      menuCardId: this.#editing.panels?.panel?.kind === 'menu' ? this.#editing.panels.panel.cardId : null,
      readable: (card) => this.#voice.readable(card, locale, language, hasVoice),
      silent: (card) => this.#voice.silent(card, locale, language, hasVoice),
    };
  }

  #selectColumn(index: number, focusTab: boolean, fromTab?: boolean): void {
    const doc = this.document;
    if (!doc?.columns[index]) return doc?.columns.length ? undefined : this.announcer.announce(''); // no days left: the status names none
    this.currentColumn = index;
    if (!fromTab) this.announcer.announce(dayPosition(doc.columns, index, this.textLocale)); // a swipe, a day the host removed; from its tab (a key, Enter, a click) the focused tab says it ("Onsdag 3 kort, fane 3 av 5"), and it was said twice until 7 Dec 2026
    if (focusTab) void focusWhenUpdated(this, () => this.renderRoot.querySelector<HTMLElement>(`#tab-${index}`));
  }

  #showColumn(columnId: string): void {
    const index = this.document?.columns.findIndex((c) => c.id === columnId) ?? -1;
    if (index >= 0) this.currentColumn = index;
  }

  // ----- popover panels --------------------------------------------------------------------------

  #openPanel(panel: Panel, anchor: HTMLElement | null): void {
    if (this.isDisabled || (panel.kind === 'propose' ? !this.canPropose : !this.canArrange) || refusedFull(panel, this.document!, (m) => this.announcer.announce(m))) return;
    // First use: the editing UI loads (in a few milliseconds when preloaded), then the panel opens.
    const editing = this.#editing;
    // It could not be loaded: said on a use (a preload on focus or pointer entry says nothing); the next use asks again. Not opened once the user has gone on (board-lazy-editing.ts `openLater`).
    if (!editing.install()) editing.openLater(anchor, () => this.#openPanel(panel, anchor));
    else {
      // The panels' styles join the board's when a panel first opens, not at the preload: adopting
      // a sheet restyles the shadow tree, which a user moving a card must not wait for.
      if (editing.styles && this.renderRoot instanceof ShadowRoot) adoptLateStyles(this.renderRoot, editing.styles);
      editing.panels?.open(panel, anchor);
    }
  }

  // ----- edits -----------------------------------------------------------------------------------

  /** Undo and redo put a lifted or dragged card back first, silently: their words are what is said (board-moves.ts `putBack`). */
  protected override commit(operation: PlanOperation, source: ChangeSource = 'user'): boolean {
    if (source !== 'user') this.#putBack();
    return this.#day.commit(source !== 'user', operation, () => super.commit(operation, source)); // one day at a time, the day an undo or redo touched is shown
  }

  #commit(operation: PlanOperation): boolean {
    return this.editable && this.commit(operation);
  }

  #toggleDone(card: PlanCard): void {
    if (!this.editable) return;
    const operation: PlanOperation = { type: 'card.done', cardId: card.id, done: card.done !== true };
    if (this.#commit(operation)) this.announcer.announce(this.describeState(operation) ?? '');
  }

  // ----- keyboard and pointer --------------------------------------------------------------------

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.#drag.dragging) {
      event.preventDefault();
      this.#drag.cancel();
      return;
    }
    if (this.isDisabled) return;
    // Ctrl+Z or Ctrl+Y with nothing to do while a card is lifted or dragged: put back as Escape, one message says both (board-moves.ts
    // `putBack`). With an edit, VkElement's key handler undoes (`commit` puts back first). Never blocked: only an adviser lifts.
    const shortcut = historyShortcut(event);
    if (shortcut && !(shortcut === 'undo' ? this.canUndo : this.canRedo) && this.#putBack(nothingWords(shortcut, false))) {
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    const menuButton = event.key === 'ArrowDown' || event.key === 'ArrowUp' ? (event.target as HTMLElement).closest?.('.menu-button') : null;
    if (menuButton) {
      // APG menu button: ↓/↑ open the menu too (on its first/last item).
      const card = this.#cardOf(menuButton);
      event.preventDefault();
      event.stopPropagation();
      (menuButton as HTMLElement).dataset.openAt = event.key === 'ArrowUp' ? 'last' : 'first';
      if (card) this.#openPanel({ kind: 'menu', cardId: card.id }, menuButton as HTMLElement);
      return;
    }
    const item = (event.target as HTMLElement).closest?.('[data-roving]') as HTMLElement | null;
    const key = item?.dataset.roving;
    if (!item || !key || item !== event.target) return;
    // Space acts once per press, as a button's: a held key's repeats would lift and drop the card in turn.
    if (event.key == ' ' && event.repeat) return event.preventDefault();
    if (this.#moves.current) {
      this.#moves.key(event);
      return;
    }
    const cardId = key.startsWith('c:') ? key.slice(2) : null;
    if (cardId) {
      if (event.key === 'Enter') {
        event.preventDefault();
        // A participant activating the card hears it (as a tap does); vk-open is fired as always.
        if (this.participant) this.#read(cardId);
        this.open('card', cardId);
        return;
      }
      if (event.key === ' ') {
        event.preventDefault();
        // Space on a card: an adviser lifts it; a participant, or anyone on a board that cannot be arranged (read-only), hears it.
        const origin = this.#index.position(cardId);
        if (this.participant || !this.canArrange) this.#read(cardId);
        else if (origin && !this.#drag.active) this.#moves.pickUp(cardId, origin);
        return;
      }
      if ((event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu') {
        // The card's menu, opened from the card: anchored at it, and Escape returns focus to it.
        if (item.closest('.card')?.querySelector('.menu-button')) {
          event.preventDefault();
          this.#openPanel({ kind: 'menu', cardId }, item);
        }
        return;
      }
    }
    if (event.altKey || event.metaKey || (event.ctrlKey && event.key !== 'Home' && event.key !== 'End')) return;
    const target = this.#navigate(key, event.key, event.ctrlKey);
    if (target === undefined) return;
    event.preventDefault();
    const shown = this.currentColumn;
    if (target) this.#focus.focus(target);
    // One day at a time, ←/→ or Ctrl+Home/End into another day: which, as its tab says it (a lifted card's move says its own).
    if (this.currentColumn !== shown) this.announcer.announce(dayPosition(this.document!.columns, this.currentColumn, this.textLocale));
  }

  #onKeyup(event: KeyboardEvent): void {
    // A button clicks on Space's keyup; on a card Space lifts or reads it (on keydown), it does not click.
    if (event.key === ' ' && (event.target as HTMLElement).classList?.contains('card-button')) event.preventDefault();
  }

  #onFocusIn(event: FocusEvent): void {
    this.#preloadEditing();
    const item = (event.target as HTMLElement).closest?.('[data-roving], .card') as HTMLElement | null;
    const key = item?.dataset.roving ?? (item?.dataset.card ? `c:${item.dataset.card}` : undefined);
    if (key && key !== this.#focus.activeKey) this.#focus.setActive(key);
  }

  /** The card of a control inside its list item. O(1). */
  #cardOf(control: Element): PlanCard | null {
    const id = (control.closest('.card') as HTMLElement | null)?.dataset.card;
    return id ? this.#index.card(id) : null;
  }

  #onClick(event: MouseEvent): void {
    const target = event.target as HTMLElement;
    const action = target.closest?.('.done-toggle, .menu-button') as HTMLElement | null;
    if (action) {
      const card = this.#cardOf(action);
      if (!card) return;
      if (action.classList.contains('done-toggle')) this.#toggleDone(card);
      else this.#openPanel({ kind: 'menu', cardId: card.id }, action);
      return;
    }
    const button = target.closest?.('.card-button') as HTMLElement | null;
    if (!button) return;
    if (this.#drag.consumeClick()) {
      event.preventDefault();
      return;
    }
    if (this.isDisabled || this.#moves.current) return;
    const id = button.dataset.key;
    if (!id) return;
    // Tap to hear: the card itself reads aloud; a second tap stops.
    if (this.participant) this.#read(id);
    else this.open('card', id);
  }

  /** Reads a card aloud (a second time stops it). */
  #read(cardId: string): void {
    const card = this.#index.card(cardId);
    if (card) void this.#voice.readCard(card);
  }

  #onPointerUp(event: PointerEvent): void {
    const rtl = isRtl(this);
    const direction = this.narrow && !this.#drag.dragging ? this.swipe.up(event, rtl) : 0;
    if (!direction) return;
    // Focus in the day that leaves goes where ←/→ would take it, not to <body> with its card.
    const key = (event.currentTarget as Element).matches(':focus-within') && this.#focus.activeKey;
    const target = key && this.#navigate(key, direction > 0 !== rtl ? 'ArrowRight' : 'ArrowLeft', false);
    if (target) this.focusAfterUpdate = target;
    this.#selectColumn(this.currentColumn + direction, false);
  }
}

export type { KeyboardMove };

declare global {
  interface HTMLElementTagNameMap {
    'vk-plan-board': VkPlanBoard;
  }
}
