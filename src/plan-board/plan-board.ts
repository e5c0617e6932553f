import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { VkElement } from '../core/vk-element.js';
import { getLocale } from '../core/localize.js';
import { isRtl } from '../core/roving-focus.js';
import { bilingual } from '../core/bilingual.js';
import { resolveText } from '../core/text.js';
import { tokens } from '../core/tokens.js';
import { cardsByColumn, planCounts, planModel, positionOf } from './plan-board.model.js';
import { planBoardStyles } from './plan-board.styles.js';
import { planBoardPrintStyles } from './print.styles.js';
import { cardIconStyles } from './card-icons.js';
import type { CardPosition, PlanCard, PlanColumn, PlanDocument, PlanMode, PlanOperation } from './plan-board.types.js';
import { icons } from './icons.js';
import { cardPositionText, columnPosition, describePlanOperation } from './board-text.js';
import { type CardView } from './card.js';
import { renderColumn } from './column.js';
import { renderDaySwitcher, SwipeTracker } from './day-switcher.js';
import { BoardDrag } from './board-drag.js';
import { ColumnWindows, WINDOW_THRESHOLD } from './windowing.js';
import { KeyboardMoves, type KeyboardMove } from './keyboard-move.js';
import { navigate } from './board-navigation.js';
import { BoardVoice } from './board-voice.js';
import type { BoardPanels, Panel } from './board-panels.js';
import type { BoardEditor, BoardEditorHost } from './board-editor.js';
import { adoptLateStyles } from './late-styles.js';
import { pictogramGeneration } from './pictogram-cache.js';

/** The lazily loaded editing UI (board-editing.ts). */
type Editing = typeof import('./board-editing.js');

/**
 * The editing chunk, once per page. Module-level, holding no board: a pending load must not keep a
 * removed board reachable. Once loaded, a board installs it synchronously.
 *
 * Keyboard moves and pointer drag are not lazy: a keyboard move is the board's core interaction and
 * must act in the keydown's own task, for hosts and assistive technology alike (loaded lazily, a quick
 * Space, →, Space, Tab lost the move: the Tab cancelled the pick-up before the chunk arrived).
 */
let editingModule: Editing | null = null;
let editingPromise: Promise<Editing> | null = null;
function loadEditingModule(): Promise<Editing> {
  editingPromise ??= import('./board-editing.js').then((module) => (editingModule = module));
  editingPromise.catch(() => (editingPromise = null));
  return editingPromise;
}
let idlePreloadAsked = false;
/**
 * Once per page, when the browser is idle after an editable board's first frame: fetch the editing
 * chunk (not part of the first render, but there before a user's first click in practice). A user's
 * first focus or pointer entry preloads it too, earlier if it comes first.
 */
function preloadOnIdle(): void {
  if (idlePreloadAsked) return;
  idlePreloadAsked = true;
  const run = (): void => void loadEditingModule().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}

export { categoryLabel } from './board-text.js';

/** Below this many pixels of the board's own width, one column shows at a time. */
export const NARROW_BELOW = 480;

/** Where a card is, by column number and index, for O(1) look-ups. */
interface Place {
  column: number;
  index: number;
}

/**
 * A visual individual plan: columns (a week, "now / next / later", goal areas — whatever the
 * document gives) of pictogram cards with a short text in plain Norwegian and, when the document
 * has `participantLanguage`, the same text in that language under it.
 *
 * Layout follows the board's own width (container queries on the host, not the viewport):
 * columns side by side at a comfortable minimum width, scrolling sideways when they do not fit;
 * below 480 px one column at a time with a day switcher (tabs named by the column titles; arrows,
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
 * @event vk-change - The user made an edit. Detail `{ value, operation, source }`; cancelable.
 * @event change - After a `vk-change` that was not cancelled.
 * @event vk-error - A value was rejected. Detail `{ code, message, issues }`.
 * @event vk-open - The user opened a card. Detail `{ kind: "card", id }`.
 *
 * @csspart base - The wrapper of the whole board.
 * @csspart header - Title, summary and the adviser toolbar.
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
 * @cssproperty --vk-plan-column-width - Smallest column width (default 13rem; 14rem in participant mode).
 */
export class VkPlanBoard extends VkElement<PlanDocument, PlanOperation> {
  static override styles = [tokens, planBoardStyles, cardIconStyles, planBoardPrintStyles];
  protected get model(): typeof planModel {
    return planModel;
  }

  /** `adviser` (default): full editing. `participant`: large targets; mark done, read aloud, propose. */
  @property({ reflect: true }) mode: PlanMode = 'adviser';
  /** In participant mode, the participant may propose cards (contract §1). */
  @property({ type: Boolean, reflect: true }) proposals = false;
  /** The heading level (1–6) of the board title; column titles are one level below. Default 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** True when the board is narrower than NARROW_BELOW (one column at a time). */
  @state() private narrow = false;
  /** The column shown when narrow. */
  @state() private currentColumn = 0;

  /** Cards per column, places and counts for the current document, computed once per document. */
  private byColumn = new Map<string, PlanCard[]>();
  private places = new Map<string, Place>();
  private counts = { done: 0, total: 0 };
  private byColumnFor: PlanDocument | null = null;
  /** The document before the last change (to find a removed card's neighbours). */
  private previousDocument: PlanDocument | null = null;
  private seenRevision = 0;
  /** The roving item in the tab order: `c:<cardId>`, `r:<columnId>` (read) or `a:<columnId>` (add). */
  private activeKey: string | null = null;
  private focusAfterUpdate: string | null = null;
  private historyFrom: 'undo' | 'redo' | null = null;
  private toolbarKey: 'undo' | 'redo' = 'undo';
  private resizeObserver: ResizeObserver | null = null;
  private observedProbe: Element | null = null;
  private readonly swipe = new SwipeTracker();

  readonly #windows = new ColumnWindows(this, () => (this.participant ? 220 : 110));
  /**
   * A new board's first frame renders about a screenful of each column (this many cards; Infinity
   * once complete) and the rest one frame later, so a long board shows up without waiting for
   * cards below the fold. Keyboard focus on a card not yet rendered completes the board at once.
   */
  #firstFrame = Infinity;
  #shownDocument = false;
  /** The editing UI once loaded (null before: a read-only board never loads it). */
  #editing: Editing | null = null;
  /** The one popover (menu, picker, editor, move menu, proposal), created when the editing UI loads. */
  #panels: BoardPanels | null = null;
  /** What the panels show and do, created with them. */
  #editor: BoardEditor | null = null;
  /** The editing UI's load while it is under way (updateComplete waits for it). */
  #editingLoad: Promise<Editing | null> | null = null;
  readonly #voice = new BoardVoice(this, {
    locale: () => this.textLocale,
    document: () => this.document,
    cardsIn: (columnId) => this.byColumn.get(columnId) ?? [],
    announce: (text) => this.announcer.announce(text),
    disabled: () => this.isDisabled,
  });
  /** Keyboard pick-up and pointer drag. */
  readonly #moves: KeyboardMoves = this.#createMoves(KeyboardMoves);
  readonly #drag: BoardDrag = this.#createDrag(BoardDrag);

  #createMoves(Moves: typeof KeyboardMoves): KeyboardMoves {
    return new Moves(this, {
      document: () => this.document,
      revision: () => this.hostRevision,
      cardControl: (cardId) => this.#rovingElement(`c:${cardId}`),
      cardsIn: (columnId) => this.byColumn.get(columnId) ?? [],
      rtl: () => isRtl(this),
      title: (cardId) => this.#cardTitle(cardId),
      columnTitle: (columnId) => this.#columnTitle(columnId),
      announce: (text) => this.announcer.announce(text),
      moved: (move) => {
        if (this.narrow) this.#showColumn(move.position.columnId);
        this.focusAfterUpdate = `c:${move.cardId}`;
      },
      drop: (move) => {
        this.focusAfterUpdate = `c:${move.cardId}`;
        this.#move(move.cardId, move.origin, move.position);
      },
      cancelled: (move) => {
        if (this.narrow) this.#showColumn(move.origin.columnId);
      },
    });
  }

  #createDrag(Drag: typeof BoardDrag): BoardDrag {
    return new Drag(this, {
      root: () => this.renderRoot as ShadowRoot,
      canStart: () => this.canArrange && !this.#moves?.current,
      positionOf: (cardId) => this.#position(cardId),
      revision: () => this.hostRevision,
      document: () => this.document,
      cardControl: (cardId) => this.#rovingElement(`c:${cardId}`),
      rtl: () => isRtl(this),
      picked: (cardId, origin) => this.announcer.announce(msg(str`Løftet. ${this.#positionText(cardId, origin)}`, { id: 'plan-board.announce.pointer-picked-up' })),
      targeted: (cardId, target) => this.announcer.announce(this.#positionText(cardId, target)),
      dropped: (cardId, origin, target) => {
        if (this.#move(cardId, origin, target)) this.focusAfterUpdate = `c:${cardId}`;
      },
      cancelled: (cardId, origin) => this.announcer.announce(msg(str`Flytting avbrutt. ${this.#positionText(cardId, origin)}`, { id: 'plan-board.announce.cancelled' })),
    });
  }

  #columnTitle(columnId: string): string {
    return resolveText(this.document?.columns.find((c) => c.id === columnId)?.title, this.textLocale);
  }

  /** "Kort Norskkurs: kolonne Tirsdag, plass 2 av 4" for a card at `position` (after it left its source). */
  #positionText(cardId: string, position: CardPosition): string {
    const others = (this.byColumn.get(position.columnId) ?? []).filter((c) => c.id !== cardId).length;
    return cardPositionText(this.#cardTitle(cardId), this.#columnTitle(position.columnId), position.index + 1, others + 1);
  }

  /**
   * Loads the editing UI (once). Called on first use and, to preload, when a
   * user first focuses or points into a board that may edit or propose. Resolves with the module,
   * or null if it failed to load (the board stays usable; the next use tries again).
   */
  #loadEditing(): Promise<Editing | null> {
    if (this.#installEditing()) return Promise.resolve(this.#editing);
    this.#editingLoad ??= loadEditingModule().then(
      (editing) => {
        this.#editingLoad = null;
        this.#installEditing();
        this.requestUpdate();
        return editing;
      },
      () => {
        this.#editingLoad = null;
        return null;
      },
    );
    return this.#editingLoad;
  }

  /** Creates the panels and the editor when the page has the editing chunk; true when they exist. */
  #installEditing(): boolean {
    if (this.#editing) return true;
    const editing = editingModule;
    if (!editing) return false;
    this.#editing = editing;
    this.#panels ??= new editing.BoardPanels(this, {
      root: () => this.renderRoot as ShadowRoot,
      fallbackFocus: () => this.#rovingElement(this.activeKey) ?? this.defaultFocusTarget(),
      cardControl: (cardId) => this.#rovingElement(`c:${cardId}`),
      large: () => this.participant,
    });
    this.#editor ??= new editing.BoardEditor(this.#editorHost(), this.#panels);
    return true;
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
      announce: (text) => this.announcer.announce(text),
      cardTitle: (cardId) => this.#cardTitle(cardId),
      cardsIn: (columnId) => this.byColumn.get(columnId) ?? [],
      position: (cardId) => this.#position(cardId),
      move: (cardId, from, to) => this.#move(cardId, from, to),
      focusAfterUpdate: (key) => (this.focusAfterUpdate = key),
      control: (key) => this.#rovingElement(key),
      ensureFocus: (operation) => void this.ensureFocus(operation),
      openPanel: (panel, anchor) => this.#openPanel(panel, anchor),
      closePanel: (focus) => this.#closePanel(focus),
      requestUpdate: () => this.requestUpdate(),
      noVoice: (card) => this.#voice.noVoice(card),
      readable: (card) => this.#cardView(this.textLocale, this.document?.participantLanguage).readable(card),
      speaking: () => this.#voice.speaking,
      readCard: (card) => void this.#voice.readCard(card),
    };
  }

  /** Preloads the editing UI on a user's first focus or pointer in a board that may use it. */
  #preloadEditing(): void {
    if (!this.#editing && !this.#editingLoad && (this.canArrange || this.canPropose)) void this.#loadEditing();
  }

  /** Also waits for the editing UI while it loads (a panel opened before it arrived is then shown). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#editingLoad) {
      await this.#editingLoad;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private get participant(): boolean {
    return this.mode === 'participant';
  }
  /** The adviser may change the plan's structure (add, edit, move, remove). */
  private get canArrange(): boolean {
    return this.editable && !this.participant;
  }
  private get canPropose(): boolean {
    return this.editable && this.participant && this.proposals;
  }

  protected override emptyMessage(): string {
    return msg('Ingen plan ennå.', { id: 'plan-board.empty' });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The board's own width decides its layout. A zero-height probe is observed (not the host):
    // its size changes only with the width, so re-rendering for it never loops.
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentBoxSize?.[0]?.inlineSize ?? 0;
      const narrow = width > 0 && width < NARROW_BELOW;
      if (narrow !== this.narrow) this.narrow = narrow;
    });
    // Reconnected: the probe from the last render is observed again.
    this.observedProbe = this.renderRoot?.querySelector?.('.width-probe') ?? null;
    if (this.observedProbe) this.resizeObserver.observe(this.observedProbe);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.observedProbe = null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const doc = this.document;
    if (doc !== this.byColumnFor) {
      this.previousDocument = this.byColumnFor;
      this.byColumnFor = doc;
      this.byColumn = doc ? this.#keepUnchanged(cardsByColumn(doc)) : new Map();
      if (doc && !this.#shownDocument) {
        const screenful = Math.max(8, Math.ceil((window.innerHeight || 900) / 90) + 2);
        if ([...this.byColumn.values()].some((cards) => cards.length > screenful && cards.length <= WINDOW_THRESHOLD)) this.#firstFrame = screenful;
      }
      this.places = new Map();
      this.counts = doc ? planCounts(doc) : { done: 0, total: 0 };
      if (doc) {
        doc.columns.forEach((column, c) => (this.byColumn.get(column.id) ?? []).forEach((card, i) => this.places.set(card.id, { column: c, index: i })));
        this.currentColumn = Math.min(this.currentColumn, Math.max(0, doc.columns.length - 1));
      }
      const hostValue = this.hostRevision !== this.seenRevision;
      this.seenRevision = this.hostRevision;
      // A new document (from the host, or an undo) interrupts a keyboard move: nothing is committed.
      const move = this.#moves?.current;
      if (move && (move.doc !== doc || hostValue)) this.#moves?.cancel();
      this.#editor?.documentChanged(doc, hostValue);
    }
    if ((changed.has('mode') || changed.has('readonly') || changed.has('disabled')) && !this.canArrange) {
      this.#moves?.cancel();
      this.#drag?.cancel();
      const panel = this.#panels?.panel;
      if (panel && panel.kind !== 'propose' && !(panel.kind === 'edit' && this.editable)) this.#closePanel('none');
    }
  }

  /** The cards per column last rendered (with a lifted card at its new place). */
  #shownColumns = new Map<string, readonly PlanCard[]>();

  /**
   * A new document's columns keep the arrays last shown or computed wherever they hold the same
   * cards (an edit changes one or two columns), so the columns' guards skip the others. O(cards).
   */
  #keepUnchanged(next: Map<string, PlanCard[]>): Map<string, PlanCard[]> {
    const same = (a: readonly PlanCard[] | undefined, b: readonly PlanCard[]): boolean => a !== undefined && a.length === b.length && a.every((card, i) => card === b[i]);
    for (const [columnId, cards] of next) {
      const shown = this.#shownColumns.get(columnId);
      const before = this.byColumn.get(columnId);
      if (same(shown, cards)) next.set(columnId, shown as PlanCard[]);
      else if (same(before, cards)) next.set(columnId, before as PlanCard[]);
    }
    return next;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const probe = this.renderRoot.querySelector('.width-probe');
    if (probe !== this.observedProbe) {
      if (this.observedProbe) this.resizeObserver?.unobserve(this.observedProbe);
      if (probe) this.resizeObserver?.observe(probe);
      this.observedProbe = probe;
    }
    if (this.document && !this.#shownDocument) {
      this.#shownDocument = true;
      if (this.canArrange || this.canPropose) preloadOnIdle();
      // The rest of the cards in the next frame, once the first has been painted.
      if (this.#firstFrame !== Infinity) requestAnimationFrame(() => requestAnimationFrame(() => this.#completeBoard()));
    }
    this.#syncRoving();
    if (this.focusAfterUpdate) {
      const key = this.focusAfterUpdate;
      this.focusAfterUpdate = null;
      this.#focusKey(key);
    }
    this.#panels?.afterUpdate();
  }

  /** Renders every card (after a new board's first frame, or when focus needs a card not yet rendered). */
  #completeBoard(): void {
    if (this.#firstFrame === Infinity) return;
    this.#firstFrame = Infinity;
    this.requestUpdate();
  }

  // ----- roving focus --------------------------------------------------------------------------

  /** Roving items by key, found once and kept while they stay in this shadow tree (O(1) per key press). */
  readonly #rovingCache = new Map<string, HTMLElement>();
  /** The elements this board put in the tab order (the active item and its card's actions): reset them, nothing else. */
  #tabStops: HTMLElement[] = [];

  #rovingElement(key: string | null): HTMLElement | null {
    if (!key) return null;
    const cached = this.#rovingCache.get(key);
    if (cached?.isConnected && cached.dataset.roving === key && cached.getRootNode() === this.renderRoot) return cached;
    const found = this.renderRoot.querySelector<HTMLElement>(`[data-roving="${CSS.escape(key)}"]`);
    if (found) this.#rovingCache.set(key, found);
    else this.#rovingCache.delete(key);
    return found;
  }

  /** Exactly one roving item in the tab order: the active one, else the first card, else the first column button. */
  #syncRoving(): void {
    let active = this.#rovingElement(this.activeKey);
    if (!active) {
      active = this.renderRoot.querySelector<HTMLElement>('.card-button[data-roving]') ?? this.renderRoot.querySelector<HTMLElement>('[data-roving]');
      this.activeKey = active?.dataset.roving ?? null;
    }
    this.#setActive(this.activeKey);
  }

  /**
   * Puts the item with `key` (and, for a card, its Done and menu buttons) in the tab order and takes
   * out only what this board put there before: O(1), no search of the tree. Cards render their own
   * tabindex from `activeKey`, so a re-render agrees with what is set here.
   */
  #setActive(key: string | null): void {
    this.activeKey = key;
    const el = this.#rovingElement(key);
    const next: HTMLElement[] = [];
    if (el && !this.isDisabled) {
      next.push(el);
      // The active card's own controls (Done, the menu) follow it in the tab order.
      if (key?.startsWith('c:')) next.push(...(el.parentElement?.querySelectorAll<HTMLElement>('.card-action') ?? []));
    }
    for (const old of this.#tabStops) if (!next.includes(old) && old.tabIndex !== -1) old.tabIndex = -1;
    for (const item of next) if (item.tabIndex !== 0) item.tabIndex = 0;
    this.#tabStops = next;
  }

  /** Focuses a roving item, rendering it first when it is out of the window or in a hidden column. */
  #focusKey(key: string): HTMLElement | null {
    const el = this.#ensureRendered(key);
    el?.focus();
    return el;
  }

  #ensureRendered(key: string): HTMLElement | null {
    const columnId = this.#columnOfKey(key);
    if (columnId && this.narrow) this.#showColumn(columnId);
    this.activeKey = key;
    let el = this.#rovingElement(key);
    if (!el && this.isConnected) {
      this.#firstFrame = Infinity;
      this.requestUpdate();
      this.performUpdate();
      el = this.#rovingElement(key);
    }
    this.#setActive(key);
    return el;
  }

  #columnOfKey(key: string): string | null {
    if (key.startsWith('c:')) {
      const place = this.places.get(key.slice(2));
      return place ? (this.document?.columns[place.column]?.id ?? null) : null;
    }
    return key.slice(2);
  }

  /** The key focus moves to for a navigation key (see board-navigation.ts). O(column). */
  #navigate(key: string, pressed: string, ctrl: boolean): string | null | undefined {
    const doc = this.document;
    if (!doc) return undefined;
    return navigate({ columns: doc.columns, cardsIn: (id) => this.byColumn.get(id) ?? [], withAdd: this.canArrange, rtl: isRtl(this) }, this.#columnOfKey(key), key, pressed, ctrl);
  }

  // ----- focus after changes (issue 11) ----------------------------------------------------------

  /** The card the operation touched, or its nearest surviving neighbour; the toolbar button when Undo/Redo was pressed there. */
  protected override focusAfterChange(operation: PlanOperation | null): HTMLElement | null {
    const from = this.historyFrom;
    this.historyFrom = null;
    if (from) {
      const other = from === 'undo' ? 'redo' : 'undo';
      const available = (which: 'undo' | 'redo'): boolean => (which === 'undo' ? this.canUndo : this.canRedo);
      // A toolbar button that has nothing left to do hands focus on (to the other, else the card).
      const which = available(from) ? from : available(other) ? other : null;
      if (which) {
        this.toolbarKey = which;
        this.requestUpdate();
        return this.renderRoot.querySelector<HTMLElement>(`.tool[data-history="${which}"]`);
      }
    }
    const key = operation ? this.#keyAfter(operation) : this.activeKey;
    const el = key ? this.#ensureRendered(key) : null;
    return el ?? super.focusAfterChange(operation);
  }

  #keyAfter(operation: PlanOperation): string | null {
    switch (operation.type) {
      case 'card.add':
        return `c:${operation.card.id}`;
      case 'card.remove': {
        const before = this.previousDocument;
        const was = before ? positionOf(before, operation.cardId) : null;
        if (!was) return this.activeKey;
        const cards = this.byColumn.get(was.columnId) ?? [];
        const neighbour = cards[was.index] ?? cards[was.index - 1];
        if (neighbour) return `c:${neighbour.id}`;
        return this.canArrange ? `a:${was.columnId}` : `r:${was.columnId}`;
      }
      default:
        return `c:${operation.cardId}`;
    }
  }

  /** "flyttet Norskkurs til tirsdag": what an operation did, naming the card (for undo/redo announcements). */
  protected override describeOperation(operation: PlanOperation): string | null {
    const locale = this.textLocale;
    return describePlanOperation(operation, locale, (cardId) => this.#cardTitle(cardId), (columnId) =>
      resolveText((this.document ?? this.byColumnFor)?.columns.find((c) => c.id === columnId)?.title, locale),
    );
  }

  /** A card's title from the current document, else the one before the change (a card just removed). */
  #cardTitle(cardId: string): string {
    const card = this.document?.cards.find((c) => c.id === cardId) ?? this.byColumnFor?.cards.find((c) => c.id === cardId) ?? this.previousDocument?.cards.find((c) => c.id === cardId);
    return resolveText(card?.title, this.textLocale);
  }

  #position(cardId: string): CardPosition | null {
    const place = this.places.get(cardId);
    const column = place ? this.document?.columns[place.column] : undefined;
    return place && column ? { columnId: column.id, index: place.index } : null;
  }

  // ----- view ------------------------------------------------------------------------------------

  protected renderDocument(doc: PlanDocument): TemplateResult {
    const locale = this.textLocale;
    const language = doc.participantLanguage;
    const view = this.#moves ? this.#moves.view(this.byColumn) : this.byColumn;
    this.#shownColumns = view;
    const title = resolveText(doc.title, locale);
    const level = Math.min(6, Math.max(1, Math.round(Number(this.headingLevel)) || 2));
    const cardView = this.#cardView(locale, language);
    const current = Math.min(this.currentColumn, doc.columns.length - 1);
    return html`
      <div class="width-probe" aria-hidden="true"></div>
      <div part="base" class="board" data-mode=${this.participant ? 'participant' : 'adviser'} ?data-narrow=${this.narrow} ?data-moving=${!!this.#moves?.current}>
        <div part="header" class="header">
          ${title ? html`<div class="title" id="board-title" role="heading" aria-level=${level}>${bilingual(doc.title, locale, language)}</div>` : nothing}
          <p class="summary">${msg(str`${this.counts.done} av ${this.counts.total} ferdig`, { id: 'plan-board.summary' })}</p>
          ${this.canArrange ? this.#renderToolbar() : nothing}
          ${this.canPropose
            ? html`<button type="button" class="propose big" @focus=${() => this.#preloadEditing()} @pointerenter=${() => this.#preloadEditing()} @click=${(e: Event) => this.#openPanel({ kind: 'propose', draft: { picked: null, columnId: doc.columns[current]?.id ?? '', audio: null } }, e.currentTarget as HTMLElement)}>
                ${icons.hand}<span>${msg('Foreslå et kort', { id: 'plan-board.proposal.open' })}</span>
              </button>`
            : nothing}
        </div>
        ${this.narrow && doc.columns.length > 0
          ? renderDaySwitcher(doc.columns, current, locale, doc.columns.map((c) => view.get(c.id)?.length ?? 0), (index, focus) => this.#selectColumn(index, focus))
          : nothing}
        <div
          part="columns"
          class="columns"
          @keydown=${this.#onKeydown}
          @keyup=${this.#onKeyup}
          @focusin=${this.#onFocusIn}
          @focusout=${this.#onFocusOut}
          @pointerenter=${() => this.#preloadEditing()}
          @pointerdown=${(e: PointerEvent) => {
            if (this.narrow) this.swipe.down(e);
            this.#pointerDown(e);
          }}
          @pointerup=${this.#onPointerUp}
          @pointercancel=${() => this.swipe.cancel()}
          @lostpointercapture=${(e: PointerEvent) => this.#drag?.lostCapture(e)}
          @click=${this.#onClick}
        >
          ${doc.columns.map((column, index) => {
            if (this.narrow && index !== current) return nothing;
            const cards = view.get(column.id) ?? [];
            const target = this.#moves?.current?.position.columnId === column.id;
            const reading = this.#voice.columnReading === column.id;
            // A column re-renders only when something it shows changed: a key press that moves a
            // card touches the two columns involved, not every card of the board (issue 14).
            return guard(this.#columnDeps(column, index, cards, cardView, level, target, reading), () =>
              renderColumn(column, index, cards, {
                locale,
                language,
                cards: cardView,
                level,
                narrow: this.narrow,
                target,
                reading,
                withAdd: this.canArrange,
                disabled: this.isDisabled,
                window: (columnId) => this.#windows.of(columnId),
                ...(this.#firstFrame !== Infinity ? { firstFrame: this.#firstFrame } : {}),
                onScroll: () => this.#windows.scrolled(),
                onRead: () => void this.#voice.readColumn(column),
                onAdd: (button) => this.#openPanel({ kind: 'picker', columnId: column.id }, button),
              }),
            );
          })}
        </div>
        <span id="hint" class="vk-visually-hidden"
          >${this.participant
            ? msg('Trykk på kortet for å høre det.', { id: 'plan-board.hint.participant' })
            : this.canArrange
              ? msg('Enter åpner kortet. Mellomrom løfter kortet; flytt med piltastene og slipp med mellomrom.', { id: 'plan-board.hint.adviser' })
              : msg('Enter åpner kortet.', { id: 'plan-board.hint.view' })}</span
        >
        <div class="ghost-layer" aria-hidden="true"></div>
        ${this.#panels && this.#editor ? this.#panels.render((panel) => this.#editor?.render(doc, panel, locale) ?? nothing) : nothing}
      </div>
    `;
  }

  #renderToolbar(): TemplateResult {
    const tool = (which: 'undo' | 'redo', available: boolean, label: string, icon: TemplateResult): TemplateResult =>
      html`<button
        type="button"
        class="tool"
        data-history=${which}
        tabindex=${this.toolbarKey === which ? 0 : -1}
        aria-disabled=${available ? 'false' : 'true'}
        @click=${() => this.#history(which)}
      >
        ${icon}${label}
      </button>`;
    return html`<div class="toolbar" role="toolbar" aria-label=${msg('Angre og gjør om', { id: 'plan-board.toolbar' })} @keydown=${this.#onToolbarKey}>
      ${tool('undo', this.canUndo, msg('Angre', { id: 'plan-board.undo' }), icons.undo)} ${tool('redo', this.canRedo, msg('Gjør om', { id: 'plan-board.redo' }), icons.redo)}
    </div>`;
  }

  #onToolbarKey(event: KeyboardEvent): void {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const rtl = isRtl(this);
    const forward = event.key === 'End' || (event.key === 'ArrowRight') !== rtl;
    this.toolbarKey = event.key === 'Home' ? 'undo' : event.key === 'End' ? 'redo' : forward ? (this.toolbarKey === 'undo' ? 'redo' : 'undo') : this.toolbarKey === 'redo' ? 'undo' : 'redo';
    this.requestUpdate();
    this.renderRoot.querySelector<HTMLElement>(`.tool[data-history="${this.toolbarKey}"]`)?.focus();
  }

  /**
   * Everything a column's template reads, compared by identity (Lit `guard`): its column and card
   * array (the same array while the document and the lifted card's place leave it alone), the
   * board-wide view settings, and the per-card states (lifted, speaking, menu) only when that card
   * is in this column. A windowed column also depends on its scroll window and the focused card.
   * The participant view shows per-card voice availability, which can change between renders, so
   * its columns always re-render (as before). O(1) per column.
   */
  #columnDeps(column: PlanColumn, index: number, cards: readonly PlanCard[], view: CardView, level: number, target: boolean, reading: boolean): unknown[] {
    const here = (cardId: string | null): string | null => (cardId !== null && this.#columnIdOf(cardId) === column.id ? cardId : null);
    const win = cards.length > WINDOW_THRESHOLD ? this.#windows.of(column.id) : null;
    return [
      column,
      index,
      cards,
      view.locale,
      view.language,
      getLocale(),
      pictogramGeneration(),
      view.participant ? {} : null,
      view.arrange,
      view.canToggle,
      view.disabled,
      here(view.liftedCardId),
      here(view.speakingCardId),
      here(view.menuCardId),
      level,
      this.narrow,
      target,
      reading,
      this.canArrange,
      this.#firstFrame,
      win ? `${win.scrollTop}:${win.viewport}:${win.itemSize}:${view.activeCardId ?? ''}` : null,
    ];
  }

  /** The column a card is shown in: the lifted card's target while it moves, else its own. O(1). */
  #columnIdOf(cardId: string): string | null {
    const move = this.#moves?.current;
    if (move && move.cardId === cardId) return move.position.columnId;
    const place = this.places.get(cardId);
    return place ? (this.document?.columns[place.column]?.id ?? null) : null;
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
      activeCardId: this.activeKey?.startsWith('c:') ? this.activeKey.slice(2) : null,
      liftedCardId: this.#moves?.current?.cardId ?? null,
      speakingCardId: this.#voice.speaking,
      menuCardId: this.#panels?.panel?.kind === 'menu' ? this.#panels.panel.cardId : null,
      readable: (card) => this.#voice.readable(card, locale, language, hasVoice),
      silent: (card) => this.#voice.silent(card, locale, language, hasVoice),
    };
  }

  #selectColumn(index: number, focusTab: boolean): void {
    const doc = this.document;
    if (!doc || index < 0 || index >= doc.columns.length) return;
    this.currentColumn = index;
    this.announcer.announce(columnPosition(resolveText(doc.columns[index].title, this.textLocale), index, doc.columns.length));
    if (focusTab) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${index}`)?.focus());
  }

  #showColumn(columnId: string): void {
    const index = this.document?.columns.findIndex((c) => c.id === columnId) ?? -1;
    if (index >= 0 && index !== this.currentColumn) this.currentColumn = index;
  }

  // ----- popover panels --------------------------------------------------------------------------

  #openPanel(panel: Panel, anchor: HTMLElement | null): void {
    if (this.isDisabled) return;
    if (panel.kind === 'propose' ? !this.canPropose : !this.canArrange) return;
    // First use: the editing UI loads (in a few milliseconds when preloaded), then the panel opens.
    if (!this.#panels) this.#installEditing();
    if (!this.#panels) void this.#loadEditing().then(() => this.#panels && this.#openPanel(panel, anchor));
    else {
      // The panels' styles join the board's when a panel first opens, not at the preload: adopting
      // a sheet restyles the shadow tree, which a user moving a card must not wait for.
      if (this.#editing && this.renderRoot instanceof ShadowRoot) adoptLateStyles(this.renderRoot, this.#editing.editingStyles);
      this.#panels.open(panel, anchor);
    }
  }

  #closePanel(focus: 'return' | 'focus' | 'none'): void {
    this.#panels?.close(focus);
  }

  // ----- edits -----------------------------------------------------------------------------------

  #commit(operation: PlanOperation): boolean {
    if (!this.editable) return false;
    return this.commit(operation);
  }

  #history(which: 'undo' | 'redo'): void {
    if (!this.canArrange) return;
    this.toolbarKey = which;
    this.historyFrom = which;
    // undo()/redo() announce what was undone and call focusAfterChange (which keeps focus in the toolbar).
    const done = which === 'undo' ? this.undo() : this.redo();
    if (!done) this.historyFrom = null;
  }

  #toggleDone(card: PlanCard): void {
    if (!this.editable) return;
    const done = card.done !== true;
    if (this.#commit({ type: 'card.done', cardId: card.id, done })) {
      const title = resolveText(card.title, this.textLocale);
      this.announcer.announce(done ? msg(str`${title}: ferdig`, { id: 'plan-board.announce.done' }) : msg(str`${title}: ikke ferdig`, { id: 'plan-board.announce.not-done' }));
    }
  }

  /** Commits one `card.move` (nothing when the card would stay where it is) and announces it. */
  #move(cardId: string, from: CardPosition, to: CardPosition): boolean {
    if (from.columnId === to.columnId && from.index === to.index) {
      this.announcer.announce(msg(str`${this.#cardTitle(cardId)} ligger der det lå`, { id: 'plan-board.announce.unchanged' }));
      return false;
    }
    const moved = this.#commit({ type: 'card.move', cardId, from: { ...from }, to: { ...to } });
    if (moved) {
      this.announcer.announce(msg(str`Sluppet. ${this.#positionText(cardId, to)}`, { id: 'plan-board.announce.dropped' }));
      if (this.narrow) this.#showColumn(to.columnId);
    }
    return moved;
  }

  // ----- keyboard and pointer --------------------------------------------------------------------

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.#drag?.dragging) {
      event.preventDefault();
      this.#drag.cancel();
      return;
    }
    if (this.isDisabled) return;
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
    if (this.#moves?.current) {
      this.#moves.key(event);
      return;
    }
    const cardId = key.startsWith('c:') ? key.slice(2) : null;
    if (cardId) {
      if (event.key === 'Enter') {
        event.preventDefault();
        // A participant activating the card hears it (as a tap does); vk-open is fired as always.
        const card = this.participant ? this.document?.cards.find((c) => c.id === cardId) : undefined;
        if (card) void this.#voice.readCard(card);
        this.open('card', cardId);
        return;
      }
      if (event.key === ' ') {
        event.preventDefault();
        const card = this.document?.cards.find((c) => c.id === cardId);
        if (this.participant && card) void this.#voice.readCard(card);
        else if (this.canArrange) this.#pickUp(cardId);
        return;
      }
      if ((event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu') {
        const button = item.closest('.card')?.querySelector<HTMLElement>('.menu-button');
        if (button) {
          event.preventDefault();
          button.click();
        }
        return;
      }
    }
    if (event.altKey || event.metaKey || (event.ctrlKey && event.key !== 'Home' && event.key !== 'End')) return;
    const target = this.#navigate(key, event.key, event.ctrlKey);
    if (target === undefined) return;
    event.preventDefault();
    if (target) this.#focusKey(target);
  }

  /** Space on a card: lift it. */
  #pickUp(cardId: string): void {
    const origin = this.#position(cardId);
    if (!origin || this.#drag.active) return;
    this.#moves.pickUp(cardId, origin);
  }

  /** A press on the columns: a drag starts (past its threshold) when the board may be arranged. */
  #pointerDown(event: PointerEvent): void {
    this.#drag.down(event);
  }

  #onKeyup(event: KeyboardEvent): void {
    // A button clicks on Space's keyup; on a card Space lifts or reads it (on keydown), it does not click.
    if (event.key === ' ' && (event.target as HTMLElement).classList?.contains('card-button')) event.preventDefault();
  }

  #onFocusIn(event: FocusEvent): void {
    this.#preloadEditing();
    const item = (event.target as HTMLElement).closest?.('[data-roving], .card') as HTMLElement | null;
    const key = item?.dataset.roving ?? (item?.dataset.card ? `c:${item.dataset.card}` : undefined);
    if (key && key !== this.activeKey) this.#setActive(key);
  }

  #onFocusOut(event: FocusEvent): void {
    this.#drag?.focusOut(event);
  }

  /** The card of a control inside its list item. O(1). */
  #cardOf(control: Element): PlanCard | null {
    const id = (control.closest('.card') as HTMLElement | null)?.dataset.card;
    const place = id ? this.places.get(id) : undefined;
    const column = place ? this.document?.columns[place.column] : undefined;
    return (column && place && this.byColumn.get(column.id)?.[place.index]) || null;
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
    if (this.#drag?.consumeClick()) {
      event.preventDefault();
      return;
    }
    if (this.isDisabled || this.#moves?.current) return;
    const id = button.dataset.key;
    if (!id) return;
    if (this.participant) {
      // Tap to hear: the card itself reads aloud; a second tap stops.
      const card = this.document?.cards.find((c) => c.id === id);
      if (card) void this.#voice.readCard(card);
      return;
    }
    this.open('card', id);
  }

  #onPointerUp(event: PointerEvent): void {
    if (this.narrow && !this.#drag?.dragging) {
      const direction = this.swipe.up(event, isRtl(this));
      if (direction !== 0) this.#selectColumn(this.currentColumn + direction, false);
    }
  }
}

export type { KeyboardMove };

declare global {
  interface HTMLElementTagNameMap {
    'vk-plan-board': VkPlanBoard;
  }
}
