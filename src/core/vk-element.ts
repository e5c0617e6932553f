import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { Announcer } from './announcer.js';
import { emit, type ChangeSource, type VkErrorDetail } from './events.js';
import { getLocale, initLocalization } from './localize.js';
import { parseJson, type CheckResult } from './schema.js';
import { tokens } from './tokens.js';
import type { DocumentKind, OperationBase, VersionedDocument } from './types.js';
import { pictogramRegistry } from './pictograms.js';

/** The pure functions behind one kind of document; the same ones `applyOperation` exports. */
export interface DocumentModel<Doc, Op> {
  readonly kind: DocumentKind;
  check(input: unknown): CheckResult<Doc>;
  /** Returns a new document; throws TypeError when the operation does not fit. */
  apply(doc: Doc, operation: Op): Doc;
  /** The operation that undoes `operation` on `before`. */
  invert(before: Doc, operation: Op): Op;
}

interface HistoryEntry<Op> {
  forward: Op;
  inverse: Op;
}

const HISTORY_LIMIT = 200;

/**
 * The shared contract of every Veikart widget (contract.md §2–3): `value` by property, attribute
 * or child JSON script; validation with `vk-error`; `readonly`/`disabled`; form association;
 * undo/redo; cancelable `vk-change` followed by `change`.
 */
export abstract class VkElement<Doc extends VersionedDocument, Op extends OperationBase> extends LitElement {
  static formAssociated = true;
  static override styles = [tokens];

  /** A getter (not a field) so the base constructor can validate a value set before upgrade. */
  protected abstract get model(): DocumentModel<Doc, Op>;
  protected readonly internals: ElementInternals;
  protected readonly announcer = new Announcer(this);

  /** Viewing only: no edit affordances. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Like a disabled form control: not focusable, not editable, not submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Inside a form: invalid while the widget has no document. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Inside a form: the widget submits `JSON.stringify(value)` under this name. */
  @property({ reflect: true }) name = '';

  /** The current valid document (null before the first). */
  @state() protected document: Doc | null = null;
  @state() private formDisabled = false;

  #error: VkErrorDetail | null = null;
  #hostDocument: Doc | null = null;
  #started = false;
  #propertySet = false;
  #undo: Array<HistoryEntry<Op>> = [];
  #redo: Array<HistoryEntry<Op>> = [];
  #scriptObserver: MutationObserver | undefined;
  readonly #onPictograms = (): void => this.requestUpdate();

  constructor() {
    super();
    this.internals = this.attachInternals();
    initLocalization();
    updateWhenLocaleChanges(this);
    // A value set on the element before it was upgraded shadows the accessor: take it over.
    if (Object.prototype.hasOwnProperty.call(this, 'value')) {
      const early = (this as { value?: unknown }).value;
      delete (this as { value?: unknown }).value;
      this.value = early as Doc;
    }
    this.addEventListener('keydown', (event) => this.#onHistoryKey(event));
  }

  /**
   * The widget's JSON document. Setting it (an object, or a JSON string) replaces the document
   * without firing `vk-change`; invalid input fires `vk-error` and keeps the last valid document.
   * Reading it returns the current document: treat it as read-only, it is replaced on every edit.
   * @example el.value = { version: 1, steps: [] };
   */
  get value(): Doc | null {
    return this.document;
  }
  set value(input: Doc | string | null | undefined) {
    this.#propertySet = true;
    this.#stopWatchingScript();
    this.#receive(input);
  }

  /** The last rejected input's error, or null when the current input was accepted. */
  get error(): VkErrorDetail | null {
    return this.#error;
  }

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }
  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  /** The form the widget belongs to, like a native control's `form`. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Undoes the last edit; fires `vk-change` with the inverse operation and `source: "undo"`. */
  undo(): boolean {
    const entry = this.#undo.pop();
    if (!entry) return false;
    if (this.commit(entry.inverse, 'undo')) {
      this.#redo.push(entry);
      return true;
    }
    this.#undo.push(entry);
    return false;
  }

  /** Redoes the last undone edit; fires `vk-change` with the original operation and `source: "redo"`. */
  redo(): boolean {
    const entry = this.#redo.pop();
    if (!entry) return false;
    if (this.commit(entry.forward, 'redo')) {
      this.#undo.push(entry);
      return true;
    }
    this.#redo.push(entry);
    return false;
  }

  /** True when the user may edit now. */
  protected get editable(): boolean {
    return this.document !== null && !this.readonly && !this.isDisabled;
  }
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /**
   * The locale for document texts and dates: a `lang` on the element or an ancestor inside the
   * page, else the UI locale (which follows `<html lang>` unless the host called `setLocale`).
   */
  protected get textLocale(): string {
    let node: Node | null = this;
    while (node && node !== document.documentElement) {
      if (node instanceof Element && node.hasAttribute('lang') && node.getAttribute('lang')) return node.getAttribute('lang') as string;
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return getLocale();
  }

  /**
   * Applies a user edit: the new document replaces the old one, `vk-change` is fired (a listener
   * may cancel it, which reverts the edit), then `change`. Returns true when the edit stands.
   */
  protected commit(operation: Op, source: ChangeSource = 'user'): boolean {
    const before = this.document;
    if (!before) return false;
    let after: Doc;
    let inverse: Op;
    try {
      inverse = this.model.invert(before, operation);
      after = this.model.apply(before, operation);
    } catch (error) {
      // The UI only offers edits that fit; a misfit means the document changed underneath.
      console.warn('Veikart: edit not applied', error);
      return false;
    }
    this.#setDocument(after);
    const kept = emit(this, 'vk-change', { value: after, operation, source }, true);
    if (!kept) {
      this.#setDocument(before);
      return false;
    }
    if (source === 'user') {
      this.#undo.push({ forward: operation, inverse });
      if (this.#undo.length > HISTORY_LIMIT) this.#undo.shift();
      this.#redo = [];
    }
    emit(this, 'change', undefined);
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
    return html`${this.document ? this.renderDocument(this.document) : this.#renderEmpty()}${this.announcer.render()}`;
  }

  #renderEmpty(): TemplateResult {
    const error = this.#error;
    if (!error) return html`<div class="vk-empty" part="empty" data-state="empty">${this.emptyMessage()}</div>`;
    return html`<div class="vk-empty" part="empty" data-state="error" role="alert">
      ${msg('Innholdet kunne ikke vises fordi dokumentet har feil.', { id: 'empty.error' })}
      <details>
        <summary>${msg('Tekniske detaljer', { id: 'empty.details' })}</summary>
        <code>${error.code}</code> ${error.issues[0] ? html`<code>${error.issues[0].path || '/'}</code>` : nothing} ${error.message}
      </details>
    </div>`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    pictogramRegistry.addEventListener('change', this.#onPictograms);
    if (this.#started) return;
    this.#started = true;
    // Precedence at start: property, then attribute, then child script.
    if (this.#propertySet) return;
    const attribute = this.getAttribute('value');
    if (attribute !== null) this.#receive(attribute);
    else if (!this.#readScript()) this.#watchForScript();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    pictogramRegistry.removeEventListener('change', this.#onPictograms);
    this.#stopWatchingScript();
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'value', 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'value') {
      // After start the last thing the host does wins; before it, connectedCallback decides.
      if (this.#started && value !== null && value !== old) {
        this.#stopWatchingScript();
        this.#receive(value);
      }
      return;
    }
    if (name === 'lang' || name === 'dir') {
      this.requestUpdate();
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('required') || changed.has('name')) this.#syncForm();
  }

  formResetCallback(): void {
    this.#clearHistory();
    this.#setDocument(this.#hostDocument);
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.#receive(state);
  }

  #readScript(): boolean {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return false;
    this.#receive(script.textContent ?? '');
    return true;
  }

  /** A streaming parser may add the child script after the element connected. */
  #watchForScript(): void {
    this.#scriptObserver = new MutationObserver(() => {
      if (this.#readScript()) this.#stopWatchingScript();
    });
    this.#scriptObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  #stopWatchingScript(): void {
    this.#scriptObserver?.disconnect();
    this.#scriptObserver = undefined;
  }

  /** A host-supplied value: parse, copy, validate; accept whole or reject whole. */
  #receive(input: unknown): void {
    if (input === null || input === undefined) {
      this.#error = null;
      this.#hostDocument = null;
      this.#clearHistory();
      this.#setDocument(null);
      return;
    }
    let candidate: unknown;
    if (typeof input === 'string') {
      const parsed = parseJson(input);
      if (!parsed.ok) return this.#reject(parsed.error);
      candidate = parsed.value;
    } else {
      // A JSON copy: the host's object is never mutated, later host mutations never reach us,
      // and every event detail survives a JSON round trip.
      try {
        candidate = JSON.parse(JSON.stringify(input));
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        return this.#reject({ code: 'invalid-document', message: `Not JSON data: ${message}`, issues: [{ path: '', message }] });
      }
    }
    const result = this.model.check(candidate);
    if (!result.ok) return this.#reject(result.error);
    this.#error = null;
    this.#hostDocument = result.document;
    this.#clearHistory();
    this.#setDocument(result.document);
  }

  #reject(error: VkErrorDetail): void {
    this.#error = error;
    this.requestUpdate();
    emit(this, 'vk-error', error);
  }

  #setDocument(doc: Doc | null): void {
    this.document = doc;
    this.#syncForm();
  }

  #clearHistory(): void {
    this.#undo = [];
    this.#redo = [];
  }

  #syncForm(): void {
    this.internals.setFormValue(this.document ? JSON.stringify(this.document) : null);
    if (this.required && !this.document) {
      this.internals.setValidity({ valueMissing: true }, msg('Fyll ut dette feltet.', { id: 'form.required' }));
    } else {
      this.internals.setValidity({});
    }
  }

  #onHistoryKey(event: KeyboardEvent): void {
    if (!this.editable || !(event.ctrlKey || event.metaKey) || event.altKey) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      if (this.undo()) this.announcer.announce(msg('Angret', { id: 'history.undone' }));
      event.preventDefault();
    } else if ((key === 'z' && event.shiftKey) || key === 'y') {
      if (this.redo()) this.announcer.announce(msg('Gjort om igjen', { id: 'history.redone' }));
      event.preventDefault();
    }
  }
}
