import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { VkElement } from '../core/vk-element.js';
import { RovingFocus } from '../core/roving-focus.js';
import { PopoverController, popoverStyles } from '../core/popover.js';
import { ReadAloud, audioFor, canReadAloud, type Utterance } from '../core/read-aloud.js';
import { bilingual } from '../core/bilingual.js';
import { baseLanguage, resolvedLocale, resolveText, textIn } from '../core/text.js';
import { renderPictogram, resolvePictogram } from '../core/pictograms.js';
import { formatDate, todayIso } from '../core/dates.js';
import { isRealDate } from '../core/schema.js';
import { headerStyles, tokens } from '../core/tokens.js';
import { currentPhaseIndex, ladderModel, latestLogEntry, logNewestFirst, nextLevel, phaseProgress } from './task-ladder.model.js';
import { taskLadderStyles } from './task-ladder.styles.js';
import { logAuthors, moods, taskLevels, type LadderDocument, type LadderMode, type LadderOperation, type LogAuthor, type LogEntry, type Mood, type Phase, type Task, type TaskLevel } from './task-ladder.types.js';

/** The level's name in the UI locale. */
export function levelLabel(level: TaskLevel): string {
  switch (level) {
    case 'not-started':
      return msg('Ikke startet', { id: 'task-ladder.level.not-started' });
    case 'with-support':
      return msg('Med støtte', { id: 'task-ladder.level.with-support' });
    case 'independent':
      return msg('Selvstendig', { id: 'task-ladder.level.independent' });
  }
}

/** Who wrote a log entry, in the UI locale. */
export function logAuthorLabel(by: LogAuthor): string {
  switch (by) {
    case 'participant':
      return msg('Deltaker', { id: 'task-ladder.by.participant' });
    case 'mentor':
      return msg('Fadder', { id: 'task-ladder.by.mentor' });
    case 'adviser':
      return msg('Rådgiver', { id: 'task-ladder.by.adviser' });
  }
}

// Our own static icons (never host markup): shape tells the level, not colour.
const levelIcons: Record<TaskLevel, TemplateResult> = {
  'not-started': svg`<circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="2"/>`,
  'with-support': svg`<circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="2"/><path d="M10 2a8 8 0 0 1 0 16z" fill="currentColor"/>`,
  independent: svg`<circle cx="10" cy="10" r="9" fill="currentColor"/><path d="M6 10.5l2.8 2.8L14.5 7.5" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
};

const speakerIcon = svg`<path d="M4 9h3l5-4v14l-5-4H4z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="M16 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`;
const pencilIcon = svg`<path d="M4 20h4L19 9l-4-4L4 16z M13 7l4 4" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>`;
const icon = (paths: TemplateResult): TemplateResult => html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths}</svg>`;

type PanelView = 'details' | 'signoff' | 'log';
interface OpenPanel {
  view: PanelView;
  taskId: string;
}

/**
 * Step-wise learning in work practice: phases of tasks (phase 1 simple, concrete tasks; phases 2
 * and 3 wider tasks and more responsibility), each task with its level, the mentor's sign-off and
 * the participant's logbook. Branch templates: `createLadder('cleaning' | 'shop' | 'kitchen' |
 * 'kindergarten' | 'care')`.
 *
 * Keyboard: Tab enters once; ←/→/↑/↓ move between tasks across phases (flipped in RTL);
 * Home/End first/last task; Enter opens the task's details (`vk-open`) with every action (level,
 * sign-off, logbook, read aloud); Space advances the level in adviser mode (not-started →
 * with-support → independent → not-started); Escape closes details; Ctrl+Z / Ctrl+Shift+Z undo
 * and redo.
 *
 * @summary Three phases of work-practice tasks, with levels, mentor sign-off and a logbook.
 * @element vk-task-ladder
 *
 * @event vk-change - The user made an edit (`task.level`, `task.signoff`, `log.add`, `task.update`). Detail `{ value, operation, source }`; cancelable.
 * @event change - After a `vk-change` that was not cancelled.
 * @event vk-error - A value was rejected. Detail `{ code, message, issues }`.
 * @event vk-open - The user opened a task. Detail `{ kind: "task", id }`.
 *
 * @csspart base - The wrapper of the whole ladder.
 * @csspart header - Title and mentor.
 * @csspart phase - One phase (a labelled group).
 * @csspart progress - A phase's progress text ("3 av 5 selvstendig, 1 med støtte").
 * @csspart bar - A phase's progress bar (solid: independent; stripes: with support).
 * @csspart tasks - The list of a phase's tasks.
 * @csspart task - One task (list item).
 * @csspart task-button - The focusable control of a task.
 * @csspart level - The level of a task (icon and text).
 * @csspart popover - The details, sign-off and logbook popover.
 * @csspart pictogram - A pictogram image.
 * @csspart empty - The empty or error state.
 *
 * @cssproperty --vk-color-accent - Current phase and with-support colour (falls back to --ds-color-accent-base-default).
 * @cssproperty --vk-color-success - Independent colour (falls back to --ds-color-success-text-default).
 * @cssproperty --vk-color-text - Text colour (falls back to --ds-color-neutral-text-default).
 * @cssproperty --vk-color-background - Background (falls back to --ds-color-neutral-background-default).
 * @cssproperty --vk-color-border - Borders (falls back to --ds-color-neutral-border-default).
 * @cssproperty --vk-font-family - Font (falls back to --ds-font-family).
 * @cssproperty --vk-radius - Corner radius (falls back to --ds-border-radius-md).
 * @cssproperty --vk-target-size - Minimum touch target in participant mode (at least 2.75rem).
 * @cssproperty --vk-pictogram-size - Pictogram size.
 */
export class VkTaskLadder extends VkElement<LadderDocument, LadderOperation> {
  static override styles = [tokens, headerStyles, popoverStyles, taskLadderStyles];
  protected get model(): typeof ladderModel {
    return ladderModel;
  }

  /** `adviser` (default): edits everything. `participant`: large targets; adds log entries and reads aloud only. */
  @property({ reflect: true }) mode: LadderMode = 'adviser';

  @state() private panel: OpenPanel | null = null;
  @state() private formError = '';
  @query('.vk-popover') private popoverPanel!: HTMLElement | null;

  readonly #roving = new RovingFocus(this, {
    items: () => Array.from(this.renderRoot.querySelectorAll<HTMLElement>('.task-button')),
    orientation: () => 'both',
    enabled: () => !this.isDisabled,
  });
  readonly #popover = new PopoverController(this);
  readonly #readAloud = new ReadAloud(this);

  get #participant(): boolean {
    return this.mode === 'participant';
  }
  /** Levels and sign-off are the adviser's and mentor's. */
  get #canAssess(): boolean {
    return this.editable && !this.#participant;
  }
  get #canLog(): boolean {
    return this.editable;
  }

  protected override emptyMessage(): string {
    return msg('Ingen oppgaver ennå.', { id: 'task-ladder.empty' });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('document') && this.panel && !this.#findTask(this.panel.taskId)) this.#closePanel(false);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!changed.has('panel') || !this.panel || !this.popoverPanel) return;
    const anchor = this.#taskButton(this.panel.taskId);
    if (!this.#popover.isOpen) {
      if (anchor) this.#popover.open(anchor, this.popoverPanel, () => (this.panel = null));
    } else {
      // Switched view inside the open popover: focus its first field.
      this.popoverPanel.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    }
  }

  protected renderDocument(doc: LadderDocument): TemplateResult {
    const locale = this.textLocale;
    const current = currentPhaseIndex(doc);
    const mentor = doc.mentor?.name;
    return html`
      <section part="base" class="ladder" data-mode=${this.#participant ? 'participant' : 'adviser'} aria-labelledby="title">
        <div part="header" class="header">
          <p class="title bi" id="title">${bilingual(doc.title, locale, doc.participantLanguage)}</p>
          ${mentor ? html`<p class="mentor">${msg(str`Fadder: ${mentor}`, { id: 'task-ladder.mentor' })}</p>` : nothing}
        </div>
        <div class="phases" @keydown=${this.#onKeydown} @keyup=${this.#onKeyup} @focusin=${(e: FocusEvent) => this.#roving.handleFocusIn(e)}>
          ${repeat(doc.phases, (phase) => phase.id, (phase, index) => this.#renderPhase(doc, phase, index, index === current, locale))}
        </div>
        <span id="hint" class="vk-visually-hidden">${this.#canAssess
          ? msg('Mellomrom endrer nivå. Enter åpner detaljer, kvittering og loggbok.', { id: 'task-ladder.hint.edit' })
          : msg('Enter åpner detaljer og loggbok.', { id: 'task-ladder.hint.view' })}</span>
        <div class="vk-popover" part="popover" popover="manual" role="dialog" aria-labelledby="panel-title" tabindex="-1">
          ${this.panel ? this.#renderPanel(doc, this.panel, locale) : nothing}
        </div>
      </section>
    `;
  }

  #renderPhase(doc: LadderDocument, phase: Phase, index: number, isCurrent: boolean, locale: string): TemplateResult {
    const progress = phaseProgress(phase);
    const text =
      progress.withSupport > 0
        ? msg(str`${progress.independent} av ${progress.total} selvstendig, ${progress.withSupport} med støtte`, { id: 'task-ladder.progress.with-support' })
        : msg(str`${progress.independent} av ${progress.total} selvstendig`, { id: 'task-ladder.progress' });
    // One bar segment per task, independent first, then with support: the shares without any inline style.
    const segments = [...phase.tasks].map((t) => t.level).sort((a, b) => taskLevels.indexOf(b) - taskLevels.indexOf(a));
    return html`<section
      part="phase"
      class="phase"
      role="group"
      aria-labelledby="phase-${index}-title"
      aria-describedby="phase-${index}-progress"
      aria-current=${isCurrent ? 'step' : nothing}
      ?data-current=${isCurrent}
      ?data-complete=${progress.complete}
    >
      <p class="phase-title" id="phase-${index}-title">
        <span class="phase-number">${msg(str`Fase ${index + 1}`, { id: 'task-ladder.phase-number' })}</span>
        <span class="bi">${bilingual(phase.title, locale, doc.participantLanguage)}</span>
        ${isCurrent ? html`<span class="now">${msg('Nå', { id: 'task-ladder.current' })}</span>` : nothing}
      </p>
      <p part="progress" class="progress-text" id="phase-${index}-progress" dir="auto">${text}</p>
      <div part="bar" class="bar" aria-hidden="true">${segments.map((level) => html`<span data-level=${level}></span>`)}</div>
      ${phase.tasks.length === 0
        ? html`<p class="progress-text">${msg('Ingen oppgaver i denne fasen.', { id: 'task-ladder.phase-empty' })}</p>`
        : html`<ul part="tasks" class="tasks">
            ${repeat(phase.tasks, (task) => task.id, (task) => this.#renderTask(doc, task, locale))}
          </ul>`}
    </section>`;
  }

  #renderTask(doc: LadderDocument, task: Task, locale: string): TemplateResult {
    const title = resolveText(task.title, locale);
    const latest = latestLogEntry(task);
    const next = nextLevel(task.level);
    const parts = this.#utterances(doc, task, locale);
    const audible = canReadAloud(parts);
    const speaking = this.#readAloud.speaking === task.id;
    return html`<li part="task" class="task" data-level=${task.level} ?data-reading=${speaking}>
      <button
        type="button"
        part="task-button"
        class="task-button"
        data-key=${task.id}
        aria-describedby="hint"
        aria-disabled=${this.isDisabled ? 'true' : nothing}
        @click=${() => this.#openPanel('details', task.id)}
      >
        ${renderPictogram(task.pictogram, locale, true)}
        <span class="task-text">
          <span class="task-title bi">${bilingual(task.title, locale, doc.participantLanguage)}</span>
          <span part="level" class="level"><svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">${levelIcons[task.level]}</svg>${levelLabel(task.level)}</span>
          ${task.signoff ? html`<span class="signoff" dir="auto">${this.#signoffText(task, locale)}</span>` : nothing}
          ${latest ? html`<span class="latest-log">${this.#renderLogSummary(latest, locale)}</span>` : nothing}
        </span>
      </button>
      <div class="task-controls">${!this.isDisabled && (this.editable || this.#participant)
        ? html`${this.#canAssess
            ? html`<button type="button" class="level-control" tabindex="-1" @click=${() => this.#setLevel(task, next)}>
                ${msg(str`Neste nivå: ${levelLabel(next)}`, { id: 'task-ladder.action.next-level' })}<span class="vk-visually-hidden"> (${title})</span>
              </button>`
            : nothing}${this.#canAssess && !task.signoff
            ? html`<button type="button" class="signoff-control" tabindex="-1" @click=${() => this.#openPanel('signoff', task.id)}>
                ${msg('Kvitter ut', { id: 'task-ladder.action.signoff' })}<span class="vk-visually-hidden"> (${title})</span>
              </button>`
            : nothing}${this.#canLog
            ? html`<button type="button" class="log-control" tabindex="-1" @click=${() => this.#openPanel('log', task.id)}>
                ${icon(pencilIcon)}${msg('Skriv i loggboka', { id: 'task-ladder.action.log' })}<span class="vk-visually-hidden"> (${title})</span>
              </button>`
            : nothing}${this.#participant ? this.#renderReadAloud(task, audible, speaking, title, -1) : nothing}`
        : nothing}</div>
      ${task.signoff
        ? nothing
        : html`<p class="print-only" aria-hidden="true">${msg('Kvittert ut av: ____________________  Dato: __________', { id: 'task-ladder.print.signoff' })}</p>`}
      ${task.log && task.log.length > 0
        ? html`<p class="print-only" aria-hidden="true">${msg('Loggbok', { id: 'task-ladder.logbook' })}</p>
            <ol class="print-log" aria-hidden="true">
            ${logNewestFirst(task).map((entry) => html`<li>${this.#renderLogSummary(entry, locale)}</li>`)}
          </ol>`
        : nothing}
    </li>`;
  }

  #renderReadAloud(task: Task, audible: boolean, speaking: boolean, title: string, tabIndex: number): TemplateResult {
    const label = !audible
      ? msg('Kan ikke leses opp', { id: 'task-ladder.read.unavailable' })
      : speaking
        ? msg('Stopp opplesning', { id: 'task-ladder.read.stop' })
        : msg('Les opp', { id: 'task-ladder.read' });
    return html`<button type="button" class="read-control" tabindex=${tabIndex} aria-disabled=${audible ? nothing : 'true'} @click=${() => this.#read(task)}>
      ${icon(speakerIcon)}${label}<span class="vk-visually-hidden"> (${title})</span>
    </button>`;
  }

  #renderLogSummary(entry: LogEntry, locale: string): TemplateResult {
    const mood = entry.mood !== undefined ? renderPictogram(`vk:mood-${entry.mood}`, locale) : null;
    return html`${mood}<span
      >${formatDate(entry.date, locale)} · ${logAuthorLabel(entry.by)}${entry.text ? html`: <span class="log-text">${entry.text}</span>` : nothing}</span
    >`;
  }

  #signoffText(task: Task, locale: string): string {
    const signoff = task.signoff;
    if (!signoff) return msg('Ikke kvittert ut', { id: 'task-ladder.signoff.none' });
    return msg(str`Kvittert ut av ${signoff.by}, ${formatDate(signoff.date, locale)}`, { id: 'task-ladder.signoff.done' });
  }

  #renderPanel(doc: LadderDocument, panel: OpenPanel, locale: string): TemplateResult | typeof nothing {
    const task = this.#findTask(panel.taskId);
    if (!task) return nothing;
    const heading = html`<p class="panel-title" id="panel-title">${renderPictogram(task.pictogram, locale, true)}<span class="bi">${bilingual(task.title, locale, doc.participantLanguage)}</span></p>`;
    if (panel.view === 'signoff' && this.#canAssess) return this.#renderSignoffForm(doc, task, heading);
    if (panel.view === 'log' && this.#canLog) return this.#renderLogForm(task, heading);
    const title = resolveText(task.title, locale);
    const entries = logNewestFirst(task);
    return html`<div class="panel">
      ${heading} ${this.#renderReadAloud(task, canReadAloud(this.#utterances(doc, task, locale)), this.#readAloud.speaking === task.id, title, 0)}
      ${this.#canAssess
        ? html`<fieldset>
            <legend>${msg('Nivå', { id: 'task-ladder.field.level' })}</legend>
            ${taskLevels.map(
              (level) => html`<label class="choice"
                ><input type="radio" name="level" .checked=${task.level === level} @change=${() => this.#setLevel(task, level)} />${levelLabel(level)}</label
              >`,
            )}
          </fieldset>`
        : html`<p>${msg('Nivå', { id: 'task-ladder.field.level' })}: ${levelLabel(task.level)}</p>`}
      <p>${this.#signoffText(task, locale)}</p>
      ${this.#canAssess
        ? html`<div class="actions">
            <button type="button" @click=${() => this.#switchView('signoff')}>${task.signoff ? msg('Kvitter ut på nytt', { id: 'task-ladder.action.signoff-again' }) : msg('Kvitter ut', { id: 'task-ladder.action.signoff' })}</button>
            ${task.signoff ? html`<button type="button" class="remove-signoff" @click=${() => this.#removeSignoff(task)}>${msg('Fjern kvittering', { id: 'task-ladder.action.remove-signoff' })}</button>` : nothing}
          </div>`
        : nothing}
      <p class="panel-title">${msg('Loggbok', { id: 'task-ladder.logbook' })}</p>
      ${entries.length === 0
        ? html`<p>${msg('Ingen loggføringer ennå.', { id: 'task-ladder.log.empty' })}</p>`
        : html`<ol class="log-list" aria-label=${msg('Loggbok, nyeste først', { id: 'task-ladder.log.list' })}>
            ${entries.map((entry) => html`<li class="log-entry">${this.#renderLogSummary(entry, locale)}</li>`)}
          </ol>`}
      <div class="actions">
        ${this.#canLog ? html`<button type="button" class="vk-primary" @click=${() => this.#switchView('log')}>${msg('Skriv i loggboka', { id: 'task-ladder.action.log' })}</button>` : nothing}
        <button type="button" @click=${() => this.#closePanel(true)}>${msg('Lukk', { id: 'task-ladder.action.close' })}</button>
      </div>
    </div>`;
  }

  #renderSignoffForm(doc: LadderDocument, task: Task, heading: TemplateResult): TemplateResult {
    return html`<form class="panel signoff-form" novalidate @submit=${(e: SubmitEvent) => this.#submitSignoff(e, task)}>
      ${heading}
      <p>${msg('Fadderen kvitterer ut oppgaven.', { id: 'task-ladder.signoff.intro' })}</p>
      <label class="field"
        ><span>${msg('Fadderens navn', { id: 'task-ladder.field.mentor' })}</span>
        <input type="text" name="by" required maxlength="200" autocomplete="name" .value=${task.signoff?.by ?? doc.mentor?.name ?? ''}
      /></label>
      <label class="field"
        ><span>${msg('Dato', { id: 'task-ladder.field.date' })}</span>
        <input type="date" name="date" required .value=${todayIso()}
      /></label>
      ${this.formError ? html`<p class="form-error" role="alert">${this.formError}</p>` : nothing}
      <div class="actions">
        <button type="submit" class="vk-primary">${msg('Kvitter ut', { id: 'task-ladder.action.signoff' })}</button>
        <button type="button" @click=${() => this.#closePanel(true)}>${msg('Avbryt', { id: 'task-ladder.action.cancel' })}</button>
      </div>
    </form>`;
  }

  #renderLogForm(task: Task, heading: TemplateResult): TemplateResult {
    const locale = this.textLocale;
    const defaultAuthor: LogAuthor = this.#participant ? 'participant' : 'adviser';
    return html`<form class="panel log-form" novalidate @submit=${(e: SubmitEvent) => this.#submitLog(e, task)}>
      ${heading}
      <fieldset>
        <legend>${msg('Hvem skriver?', { id: 'task-ladder.field.by' })}</legend>
        ${logAuthors.map((by) => html`<label class="choice"><input type="radio" name="by" value=${by} .checked=${by === defaultAuthor} />${logAuthorLabel(by)}</label>`)}
      </fieldset>
      <fieldset class="moods">
        <legend>${msg('Hvordan gikk det?', { id: 'task-ladder.field.mood' })}</legend>
        ${moods.map((mood) => {
          const picture = resolvePictogram(`vk:mood-${mood}`, locale);
          return html`<label class="choice"><input type="radio" name="mood" value=${mood} />${renderPictogram(`vk:mood-${mood}`, locale, true)}<span>${picture?.alt ?? mood}</span></label>`;
        })}
      </fieldset>
      ${this.#participant
        ? nothing
        : html`<label class="field"
            ><span>${msg('Dato', { id: 'task-ladder.field.date' })}</span>
            <input type="date" name="date" required .value=${todayIso()}
          /></label>`}
      <label class="field"
        ><span>${msg('Hva gjorde du? Hva lærte du? (valgfritt)', { id: 'task-ladder.field.text' })}</span>
        <textarea name="text" maxlength="5000"></textarea>
      </label>
      ${this.formError ? html`<p class="form-error" role="alert">${this.formError}</p>` : nothing}
      <div class="actions">
        <button type="submit" class="vk-primary">${msg('Lagre', { id: 'task-ladder.action.save' })}</button>
        <button type="button" @click=${() => this.#closePanel(true)}>${msg('Avbryt', { id: 'task-ladder.action.cancel' })}</button>
      </div>
    </form>`;
  }

  #findTask(taskId: string): Task | undefined {
    for (const phase of this.document?.phases ?? []) {
      const task = phase.tasks.find((t) => t.id === taskId);
      if (task) return task;
    }
    return undefined;
  }

  #taskButton(taskId: string): HTMLElement | null {
    return Array.from(this.renderRoot.querySelectorAll<HTMLElement>('.task-button')).find((el) => el.dataset.key === taskId) ?? null;
  }

  /** What read-aloud says: the title in the UI locale, then in the participant's language. */
  #utterances(doc: LadderDocument, task: Task, locale: string): Utterance[] {
    const lang = resolvedLocale(task.title, locale);
    const parts: Utterance[] = [{ text: resolveText(task.title, locale), lang, ...withAudio(audioFor(task.audio, lang)) }];
    const second = doc.participantLanguage;
    if (second && baseLanguage(second) !== baseLanguage(lang)) {
      const text = textIn(task.title, second);
      if (text) parts.push({ text, lang: second, ...withAudio(audioFor(task.audio, second)) });
    }
    return parts;
  }

  #openPanel(view: PanelView, taskId: string): void {
    if (this.isDisabled) return;
    if (view === 'details') this.open('task', taskId);
    this.formError = '';
    if (this.#popover.isOpen) {
      if (this.panel?.taskId === taskId) return this.#switchView(view);
      this.#popover.close(false);
    }
    this.#roving.activeKey = taskId;
    this.panel = { view, taskId };
  }

  #switchView(view: PanelView): void {
    if (!this.panel) return;
    this.formError = '';
    this.panel = { ...this.panel, view };
  }

  #closePanel(restoreFocus: boolean): void {
    this.#popover.close(restoreFocus);
    this.panel = null;
    this.formError = '';
  }

  #onKeydown(event: KeyboardEvent): void {
    if (this.isDisabled) return;
    const button = (event.composedPath()[0] as HTMLElement).closest?.('.task-button') as HTMLElement | null;
    if (!button) return;
    if (this.#roving.handleKeydown(event)) return;
    const taskId = button.dataset.key;
    if (!taskId) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      this.#openPanel('details', taskId);
    } else if (event.key === ' ') {
      event.preventDefault();
      const task = this.#findTask(taskId);
      if (!task) return;
      if (this.#canAssess) this.#setLevel(task, nextLevel(task.level));
      else this.#openPanel('details', taskId);
    }
  }

  #onKeyup(event: KeyboardEvent): void {
    // A button clicks on Space's keyup; Space is our level key, not "open".
    if (event.key === ' ' && (event.composedPath()[0] as HTMLElement).closest?.('.task-button')) event.preventDefault();
  }

  #setLevel(task: Task, to: TaskLevel): void {
    if (!this.#canAssess || task.level === to) return;
    if (this.commit({ type: 'task.level', taskId: task.id, from: task.level, to })) {
      this.announcer.announce(msg(str`${resolveText(task.title, this.textLocale)}: ${levelLabel(to)}`, { id: 'task-ladder.announce.level' }));
    }
  }

  #removeSignoff(task: Task): void {
    if (!this.#canAssess || !task.signoff) return;
    if (this.commit({ type: 'task.update', taskId: task.id, changes: { signoff: null } })) {
      this.announcer.announce(msg(str`${resolveText(task.title, this.textLocale)}: kvittering fjernet`, { id: 'task-ladder.announce.signoff-removed' }));
    }
  }

  #submitSignoff(event: SubmitEvent, task: Task): void {
    event.preventDefault();
    if (!this.#canAssess) return;
    const form = new FormData(event.target as HTMLFormElement);
    const by = String(form.get('by') ?? '').trim();
    const date = String(form.get('date') ?? '');
    if (!by) return void (this.formError = msg('Skriv fadderens navn.', { id: 'task-ladder.error.mentor' }));
    if (!isIsoDate(date)) return void (this.formError = msg('Velg en gyldig dato.', { id: 'task-ladder.error.date' }));
    if (this.commit({ type: 'task.signoff', taskId: task.id, by, date })) {
      this.#closePanel(true);
      this.announcer.announce(
        msg(str`${resolveText(task.title, this.textLocale)}: kvittert ut av ${by}, ${formatDate(date, this.textLocale)}`, { id: 'task-ladder.announce.signoff' }),
      );
    }
  }

  #submitLog(event: SubmitEvent, task: Task): void {
    event.preventDefault();
    if (!this.#canLog) return;
    const form = new FormData(event.target as HTMLFormElement);
    const by = String(form.get('by') ?? '') as LogAuthor;
    const date = String(form.get('date') ?? todayIso());
    const mood = Number(form.get('mood'));
    const text = String(form.get('text') ?? '').trim();
    if (!logAuthors.includes(by)) return void (this.formError = msg('Velg hvem som skriver.', { id: 'task-ladder.error.by' }));
    if (!isIsoDate(date)) return void (this.formError = msg('Velg en gyldig dato.', { id: 'task-ladder.error.date' }));
    const entry: LogEntry = {
      date,
      by,
      ...((moods as readonly number[]).includes(mood) ? { mood: mood as Mood } : {}),
      ...(text ? { text } : {}),
    };
    if (this.commit({ type: 'log.add', taskId: task.id, entry })) {
      this.#closePanel(true);
      this.announcer.announce(msg(str`${resolveText(task.title, this.textLocale)}: lagret i loggboka`, { id: 'task-ladder.announce.log' }));
    }
  }

  async #read(task: Task): Promise<void> {
    const doc = this.document;
    if (!doc || this.isDisabled) return;
    if (this.#readAloud.speaking === task.id) return this.#readAloud.stop();
    const result = await this.#readAloud.read(task.id, this.#utterances(doc, task, this.textLocale));
    if (result === 'unavailable') {
      this.announcer.announce(msg('Kan ikke leses opp: ingen lydopptak og ingen stemme for dette språket.', { id: 'task-ladder.announce.unavailable' }));
    }
  }
}

function withAudio(url: string | undefined): { audio?: string } {
  return url === undefined ? {} : { audio: url };
}

function isIsoDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && isRealDate(date);
}

declare global {
  interface HTMLElementTagNameMap {
    'vk-task-ladder': VkTaskLadder;
  }
}
