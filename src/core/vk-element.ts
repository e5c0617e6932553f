import { LitElement, html, type CSSResultGroup, type CSSResultOrNative, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { Announcer } from './announcer.js';
import { emit, type ChangeSource, type VkErrorDetail } from './events.js';
import { getLocale, initLocalization, langChanges, localeWait, updateOnLocale, pageTextLocale, prefetchLocale } from './localize.js';
import { deepEqualJson, jsonCopy, markFreshJson } from './schema.js';
import { tokens } from './tokens.js';
import { prepareFonts, type FontInstance } from './fonts.js';
import type { HistoryEntry, OperationBase, VersionedDocument } from './types.js';
import type { DocumentModel } from './document-model.js';
import { onPictogramError, pictogramChanges, pictogramRegistry, retryPictograms } from './pictograms.js';
import { focusInView, focusOurs, showFocused } from './roving-focus.js';
import { keepDisabledFocus } from './disabled-focus.js';
import { syncUiBidi, uiBidiStyles } from './ui-bidi.js';
import { historyShortcut } from './history-keys.js';
import { documentSource } from './child-script.js';
import { errorText, renderEmpty } from './empty-state.js';
import { heldEdit, historyWords, notSaved, sayNothing } from './history-words.js';
import { userInvalid } from './user-invalid.js';
import { listenForTouch } from './input-kind.js';

const HISTORY_LIMIT = 200;
/** The connected widgets' rechecks, heard through one listener per source (addEventListener looks through a target's listeners: 500 widgets, 125,000 looks). */
const rechecks = new Set<() => void>();
for (const source of [pictogramRegistry, langChanges]) source.addEventListener('change', () => rechecks.forEach((recheck) => recheck()));

/**
 * The shared contract of every Veikart widget (contract.md §2–3): `value` by property, attribute
 * or child JSON script; validation with `vk-error`; `readonly`/`disabled`; form association;
 * undo/redo; cancelable `vk-change` followed by `change`. The custom properties below are the
 * shared tokens (core/tokens.ts) every widget uses beside those it lists itself.
 * @attr value - The document as JSON text, for server-rendered pages (the `value` property takes the object). Read when the element starts unless the property was set first; after that every change replaces the document. Text that is not JSON, or a document the schema refuses, fires `vk-error` (`invalid-json`, `invalid-document`, `unsupported-version`) and keeps the last valid document.
 * @attr lang - The language of the document's texts and dates (a BCP 47 tag); unset: the nearest ancestor's `lang` (also outside a shadow root the widget is in), else `<html lang>`, or the locale `setLocale()` chose. UI strings follow the UI locale.
 * @attr dir - `ltr` or `rtl`; unset: the closest ancestor's, as on any element. The layout follows it.
 * @cssstate user-invalid - Invalid once the user edited it or a submit it blocked (a check that fired `invalid`), until valid or `form.reset()`: what `:user-invalid` is on a native control, which never matches a custom element (`vk-plan-board:state(user-invalid)`; core/user-invalid.ts).
 * @csspart load-failed - The alert shown once when a part loaded on first use could not be fetched (docs/embedding.md, "Lazy parts").
 * @cssproperty --vk-font-size - Base text size, a length (`1.125rem`, `18px`; not a percentage, which the widgets' sizes computed from it would take of a box, not of the text); falls back to --ds-body-md-font-size, then 1rem.
 * @cssproperty --vk-color-text-subtle - Secondary text and the empty state (falls back to --ds-color-neutral-text-subtle).
 * @cssproperty --vk-color-surface - Tinted backgrounds and hovered buttons (falls back to --ds-color-neutral-surface-tinted).
 * @cssproperty --vk-color-border-subtle - Light dividers (falls back to --ds-color-neutral-border-subtle).
 * @cssproperty --vk-color-accent-contrast - Text on the accent colour: primary buttons (falls back to --ds-color-accent-base-contrast-default).
 * @cssproperty --vk-color-accent-surface - Tinted accent backgrounds: the current item, a selection (falls back to --ds-color-accent-surface-tinted).
 * @cssproperty --vk-color-danger - Errors and the error state (falls back to --ds-color-danger-text-default).
 * @cssproperty --vk-color-danger-surface - The error state's background (falls back to --ds-color-danger-surface-tinted).
 * @cssproperty --vk-color-focus - The focus outline (falls back to --ds-color-focus-outer).
 * @cssproperty --vk-color-focus-inner - The ring inside the focus outline (falls back to --ds-color-focus-inner).
 * @cssproperty --vk-space-1 - Smallest spacing (falls back to --ds-size-1).
 * @cssproperty --vk-space-2 - Base spacing (falls back to --ds-size-2).
 * @cssproperty --vk-space-3 - Spacing (falls back to --ds-size-3).
 * @cssproperty --vk-space-4 - Large spacing (falls back to --ds-size-4).
 * @cssproperty --vk-radius-full - Round shapes: markers, badges (falls back to --ds-border-radius-full).
 * @cssproperty --vk-pictogram-size - Size of the full-size pictures (default 3rem): cards, tasks, a step's details; small ones beside a line of text (tabs, legend, chips, a step's label) keep their own sizes.
 */
export abstract class VkElement<Doc extends VersionedDocument, Op extends OperationBase> extends LitElement {
  static formAssociated = true;
  static override styles = [tokens];

  /** Every widget also adopts the shared sheet for UI text against the layout's direction (core/ui-bidi.ts). */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return [...super.finalizeStyles(styles), ...uiBidiStyles];
  }

  /**
   * Run by `defineElement` (once per definition) in a task right after the define, before a host
   * sets a first `value`: work that needs no element, so it is not part of that first render. Here:
   * start fetching the UI strings of the page's language (`<html lang>`; nothing for bokmål) and
   * build the font instances of `firstRenderFonts`. Widgets add what else their first render
   * would otherwise build (date formatters).
   */
  static prepare(): void {
    prefetchLocale();
    prepareFonts(this.firstRenderFonts);
  }

  /**
   * The font instances (size as a multiple of the base font size, weight) the widget's first
   * render lays text out in, built by `prepare()` (core/fonts.ts). test/core/font-instances.test.ts
   * checks each widget's list against what its stories use.
   */
  static readonly firstRenderFonts: readonly FontInstance[] = [[1, 400]];

  /** The selector of the item a focus target belongs to, brought wholly into view with it after a change (the board's `.card`: Done and menu too). */
  static readonly focusItem?: string;

  /** A getter (not a field) so the base constructor can validate a value set before upgrade. */
  protected abstract get model(): DocumentModel<Doc, Op>;
  protected readonly internals = this.attachInternals();
  /** `:state(user-invalid)`, the widget's `:user-invalid`, and its message while on (core/user-invalid.ts). */ #said = ''; readonly #userInvalid = userInvalid(this, this.internals, (said) => ((this.#said = said), this.requestUpdate())); // prettier-ignore
  protected readonly announcer = new Announcer(this, () => this.liveRegionOnDemand);
  /** Tells `keepDisabledFocus` (set up in `createRenderRoot`) the disabled state changed. */ #disabledChanged = (): void => {}; // prettier-ignore

  // useDefault: initial values not reflected (no attribute work in every first update: each widget got name="" and three removeAttribute calls); a host's change is.
  /** Viewing only: no edit affordances. */
  @property({ type: Boolean, reflect: true, useDefault: true }) readonly = false;
  /** `readonly` by the name `<input>` and `<textarea>` give it in the DOM (HTML's `readOnly`), so `el.readOnly = true` works too. */
  get readOnly(): boolean { return this.readonly; } set readOnly(value: boolean) { this.readonly = !!value; } // prettier-ignore
  /** Like a disabled form control: not focusable, not editable, not submitted. */
  @property({ type: Boolean, reflect: true, useDefault: true }) disabled = false;
  /** Inside a form: invalid while the widget has no document. */
  @property({ type: Boolean, reflect: true, useDefault: true }) required = false;
  /** Inside a form: the widget submits `JSON.stringify(value)` under this name. */
  @property({ reflect: true, useDefault: true }) name = '';

  /** The current valid document (null before the first). */
  @state() protected document: Doc | null = null;
  @state() private formDisabled = false;

  #error: VkErrorDetail | null = null;
  #hostDocument: Doc | null = null;
  #started?: boolean;
  #undo: Array<HistoryEntry<Op>> = [];
  #redo: Array<HistoryEntry<Op>> = [];
  /** Property, attribute or child script: which the host gave the document by, and the markup watched for changes (core/child-script.ts). */
  readonly #source = documentSource(this, (text) => (this.#receive(text), !this.#error));
  /** The host's `setCustomValidity` message ("" when none). */ #custom?: string; // prettier-ignore
  /** The document whose JSON text the form holds, and that text (one JSON.stringify per document). */
  #formDocument?: Doc | null;
  #formText?: string | null;
  /** Counts host writes of `value`, so `commit` can tell that a vk-change listener set its own. */ #hostWrites = 0; // prettier-ignore
  /** Reading a state the browser restored (`formStateRestoreCallback`): a rejection says nothing. */ #restoring = false; // prettier-ignore
  /** The attribute `requestUpdate` is writing for its property (not a host's change). */
  #reflecting?: string | null; /** The Tab stop that carries the host's `autofocus` (see `updated`). */ #autofocused: Element | null = null; // prettier-ignore
  /** Renders again when what the last render read from outside (`#shown`) changed: a pictogram registered, a `lang` above it. */
  readonly #recheck = (): void => void (this.#shown != pictogramChanges + getLocale() + this.textLocale && this.requestUpdate());
  /** What the last render read from outside the document and the widget (see `render`). */ #shown?: string; // prettier-ignore

  constructor() {
    super();
    initLocalization();
    listenForTouch();
    updateOnLocale(this, (error) => this.announcer.loadFailed(error));
    // A value (or readOnly: not one of Lit's properties) set on the element before it was upgraded shadows the accessor: take it over.
    for (const key of ['value', 'readOnly'] as const) {
      if (!Object.hasOwn(this, key)) continue;
      const early = this[key];
      delete (this as Partial<this>)[key];
      (this as { [k in typeof key]: unknown })[key] = early;
    }
    this.addEventListener('keydown', (event) => this.#onHistoryKey(event));
    // A click on the host itself, not inside it: what a <label for> sends its control (Chromium focuses only a focusable host): focus
    // the widget as a label focuses a native control. Not a press on the host's own padding or border (the point is the host's, not the
    // label's; not `:hover`, which a hovered label gives): a click on nothing, and focusing would scroll the page to the first control.
    this.addEventListener('click', (event) => event.composedPath()[0] == this && (this.getRootNode() as Document).elementFromPoint(event.x, event.y) != this && this.focus());
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Keyboard focus (Tab into the widget, focus returned by a popover) comes wholly into view,
    // as focusInView does for the widgets' own moves (WCAG 2.4.11): Chromium leaves one partly visible where it is, cut off
    // at the edge of a row that scrolls sideways. On the shadow root: a move inside it does not reach the host (the related
    // target is inside too). Never focus here: a listener nearer the target may already have moved focus on (roving).
    root.addEventListener('focusin', (event) => {
      const target = event.composedPath()[0];
      if (target instanceof HTMLElement && target.matches(':focus-visible')) showFocused(target, (this.constructor as typeof VkElement).focusItem);
    });
    // Focus the browser drops as it disables the host (any route), and back where it was once enabled again (core/disabled-focus.ts).
    this.#disabledChanged = keepDisabledFocus(this, root as ShadowRoot, () => this.ensureFocus(), () => this.isDisabled, (this.constructor as typeof VkElement).focusItem);
    return root;
  }

  /**
   * The widget's JSON document. Setting it (an object, or a JSON string) replaces the document
   * without firing `vk-change`; invalid input fires `vk-error` and keeps the last valid document.
   * `null`, `undefined`, the text `"null"` or blank text: no document (the empty state, no error).
   * A document deep-equal to the current one changes nothing (undo kept). Reading it returns the
   * current document: treat it as read-only, it is replaced on every edit (one changed in place and
   * set again is taken as a new document, undo cleared).
   * @example el.value = { version: 1, steps: [] };
   */
  get value(): Doc | null {
    return this.document;
  }
  set value(input: Doc | string | null | undefined) {
    this.#source.property();
    this.#receive(input);
  }

  /**
   * The first render waits for UI strings already on their way (the page's language, asked for when the first element configured
   * localization; `prepare` has usually fetched them by then): one render in the right language, not one in bokmål and a second when
   * they arrive. It waits at most 500 ms (`localeWait`): strings that take longer (a slow or failed fetch) re-render the widget when
   * they come, as a later locale change does. Later updates never wait. The trade-off: on such a page, a widget defined and given
   * `value` in one task paints once the strings are in, instead of painting bokmål at once.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waiting = this.hasUpdated ? null : localeWait();
    if (!waiting) return super.scheduleUpdate();
    return waiting.then(() => super.scheduleUpdate());
  }

  /** Also waits for a first announcement whose live region is being put in place (`Announcer`): `await el.updateComplete` after an action finds its message there. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // A render requested while the last one ran (formDisabledCallback), or an announcement still on its way into an on-demand live region: wait for those too.
    for (let i = 0; i < 10 && (this.isUpdatePending || this.announcer.pending); i++) {
      if (this.announcer.pending) await this.announcer.pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * True when the live region should be made on the first announcement rather than with the
   * widget (see `Announcer`): for a form that is shown many times on a page and rarely announces.
   */
  protected get liveRegionOnDemand(): boolean {
    return false;
  }

  /** Host writes that replaced the document: widgets use it to cancel gestures in progress. */
  protected get hostRevision(): number {
    return this.#hostWrites;
  }

  /** The last rejected input's `vk-error` detail, `{ code: "invalid-json" | "invalid-document" | "unsupported-version", message, issues: [{ path, message }] }` (`path` a JSON Pointer, RFC 6901; `""` for the whole input), or null when the current input was accepted. */
  get error(): VkErrorDetail | null {
    return this.#error;
  }

  /** True when `undo()` would undo something now: false while the next step back is an edit this mode does not allow (`allows`), so a host's Undo button tells the truth. */
  get canUndo(): boolean {
    return this.#undo.length > 0 && this.allows(this.#undo.at(-1)!.inverse);
  }
  /** True when `redo()` would redo something now (false in the same cases as `canUndo`). */
  get canRedo(): boolean {
    return this.#redo.length > 0 && this.allows(this.#redo.at(-1)!.forward);
  }

  /** The form the widget belongs to, like a native control's `form`. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** Like a native control's (ElementInternals): `valueMissing` when `required` with no document, `customError` after `setCustomValidity`. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** As on a native control: "" while it is not validated (disabled, readonly), even with a custom error. */
  get validationMessage(): string {
    return this.willValidate ? this.internals.validationMessage : '';
  }
  /** False while disabled (its own `disabled` or a disabled fieldset) or readonly: not validated, as a native control. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  /** The `<label>`s of the widget (`<label for>` or an enclosing label), like a native control's. */
  get labels(): NodeList {
    return this.internals.labels;
  }
  /** As a native control's: a message not empty makes it invalid (`customError`) and is shown on submit; `""` valid again. The widget never clears it. */
  setCustomValidity(message: string): void {
    this.#custom = `${message}`;
    this.#syncForm();
  }
  /** True when valid or not validated; else fires `invalid` at the widget and returns false (HTML constraint validation). */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** As `checkValidity()`; when invalid, the browser shows `validationMessage` at the widget. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /**
   * Undoes the last edit; fires `vk-change` with the inverse operation and `source: "undo"`.
   * Focus, if it was inside the widget, goes to the item the edit touched (see `focusAfterChange`).
   * Returns true when an edit was undone; false when there was none (`canUndo` false: says nothing, where Ctrl+Z says so) or a `vk-change` listener cancelled it.
   */
  undo(): boolean {
    return this.#step(this.#undo, this.#redo, 'undo');
  }

  /** Redoes the last undone edit; fires `vk-change` with the original operation and `source: "redo"`. Returns true when it did (as `undo()`). */
  redo(): boolean {
    return this.#step(this.#redo, this.#undo, 'redo');
  }

  /**
   * Moves the last entry of `from` to `to` by committing it. The entry is on `to` before the
   * events fire, so a host that reads `canUndo`/`canRedo` in its `vk-change` or `change` listener
   * (to enable its own buttons) sees the state after the step.
   */
  #step(from: Array<HistoryEntry<Op>>, to: Array<HistoryEntry<Op>>, kind: 'undo' | 'redo'): boolean {
    if (!(kind == 'undo' ? this.canUndo : this.canRedo)) return false;
    const entry = from.pop()!;
    const hadFocus = this.matches(':focus-within');
    const writes = this.#hostWrites;
    const operation = kind == 'undo' ? entry.inverse : entry.forward;
    to.push(entry);
    if (this.commit(operation, kind)) {
      const now = this.describeState?.(operation) ?? '';
      this.announcer.announce(historyWords(kind, now, !now && this.describeOperation?.(entry.forward)));
      if (hadFocus) void this.ensureFocus(operation);
      return true;
    }
    // Cancelled: keep the entry where it was — unless the host set its own value meanwhile (inside
    // the vk-change listener): then history is gone and this operation must never meet that document.
    to.pop();
    if (this.#hostWrites === writes) from.push(entry);
    return false;
  }

  /**
   * A short description of an operation for announcements, in the UI locale, naming the item
   * ("flyttet Norskkurs til tirsdag"). Widgets override it; null says nothing beyond "Angret.".
   * Undo and redo say "Angret: …" with it when `describeState` has nothing to say.
   */
  protected describeOperation?(operation: Op): string | null;

  /**
   * What is true now of the item `operation` set a state of (a status, a level, Done, a place),
   * in the UI locale and in the words that edit is announced with ("Arbeidspraksis: Ferdig"); null
   * for other operations. `operation` is the one whose result is the document now: the applied
   * one after redo, the inverse after undo or after a host cancelled an edit. Undo, redo and a
   * cancellation say it after what happened ("Angret. Arbeidspraksis: Ferdig", "Endring avbrutt.
   * Arbeidspraksis: Ikke startet"), never the undone target state.
   */
  protected describeState?(operation: Op): string | null;

  /**
   * Where focus goes after `operation` changed the document under a focused widget (undo, redo,
   * a host value, a removal): the element showing the item the operation touched, or its nearest
   * surviving neighbour. Widgets override it; the default is the widget's current roving item
   * (`[tabindex="0"]`) or its first focusable element. Called after the re-render.
   */
  protected focusAfterChange(_operation: Op | null): HTMLElement | null {
    return this.defaultFocusTarget();
  }

  /**
   * `disabled`, `readonly` and `name` are reflected (and `required` sets the validity) at once, as
   * on a native control, so `new FormData(form)` right after `el.disabled = true` or
   * `el.name = 'plan'`, and `form.checkValidity()` right after `el.readOnly = true` (a readonly
   * widget is barred from validation), see the change (Lit reflects in the update, a microtask
   * later; the form reads the attributes).
   * Not the initial values (no old value): set in the constructor, they would drop the attributes
   * a parsed `<vk-… disabled name="plan">` is being upgraded with. An unchanged attribute is not written again (writing it
   * would call attributeChangedCallback, which sets the property, which comes back here).
   */
  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    const [key, old] = args;
    if (old === undefined) return;
    // The validity too: `checkValidity()` right after `el.required = true` sees it, and `validity` right after `el.disabled = true` or `el.readOnly = true` (not validated: nothing missing).
    if (key === 'required' || key === 'disabled' || key === 'readonly') this.#syncForm();
    if (key === 'disabled' || key === 'readonly' || key === 'name') {
      const v = this[key];
      if (key === 'disabled') this.#disabledChanged();
      const text = v === true ? '' : v === false || v == null ? null : String(v);
      if (this.getAttribute(key) !== text) {
        // Our own write: attributeChangedCallback leaves the property alone (removing `name` would otherwise reset it to its default, "").
        this.#reflecting = key;
        if (text === null) this.removeAttribute(key);
        else this.setAttribute(key, text);
        this.#reflecting = null;
      }
    }
  }

  /**
   * Focuses the widget where Tab would enter it (its first Tab stop: a toolbar's first button, or the roving item of a list or grid;
   * an empty widget's message), so a host's `el.focus()` (an error summary's link, a framework ref) works as on a native control; the
   * error state its message (role="alert": read whole), not the "Tekniske detaljer" disclosure. A disabled or unrendered widget: none.
   */
  override focus(options?: FocusOptions): void {
    if (!this.isDisabled) this.#tabStop()?.focus(options);
  }

  #tabStop(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('button:not([tabindex],[disabled]),[tabindex="0"]') ?? this.defaultFocusTarget();
  }

  /** The roving item (`tabindex="0"`) or first focusable element in the shadow root. */
  protected defaultFocusTarget(): HTMLElement | null {
    const root = this.renderRoot as ShadowRoot | HTMLElement;
    return (
      root.querySelector<HTMLElement>('[tabindex="0"]:not([disabled])') ??
      root.querySelector<HTMLElement>(':is(button,input,select,textarea):not([disabled]),[href],[tabindex]:not([tabindex="-1"])') ??
      root.querySelector<HTMLElement>('[tabindex="-1"]')
    );
  }

  /**
   * Puts focus back inside the widget after a re-render if it fell out (onto `<body>` or nowhere).
   * The one shared mechanism behind "focus is never lost" (WCAG 2.4.3): widgets call it after
   * every change they did not drive focus for themselves, and undo/redo/host values call it here.
   */
  protected async ensureFocus(operation: Op | null = null): Promise<void> {
    await this.updateComplete;
    // Not if the user has since put focus elsewhere on the page (an update can complete late: a board's editing chunk).
    if (!focusOurs(this)) return;
    const active = (this.renderRoot as ShadowRoot).activeElement;
    // Focus is still on a shown, enabled element inside (not the one the operation removed): keep it (Chromium blurs a disabled or hidden one to <body>).
    const kept = active?.checkVisibility() && !active.matches(':disabled');
    const target = this.focusAfterChange(operation);
    // After an operation also when focus is already there: a node moved back, focus and all, may be out of view.
    const next = target?.isConnected ? (operation !== null || (active !== target && !kept) ? target : null) : kept ? null : this.defaultFocusTarget();
    // Brought wholly into view, or its `focusItem` (see `focusInView`).
    if (next) focusInView(next, (this.constructor as typeof VkElement).focusItem);
  }

  /** True when the user may edit now. */
  protected get editable(): boolean {
    return this.document !== null && !this.readonly && !this.isDisabled;
  }
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled || this.hasAttribute('disabled'); // the attribute too: the browser blurs a focused field as it is set, before it reaches the property (a blur's save got through)
  }

  /**
   * The locale for document texts and dates: a `lang` on the element or an ancestor inside the
   * page, else the UI locale (which follows `<html lang>` unless the host called `setLocale`).
   */
  protected get textLocale(): string {
    // The nearest non-empty lang within each tree (one native `closest` per tree, not a walk of
    // every ancestor: a table of 500 trackers asks this 500 times), then on from the shadow host.
    let element: Element | null = this;
    while (element) {
      const found: Element | null = element.closest('[lang]:not([lang=""],html)');
      if (found) return found.getAttribute('lang') as string;
      const root = element.getRootNode();
      element = root instanceof ShadowRoot ? root.host : null;
    }
    // Then <html lang> as written ("prs", "fa-AF": Dari texts and month names) unless setLocale()
    // chose another language; Norwegian pages keep "nb" (its Intl-free date path).
    return pageTextLocale(getLocale());
  }

  /**
   * Applies a user edit: the new document replaces the old one, `vk-change` is fired (a listener
   * may cancel it, which reverts the edit), then `change`. Returns true when the edit stands (also in a host value set
   * in the listener that holds it). An edit that does not stand is said once in the live region (the widget may say more).
   */
  protected commit(operation: Op, source: ChangeSource = 'user'): boolean {
    const before = this.document;
    this.#landed = null;
    if (!before) return false;
    let after: Doc, inverse: Op;
    try {
      inverse = this.model.invert(before, operation);
      after = this.model.apply(before, operation);
    } catch (error) {
      // The UI only offers edits that fit; a misfit means the host's document changed underneath (a form or a pick-up open across a new value).
      console.warn('Veikart: edit not applied', error);
      this.announcer.announce(notSaved());
      return false;
    }
    this.#setDocument(after);
    const writes = this.#hostWrites;
    // On the history before vk-change (taken back if cancelled), so a listener reads canUndo/canRedo as they are after the edit, as after undo/redo.
    const redo = this.#redo;
    if (source === 'user') (this.#undo.push({ forward: operation, inverse }), (this.#redo = []));
    const kept = emit(this, 'vk-change', { value: after, operation, source }, true);
    if (this.#hostWrites !== writes) {
      // The host set its own value inside a listener: the host wins (its value already replaced the document and cleared undo); nothing of this edit is
      // kept, nothing is reverted. Not a cancellation (contract, "Edit conflicts"): the user hears what is true in the host's document: the edit's state
      // there when it holds the edit (heldEdit: also an added item under the host's id, `landedId`), else that it was not saved. Held, the edit stands
      // (true): a form closes and forgets its draft, or its second Save added the entry twice. A held undo or redo says its own words (#step).
      const held = (this.#landed = heldEdit(this.model, before, after, this.document, operation, inverse)), now = !held ? notSaved() : source == 'user' && (this.describeState?.(operation) ?? this.describeOperation?.(operation)); // prettier-ignore
      if (now) this.announcer.announce(now);
      return !!held;
    }
    if (!kept) {
      // The host cancelled: the control shows the old state again, so say so, and what is true
      // (widgets that name the cancelled gesture, like the board's "Flytting avbrutt", say it after this).
      if (source === 'user') (this.#undo.pop(), (this.#redo = redo));
      this.#setDocument(before);
      this.announcer.announce(msg(str`Endring avbrutt. ${this.describeState?.(inverse) ?? ''}`, { id: 'history.cancelled' }));
      return false;
    }
    if (this.#undo.length > HISTORY_LIMIT) this.#undo.shift();
    emit(this, 'change');
    return true;
  }

  /** The id an item the last `commit` added has now: the host's own when its vk-change listener gave it one (a server's), else `id`. */
  protected landedId(id: string): string { return this.#landed?.get(id) ?? id; } // prettier-ignore
  #landed?: Map<string, string> | null;

  /**
   * Whether undo or redo may make this edit in the widget's mode: one it may not (an adviser's, in
   * participant mode: contract §2) stays on the history, its undo waiting for the mode that made it.
   */
  protected allows(_operation: Op): boolean {
    return true;
  }

  /** Fires `vk-open` for an item. */
  protected open(kind: 'card' | 'step' | 'task' | 'session', id: string): void {
    emit(this, 'vk-open', { kind, id });
  }

  /** The widget's view of a valid document. */
  protected abstract renderDocument(doc: Doc): unknown;

  /** What an empty widget says (no document yet). */
  protected emptyMessage(): string {
    return msg('Ingen innhold ennå.', { id: 'empty.default' });
  }

  protected override render(): TemplateResult {
    syncUiBidi(getLocale());
    // What it depends on besides the document and the widget's properties, and hears of only while on the page: pictograms registered, the UI locale, the text locale (its place).
    this.#shown = pictogramChanges + getLocale() + this.textLocale;
    return html`${this.document ? this.renderDocument(this.document) : renderEmpty(this.#error, this.emptyMessage(), (this as { mode?: string }).mode, this.#said)}${this.announcer.render()}`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.renderRoot.addEventListener('error', onPictogramError, true); // capturing: error does not bubble
    rechecks.add(this.#recheck);
    // Put back on the page: render again only when that changed while it was away (a table of
    // 500 widgets sorted, which moves every one, does not render them all again).
    // Precedence at start: property, then attribute, then child script.
    const start = !this.#started;
    this.#started = true;
    this.#source.connect(start);
    if (!start) return this.#recheck();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    rechecks.delete(this.#recheck);
    this.#source.disconnect();
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'value', 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === this.#reflecting) return;
    if (name === 'value') {
      // After start the last thing the host does wins (the same text again too); before it, connectedCallback decides.
      if (this.#started) this.#source.attribute(value);
      return;
    }
    if (name === 'lang' || name === 'dir') {
      this.requestUpdate();
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  /** Focus was inside and shown as this update began: not in a popover a click closed, nor in an open popover or dialog (popover.ts recovers its own). */
  #hadFocus = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const active = this.shadowRoot?.activeElement;
    this.#hadFocus = !!active?.checkVisibility() && !active.closest(':popover-open, dialog[open]');
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A render that removed or disabled the focused control (a host value, `readonly`, a layout switch, an item gone): focus back inside, never <body>.
    if (this.#hadFocus) {
      const active = this.shadowRoot?.activeElement;
      if (!active || active.matches(':disabled')) void this.ensureFocus();
      // One the render hid (display: none), which Chromium blurs a frame later: checked before that frame's style, not in every update; not if the user has since moved focus out (`ensureFocus`).
      else requestAnimationFrame(() => active.checkVisibility() || void this.ensureFocus());
    }
    // While invalid: after each render, for a validation anchor that exists now (the first render's empty state) and a message in the UI locale now.
    if (!this.document || this.#custom) this.#syncForm();
    // A widget a <label for> names (there when it renders): a group with that name, so screen
    // readers say it on entering the widget (a generic host's name is not announced). Without one
    // it stays generic, not a nameless group around every tracker in a table. `labels` searches
    // the whole document: asked only of a widget with an id, not 500 times in a table of trackers.
    this.internals.role = this.id && this.labels.length ? 'group' : null;
    // The host's `autofocus` on its Tab stop only (the stop moves), where showModal() finds it through the shadow root (no delegatesFocus, docs/embedding.md); not while disabled (Tab and focus() pass it by).
    const stop = this.autofocus && !this.isDisabled ? this.#tabStop() : null;
    if (stop !== this.#autofocused) this.#autofocused?.removeAttribute('autofocus'), stop?.setAttribute('autofocus', ''), (this.#autofocused = stop);
  }

  formResetCallback(): void {
    // The host's document comes back: a host write (an edit in progress does not stand, gestures cancel, focus stays inside). Already on screen (a
    // controlled host wrote each edit back; React 19 resets after every form action): nothing changes and undo stays, as for a deep-equal `value`.
    // Its `error` goes too: the current document is the host's accepted one (an error with no host document stays, as its empty state does).
    const error = this.#hostDocument ? null : this.#error;
    if (this.#hostDocument !== this.document) this.#accept(this.#hostDocument);
    this.#error = error;
    this.#syncForm(false); // and, as a native control's user validity, `:state(user-invalid)` off until the next edit or check
  }

  formDisabledCallback(disabled: boolean): void {
    if (this.formDisabled === disabled) return;
    this.formDisabled = disabled;
    this.#disabledChanged();
    this.#syncForm(); // its validity at once, as a native control's in a fieldset just disabled (not at the next render)
    // The browser calls this while Lit reflects our own `disabled` attribute, which is after
    // render() and before Lit marks the update done: this change would then be dropped and the
    // controls would keep their old aria-disabled. Render once more (updateComplete waits for it).
    if (this.isUpdatePending) queueMicrotask(() => this.requestUpdate());
  }

  /** Back/forward: the user's edits come back, but form.reset() still returns to the host's document. Quietly: a state it would reject (saved by an older widget) is dropped, no `vk-error`. */
  formStateRestoreCallback(state: unknown): void {
    const host = this.#hostDocument;
    this.#restoring = true;
    if (typeof state === 'string') this.#receive(state);
    this.#restoring = false;
    this.#hostDocument = host;
  }

  /** A host-supplied value: parse, copy, validate; accept whole or reject whole. */
  #receive(input: unknown): void {
    // No document: null, and as text (`value="null"`, `value=""`: what a server writes for a participant with no plan yet).
    if (input == null || (typeof input == 'string' && !input.trim())) return this.#accept(null);
    // JSON text parsed, then a JSON copy (core/schema.ts): the host's object is never ours.
    const copy = jsonCopy(input);
    if (!copy.ok) return this.#reject(copy.error);
    const { value: candidate, text } = copy;
    if (candidate === null) return this.#accept(null);
    // Deep-equal: nothing changes (no re-render, undo kept; contract §2: controlled hosts write back every vk-change value), but form.reset() comes back to it.
    // Not the document read from `value`, changed in place and set again (its text no longer the form's): a new document.
    if (this.document !== null && deepEqualJson(candidate, this.document) && !(input === this.document && this.#formDocument === input && text !== this.#formText)) {
      this.#error = null;
      this.#hostDocument = this.document;
      return;
    }
    // The copy is ours alone: the model checks it in place instead of copying it again.
    if (candidate instanceof Object) markFreshJson(candidate);
    const result = this.model.check(candidate);
    if (!result.ok) return this.#reject(result.error);
    if (result.document === candidate) {
      // Its JSON text is the one just parsed: the form value needs no second JSON.stringify.
      this.#formDocument = result.document;
      this.#formText = text;
    }
    this.#accept(result.document);
  }

  /** The host's document (or none: `null`) replaces the current one. */
  #accept(document: Doc | null): void {
    // Not :focus-within: Chromium does not match :focus-within on the host while focus is in an open popover (the
    // top layer), and a value that closes it (its item gone, or every item: `null`) would drop focus to <body>.
    const hadFocus = this.shadowRoot?.activeElement;
    this.#error = null;
    this.#hostDocument = document;
    this.#hostWrites++;
    retryPictograms(); // a pictogram that failed (the network down for a moment) gets one more try
    this.#undo = [];
    this.#redo = [];
    this.#setDocument(document);
    if (hadFocus) void this.ensureFocus();
  }

  #reject(error: VkErrorDetail): void {
    if (this.#restoring) return;
    // While a child script's text arrives in pieces, only the first piece that does not make a
    // document is reported (`error` follows every read): not one vk-error per network chunk.
    const told = this.#source.streaming(!!this.document) && this.#error;
    this.#error = error;
    this.requestUpdate();
    this.#syncForm(); // a required widget's message says so at once (`requiredMessage`), before the error state renders
    if (!told) emit(this, 'vk-error', error);
  }

  #setDocument(doc: Doc | null): void {
    this.document = doc;
    // Also when it stays null: an error state on screen goes with the error (`value = null`).
    this.requestUpdate();
    this.#syncForm();
  }

  #syncForm(interacted?: false): void {
    if (this.#formDocument !== this.document) {
      this.#formDocument = this.document;
      this.#formText = this.document ? JSON.stringify(this.document) : null;
    }
    this.internals.setFormValue(this.#formText as string | null);
    // A focusable anchor inside the widget, so the browser focuses it and shows the message
    // (without one, submit is blocked silently: "An invalid form control … is not focusable").
    // Not rendered yet: `updated` syncs again once it is. All flags false: valid, no message. Read-only or disabled: nothing missing, as on an <input>.
    this.internals.setValidity({ valueMissing: this.required && !this.document && !this.readonly && !this.isDisabled, customError: !!this.#custom }, this.#custom || this.requiredMessage(), this.validationAnchor() ?? undefined);
    this.#userInvalid(interacted);
  }

  /**
   * The message a required widget with no document shows on submit, in the UI locale. After a rejected value (its error
   * state) not "fill out this field", which the user cannot do, but what the error state says: the form must not submit
   * (still `valueMissing`: there is no document; `customError` stays the host's), and the bubble says why.
   */
  protected requiredMessage(): string {
    return this.#error ? errorText(this.#error) : msg('Fyll ut dette feltet.', { id: 'form.required' });
  }

  /** The element the browser focuses when the widget blocks submit: where Tab enters it (see `focus`). */
  protected validationAnchor(): HTMLElement | null {
    return this.renderRoot && this.#tabStop();
  }

  #onHistoryKey(event: KeyboardEvent): void {
    const shortcut = this.editable && historyShortcut(event);
    if (!shortcut) return;
    if (shortcut == 'undo' ? this.canUndo : this.canRedo) this[shortcut]();
    else sayNothing(this.announcer, shortcut, (shortcut == 'undo' ? this.#undo : this.#redo).length > 0, event.repeat);
    event.preventDefault();
  }
}
