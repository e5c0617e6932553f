import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { FieldError } from './card-editor.js';
import { PopoverController, holdsTake } from '../core/popover.js';
import { handleMenuKey } from './card-menu.js';
import type { EditorNotice } from './card-editor.js';
import type { PickerState } from './pictogram-picker.js';
import { listBuiltInPictograms } from '../core/pictogram-list.js';
import { focusOurs } from '../core/roving-focus.js';
import type { ProposalDraft } from './proposal.js';
import type { PlanCard, PlanDocument } from './plan-board.types.js';
import { retryWords } from './picture-words.js';
import { tabPastEnds } from '../core/panel-tab.js';

/** What the board's one popover shows. */
export type Panel =
  | { kind: 'menu'; cardId: string }
  /** `form`: the edit form whose "Bytt bilde" opened it, with its typing (`values`): a pick, Avbryt or Escape goes back to it. */
  | { kind: 'picker'; columnId: string; replaceCardId?: string; form?: EditPanel }
  /**
   * The card editor. `base`: the card the form opened with (its fields' bindings); `seen`: the card as the form last knew it (a host change since shows a notice); `shown`:
   * the card whose values the fields the user has not typed in show, when not `base` (after the
   * user's own undo changed the card under the form). Save sends the fields that differ from
   * `shown ?? base`. `language`: the plan's participant language
   * when the form opened (its fields and recorder keep it). `values`: what its fields showed when
   * the board closed it under the user, or a press outside or focus leaving did (`keep`), shown again instead of the card's,
   * marked "Ikke lagret". `added`: the card as a pick just added it, in the form that follows the pick (its Avbryt and
   * Escape undo the add while the card is still so).
   */
  | EditPanel
  | { kind: 'move'; cardId: string }
  | { kind: 'propose'; draft: ProposalDraft };
export type EditPanel = { kind: 'edit'; cardId: string; base: PlanCard; seen: PlanCard; shown?: PlanCard; notice: EditorNotice; language: string | undefined; values?: Readonly<Record<string, string | boolean>>; added?: PlanCard };

export interface BoardPanelsOptions {
  root: () => ShadowRoot;
  /** Where focus goes when the control that opened a panel is gone: the board's own tab stop. */
  fallbackFocus: () => HTMLElement | null;
  /** A card's main control, to return to when nothing better is left. */
  cardControl: (cardId: string) => HTMLElement | null;
  /** Participant mode (large panels). */
  large: () => boolean;
  /** A lazy part (the editing UI, the recorder) could not be loaded: the board says so (core/announcer.ts `loadFailed`). */
  loadFailed: (error: unknown) => void;
}

/**
 * The board's one popover (top layer, core PopoverController): a card's action menu (WAI-ARIA APG
 * menu: arrows, Home/End, first letters; Tab or Escape close it, focus back on its button) or a
 * non-modal dialog (picker, edit form, move menu, proposal). Every close returns focus — to the
 * control that opened it, found again if a re-render replaced it, else the board's tab stop —
 * never to `<body>`. Focus leaving the panel closes it; focus dropped by a re-render goes back in.
 */
export class BoardPanels implements ReactiveController {
  #panel: Panel | null = null;
  #needsOpen = false;
  #closing = false;
  #return: (() => HTMLElement | null) | null = null;
  readonly #popover: PopoverController;
  #picker: PickerState = { query: '', category: 'all', pictures: 0 };
  #formErrors: readonly FieldError[] = [];
  /** `<vk-audio-recorder>` is defined (loaded on the first edit or proposal). */
  recorderReady = false;
  /** Escape in a panel (and the edit form's Avbryt) asks the editor first: true when it did what they mean there (board-editor.ts `#undoAdd`). */
  cancel: ((panel: Panel) => boolean) | undefined;
  /** A kept edit form for its card as it is now (board-editor.ts `#reopen`): the draft's own fields, the card's others, the notice if both changed one. */
  reopen: ((kept: Extract<Panel, { kind: 'edit' }>, card: PlanCard) => Panel) | undefined;
  /**
   * Forms the board closed under the user (disabled, read-only, another mode: `keep`), for their next
   * open: an edit form under `e:` and its card's id, with the card as it was then; the proposal under 'propose'.
   * In the board only, never in `value`.
   */
  readonly #kept = new Map<string, { panel: Panel; card?: PlanCard }>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: BoardPanelsOptions) {
    host.addController(this);
    this.#popover = new PopoverController(host);
  }

  /** The picker's search and category. */
  get picker(): PickerState {
    return this.#picker;
  }
  set picker(next: PickerState) {
    this.#picker = next;
    this.host.requestUpdate();
  }
  /** The edit form's errors: each field and its message; empty when none. */
  get formErrors(): readonly FieldError[] {
    return this.#formErrors;
  }
  set formErrors(next: readonly FieldError[]) {
    this.#formErrors = next;
    this.host.requestUpdate();
  }

  get panel(): Panel | null {
    return this.#panel;
  }
  /** Replaces what the open panel shows (same popover). */
  set panel(next: Panel | null) {
    this.#panel = next;
    this.host.requestUpdate();
  }

  /** The control focus returns to when the panel closes. */
  returnTarget(): HTMLElement | null {
    return this.#return?.() ?? null;
  }

  hostConnected(): void {}

  #addingPictures = false;
  /**
   * Gives the open picker's pictures their images a few per task, each task after the last one's
   * update: first one, then as many as took about 20 ms the time before (one per task on a slow
   * phone, where one took 20–45 ms at 4× CPU throttling; the rest at once where they load from
   * files). Goes on through the proposal's second step (Back shows the pictures again); stops when
   * the panel closes or shows something else.
   */
  async #addPictures(): Promise<void> {
    this.#addingPictures = true;
    for (let step = 1, total = listBuiltInPictograms().length; this.#picker.pictures < total; ) {
      // A timer, not core's nextTask(): a later task all the same, and no new export in the
      // up-front bundle. A hidden tab slows it down; nobody is looking at the pictures then.
      await new Promise((resolve) => setTimeout(resolve));
      // The picker and the proposal are the panels without a card.
      if (!this.#panel || 'cardId' in this.#panel) break;
      const start = performance.now();
      this.picker = { ...this.#picker, pictures: this.#picker.pictures + step };
      await this.host.updateComplete;
      step = Math.ceil((step * 20) / (performance.now() - start + 1));
    }
    this.#addingPictures = false;
  }

  /**
   * The board closes `panel` under the user (disabled, made read-only, another mode): what was typed
   * in an edit form (its fields as they are) and a proposal's choices (the picture, the day, a take
   * saved with "Lagre opptaket"; not one still recording or under review) are kept for that form's
   * next open, as a native control keeps its value while disabled. Not for a card gone meanwhile.
   */
  keep(panel: Panel, doc: PlanDocument | null, card = 'cardId' in panel ? doc?.cards.find((c) => c.id === panel.cardId) : undefined): void {
    const values = this.formValues();
    // The picker "Bytt bilde" opened: the form's typing it holds.
    if (panel.kind == 'picker' && panel.form?.values) this.#kept.set(`e:${panel.form.cardId}`, { panel: { ...panel.form, added: undefined }, card: panel.form.seen });
    else if (panel.kind === 'edit' && values && card) this.#kept.set(`e:${panel.cardId}`, { panel: { ...panel, values, added: undefined }, card });
    else if (panel.kind === 'propose' && (panel.draft.picked || panel.draft.audio)) this.#kept.set('propose', { panel });
  }

  /** What the open edit form's fields show, by name (a check box's `checked`); undefined when no form is open. */
  formValues(): Record<string, string | boolean> | undefined {
    const form = this.options.root().querySelector<HTMLFormElement>('.edit-form');
    return form ? Object.fromEntries(([...form.elements] as HTMLInputElement[]).filter((f) => f.name).map((f) => [f.name, f.type === 'checkbox' ? f.checked : f.value])) : undefined;
  }

  /**
   * A kept edit form goes only with its card (or the document). A change to the card keeps it: the user's own tap on Ferdig, an undo,
   * a host value; its next open says "Kortet ble endret av noen andre." where a field the draft changed was changed too (`open`).
   * Before, any change to the card dropped it without a word (round-2 QA F1, F2, 7 Dec 2026; issue 13, never silent loss).
   */
  prune(doc: PlanDocument | null): void {
    for (const [key, { card }] of this.#kept) if (card && !doc?.cards.some((c) => c.id === card.id)) this.#kept.delete(key);
  }

  /** Opens `panel` anchored to `anchor` (the control that opened it); a form kept for it (`keep`) comes back, once. */
  open(panel: Panel, anchor: HTMLElement | null): void {
    const key = panel.kind === 'edit' ? `e:${panel.cardId}` : panel.kind;
    const kept = this.#kept.get(key);
    this.#kept.delete(key);
    if (kept && panel.kind === 'propose') panel = kept.panel;
    else if (kept && panel.kind === 'edit' && this.reopen) panel = this.reopen(kept.panel as Extract<Panel, { kind: 'edit' }>, panel.base);
    if (this.#popover.isOpen) {
      this.#closing = true;
      this.#popover.close(false);
      this.#closing = false;
    }
    const cardId = 'cardId' in panel ? panel.cardId : panel.kind === 'picker' ? panel.replaceCardId : undefined;
    const selector = anchor?.id ? `#${CSS.escape(anchor.id)}` : anchor?.dataset.roving ? `[data-roving="${CSS.escape(anchor.dataset.roving)}"]` : null;
    const previous = this.#return;
    const root = this.options.root();
    this.#return =
      panel.kind === 'picker' && panel.replaceCardId && previous
        ? previous
        : () => (anchor?.isConnected ? anchor : null) ?? (selector ? root.querySelector<HTMLElement>(selector) : null) ?? (cardId ? this.options.cardControl(cardId) : null);
    this.formErrors = [];
    if (panel.kind === 'picker' || panel.kind === 'propose') {
      retryWords(); // a use: the pictures' words that failed to load are asked for again (before pass 56 only a value or a press did)
      this.picker = { query: '', category: 'all', pictures: 0 };
      if (!this.#addingPictures) void this.#addPictures();
    }
    if ((panel.kind === 'edit' || panel.kind === 'propose') && !this.recorderReady) {
      // The recorder is a lazy part: loaded on the first form that offers it.
      // defineRecorder() is called here, not left to the module's top level: a bundler that trusts
      // package.json `sideEffects` would drop a bare define from the lazy chunk.
      loadRecorder(new WeakRef(this));
    }
    this.#needsOpen = true;
    this.panel = panel;
  }

  /** `<vk-audio-recorder>` is now defined: forms render it from the next update. */
  recorderLoaded(): void {
    this.recorderReady = true;
    this.host.requestUpdate();
    for (const resolve of this.#waitingForRecorder.splice(0)) resolve();
  }
  /** The recorder's chunk could not be loaded: forms go on without it, and the board says why. */
  recorderFailed(error: unknown): void {
    this.options.loadFailed(error);
    for (const resolve of this.#waitingForRecorder.splice(0)) resolve();
  }
  readonly #waitingForRecorder: Array<() => void> = [];
  /** Settles once forms render `<vk-audio-recorder>` (an update after its chunk has loaded), or its load failed. */
  async recorderRendered(): Promise<void> {
    if (!this.recorderReady) await new Promise<void>((resolve) => this.#waitingForRecorder.push(resolve));
    await this.host.updateComplete;
  }

  /** Call at the end of the host's `updated()`: shows a newly opened panel. */
  afterUpdate(): void {
    if (!this.#needsOpen) return;
    this.#needsOpen = false;
    if (!this.#panel || this.#popover.isOpen) return;
    const root = this.options.root();
    const element = root.querySelector<HTMLElement>('.vk-popover');
    const anchor = this.returnTarget() ?? root.querySelector<HTMLElement>('.header');
    if (!element || !anchor) return;
    const openAt = anchor.dataset.openAt;
    delete anchor.dataset.openAt;
    this.#popover.open(anchor, element, () => {
      const closed = this.#panel;
      this.#panel = null;
      this.host.requestUpdate();
      if (this.#closing) return;
      // (Escape pressed on the page while a take is held closes it too: that throws the form away, as Escape inside.)
      if (!holdsTake(element)) this.#keepTyping(closed);
      // Not after Tab past its last control: focus went on, out of the page too (nothing after the board), not lost; nor
      // after a press outside: focus goes where the user pressed (core/popover.ts `pressedOutside`).
      if (!this.#popover.tabbedOut && !this.#popover.pressedOutside) void this.#refocusAfterClose();
    });
    if (openAt === 'last') {
      const items = element.querySelectorAll<HTMLElement>('[role="menuitem"]');
      items[items.length - 1]?.focus();
    }
  }

  /**
   * Closes the panel. `return`: focus back to the control that opened it (or the board's tab
   * stop); `focus`: only if focus would be lost; `none`: the caller moves focus.
   */
  close(focus: 'return' | 'focus' | 'none'): void {
    const back = this.#return;
    this.#closing = true;
    this.#popover.close(false);
    this.#closing = false;
    this.#needsOpen = false;
    this.panel = null;
    // Back only while focus is still the board's (or lost): a close after a take was converted comes late.
    if (focus === 'return') focusOurs(this.host) && (back?.() ?? this.options.fallbackFocus())?.focus();
    else if (focus === 'focus') void this.#refocusAfterClose();
  }

  /**
   * A press outside or focus leaving closed the edit form (neither Save nor Avbryt nor Escape): what was typed in it is kept
   * for the card's next form, as the board's own closes keep it (`keep`) and the task ladder keeps a logbook entry.
   * Before, it went without a word: the adviser who typed and pressed the page's own Save lost it (QA F5, 7 Dec 2026).
   */
  #keepTyping(panel: Panel | null): void {
    if (panel?.kind == 'picker' || (panel?.kind == 'edit' && panel.notice != 'removed' && (panel.values || this.options.root().querySelector('.edit-form [data-typed]')))) this.keep(panel, null, panel.kind == 'edit' ? panel.seen : undefined);
  }

  /** After a close we did not drive (focus leaving to nowhere): focus never stays on <body>. */
  async #refocusAfterClose(): Promise<void> {
    await this.host.updateComplete;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    (this.returnTarget() ?? this.options.fallbackFocus())?.focus();
  }

  readonly #onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.#panel) {
      // Before the popover's own Escape (which focuses its anchor, else the board's first tab stop,
      // the toolbar): back to the control that opened the panel, found again — its card's day shown
      // when the host moved the card to another while the panel was open.
      event.preventDefault();
      event.stopImmediatePropagation();
      if (!this.cancel?.(this.#panel)) this.close('return');
      return;
    }
    if (this.#panel?.kind !== 'menu') {
      // Shift+Tab from the first control, back to the control that opened the panel; Tab from the last, on to the board's
      // next Tab stop after that control (APG non-modal dialog; core/panel-tab.ts). The panel closes as focus leaves it.
      tabPastEnds(event, event.currentTarget as HTMLElement, this.returnTarget())?.focus();
      return;
    }
    if (event.key === 'Tab') {
      // APG menu: Tab closes the menu; focus goes back to its button.
      event.preventDefault();
      this.close('return');
      return;
    }
    handleMenuKey(event, event.currentTarget as HTMLElement);
  };

  readonly #onFocusOut = (event: FocusEvent): void => {
    const element = event.currentTarget as HTMLElement;
    const next = event.relatedTarget as Node | null;
    if (next && element.contains(next)) return;
    requestAnimationFrame(() => {
      if (!this.#panel || !this.#popover.isOpen) return;
      const active = this.options.root().activeElement;
      if (active && element.contains(active)) return;
      const page = document.activeElement;
      if ((!page || page === document.body) && !active) {
        element.querySelector<HTMLElement>('input, select, textarea, button:not([disabled]), [tabindex="-1"]')?.focus();
        return;
      }
      if (holdsTake(element)) return;
      this.#keepTyping(this.#panel);
      this.close('none');
    });
  };

  /** The popover element with `content` (what the open panel shows). */
  render(content: (panel: Panel) => TemplateResult | typeof nothing): TemplateResult {
    const panel = this.#panel;
    const menu = panel?.kind === 'menu';
    return html`<div
      class="vk-popover"
      part="popover"
      id="panel"
      popover="manual"
      role=${menu ? 'menu' : 'dialog'}
      aria-labelledby=${menu ? `menu-button-${panel.cardId}` : 'panel-title'}
      aria-describedby=${panel?.kind == 'edit' && panel.values ? 'unsaved-note' : nothing}
      tabindex="-1"
      ?data-large=${this.options.large()}
      @keydown=${this.#onKey}
      @focusout=${this.#onFocusOut}
    >
      ${panel ? content(panel) : nothing}
    </div>`;
  }
}

/**
 * Loads and defines the recorder, then tells the panels (if their board still exists). Module-level
 * and holding only a WeakRef: a closure made inside `open()` would share its context (with `this`),
 * and the pending import would keep every board removed before the chunk arrived reachable.
 */
function loadRecorder(panels: WeakRef<BoardPanels>): void {
  void import('../core/recorder.js').then(
    ({ defineRecorder }) => {
      defineRecorder();
      panels.deref()?.recorderLoaded();
    },
    (error) => panels.deref()?.recorderFailed(error),
  );
}
