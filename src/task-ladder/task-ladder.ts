import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { VkElement } from '../core/vk-element.js';
import { headingLevel, headingLevelAttribute } from '../core/heading-level.js';
import { focusLost, focusOurs, focusWhenUpdated, RovingFocus, showFocused } from '../core/roving-focus.js';
import type { PopoverController } from '../core/popover.js';
import { ReadAloud, canReadAloud } from '../core/read-aloud.js';
import { bilingual } from '../core/bilingual.js';
import { isolate, nameOf } from '../core/text.js';
import { namedText } from '../core/names.js';
import { getLocale } from '../core/localize.js';
import { prepareDateFormats } from '../core/dates.js';
import { watchToday } from '../core/today-clock.js';
import { tokens } from '../core/tokens.js';
import { headerStyles } from '../core/header.styles.js';
import { currentPhaseIndex, ladderModel, nextLevel } from './task-ladder.model.js';
import { taskLadderStyles } from './task-ladder.styles.js';
import { ladderIconStyles } from './ladder-icons.js';
import { prepareMaskImages } from '../core/mask-images.js';
import { PrintState } from '../core/print-state.js';
import { watchProbe } from '../core/width-probe.js';
import { levelLabel } from './labels.js';
import { placeOf, renderPhase, tasksFromHost } from './phase.js';
import { signoffText, taskName } from './task-card.js';
import type { LogDraft, PanelActions } from './task-panel.js';
import { describeLadderOperation, silentInParticipantLanguage, taskUtterances } from './task-voice.js';
import type { LadderView, OpenPanel, PanelView } from './ladder-view.js';
import { taskLevels, type LadderDocument, type LadderMode, type LadderOperation, type Task, type TaskLevel } from './task-ladder.types.js';

export { levelLabel, logAuthorLabel } from './labels.js';

import { adoptPanelStyles, loadedPanel, preloadPanel, requestPanel, type PanelModule } from './ladder-lazy.js';
import { firstProbe, screenful, tasksToFill } from './ladder-first-frame.js';
import { refusedLogFull } from './ladder-limits.js';
import { pendingOpen } from '../core/pending-open.js';

/** Set in the element's static block: hands a loaded (or failed) panel chunk to one ladder (see requestPanel). */
let panelArrived: (ladder: VkTaskLadder, module: PanelModule | undefined, error?: unknown) => void;

/**
 * Step-wise learning in work practice: phases of tasks (phase 1 simple, concrete tasks; phases 2
 * and 3 wider tasks and more responsibility), each task with its level, the mentor's sign-off and
 * the participant's logbook. Branch templates: `createLadder('cleaning' | 'shop' | 'kitchen' |
 * 'kindergarten' | 'care')`.
 *
 * Layout follows the element's own width (a CSS container query on the host, not the viewport):
 * the phases sit side by side from 54em (864 px at 16 px text; em: the widget's text, `--vk-font-size`), as many a row as fit at
 * ~17.5em each, else they stack with the current phase first.
 *
 * Keyboard: Tab enters once; ←/→/↑/↓ move between tasks across phases (flipped in RTL);
 * Home/End first/last task; Enter opens the task's details (`vk-open`) with every action (level,
 * sign-off, logbook, read aloud); Space advances the level in adviser mode (not-started →
 * with-support → independent → not-started, contract §2; the reset is announced with its undo) and reads the task aloud in participant mode; Escape closes details; Ctrl+Z /
 * Ctrl+Shift+Z undo and redo.
 *
 * @summary Three phases of work-practice tasks, with levels, mentor sign-off and a logbook.
 * @element vk-task-ladder
 *
 * @event vk-change - The user made an edit (`task.level`, `task.signoff`, `log.add`, `task.update`), or `undo()`/`redo()` did. Detail `{ value, operation, source: "user" | "undo" | "redo" }`; cancelable: `preventDefault()` reverts it.
 * @event change - After a `vk-change` that was not cancelled.
 * @event vk-error - A value was rejected; the last valid document stays. Detail `{ code: "invalid-json" | "invalid-document" | "unsupported-version", message, issues: [{ path, message }] }`, `path` a JSON Pointer (RFC 6901).
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
 * @csspart text - A title's text in the UI locale (Norwegian first in another UI).
 * @csspart text-second - The same title in the participant's language.
 * @csspart empty - The empty or error state.
 * @csspart no-phases - "Ingen oppgaver ennå." (adviser mode adds "Oppgavene legges inn i fagsystemet."): a ladder with no phases.
 *
 * @cssproperty --vk-color-accent - Current phase and with-support colour (falls back to --ds-color-accent-base-default).
 * @cssproperty --vk-color-success - Independent colour (falls back to --ds-color-success-text-default).
 * @cssproperty --vk-color-text - Text colour (falls back to --ds-color-neutral-text-default).
 * @cssproperty --vk-color-background - Background (falls back to --ds-color-neutral-background-default).
 * @cssproperty --vk-color-border - Borders (falls back to --ds-color-neutral-border-default).
 * @cssproperty --vk-font-family - Font (falls back to --ds-font-family).
 * @cssproperty --vk-radius - Corner radius (falls back to --ds-border-radius-md).
 * @cssproperty --vk-radius-lg - Phase and popover corner radius (falls back to --ds-border-radius-lg).
 * @cssproperty --vk-color-warning - "No voice" marks and the panel's notice that the host changed the task (falls back to --ds-color-warning-text-default).
 * @cssproperty --vk-color-warning-surface - Their background (falls back to --ds-color-warning-surface-tinted).
 * @cssproperty --vk-target-size - Minimum touch target in participant mode (at least 2.75rem).
 * @cssproperty --vk-pictogram-size - Task pictogram size (default 3rem, in both modes).
 */
export class VkTaskLadder extends VkElement<LadderDocument, LadderOperation> {
  static override styles = [tokens, headerStyles, taskLadderStyles, ladderIconStyles];

  /** body text, bold, the title (1.15em), task details (0.9em) (see `VkElement.firstRenderFonts`). */
  static override readonly firstRenderFonts = [[1, 400], [1, 600], [1.15, 600], [0.9, 400], [0.9, 600]] as const;

  /**
   * Also builds the date formatter a task's log lines and sign-off use, in the page's language,
   * and loads the icons' mask images (core/mask-images.ts) (see `VkElement.prepare`).
   */
  static override prepare(): void {
    super.prepare();
    prepareDateFormats();
    prepareMaskImages();
  }

  static {
    panelArrived = (ladder, module, error) => ladder.#panelArrived(module, error);
  }
  protected get model(): typeof ladderModel {
    return ladderModel;
  }

  /** `adviser` (default): edits everything. `participant`: large targets; adds log entries and reads aloud only. */
  @property({ reflect: true }) mode: LadderMode = 'adviser';

  /**
   * The `aria-level` of the ladder's title (1–6, default 2), so it fits the host page's outline;
   * phase titles are one level below (at most 6).
   * @example <vk-task-ladder heading-level="3"></vk-task-ladder>
   */
  @property({ attribute: 'heading-level', converter: headingLevelAttribute }) headingLevel = 2;

  @state() private panel: OpenPanel | null = null;
  @state() private formError = '';
  /** True when the container query stacked the phases (then the current phase is shown first). */
  @state() private stacked = false;
  /** The task whose last tap found nothing to hear (it says so on the card). */
  @state() private unheard: string | null = null;
  /**
   * While printing (`beforeprint` to `afterprint`), the cards render their print-only parts
   * (sign-off line, whole logbook), a hundred nodes a screen never shows, and every task.
   */
  readonly #print = new PrintState(this);
  /** The details' popover when drawn (a query, not Lit's `@query`: its code would load with the ladder for this and `.phases`). */
  get #popoverPanel(): HTMLElement | null {
    return this.renderRoot.querySelector('.vk-popover');
  }

  readonly #roving = new RovingFocus(this, {
    items: () => Array.from(this.renderRoot.querySelectorAll<HTMLElement>('.task-button')),
    orientation: () => 'both',
    enabled: () => !this.isDisabled,
  });
  /**
   * The lazy panel part once this ladder has adopted its styles, and its popover controller. The
   * details popover and its forms (level, sign-off, logbook, recording) are only needed for editing:
   * a ladder that is only looked at never loads them.
   */
  #part: PanelModule | undefined;
  #popover: PopoverController | undefined;
  /**
   * The task (and view) the user opened last while the panel's chunk was still loading (a slow
   * connection), and `slow`: that task's id from half a second on, when its card shows it and the
   * live region says "Åpner detaljene …". Before 7 Dec 2026 nothing showed for the two seconds a
   * slow chunk took, the user went on, and the details opened late, taking focus back. The rules are
   * core/pending-open.ts's, shared with the other widgets since 7 Dec (`#pending`: busy, the next key
   * that is not `leavesOpen`, focus elsewhere in the ladder, the task's removal, `disabled` or the
   * ladder moved in the page cancels the open); the ladder's own copy of them cost the drop-in ~100 B.
   */
  #wanted: { view: PanelView; taskId: string } | undefined;
  @state() private slow = '';
  readonly #pending = pendingOpen(this, (text) => (this.announcer.announce(text), (this.slow = text && this.#wanted!.taskId)));
  /** Settles when the pending panel load has been handled here (`updateComplete` waits for it). */
  #opening: Promise<void> | undefined;
  readonly #readAloud = new ReadAloud(this, () => this.textLocale + ' ' + this.document?.participantLanguage);
  /**
   * Tasks per phase (by the phase's index) in a new long ladder's first frame (undefined once
   * complete): about a screenful of each phase, the rest one frame later, so the ladder shows up
   * without building the cards below the fold first. Focus, a pointer, a key or printing complete
   * it at once.
   */
  #firstFrame: readonly number[] | undefined;
  /** The most tasks per phase the first frame may grow to by measure (`#screenful`). */
  #firstFrameCap: readonly number[] = [];
  #shownDocument = false;
  #resizeObserver: ResizeObserver | undefined;
  /** Unsaved log entries per task (text, chosen mood and author), in memory only (contract §9), so Escape or a tap outside never loses slow typing or a chosen face. */
  readonly #drafts = new Map<string, LogDraft>();
  /** Where the task with focus (or the open details') was drawn as this update began (see `placeOf`). */
  #place: unknown[] = [];
  #shownPlace = (): [HTMLElement | null | undefined, ...unknown[]] => placeOf(this.renderRoot as ShadowRoot, this.#popover?.isOpen ? this.#taskButton(this.panel!.taskId) : undefined);

  get #participant(): boolean {
    return this.mode === 'participant';
  }
  /** Levels and sign-off are the adviser's and mentor's. */
  get #canAssess(): boolean {
    return this.editable && !this.#participant;
  }

  protected override emptyMessage(): string {
    return msg('Ingen oppgaver ennå.', { id: 'task-ladder.empty' });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Observes the probe (core/width-probe.ts), not the host: reordering the phases may change the
    // host's height, and observing that would loop ("ResizeObserver loop … undelivered notifications").
    // Its 1em height: a change of the text size alone restacks the phases (em queries), read back here.
    this.#resizeObserver = new ResizeObserver(() => this.#readLayout());
    // Moved in the page: watch the probe of the last render again (its new place may be narrower).
    watchProbe(this.#resizeObserver, this.renderRoot);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    watchToday(this, false);
  }

  /** The container query decides the columns; the element only reads back whether phases stack (and fills a first frame rendered while hidden). */
  #readLayout(): void {
    const phases = this.renderRoot.querySelector<HTMLElement>('.phases');
    if (!phases) return;
    this.#fillFirstFrame();
    this.stacked = !getComputedStyle(phases).getPropertyValue('--_vk-side-by-side');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#place = this.#shownPlace();
    const doc = this.document;
    if (this.#print.printing) this.#firstFrame = undefined;
    else if (doc && !this.#shownDocument) {
      // Only a ladder longer than the worst-case screenful waits a frame for some of its tasks.
      const cap = screenful(this.#view(doc));
      if (doc.phases.some((phase, index) => phase.tasks.length > (cap[index] ?? Infinity))) {
        this.#firstFrame = cap.map((count) => Math.min(count, firstProbe()));
        this.#firstFrameCap = cap;
      }
    }
    if (changed.has('document')) {
      // The open panel's draft stays while it shows its removed task (the words, to be copied; see below).
      for (const taskId of this.#drafts.keys()) if (!this.#findTask(taskId) && taskId !== this.panel?.taskId) this.#drafts.delete(taskId);
      // The task a slow open waits for is gone: the open ends before the render, not after it (core/pending-open.ts `hostUpdated`: a second render).
      if (this.#pending.on && !this.#findTask(this.#wanted!.taskId)) this.#pending.end();
      // The task being read gone with the new document: so is the press that would stop its words.
      const reading = this.#readAloud.speaking;
      if (reading && !this.#findTask(reading)) this.#readAloud.stop();
    }
    // A panel is shown only once its chunk is in (`#part`): it follows its task, or says it was removed (task-panel.ts `documentChanged`).
    if (changed.has('document') && this.panel && this.#part) {
      const said = this.#part.documentChanged(this.panel, this.#findTask(this.panel.taskId), doc, this.#popoverPanel, this.hostRevision);
      if (said) this.announcer.announce(said);
      if (!doc) {
        // Focus in it when a host value took the whole document (`null`): never left on
        // <body> (focus kept elsewhere inside stays; ensureFocus moves only focus that is lost).
        const inside = (this.renderRoot as ShadowRoot).activeElement;
        this.#closePanel(false);
        if (inside) void this.ensureFocus();
      }
    }
    // Disabled, or the open view's right taken away (mode, readonly): the panel closes, with a take
    // being recorded in it, rather than turn into the details under the user's hands. Made
    // read-only or switched to participant mode, it says why; a name or entry typed is kept as a draft for the next open; focus goes back to its task.
    // Disabled: no reading either, which no press could stop now (a disabled ladder takes none).
    if (this.isDisabled && this.#readAloud.speaking) this.#readAloud.stop();
    const view = this.panel?.view;
    const part = this.isDisabled ? undefined : this.#part;
    const why = part && (this.readonly || this.#participant) ? (this.readonly ? part.viewOnlyMessage() : part.participantModeMessage()) : '';
    if (this.isDisabled ? this.panel : view === 'log' ? !this.editable : view !== undefined && view !== 'details' && !this.#canAssess) {
      // (Disabled: focus the browser dropped from it, at the `disabled` write, goes to its task.)
      this.#closePanel(!this.isDisabled || focusLost());
      if (why) this.announcer.announce(why);
    } else if (why && view === 'details' && !this.#canAssess && this.#popoverPanel && part!.holdsTake(this.#popoverPanel)) {
      // The details stay (view-only), but their recorder goes with the take being recorded or under
      // review in it (it could not be saved now): said why, as when "Ta opp stemme" closes.
      this.announcer.announce(why);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.document && !this.#shownDocument) {
      this.#shownDocument = true;
      // The rest of the tasks once the first frame has been painted.
      if (this.#firstFrame) requestAnimationFrame(() => requestAnimationFrame(() => this.#complete()));
    }
    // Until then, after each update: as many as reach the bottom of the viewport, measured (read,
    // then one more render before the frame). A microtask: no update requested inside updated().
    if (this.#firstFrame) queueMicrotask(() => this.#fillFirstFrame());
    watchProbe(this.#resizeObserver, this.renderRoot);
    // A form's untouched date shows Oslo's today: the page's one clock draws it anew at midnight while one is open.
    const view = this.panel?.view;
    watchToday(this, this.isConnected && (view === 'signoff' || (view === 'log' && !this.#participant)));
    // The open panel's task drawn anew elsewhere (a host value moved it to another phase): the panel follows.
    const moved = this.panel && this.#popover?.isOpen ? this.#taskButton(this.panel.taskId) : null;
    if (moved && moved !== this.#popover?.anchor) this.#popover?.follow(moved);
    // That task, or the focused one, gone up or down the page (its phase moved as the current phase changed, a host value moved it): in view by the least scroll, as an arrow key's move.
    const [card, phase, before] = this.#shownPlace();
    if (card && this.#place[0] && (phase != this.#place[1] || before != this.#place[2])) showFocused(card, undefined, !this.#popover?.isOpen);
    const part = this.#part;
    if (!changed.has('panel') || !this.panel || !this.#popoverPanel || !part || !this.#popover) return;
    // Opened, or another view shown in it (task-panel.ts, the lazy chunk).
    part.panelShown(this, this.#popover, this.#popoverPanel, this.#taskButton(this.panel.taskId), this.panel.view, () => this.#closePanel(false), this.#again(this.panel));
  }

  /** `open`'s view of its task, opened again: the load-failure notice's "Prøv igjen" (core/announcer.ts `loadFailed`) where its part failed. */
  #again(open: { view: PanelView; taskId: string }): () => void {
    return () => this.#openPanel(open.view, open.taskId);
  }

  #useTheirs(): void {
    const live = this.panel ? this.#findTask(this.panel.taskId) : undefined;
    if (!this.panel || !live) return;
    // The host's values replace what was typed, the sign-off's name too.
    this.#drafts.set(live.id, { ...this.#drafts.get(live.id), mentor: undefined });
    this.panel = { ...this.panel, revision: this.hostRevision, task: live, mentor: this.document?.mentor?.name };
    void focusWhenUpdated(this, () => this.#part?.firstFocusable(this.#popoverPanel));
  }

  /** The view modules' window onto the element (state in, callbacks out). */
  #view(doc: LadderDocument): LadderView {
    const locale = this.textLocale;
    return {
      doc,
      locale,
      participant: this.#participant,
      canAssess: this.#canAssess,
      canLog: this.editable,
      canRecord: this.#canAssess && doc.participantLanguage !== undefined,
      disabled: this.isDisabled,
      speaking: this.#readAloud.speaking,
      opening: this.slow,
      unheard: this.unheard,
      printing: this.#print.printing,
      headingLevel: headingLevel(this.headingLevel),
      audible: (task) => canReadAloud(taskUtterances(doc, task, locale)),
      silentInParticipantLanguage: silentInParticipantLanguage(doc, locale),
      activate: (task) => (this.#participant ? void this.#read(task) : this.#openPanel('details', task.id)),
      setLevel: (task, to) => this.#setLevel(task, to),
      openPanel: (view, taskId) => this.#openPanel(view, taskId),
      read: (task) => void this.#read(task),
    };
  }

  #actions(): PanelActions {
    const panel = this.panel;
    return {
      formError: this.formError,
      drafts: this.#drafts,
      setError: (message) => (this.formError = message),
      commit: (operation) => this.commit(operation),
      editableDocument: () => this.#canAssess && this.document,
      takeLanguage: panel?.takeLanguage,
      announce: (text) => this.announcer.announce(text),
      initial: panel?.task ?? null,
      initialMentor: panel?.mentor,
      changedByHost: panel !== null && panel.revision !== this.hostRevision,
      removed: !!panel?.removed,
      useTheirs: () => this.#useTheirs(),
      submitLevel: (level, task) => this.#submitLevel(level, task),
      switchView: (view) => this.#switchView(view),
      closePanel: () => this.#closePanel(true),
    };
  }

  protected renderDocument(doc: LadderDocument): TemplateResult {
    const view = this.#view(doc);
    const current = currentPhaseIndex(doc);
    const mentor = doc.mentor?.name;
    // Stacked: the current phase first, so the participant sees where they are without scrolling.
    const order = doc.phases.map((phase, index) => ({ phase, index }));
    if (this.stacked && current > 0) order.unshift(...order.splice(current, 1));
    // Its task gone from a document still there: the panel stays, showing the task as it was (`OpenPanel.removed`).
    const task = this.panel && (this.#findTask(this.panel.taskId) ?? this.panel.task);
    // The title takes focus from script only (tabindex -1): where focus goes when a host value
    // leaves no task to focus (no phases, or phases without tasks), instead of <body>.
    // No white space inside .phases: with no phases it is :empty and takes no row (CSS).
    return html`
      <div class="width-probe" aria-hidden="true"></div>
      <section part="base" class="ladder" lang=${getLocale()} data-mode=${this.#participant ? 'participant' : 'adviser'} ?data-stacked=${this.stacked}>
        <div part="header" class="header">
          <p class="title bi" id="title" role="heading" aria-level=${view.headingLevel} tabindex="-1">${bilingual(namedText(doc.title, view.locale, nameOf(doc.title, view.locale, () => msg('Oppgaver', { id: 'task-ladder.title-neutral' }))), view.locale, doc.participantLanguage)}</p>
          ${mentor ? html`<p class="mentor">${msg(str`Fadder: ${isolate(mentor)}`, { id: 'task-ladder.mentor' })}</p>` : nothing}
        </div>
        <div class="phases" @keydown=${this.#onKeydown} @keyup=${this.#onKeyup} @focusin=${this.#onFocusIn}>${repeat(order, ({ phase }) => phase.id, ({ phase, index }) => renderPhase(view, phase, index, index === current, this.#firstFrame?.[index]))}</div>
        ${doc.phases.length === 0 ? html`<p class="vk-empty" part="no-phases">${this.#participant ? this.emptyMessage() : `${this.emptyMessage()} ${tasksFromHost()}`}</p>` : nothing}
        <span id="hint" hidden>${this.#canAssess
          ? msg('Mellomrom endrer nivå. Enter åpner detaljer, kvittering og loggbok.', { id: 'task-ladder.hint.edit' })
          : this.#participant
            ? msg('Mellomrom leser opp. Enter åpner detaljer og loggbok.', { id: 'task-ladder.hint.participant' })
            : msg('Enter åpner detaljer og loggbok.', { id: 'task-ladder.hint.view' })}</span>
        ${this.#participant
          ? html`<span id="hint-silent" hidden>${msg('Enter åpner detaljer og loggbok.', { id: 'task-ladder.hint.view' })}</span>`
          : nothing}
        <span id="read-unavailable" hidden>${msg('Kan ikke leses opp: ingen lydopptak og ingen stemme for dette språket.', { id: 'task-ladder.announce.unavailable' })}</span>
        ${this.#part
          ? html`<div class="vk-popover" part="popover" popover="manual" role="dialog" aria-labelledby="panel-title" tabindex="-1">
              ${this.panel && task ? this.#part.renderPanel(view, this.#actions(), task, this.panel.view) : nothing}
            </div>`
          : nothing}
      </section>
    `;
  }

  /**
   * Participant mode edits only the logbook, by undo and redo too: an adviser's level, sign-off or
   * recording made before the ladder was switched to participant mode stays (its undo waits).
   */
  protected override allows(operation: LadderOperation): boolean {
    return !this.#participant || 'entry' in operation || 'log' in ((operation as { changes?: object }).changes ?? {});
  }

  /** Undo and redo of a logbook entry or a text or recording change name the task and what changed: "Angret: Vaske gulv — ny loggføring". */
  protected override describeOperation(operation: LadderOperation): string | null {
    const task = this.#findTask(operation.taskId);
    return task ? describeLadderOperation(taskName(this.document!, task, this.textLocale), operation) : null;
  }

  /** A level or a sign-off as it is now: "Vaske gulv: Selvstendig", "Vaske gulv: Kvittert ut av Kari, 2. mars 2026", "Vaske gulv: Ikke kvittert ut" (the adviser's words: participant mode never announces a sign-off, its undo skips them). */
  protected override describeState(operation: LadderOperation): string | null {
    const task = this.#findTask(operation.taskId);
    const changes = operation.type === 'task.update' ? operation.changes : {};
    const state =
      operation.type === 'task.level'
        ? levelLabel(operation.to)
        : operation.type === 'task.signoff' || 'signoff' in changes
          ? signoffText({ signoff: operation.type === 'task.signoff' ? operation : changes.signoff } as Task, this.textLocale)
          : '';
    return task && state ? msg(str`${isolate(taskName(this.document!, task, this.textLocale))}: ${state}`, { id: 'task-ladder.announce.level' }) : null;
  }

  /**
   * After undo/redo (or a host value) focus goes to the task the operation touched. A host value
   * that took away the focused control of a panel still open (the sign-off it removed): on the panel
   * (a labelled dialog; Tab goes on into it), where its notice offers the new values, not onto the
   * task (which closed it).
   */
  protected override focusAfterChange(operation: LadderOperation | null): HTMLElement | null {
    const panel = !operation && this.#popover?.isOpen && this.#popoverPanel;
    if (panel) return panel;
    const button = operation ? this.#taskButton(operation.taskId) : null;
    if (button) {
      this.#roving.activeKey = operation!.taskId;
      this.#roving.sync();
      return button;
    }
    return (this.isDisabled && this.#taskButton(this.#roving.activeKey!)) || this.defaultFocusTarget(); // disabled: every task out of the tab order, the user's one (as the step tracker's)
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

  /**
   * Also waits for a task the user just opened whose panel chunk is still loading, so
   * `await el.updateComplete` after Enter sees the open details.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // The panel's chunk while a task waits for it (not once the open is cancelled: the focus repair of a host's change, a move, `disabled`
    // or the task's removal, waited for the chunk and left focus on <body> until it came), and the first frame's measured top-up (see updated()).
    while ((this.#pending.on && this.#opening) || (this.#firstFrame && this.isUpdatePending)) {
      await this.#opening;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Adopts the panel's styles (once per ladder) before the ladder's own sheet, so its participant-mode and forced-colours rules still win; makes its popover controller. */
  #adoptPanel(module: PanelModule): void {
    if (this.#part) return;
    adoptPanelStyles(this.renderRoot as ShadowRoot, module, taskLadderStyles.styleSheet);
    this.#popover = new module.PopoverController(this);
    this.#part = module;
    this.announcer.loadRecovered('panel'); // it had failed on an earlier open
  }

  /** The pending load is in (or failed): show the task opened last meanwhile, then release `updateComplete`. */
  #panelArrived(module: PanelModule | undefined, error?: unknown): void {
    const wanted = this.#wanted;
    this.#opening = undefined;
    if (module) {
      this.#adoptPanel(module);
      // Not if the user has since put focus elsewhere on the page: the details would take it back.
      if (this.#pending.done(this.#taskButton(wanted?.taskId as string)) && !this.isDisabled && focusOurs(this)) this.#showPanel(wanted!.view, wanted!.taskId);
    } else {
      this.#pending.end(true);
      this.slow = '';
      this.announcer.loadFailed(error, 'panel', this.#again(wanted!)); // "Prøv igjen": this open again
    }
  }

  #fillFirstFrame(): void {
    const more = this.document && this.#firstFrame && tasksToFill(this.renderRoot, this.document.phases.map((phase) => phase.id), this.#firstFrame, this.#firstFrameCap);
    if (!more) return;
    this.#firstFrame = more;
    this.requestUpdate();
  }

  /** Renders every task (after a new long ladder's first frame, or as soon as the user reaches for one). */
  #complete(): void {
    if (!this.#firstFrame) return;
    this.#firstFrame = undefined;
    this.requestUpdate();
  }

  /**
   * First focus or pointer entry: fetch the panel's chunk now, so Enter or a tap never waits; and
   * render every task if the first frame's screenful is still all there is (the update lands in a
   * microtask, before the next key press: ←/→/End and Tab see every task).
   */
  readonly #preload = (): void => {
    this.removeEventListener('focusin', this.#preload);
    this.removeEventListener('pointerenter', this.#preload);
    this.#complete();
    preloadPanel();
  };

  constructor() {
    super();
    this.addEventListener('focusin', this.#preload);
    this.addEventListener('pointerenter', this.#preload);
  }

  #openPanel(view: PanelView, taskId: string): void {
    if (this.isDisabled || refusedLogFull(view, this.#findTask(taskId), (m) => this.announcer.announce(m))) return;
    if (view === 'details') this.open('task', taskId);
    this.#roving.activeKey = taskId;
    if (!this.#part && loadedPanel) this.#adoptPanel(loadedPanel);
    if (this.#part) return this.#showPanel(view, taskId);
    // The chunk is on its way (preloaded on first focus or pointer entry): show when it is in;
    // a later open wins. The pending load holds this ladder only by a WeakRef (see requestPanel).
    this.#pending.start(this.#taskButton(taskId));
    this.#wanted = { view, taskId };
    this.#opening ??= requestPanel(new WeakRef(this), panelArrived);
  }

  #showPanel(view: PanelView, taskId: string): void {
    this.formError = '';
    if (this.#popover?.isOpen) {
      if (this.panel?.taskId === taskId) return this.#switchView(view);
      // A take not yet kept stays with its own task: another task waits, as a click elsewhere does.
      if (this.#popoverPanel && this.#part?.holdsTake(this.#popoverPanel)) return;
      this.#popover.close(false);
    }
    const task = this.#findTask(taskId);
    if (!task) return;
    this.panel = { view, taskId, revision: this.hostRevision, task, mentor: this.document?.mentor?.name };
    // The panel takes focus as it opens, a first focus in the ladder maybe (a host's click(), a screen reader's, without focus
    // first): every task is rendered in that update (`#preload` rendered them after it, a second render: change-in-update).
    this.#complete();
  }

  #switchView(view: PanelView): void {
    if (!this.panel || refusedLogFull(view, this.#findTask(this.panel.taskId), (m) => this.announcer.announce(m))) return;
    this.formError = '';
    this.panel = { ...this.panel, view };
  }

  #closePanel(restoreFocus: boolean): void {
    if (this.panel?.removed) this.#drafts.delete(this.panel.taskId);
    // Focus back on the task only from inside (or lost): a form saved once its take was converted may find the user elsewhere.
    this.#popover?.close(restoreFocus && focusOurs(this));
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
      // Once per press, as a button's Space: a held key's repeats would cycle the level, or start and stop reading, on and on.
      if (!task || event.repeat) return;
      if (this.#participant) void this.#read(task);
      // Read-only (the adviser's): no level to change, and opening is Enter's and a click's (contract §3, the hint): nothing, as the tracker.
      else if (!this.#canAssess) return;
      else if (task.level === 'independent') {
        // Contract §2: Space cycles independent → not-started. Never silent: the announcement
        // says what happened and how to take it back (the pointer shortcut offers no such reset).
        if (this.#setLevel(task, nextLevel(task.level), false)) {
          this.announcer.announce(msg(str`${isolate(taskName(this.document!, task, this.textLocale))}: ${levelLabel('not-started')}. Angre med Ctrl+Z.`, { id: 'task-ladder.announce.reset' }));
        }
      } else this.#setLevel(task, nextLevel(task.level));
    }
  }

  #onFocusIn(event: FocusEvent): void {
    this.#roving.handleFocusIn(event);
  }

  #onKeyup(event: KeyboardEvent): void {
    // A button clicks on Space's keyup; Space is our level/read key, not "open".
    if (event.key === ' ' && (event.composedPath()[0] as HTMLElement).closest?.('.task-button')) event.preventDefault();
  }

  #setLevel(task: Task, to: TaskLevel, announce = true): boolean {
    if (!this.#canAssess || task.level === to) return false;
    // Its task becomes the roving item: a card's "Neste nivå" goes once the task is independent, and focus then falls back to it.
    this.#roving.activeKey = task.id;
    const operation: LadderOperation = { type: 'task.level', taskId: task.id, from: task.level, to };
    if (!this.commit(operation)) return false;
    if (announce) this.announcer.announce(this.describeState(operation) ?? '');
    return true;
  }

  /** The details' level choice (the level form's value): arrows only move the choice; Save or Enter commits it once. */
  #submitLevel(level: TaskLevel, task: Task): boolean {
    const changed = taskLevels.includes(level) && this.#setLevel(task, level);
    // The level already in force closes the details too.
    if (changed || level === task.level) this.#closePanel(true);
    return changed;
  }

  /** Reads a task aloud; a second press on the same task stops it. */
  async #read(task: Task): Promise<void> {
    const doc = this.document;
    if (!doc || this.isDisabled) return;
    if (this.#readAloud.speaking === task.id) return this.#readAloud.stop();
    this.unheard = null;
    const result = await this.#readAloud.read(task.id, taskUtterances(doc, task, this.textLocale));
    if (result === 'partial') return this.announcer.announce(msg('Et lydopptak kan ikke spilles av.', { id: 'task-ladder.announce.partial' }));
    if (result !== 'unavailable' && result !== 'failed') return;
    this.unheard = task.id;
    this.announcer.announce(result === 'failed' ? msg('Kan ikke leses opp: lydopptaket kan ikke spilles av.', { id: 'task-ladder.announce.unplayable' }) : msg('Kan ikke leses opp: ingen lydopptak og ingen stemme for dette språket.', { id: 'task-ladder.announce.unavailable' }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vk-task-ladder': VkTaskLadder;
  }
}
