import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { VkElement } from '../core/vk-element.js';
import { RovingFocus } from '../core/roving-focus.js';
import { PopoverController, popoverStyles } from '../core/popover.js';
import { resolvedLocale, resolveText } from '../core/text.js';
import { renderPictogram } from '../core/pictograms.js';
import { formatDate, todayIso } from '../core/dates.js';
import { currentStepIndex, nextStatus, stepCounts, stepsModel } from './step-tracker.model.js';
import { stepTrackerStyles } from './step-tracker.styles.js';
import { stepStatuses, type Step, type StepChanges, type StepOrientation, type StepsDocument, type StepsOperation, type StepStatus } from './step-tracker.types.js';
import { headerStyles, tokens } from '../core/tokens.js';

/** Width per step (px) below which the automatic layout turns vertical. */
const HORIZONTAL_MIN_STEP_WIDTH = 132;

export function statusLabel(status: StepStatus): string {
  switch (status) {
    case 'not-started':
      return msg('Ikke startet', { id: 'status.not-started' });
    case 'in-progress':
      return msg('Pågår', { id: 'status.in-progress' });
    case 'done':
      return msg('Ferdig', { id: 'status.done' });
    case 'skipped':
      return msg('Hoppet over', { id: 'status.skipped' });
  }
}

// Our own static icons (never host markup): shape tells the status, not colour.
const statusIcons: Record<StepStatus, TemplateResult> = {
  'not-started': svg`<circle cx="20" cy="20" r="17" fill="var(--_vk-bg)" stroke="currentColor" stroke-width="2"/>`,
  'in-progress': svg`<circle cx="20" cy="20" r="17" fill="var(--_vk-bg)" stroke="currentColor" stroke-width="4"/><path d="M20 3a17 17 0 0 1 0 34z" fill="currentColor" opacity=".25"/>`,
  done: svg`<circle cx="20" cy="20" r="18" fill="currentColor"/><path d="M12 20.5l5.5 5.5L29 14.5" fill="none" stroke="var(--_vk-bg)" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/>`,
  skipped: svg`<circle cx="20" cy="20" r="17" fill="var(--_vk-bg)" stroke="currentColor" stroke-width="2" stroke-dasharray="4 4"/><path d="M13 27L27 13" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>`,
};

/**
 * Progress through a sequence of steps — by default the seven steps of building a work-oriented
 * course (`workOrientedCourseSteps`), but any steps the document gives.
 *
 * Keyboard: Tab enters once; ←/→/↑/↓ move between steps (flipped in RTL); Home/End first/last;
 * Enter opens the step's details (`vk-open`); Space advances the status in edit mode
 * (not-started → in-progress → done → not-started; skipped → not-started); Escape closes details;
 * Ctrl+Z / Ctrl+Shift+Z undo and redo.
 *
 * @summary Progress through N steps, with status, dates and checklists.
 * @element vk-step-tracker
 *
 * @event vk-change - The user made an edit. Detail `{ value, operation, source }`; cancelable.
 * @event change - After a `vk-change` that was not cancelled.
 * @event vk-error - A value was rejected. Detail `{ code, message, issues }`.
 * @event vk-open - The user opened a step. Detail `{ kind: "step", id }`.
 *
 * @csspart base - The wrapper of the whole tracker.
 * @csspart header - Title, summary and progress bar.
 * @csspart summary - The "3 of 7 done" line.
 * @csspart list - The ordered list of steps.
 * @csspart step - One step (list item).
 * @csspart step-button - The focusable control of a step.
 * @csspart marker - The status icon of a step.
 * @csspart popover - The details popover.
 * @csspart pictogram - A pictogram image.
 * @csspart empty - The empty or error state.
 *
 * @cssproperty --vk-color-accent - Current step and in-progress colour (falls back to --ds-color-accent-base-default).
 * @cssproperty --vk-color-success - Done colour (falls back to --ds-color-success-text-default).
 * @cssproperty --vk-color-text - Text colour (falls back to --ds-color-neutral-text-default).
 * @cssproperty --vk-color-background - Background (falls back to --ds-color-neutral-background-default).
 * @cssproperty --vk-color-border - Borders and connectors (falls back to --ds-color-neutral-border-default).
 * @cssproperty --vk-font-family - Font (falls back to --ds-font-family).
 * @cssproperty --vk-radius - Corner radius (falls back to --ds-border-radius-md).
 * @cssproperty --vk-space-2 - Base spacing (falls back to --ds-size-2).
 */
export class VkStepTracker extends VkElement<StepsDocument, StepsOperation> {
  static override styles = [tokens, headerStyles, popoverStyles, stepTrackerStyles];
  protected get model(): typeof stepsModel {
    return stepsModel;
  }

  /** `horizontal` or `vertical`; unset: chosen by the available width. */
  @property({ reflect: true }) orientation: StepOrientation | undefined;
  /** A one-line form for tables of many participants. */
  @property({ type: Boolean, reflect: true }) compact = false;

  @state() private autoLayout: StepOrientation = 'vertical';
  @state() private openStepId: string | null = null;
  @query('.vk-popover') private popoverPanel!: HTMLElement | null;

  readonly #roving = new RovingFocus(this, {
    items: () => Array.from(this.renderRoot.querySelectorAll<HTMLElement>('.step-button')),
    orientation: () => 'both',
    enabled: () => !this.isDisabled,
  });
  readonly #popover = new PopoverController(this);
  #resizeObserver: ResizeObserver | undefined;

  /** The layout in use now. */
  get layout(): StepOrientation {
    return this.orientation === 'horizontal' || this.orientation === 'vertical' ? this.orientation : this.autoLayout;
  }

  protected override emptyMessage(): string {
    return msg('Ingen steg ennå.', { id: 'steps.empty' });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver = new ResizeObserver(([entry]) => this.#chooseLayout(entry.contentRect.width));
    this.#resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
  }

  #chooseLayout(width: number): void {
    const count = this.document?.steps.length ?? 0;
    this.autoLayout = count > 0 && width >= count * HORIZONTAL_MIN_STEP_WIDTH ? 'horizontal' : 'vertical';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('document')) {
      if (this.openStepId && !this.document?.steps.some((s) => s.id === this.openStepId)) this.#closeDetails(false);
      this.#chooseLayout(this.getBoundingClientRect().width);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('openStepId') && this.openStepId && this.popoverPanel && !this.#popover.isOpen) {
      const anchor = this.#stepButton(this.openStepId);
      if (anchor) this.#popover.open(anchor, this.popoverPanel, () => (this.openStepId = null));
    }
  }

  protected renderDocument(doc: StepsDocument): TemplateResult {
    const locale = this.textLocale;
    const counts = stepCounts(doc);
    const current = currentStepIndex(doc);
    const title = resolveText(doc.title, locale);
    const summary = msg(str`${counts.done} av ${counts.total} ferdig`, { id: 'steps.summary' });
    const skipped = counts.skipped > 0 ? msg(str`${counts.skipped} hoppet over`, { id: 'steps.skipped' }) : '';
    return html`
      <section part="base" class="tracker" data-layout=${this.compact ? 'horizontal' : this.layout} ?data-compact=${this.compact} aria-labelledby="title summary">
        <div part="header" class="header">
          ${title ? html`<p class="title" id="title">${title}</p>` : html`<span id="title" class="vk-visually-hidden">${msg('Fremdrift', { id: 'steps.label' })}</span>`}
          <p part="summary" class="summary" id="summary">${summary}${skipped ? html` · ${skipped}` : nothing}</p>
        </div>
        ${this.compact ? nothing : html`<div class="bar" aria-hidden="true">${doc.steps.map((s) => html`<span data-status=${s.status}></span>`)}</div>`}
        <ol part="list" class="steps" aria-labelledby="title" @keydown=${this.#onKeydown} @keyup=${this.#onKeyup} @focusin=${(e: FocusEvent) => this.#roving.handleFocusIn(e)}>
          ${repeat(doc.steps, (step) => step.id, (step, index) => this.#renderStep(step, index, index === current, locale))}
        </ol>
        <span id="hint" class="vk-visually-hidden">${this.editable ? msg('Mellomrom endrer status. Enter åpner detaljer.', { id: 'steps.hint.edit' }) : msg('Enter åpner detaljer.', { id: 'steps.hint.view' })}</span>
        <div class="vk-popover" part="popover" popover="manual" role="dialog" aria-labelledby="details-title" tabindex="-1">
          ${this.openStepId ? this.#renderDetails(doc, this.openStepId, locale) : nothing}
        </div>
      </section>
    `;
  }

  #renderStep(step: Step, index: number, isCurrent: boolean, locale: string): TemplateResult {
    const title = resolveText(step.title, locale);
    const overdue = step.due !== undefined && step.status !== 'done' && step.status !== 'skipped' && step.due < todayIso();
    const checklist = step.checklist ?? [];
    const checked = checklist.filter((item) => item.done).length;
    return html`<li part="step" class="step" data-status=${step.status}>
      <button
        type="button"
        part="step-button"
        class="step-button"
        data-key=${step.id}
        aria-current=${isCurrent ? 'step' : nothing}
        aria-describedby="hint"
        aria-disabled=${this.isDisabled ? 'true' : nothing}
        @click=${() => this.#openDetails(step.id)}
      >
        <span part="marker" class="marker" aria-hidden="true">
          <svg viewBox="0 0 40 40" focusable="false">${statusIcons[step.status]}</svg>
          ${step.status === 'done' ? nothing : html`<span class="number">${index + 1}</span>`}
        </span>
        <span class="label">
          ${this.compact ? nothing : renderPictogram(step.pictogram, locale, true)}
          <span class=${this.compact ? 'vk-visually-hidden' : 'step-title'}>${title}</span>
          <span class=${this.compact ? 'vk-visually-hidden' : 'status-text'}>${statusLabel(step.status)}</span>
          ${!this.compact && step.due
            ? html`<span class="meta" ?data-overdue=${overdue}>${overdue ? msg('Forfalt', { id: 'steps.overdue' }) + ' · ' : ''}${msg(str`Frist ${formatDate(step.due, locale)}`, { id: 'steps.due' })}</span>`
            : nothing}
          ${!this.compact && checklist.length > 0 ? html`<span class="meta">${msg(str`${checked} av ${checklist.length} punkter`, { id: 'steps.checklist-count' })}</span>` : nothing}
        </span>
      </button>
    </li>`;
  }

  #renderDetails(doc: StepsDocument, stepId: string, locale: string): TemplateResult | typeof nothing {
    const step = doc.steps.find((s) => s.id === stepId);
    if (!step) return nothing;
    const editable = this.editable;
    const title = resolveText(step.title, locale);
    const dateField = (field: 'start' | 'due' | 'completed', label: string): TemplateResult => html`<label class="field">
      <span>${label}</span>
      ${editable
        ? html`<input type="date" .value=${step[field] ?? ''} @change=${(e: Event) => this.#update(step, { [field]: (e.target as HTMLInputElement).value || null })} />`
        : html`<span>${step[field] ? formatDate(step[field] as string, locale) : '–'}</span>`}
    </label>`;
    return html`<div class="details">
      <h3 id="details-title">${renderPictogram(step.pictogram, locale, true)} ${title}</h3>
      ${step.description ? html`<p class="description">${resolveText(step.description, locale)}</p>` : nothing}
      ${editable
        ? html`<label class="field"
              ><span>${msg('Tittel', { id: 'steps.field.title' })}</span>
              <input type="text" .value=${title} @change=${(e: Event) => this.#renameStep(step, (e.target as HTMLInputElement).value, locale)}
            /></label>
            <fieldset>
              <legend>${msg('Status', { id: 'steps.field.status' })}</legend>
              ${stepStatuses.map(
                (status) => html`<label
                  ><input type="radio" name="status" .checked=${step.status === status} @change=${() => this.#setStatus(step, status)} />${statusLabel(status)}</label
                >`,
              )}
            </fieldset>`
        : html`<p>${msg('Status', { id: 'steps.field.status' })}: ${statusLabel(step.status)}</p>`}
      <div class="dates">
        ${dateField('start', msg('Start', { id: 'steps.field.start' }))} ${dateField('due', msg('Frist', { id: 'steps.field.due' }))}
        ${dateField('completed', msg('Fullført', { id: 'steps.field.completed' }))}
      </div>
      ${step.checklist && step.checklist.length > 0
        ? html`<fieldset>
            <legend>${msg('Sjekkliste', { id: 'steps.field.checklist' })}</legend>
            ${step.checklist.map(
              (item) => html`<label
                ><input
                  type="checkbox"
                  .checked=${item.done}
                  ?disabled=${!editable}
                  @change=${(e: Event) => this.#check(step, item.id, (e.target as HTMLInputElement).checked)}
                />${resolveText(item.title, locale)}</label
              >`,
            )}
          </fieldset>`
        : nothing}
      <div class="actions"><button type="button" @click=${() => this.#closeDetails(true)}>${msg('Lukk', { id: 'action.close' })}</button></div>
    </div>`;
  }

  #stepButton(stepId: string): HTMLElement | null {
    return Array.from(this.renderRoot.querySelectorAll<HTMLElement>('.step-button')).find((el) => el.dataset.key === stepId) ?? null;
  }

  #openDetails(stepId: string): void {
    if (this.isDisabled) return;
    if (this.#popover.isOpen) this.#popover.close(false);
    this.open('step', stepId);
    this.openStepId = stepId;
  }

  #closeDetails(restoreFocus: boolean): void {
    this.#popover.close(restoreFocus);
    this.openStepId = null;
  }

  #onKeydown(event: KeyboardEvent): void {
    if (this.isDisabled) return;
    const button = (event.composedPath()[0] as HTMLElement).closest?.('.step-button') as HTMLElement | null;
    if (!button) return;
    if (this.#roving.handleKeydown(event)) return;
    const stepId = button.dataset.key;
    if (!stepId) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      this.#openDetails(stepId);
    } else if (event.key === ' ') {
      event.preventDefault();
      const step = this.document?.steps.find((s) => s.id === stepId);
      if (step && this.editable) this.#setStatus(step, nextStatus(step.status));
    }
  }

  #onKeyup(event: KeyboardEvent): void {
    // A button clicks on Space's keyup; Space is our status key, not "open".
    if (event.key === ' ') event.preventDefault();
  }

  #setStatus(step: Step, to: StepStatus): void {
    if (!this.editable || step.status === to) return;
    if (this.commit({ type: 'step.status', stepId: step.id, from: step.status, to })) {
      this.announcer.announce(msg(str`${resolveText(step.title, this.textLocale)}: ${statusLabel(to)}`, { id: 'steps.announce.status' }));
    }
  }

  #check(step: Step, itemId: string, done: boolean): void {
    if (!this.editable) return;
    this.commit({ type: 'step.check', stepId: step.id, itemId, done });
  }

  #update(step: Step, changes: StepChanges): void {
    if (!this.editable) return;
    this.commit({ type: 'step.update', stepId: step.id, changes });
  }

  /** Renames in the shown locale only; other languages of the title are kept. */
  #renameStep(step: Step, value: string, locale: string): void {
    const text = value.trim();
    if (!text) return;
    const title = typeof step.title === 'string' ? text : { ...step.title, [resolvedLocale(step.title, locale)]: text };
    this.#update(step, { title });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vk-step-tracker': VkStepTracker;
  }
}
