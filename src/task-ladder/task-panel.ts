import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '@lit/localize';
import { bilingual } from '../core/bilingual.js';
import { todayIso } from '../core/dates.js';
import { DATE_PATTERN, deepEqualJson } from '../core/schema.js';
import { firstFocusable, holdsTake, submitRadioOnEnter, type PopoverController } from '../core/popover.js';
import { focusOurs } from '../core/roving-focus.js';
import { renderPictogram, resolvePictogram } from '../core/pictograms.js';
import { isolate, own } from '../core/text.js';
import { withEntry } from '../core/language-keys.js';
import { fitWord } from '../core/word-fit.js';
import { namedText } from '../core/names.js';
import type { VkAudioRecorder, VkRecordingEvent } from '../core/recorder.js';
import { logNewestFirst } from './task-ladder.model.js';
import { logFullId, renderLogFull } from './ladder-limits.js';
import { focusTitleIfNoTask, openHeadingFirst } from './ladder-closing.js';
import { byError, changedNotice, dateError, dateField, emptyLogError, formError, refuse, refuseRemoved, removedNotice } from './panel-form.js';
import { renderSignoffForm } from './signoff-form.js';
import { languageName, levelLabel, logAuthorLabel } from './labels.js';
import { renderLogSummary, renderReadAloud, signoffLine, signoffText, taskName } from './task-card.js';
import type { LadderView, OpenPanel, PanelView } from './ladder-view.js';
import { logAuthors, moods, taskLevels, type LadderDocument, type LadderOperation, type LogAuthor, type LogEntry, type Mood, type Task, type TaskLevel } from './task-ladder.types.js';

/**
 * The ladder's details popover and its forms: loaded on first use (`import()` when a task is first
 * opened, preloaded on the ladder's first focus or pointer entry), with their styles and the
 * popover controller. A ladder that is only looked at never loads them.
 */
export { PopoverController, firstFocusable, holdsTake } from '../core/popover.js';
export { popoverStyles } from '../core/popover.styles.js';
export { taskPanelStyles } from './task-panel.styles.js';

/**
 * The host removed the participant language while `open`'s details (or "Ta opp stemme") are shown
 * in `panel`. A take is worth keeping (it is saved in the language it was spoken in): a recorder
 * holding one (`holdsTake`) stays, in the language it was for (`open.takeLanguage`, kept until the
 * details close or a participant language is back). One holding none goes with the language: the
 * view is the details from now on (not the recorder alone again if the language comes back), and
 * this returns what the ladder says, so a user whose focus was on it, or who no longer hears it
 * where it was, knows why. '' when nothing went.
 */
export function languageRemoved(open: OpenPanel, panel: HTMLElement | null): string {
  open.takeLanguage ??= panel && holdsTake(panel) ? panel.querySelector('vk-audio-recorder')?.lang : undefined;
  if (open.takeLanguage || !panel?.querySelector('vk-audio-recorder')) return '';
  open.view = 'details';
  return msg('Lydopptaket ble lukket: oppgavene har ikke lenger et deltakerspråk.', { id: 'task-ladder.announce.recorder-closed' });
}

/**
 * What a task's forms hold unsaved: a logbook entry's text, mood (for a participant who cannot write, the face is the whole
 * entry) and author (none: "Rådgiver"; one an adviser chose waits in participant mode, which writes the participant's and sets
 * it with a first mood or text), and the mentor's name typed into the sign-off form (none: the task's or ladder's).
 */
export interface LogDraft {
  text?: string;
  mood?: Mood;
  by?: LogAuthor;
  mentor?: string;
  /**
   * The dates the user typed or picked in the logbook form (`date`) and the sign-off form
   * (`signedOn`), '' when cleared. None: the field is untouched and shows Oslo's today, following
   * the new day at midnight while the form is open; a date of the user's is never replaced.
   */
  date?: string;
  signedOn?: string;
}

/** What the details popover and its forms call back into the element. */
export interface PanelActions {
  readonly formError: string;
  /** Unsaved log entries by task id (kept while the page lives, never stored). */
  readonly drafts: Map<string, LogDraft>;
  setError(message: string): void;
  /** Commits one operation (the element's undo history and events); false when cancelled. */
  commit(operation: LadderOperation): boolean;
  /**
   * The ladder's document as it is when called, if the adviser may change it now (adviser mode, not
   * read-only or disabled); else false or null. For what arrives after the render that bound it (a
   * take kept by "Lagre nivå" after its conversion): the render's `view.doc` may be out of date.
   */
  editableDocument(): LadderDocument | false | null;
  /**
   * The language the details' recorder was shown for when the host removed the participant
   * language while it held a take (`OpenPanel.takeLanguage`): the recorder stays in it, until the
   * details close or a participant language is back.
   */
  readonly takeLanguage: string | undefined;
  announce(text: string): void;
  /** The task as the form first showed it (kept when a host value changes it underneath). */
  readonly initial: Task | null;
  readonly initialMentor: string | undefined;
  /** The host changed this task while the form was open (a notice offers the new values). */
  readonly changedByHost: boolean;
  /** The host removed this task while its panel was open (`OpenPanel.removed`): shown as it was, nothing can be saved. */
  readonly removed: boolean;
  useTheirs(): void;
  /** The level form's submit, with the chosen level: the element commits one task.level (its Space key does too); true when it did. */
  submitLevel(level: TaskLevel, task: Task): boolean;
  switchView(view: PanelView): void;
  closePanel(): void;
}


/**
 * Then `next()`, once the details' recorder has kept a take whose own "Lagre opptaket" was not
 * pressed (recording or under review; its vk-recording commits it), as the plan board's Save does:
 * "Lagre nivå" closes the details and "Kvitter ut" or "Skriv i loggboka" replace them, and either
 * would otherwise drop the spoken words with the recorder. At once when there is none. A take the
 * ladder could not commit waits under review instead, the recorder showing why, focus on its Save.
 * `next` is told the language the take was saved in (none: no take saved).
 */
function afterTake(event: Event, next: (saved?: string) => void): void {
  event.preventDefault();
  const recorder = (event.currentTarget as Element).closest('.panel')?.querySelector<VkAudioRecorder>('vk-audio-recorder');
  // No state: the recorder's chunk is still loading (nothing recorded yet).
  const state = recorder?.state;
  if (recorder && state && state !== 'idle' && state !== 'requesting') {
    let spoken: string | undefined;
    const heard = (e: VkRecordingEvent): void => void (spoken = e.detail.lang);
    recorder.addEventListener('vk-recording', heard);
    void recorder.finish().then((saved) => {
      recorder.removeEventListener('vk-recording', heard);
      // Focus the user put elsewhere on the page while the take was converted stays there (core/roving-focus.ts `focusOurs`).
      if (recorder.state !== 'review') next(saved ? spoken : undefined);
      else if (focusOurs((recorder.getRootNode() as ShadowRoot).host)) recorder.shadowRoot?.querySelector<HTMLElement>('.save')?.focus();
    });
  } else next();
}

/**
 * A take's or recording's language, isolated, when it is not the participant language (now): the
 * announcement names it then ("lydopptak på tigrinja lagret"), so the adviser hears where it went.
 */
function otherLanguage(doc: LadderDocument | false | null, lang: string): string | undefined {
  return doc && doc.participantLanguage?.toLowerCase() === lang.toLowerCase() ? undefined : isolate(languageName(lang));
}

/**
 * "Lagre nivå" (or Enter on a level): the choice read now, committed once the take is kept. Both
 * saved: one announcement ("…: lydopptak lagret" alone would be replaced at once by the level's).
 */
function submitLevel(event: SubmitEvent, actions: PanelActions, view: LadderView, task: Task): void {
  const level = String(new FormData(event.target as HTMLFormElement).get('level') ?? '') as TaskLevel;
  afterTake(event, (saved) => {
    if (actions.submitLevel(level, task) && saved) {
      const title = isolate(taskName(view.doc, task, view.locale));
      const other = otherLanguage(actions.editableDocument(), saved);
      actions.announce(
        other
          ? msg(str`${title}: ${levelLabel(level)}, lydopptak på ${other} lagret`, { id: 'task-ladder.announce.level-recorded-in' })
          : msg(str`${title}: ${levelLabel(level)}, lydopptak lagret`, { id: 'task-ladder.announce.level-recorded' }),
      );
    }
  });
}

/**
 * The popover's contents for the open task: details, sign-off form or logbook form. A form is
 * keyed by its task: opened straight from another task's, it is a new form (its fields bound to
 * values that had not changed would otherwise keep the other task's author and words).
 */
export function renderPanel(view: LadderView, actions: PanelActions, task: Task, panel: PanelView): unknown {
  // A removed task's details (or recorder) as they were, view-only: a recorder goes (the microphone released, a take thrown away:
  // it could be saved nowhere); its forms stay, with what was typed, their Save refused (`removedNotice`).
  if (actions.removed && panel !== 'signoff' && panel !== 'log') view = { ...view, canAssess: false, canLog: false };
  const { doc, locale } = view;
  // Headings, as the step tracker's details: the task one below the ladder's title (`heading-level`), "Loggbok" one below the task (at most 6).
  const level = Math.min(6, view.headingLevel + 1);
  const heading = html`<p class="panel-title task-head" id="panel-title" role="heading" aria-level=${level} tabindex="-1">${renderPictogram(task.pictogram, locale, true)}<span class="bi">${bilingual(namedText(task.title, locale, taskName(doc, task, locale)), locale, doc.participantLanguage)}</span></p>`;
  if (panel === 'signoff' && view.canAssess) return keyed(task.id, renderSignoffForm(view, actions, task, heading));
  if (panel === 'log' && view.canLog) return keyed(task.id, renderLogForm(view, actions, task, heading));
  // The language the recorder is for (adviser mode, editable; none: no recorder).
  const recording = view.canAssess ? (view.doc.participantLanguage ?? actions.takeLanguage) : undefined;
  if (panel === 'record' && recording) {
    return html`<div class="panel">
      ${heading} ${renderRecorder(view, actions, task, recording)}
      <div class="actions"><button type="button" @click=${() => actions.closePanel()}>${msg('Lukk', { id: 'task-ladder.action.close' })}</button></div>
    </div>`;
  }
  const entries = logNewestFirst(task);
  const initial = actions.initial ?? task;
  // Nothing to hear: focus starts on the first control that does something (the first [autofocus]), not on the aria-disabled "Les opp"
  // (nor on an aria-disabled "Skriv i loggboka", a full log: then on "Lukk").
  // The recorder comes after the level and sign-off, so Tab from there reaches it (above them it was skipped going forward).
  const silent = !view.audible(task);
  // Full: the log button only says why (switchView), and leaves a take being recorded alone (afterTake would finish and save it);
  // it is not the primary (blue) button then: the aria-disabled grey words on its fill were unreadable.
  const full = logFullId(task, 'panel');
  return html`<div class="panel">
    ${heading} ${changedNotice(actions)} ${renderReadAloud(view, task, 0)}
    ${view.canAssess
      ? html`<form class="level-form" novalidate @keydown=${submitRadioOnEnter} @submit=${(e: SubmitEvent) => submitLevel(e, actions, view, task)}>
          <fieldset>
            <legend>${msg('Nivå', { id: 'task-ladder.field.level' })}</legend>
            ${taskLevels.map(
              (level) => html`<label class="choice"><input type="radio" name="level" value=${level} .checked=${initial.level === level} ?autofocus=${silent && initial.level === level} />${levelLabel(level)}</label>`,
            )}
          </fieldset>
          <button type="submit" class="save-level">${msg('Lagre nivå', { id: 'task-ladder.action.save-level' })}</button>
        </form>`
      : html`<p>${msg('Nivå', { id: 'task-ladder.field.level' })}: ${levelLabel(task.level)}</p>`}
    <p>${view.participant && !task.signoff ? msg('Ikke godkjent ennå', { id: 'task-ladder.signoff.none-participant' }) : signoffLine(task, locale, view.participant)}</p>
    ${view.canAssess
      ? html`<div class="actions">
          <button type="button" class="open-signoff" @click=${(e: Event) => afterTake(e, () => actions.switchView('signoff'))}>
            ${task.signoff ? msg('Kvitter ut på nytt', { id: 'task-ladder.action.signoff-again' }) : msg('Kvitter ut', { id: 'task-ladder.action.signoff' })}
          </button>
          ${task.signoff
            ? html`<button type="button" class="remove-signoff" @click=${(e: Event) => removeSignoff(view, actions, task, e)}>${msg('Fjern kvittering', { id: 'task-ladder.action.remove-signoff' })}</button>`
            : nothing}
        </div>`
      : nothing}
    ${recording ? renderRecorder(view, actions, task, recording) : nothing}
    <p class="panel-title" role="heading" aria-level=${Math.min(6, level + 1)}>${msg('Loggbok', { id: 'task-ladder.logbook' })}</p>
    ${entries.length === 0
      ? html`<p>${msg('Ingen loggføringer ennå.', { id: 'task-ladder.log.empty' })}</p>`
      : html`<ol class="log-list" aria-label=${msg('Loggbok, nyeste først', { id: 'task-ladder.log.list' })}>
          ${entries.map((entry) => html`<li class="log-entry">${renderLogSummary(entry, locale, view.doc.participantLanguage, true)}</li>`)}
        </ol>`}
    <div class="actions">
      ${view.canLog ? html`<button type="button" class=${full ? '' : 'vk-primary'} ?autofocus=${silent && !full} aria-disabled=${full ? 'true' : nothing} aria-describedby=${full ?? nothing} @click=${(e: Event) => (full ? actions.switchView('log') : afterTake(e, () => actions.switchView('log')))}>${msg('Skriv i loggboka', { id: 'task-ladder.action.log' })}</button>${renderLogFull(full)}` : nothing}
      <button type="button" ?autofocus=${silent} @click=${() => actions.closePanel()}>${msg('Lukk', { id: 'task-ladder.action.close' })}</button>
    </div>
  </div>`;
}

/**
 * A recording saved (url) or removed (null) in the language the recorder names in its event (a
 * take's is the one it was recorded in; else `lang`, the participant language the recorder was
 * shown for): one task.update with the whole new `audio` (null when none is left). The recorder's
 * own event stays inside the widget.
 *
 * A take is audio in the language it was spoken in, and is worth keeping: a Tigrinya take under
 * review when the host changes the participant language to Arabic (or removes it) is saved as the
 * task's Tigrinya recording, as the plan board saves it — never written as the Arabic one. The
 * recorder named it "Opptak på tigrinja" until then, and shows the Arabic recording afterwards.
 * Saved or removed in a language that is not the participant language (now), the announcement
 * names it: "Vaske gulv: lydopptak på tigrinja lagret"; else "Vaske gulv: lydopptak lagret".
 *
 * A take kept by "Lagre nivå" arrives after its conversion, when the host may meanwhile have
 * removed the task, or made the ladder read-only or participant mode: the recorder is then gone
 * from the details, but this listener, bound by the last render that showed it, still hears it. So
 * what may be written is read from the element now: nothing is written, the recorder (where still
 * shown) shows "Opptaket kunne ikke lagres i planen." and the ladder says those words once, as the
 * board does. A host that cancels the task.update hears the element's "Endring avbrutt. …" instead.
 */
function saveRecording(view: LadderView, actions: PanelActions, event: VkRecordingEvent, task: Task, lang: string): void {
  // Internal to the widget: the host hears the vk-change, not the recorder's own event.
  event.stopPropagation();
  const doc = actions.editableDocument();
  const current = doc && doc.phases.flatMap((phase) => phase.tasks).find((t) => t.id === task.id);
  if (!current) {
    actions.announce(msg('Opptaket kunne ikke lagres i planen.', { id: 'plan-board.announce.voice-failed' }));
    return event.preventDefault();
  }
  lang = event.detail.lang || lang;
  const url = event.detail.url;
  // As on the board (core `withEntry`): a take goes under the key the task has for its language in
  // any letter case (`TI` stays `TI`: tags are case-insensitive); a removal leaves none for `lang` in any case.
  const next = withEntry(current.audio ?? {}, lang, url ?? '');
  const audio = Object.keys(next).length > 0 ? next : null;
  if (!actions.commit({ type: 'task.update', taskId: task.id, changes: { audio } })) return event.preventDefault();
  const title = isolate(taskName(view.doc, task, view.locale));
  const other = otherLanguage(doc, lang);
  actions.announce(
    url
      ? other
        ? msg(str`${title}: lydopptak på ${other} lagret`, { id: 'task-ladder.announce.recorded-in' })
        : msg(str`${title}: lydopptak lagret`, { id: 'task-ladder.announce.recorded' })
      : other
        ? msg(str`${title}: lydopptak på ${other} fjernet`, { id: 'task-ladder.announce.recording-removed-in' })
        : msg(str`${title}: lydopptak fjernet`, { id: 'task-ladder.announce.recording-removed' }),
  );
}

/**
 * The participant-language recording of a task (adviser mode): `<vk-audio-recorder>` for `lang`
 * (the participant language, or, when the host removed it while
 * the recorder held a take, the language the recorder was for, so the take is not lost with it),
 * loaded lazily by the element when a panel with it opens. It shows the recording of exactly that
 * language, the one its buttons replace or remove (as the board's), not one read aloud in its
 * stead (`audioFor`: the base language's, or Persian for Dari).
 */
function renderRecorder(view: LadderView, actions: PanelActions, task: Task, lang: string): TemplateResult {
  const name = languageName(lang);
  // The recorder is the one group named for the language ("Opptak på arabisk"): a group around it
  // named by this title said it again, before the record button ("Ta opp på arabisk") a third time.
  return html`<div class="recording">
    <p class="panel-title" aria-hidden="true">${msg(str`Lydopptak på ${isolate(name)}`, { id: 'task-ladder.recording.title' })}</p>
    <vk-audio-recorder
      lang=${lang}
      .languageName=${name}
      .value=${(task.audio && own(task.audio, lang)) ?? null}
      @vk-recording=${(e: VkRecordingEvent) => saveRecording(view, actions, e, task, lang)}
    ></vk-audio-recorder>
  </div>`;
}

/**
 * The recorder is a lazy part: its module loads the first time a panel shows it (and again on each
 * panel shown until it has: a failed import is fetched again, whatwg/html#10327). Called, not a
 * bare import: bundlers that trust `sideEffects` drop a lazy chunk's top-level define. Module-level,
 * not an arrow inside `panelShown()`: that arrow would share its context (with the ladder), and
 * the pending import would keep every ladder opened and removed before the chunk arrived reachable.
 * `settled` gets the error, or `loaded` true.
 */
export function loadRecorder<T extends object>(ladder: WeakRef<T>, settled: (ladder: T, error: unknown, loaded?: boolean) => void): void {
  import('../core/recorder.js').then(
    ({ defineRecorder }) => {
      defineRecorder();
      const el = ladder.deref();
      if (el) settled(el, null, true);
    },
    (error: unknown) => {
      const el = ladder.deref();
      if (el) settled(el, error);
    },
  );
}

/** Per ladder, the last panel use that showed a recorder (`panelShown`'s `again`: that view of that task, opened again). */
const recorderUses = new WeakMap<object, () => void>();

/**
 * The recorder's chunk loaded, or could not be: the ladder says so (core/announcer.ts; `announcer` is the element's). Its notice's
 * "Prøv igjen" asks for the recorder again and, once it is in, opens the panel that showed it without it again (`recorderRetried`);
 * not before: failing again, no panel takes focus from the button, and the words are said again. Before 8 Dec 2026 the notice only
 * said to reload the page, though the next panel shown asked again.
 */
function recorderSettled(ladder: object, error: unknown, loaded?: boolean): void {
  const { announcer } = ladder as { announcer: { loadRecovered(part: string): void; loadFailed(error: unknown, part: string, retry: () => void): void } };
  if (loaded) announcer.loadRecovered('recorder');
  else announcer.loadFailed(error, 'recorder', () => loadRecorder(new WeakRef(ladder), recorderRetried));
}

/** "Prøv igjen"'s load settled: said as any; loaded, that use's panel opens, unless the user has meanwhile put focus elsewhere on the page or opened a panel. */
function recorderRetried(ladder: object, error: unknown, loaded?: boolean): void {
  recorderSettled(ladder, error, loaded);
  if (loaded && focusOurs(ladder as Element) && !(ladder as { panel?: unknown }).panel) recorderUses.get(ladder)?.();
}

/**
 * The ladder's `updated()` once its panel changed (moved here from the element: up-front bytes): the
 * popover opens beside the task's button (`anchor`), focus into it (or on its heading: `openHeadingFirst`); already open, a
 * switched view shows from its top (heading, legend), focus on its first field. A panel with a recorder loads the recorder's
 * chunk (`again`: this view of this task, opened again, for the load-failure notice's "Prøv igjen"); "Ta opp stemme" (the recorder
 * alone) focuses its record button.
 */
export function panelShown(ladder: HTMLElement, popover: PopoverController, panel: HTMLElement, anchor: HTMLElement | null, view: PanelView, onClose: () => void, again: () => void): void {
  const recorder = panel.querySelector('vk-audio-recorder');
  if (recorder) recorderUses.set(ladder, again), loadRecorder(new WeakRef(ladder), recorderSettled);
  if (!popover.isOpen) {
    if (anchor) void openHeadingFirst(popover, anchor, panel, view, () => (onClose(), focusTitleIfNoTask(ladder.shadowRoot!, panel)));
  } else {
    panel.scrollTop = 0;
    if (focusOurs(ladder)) firstFocusable(panel)?.focus({ preventScroll: true });
  }
  if (recorder && view === 'record') void focusRecorder(recorder);
}

/** "Ta opp stemme" opened the recorder alone: its record button takes focus once it is defined. */
export async function focusRecorder(recorder: HTMLElement): Promise<void> {
  // Not once the user has typed or pressed anywhere meanwhile (another field, a page control), as the board's.
  let acted = false;
  const watch = new AbortController();
  for (const type of ['keydown', 'pointerdown']) addEventListener(type, () => (acted = true), { capture: true, signal: watch.signal });
  await customElements.whenDefined('vk-audio-recorder');
  await (recorder as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  watch.abort();
  if (recorder.isConnected && !acted) recorder.shadowRoot?.querySelector<HTMLElement>('button:not([disabled])')?.focus();
}

/**
 * A new host document (`doc`) while `open`'s panel (`panel`) is shown: the ladder's willUpdate,
 * here in the lazy chunk (up-front bytes). Returns what the ladder says ('' nothing).
 *
 * Its task there (`live`): the open forms take their values from a snapshot; own edits and undo
 * keep it current; a host value that changes the task freezes it (`revision`: the ladder's
 * `hostRevision`), so the user's choices and typing are kept, and a notice offers the new values
 * ("Bruk de nye"); a host change elsewhere is taken silently. The ladder's mentor is no choice of
 * the user's: an untouched prefilled name follows it, silently (a typed one is the draft's, kept;
 * before 7 Dec 2026 the old name stayed, and Save signed with it). The participant language
 * removed: `languageRemoved`.
 *
 * Its task gone, the document kept (a host's sync, another adviser): the panel stays, `removed`
 * (the notice, Save refused, what was typed kept), as the plan board's card editor does; a take
 * in its recorder goes with the recorder (the microphone released), said: "Opptaket ble ikke
 * lagret." A document of `null` closes the panel (the ladder).
 */
export function documentChanged(open: OpenPanel, live: Task | undefined, doc: LadderDocument | null, panel: HTMLElement | null, revision: number): string {
  if (!live) {
    const dropped = !!doc && !open.removed && !!panel && holdsTake(panel);
    open.removed = !!doc;
    return dropped ? msg('Opptaket ble ikke lagret.', { id: 'task-ladder.announce.take-dropped' }) : '';
  }
  open.removed = false;
  open.mentor = doc?.mentor?.name;
  if (open.revision === revision || deepEqualJson(open.task, live)) {
    open.revision = revision;
    open.task = live;
  }
  // The participant language removed: a recorder holding a take stays (it is saved in its
  // language); one with none goes, said why (focus in it goes to the details: focusAfterChange).
  if (doc?.participantLanguage) open.takeLanguage = undefined;
  else return languageRemoved(open, panel);
  return '';
}

/**
 * "Fjern kvittering": one task.update with `signoff: null`, said as undo says it ("Vaske gulv: Ikke
 * kvittert ut"). The button is gone after the re-render: focus goes to the sign-off button that
 * replaced it (else the details), unless the user has put it elsewhere in them.
 */
function removeSignoff(view: LadderView, actions: PanelActions, task: Task, event: Event): void {
  const panel = (event.currentTarget as Element).closest<HTMLElement>('.vk-popover');
  if (!actions.editableDocument() || !task.signoff || !panel || !actions.commit({ type: 'task.update', taskId: task.id, changes: { signoff: null } })) return;
  actions.announce(msg(str`${isolate(taskName(view.doc, task, view.locale))}: ${signoffText({} as Task, view.locale)}`, { id: 'task-ladder.announce.level' }));
  const root = panel.getRootNode() as ShadowRoot;
  void (root.host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete.then(() => {
    if (!panel.contains(root.activeElement)) (firstFocusable(panel.querySelector<HTMLElement>('.actions')) ?? panel).focus();
  });
}

/** Said when the host made the ladder read-only while a form was open (it closed, its typing with it). */
export function viewOnlyMessage(): string {
  return msg('Skjemaet ble lukket: oppgavene kan nå bare ses, ikke endres.', { id: 'task-ladder.announce.view-only' });
}

/** Said when the host switched the ladder to participant mode while an adviser's form (level, sign-off, recording) was open. */
export function participantModeMessage(): string {
  return msg('Skjemaet ble lukket: i deltakervisning kan oppgaver leses opp og skrives i loggboka.', { id: 'task-ladder.announce.participant-mode' });
}

/**
 * The logbook form. Its radio groups commit nothing by themselves: Save (or Enter) adds one entry. Adviser mode: focus starts
 * on the checked author (the default), as the platform does for a radio group. The author the user chose is kept with the
 * draft, so a mode switch (the host) never checks the new mode's default over it; an author left alone follows the mode only
 * while the entry is empty (a mood or text kept in participant mode makes it the participant's). Participant mode offers no
 * author: the entry is the participant's (`by: "participant"`; a participant's device never writes in the mentor's or
 * adviser's name), and the form says so in one word, "Deltaker", as the card's log line does; focus starts on the first
 * face. A choice kept in the draft waits for adviser mode. The mood chosen is kept with the draft too. Save with neither a
 * mood nor a text says so under the faces' legend, above them (which, and the text, it marks invalid and describes until one
 * is chosen or something is written), focus on the first face, the message in view with it. The text's maxlength="5000"
 * counts UTF-16 code units (HTML), the entry text's 5,000 (boundedString) code points: what the field takes the schema
 * takes; a text of emoji (two units each) stops early, at 2,500 of them.
 */
function renderLogForm(view: LadderView, actions: PanelActions, task: Task, heading: TemplateResult): TemplateResult {
  const locale = view.locale;
  const { drafts } = actions;
  const draft = drafts.get(task.id);
  const author = draft?.by ?? 'adviser';
  // Read when the event comes (a choice made since the last render is in the map, not in `draft`). Participant mode's first mood or text makes the entry the participant's: a switch to adviser mode then checks "Deltaker", not its default (which saved it as the adviser's).
  const keep = (change: LogDraft, next: LogDraft = { ...drafts.get(task.id), ...change }): void => {
    if (view.participant) next.by ??= 'participant';
    drafts.set(task.id, next);
  };
  const empty = actions.formError === emptyLogError();
  // No author checked (a host's or script's doing: a radio is never unchecked by hand): said under the authors' legend, as the faces' message is.
  const by = actions.formError === byError();
  // Either field would do, so both went back: marked invalid and described by the message, as the sign-off's fields are.
  const described = empty ? 'form-error' : nothing;
  const invalid = empty ? 'true' : nothing;
  // The log filled while the form was open (a host value: a full log's buttons do not open it): its reason, where the user is, an alert (said as it
  // appears), not an edit "changed by someone else" at Save; the typed text stays, to be copied elsewhere. Save is refused with it (`submitLog`).
  const full = logFullId(task, 'form');
  return html`<form class="panel log-form" novalidate @keydown=${submitRadioOnEnter} @submit=${(e: SubmitEvent) => submitLog(view, actions, e, task)}>
    ${heading}${removedNotice(actions)}${full && !actions.removed ? html`<p class="form-error" role="alert">${renderLogFull(full)}</p>` : nothing}
    ${view.participant
      ? html`<p class="log-by">${logAuthorLabel('participant')}</p>`
      : html`<fieldset
          class="authors"
          @change=${(e: Event) => {
            keep({ by: (e.target as HTMLInputElement).value as LogAuthor });
            if (by) actions.setError('');
          }}
        >
          <legend>${msg('Hvem skriver?', { id: 'task-ladder.field.by' })}</legend>
          ${by ? formError(actions) : nothing}
          ${logAuthors.map((who) => {
            const label = logAuthorLabel(who);
            return html`<label class="choice"><input type="radio" name="by" value=${who} .checked=${who === author} ?autofocus=${who === author} aria-invalid=${by ? 'true' : nothing} aria-describedby=${by ? 'form-error' : nothing} /><span ${fitWord(label)}>${label}</span></label>`;
          })}
        </fieldset>`}
    <fieldset
      class="moods"
      @change=${(e: Event) => {
        keep({ mood: Number((e.target as HTMLInputElement).value) as Mood });
        if (empty) actions.setError('');
      }}
    >
      <legend>${msg('Hvordan gikk det?', { id: 'task-ladder.field.mood' })}</legend>
      ${empty ? formError(actions) : nothing}
      ${moods.map((mood) => {
        const picture = resolvePictogram(`vk:mood-${mood}`, locale);
        return html`<label class="choice"><input type="radio" name="mood" value=${mood} .checked=${mood === draft?.mood} aria-invalid=${invalid} aria-describedby=${described} />${renderPictogram(`vk:mood-${mood}`, locale, true)}<span>${picture?.alt ?? mood}</span></label>`;
      })}
    </fieldset>
    ${view.participant ? nothing : dateField(actions, task, 'date')}
    <label class="field"
      ><span>${msg('Hva gjorde du? Hva lærte du? (valgfritt)', { id: 'task-ladder.field.text' })}</span>
      <textarea
        name="text"
        maxlength="5000"
        lang=${locale}
        dir="auto"
        aria-invalid=${invalid}
        aria-describedby=${described}
        .value=${draft?.text ?? ''}
        @input=${(e: InputEvent) => {
          const text = (e.target as HTMLTextAreaElement).value;
          keep({ text });
          if (empty && text.trim()) actions.setError('');
        }}
      ></textarea>
    </label>
    ${empty || by || actions.formError === dateError() ? nothing : formError(actions)}
    <div class="actions">
      <button type="submit" class=${full || actions.removed ? '' : 'vk-primary'} aria-disabled=${full || actions.removed ? 'true' : nothing} aria-describedby=${actions.removed ? 'removed-notice' : (full ?? nothing)}>${msg('Lagre', { id: 'task-ladder.action.save' })}</button>
      <button type="button" @click=${() => actions.closePanel()}>${msg('Avbryt', { id: 'task-ladder.action.cancel' })}</button>
    </div>
  </form>`;
}

/**
 * The logbook form's submit: one log.add; the task's draft is done with. An entry needs a mood or a
 * text (the contract makes each optional, not both absent in what the form adds): with neither,
 * nothing is committed and the form says what is missing, focus on the first face.
 */
function submitLog(view: LadderView, actions: PanelActions, event: SubmitEvent, task: Task): void {
  event.preventDefault();
  if (!view.canLog) return;
  if (actions.removed) return refuseRemoved(actions, event);
  const element = event.target as HTMLFormElement;
  // A full log (filled while the form was open): the reason the form shows said again, the form and its text kept, focus where it was.
  const full = logFullId(task, 'form') && element.querySelector('.log-full')?.textContent;
  if (full) return actions.announce(full);
  const form = new FormData(element);
  // Participant mode: the participant's entry, whatever a script put in the form.
  const by = view.participant ? 'participant' : (String(form.get('by') ?? '') as LogAuthor);
  const date = String(form.get('date') ?? todayIso());
  const mood = Number(form.get('mood'));
  const felt = (moods as readonly number[]).includes(mood);
  const text = String(form.get('text') ?? '').trim();
  if (!logAuthors.includes(by)) return refuse(actions, element, byError(), 'input[name="by"]');
  if (!felt && !text) return refuse(actions, element, emptyLogError(), 'input[name="mood"]');
  if (!DATE_PATTERN.test(date)) return refuse(actions, element, dateError(), 'input[name="date"]');
  const entry: LogEntry = {
    date,
    by,
    ...(felt ? { mood: mood as Mood } : {}),
    ...(text ? { text } : {}),
  };
  if (actions.commit({ type: 'log.add', taskId: task.id, entry })) {
    actions.drafts.delete(task.id);
    actions.closePanel();
    actions.announce(msg(str`${isolate(taskName(view.doc, task, view.locale))}: lagret i loggboka`, { id: 'task-ladder.announce.log' }));
  }
}
