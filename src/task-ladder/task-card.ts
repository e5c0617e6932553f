import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { bilingual, nameLocale } from '../core/bilingual.js';
import { formatDate } from '../core/dates.js';
import { uiDigits } from '../core/digits.js';
import { renderPictogram, resolvePictogram } from '../core/pictograms.js';
import { baseLanguage, directionOf, isolate, nameOf, resolvedLocale } from '../core/text.js';
import { writtenLang } from '../core/written-lang.js';
import { fitWord } from '../core/word-fit.js';
import { namedText } from '../core/names.js';
import { getLocale } from '../core/localize.js';
import { withPart } from '../core/lang-part.js';
import { latestLogEntry, logNewestFirst, nextLevel } from './task-ladder.model.js';
import { languageName, levelLabel, logAuthorLabel } from './labels.js';
import { openingWords } from '../core/pending-open.js';
import type { LadderView } from './ladder-view.js';
import { logFullId, renderLogFull } from './ladder-limits.js';
import type { LadderDocument, LogEntry, Task } from './task-ladder.types.js';

/**
 * A task's name for the text locale `locale`, for its card, details, read-aloud button and announcements: its title as a
 * line of the card shows it (core `nameLocale`, WCAG 2.5.3) — the UI language's where shown, else the Norwegian first line
 * (a Ukrainian UI, an Arabic participant: "Ta oppvasken", not the Ukrainian title no line shows, as before 7 Dec 2026) — or,
 * a title empty in every language (`""`, `{}`), its pictogram's word ("Oppvask"), else "Oppgave 2" (its place in its
 * phase, 1-based), so no task and no sentence about one is nameless.
 */
export function taskName(doc: LadderDocument, task: Task, locale: string): string {
  return nameOf(task.title, nameLocale(locale, doc.participantLanguage), () => resolvePictogram(task.pictogram, locale)?.alt.trim() || msg(str`Oppgave ${uiDigits(Math.max(0, ...doc.phases.map((p) => p.tasks.findIndex((t) => t.id === task.id))) + 1)}`, { id: 'task-ladder.task-fallback' }));
}

/** The `lang` of `taskName`: the title's line it quotes (a fallback, "Oppgave 2", is in the UI locale: isolated at worst). */
const taskNameLang = (doc: LadderDocument, task: Task, locale: string): string => resolvedLocale(task.title, nameLocale(locale, doc.participantLanguage));

/**
 * "Kvittert ut av Kari Nordmann, 2. mars 2026", name and date isolated for RTL text. For the
 * participant (`participant`) in plain words: "Godkjent av Kari Nordmann, 2. mars 2026" ("kvittere
 * ut" is the adviser's and mentor's word; the details say "Ikke godkjent ennå" themselves).
 */
export function signoffText(task: Task, locale: string, participant?: boolean): string {
  const signoff = task.signoff;
  if (!signoff) return msg('Ikke kvittert ut', { id: 'task-ladder.signoff.none' });
  const by = isolate(signoff.by);
  const date = isolate(formatDate(signoff.date, locale));
  return participant ? msg(str`Godkjent av ${by}, ${date}`, { id: 'task-ladder.signoff.done-participant' }) : msg(str`Kvittert ut av ${by}, ${date}`, { id: 'task-ladder.signoff.done' });
}

/** `signoffText` for the page: its date (in the text locale) marked with that locale's `lang`. */
export function signoffLine(task: Task, locale: string, participant?: boolean): TemplateResult | string {
  const text = signoffText(task, locale, participant);
  return task.signoff ? withPart(text, formatDate(task.signoff.date, locale), locale) : text;
}

/**
 * One log entry on one line: mood pictogram, date · author: text (each part isolated). The text
 * (typed, with no language of its own) carries the language its letters tell, with that language's
 * direction (core `writtenLang`: `ar` for an Arabic participant's Arabic, `nb` for a note in Latin
 * letters, `""` where it cannot be told). `fit` (the details' list, each entry a size container): a
 * long word in the text is drawn a little smaller rather than split (core/word-fit.ts); the card's
 * two-line preview clips instead.
 */
export function renderLogSummary(entry: LogEntry, locale: string, participantLanguage?: string, fit = false): TemplateResult {
  const mood = entry.mood !== undefined ? renderPictogram(`vk:mood-${entry.mood}`, locale) : null;
  const lang = entry.text ? writtenLang(entry.text, participantLanguage, locale) : undefined;
  return html`${mood}<span
    ><bdi lang=${locale}>${formatDate(entry.date, locale)}</bdi> · ${logAuthorLabel(entry.by)}${entry.text
      ? html`: <bdi class="log-text" lang=${lang ?? nothing} dir=${lang ? directionOf(lang) : nothing} ${fit ? fitWord(entry.text) : nothing}>${entry.text}</bdi>`
      : nothing}</span
  >`;
}

/**
 * What the task button's name says of the latest log entry: "Siste loggføring 7. des. 2026", the date marked with the text
 * locale. Not the entry (up to 5,000 characters, drawn clamped to two lines): a screen reader says the name on every arrow
 * key (screen-reader QA #2: 827 characters). The entry is read in the details' logbook.
 */
function latestLogName(entry: LogEntry, locale: string): TemplateResult | string {
  const date = formatDate(entry.date, locale);
  return withPart(msg(str`Siste loggføring ${isolate(date)}`, { id: 'task-ladder.latest-log' }), date, locale);
}

/**
 * A pointer shortcut's name: its visible words, then the task it acts on ("Kvitter ut (Vaske
 * gulv)"), so a list of buttons says which task each belongs to. An `aria-label` rather than
 * visually hidden text: nothing more to lay out on every card. A name in another language than the
 * UI's (`lang`: a Tigrinya UI quoting the Norwegian line) is isolated: an `aria-label` has no `lang`.
 */
function named(label: string, title: string, lang: string): string {
  return `${label} (${baseLanguage(lang) == baseLanguage(getLocale()) ? title : isolate(title)})`;
}

/**
 * The same words about the participant language on every card it concerns, made once per language
 * and UI locale: "Ingen stemme for arabisk — ta opp en" (the adviser's prompt, `prompt`) or
 * "Ingen lyd på arabisk" (the participant's badge), the name isolated for bidi.
 */
function aboutLanguage(lang: string, prompt: boolean): string {
  const key = `${prompt} ${lang} ${getLocale()}`;
  let text = languageTexts.get(key);
  if (text === undefined) {
    const name = isolate(languageName(lang));
    languageTexts.set(key, (text = prompt ? msg(str`Ingen stemme for ${name} — ta opp en`, { id: 'task-ladder.no-voice' }) : msg(str`Ingen lyd på ${name}`, { id: 'task-ladder.no-sound-in' })));
  }
  return text;
}
const languageTexts = new Map<string, string>();

/**
 * Case 2 of the read-aloud rule (one rule with the plan board): the participant language of a task
 * whose Norwegian line can be heard but not its line in that language (no recording; no text in it,
 * or no voice for it: `silentInParticipantLanguage`). The read button stays enabled and reads what
 * it can; the participant's card says "Ingen lyd på tigrinja", so nobody presses and silently misses
 * their language. A Norwegian participant language has no such case (its `silentInParticipantLanguage`
 * is "nothing can be heard": case 3, the aria-disabled button).
 */
export function silentLanguage(view: LadderView, task: Task): string | undefined {
  const lang = view.doc.participantLanguage;
  return lang && view.silentInParticipantLanguage(task) && view.audible(task) ? lang : undefined;
}

/**
 * The read-aloud button: named by its action, "Les opp", with the task, in every state, as the
 * plan board's column button: while it reads it is `aria-pressed="true"` (a second press stops)
 * and its speaker turns into a stop square (CSS). Where nothing can be heard it keeps that name (a
 * speech-input user says the words they see, a screen reader hears the same button) with a
 * crossed-out speaker, `aria-disabled`, and why as its description (`#read-unavailable`, the
 * words a press announces).
 */
/**
 * A card's pointer shortcut (`tabindex="-1"`) clicked with a pointer runs `action` with focus on its
 * card's task (the roving stop), where the arrow keys work, as a keyboard user would have it. Before
 * 7 Dec 2026 the click left focus on the shortcut itself, and the arrows did nothing until Tab. A
 * press without a pointer (`detail` 0: Enter on a shortcut a script or assistive technology focused)
 * keeps focus where it is (a full log's refusal, log-limit.test.ts).
 */
function fromCard(action: () => void): (event: MouseEvent) => void {
  return (event) => {
    if (event.detail > 0) (event.currentTarget as HTMLElement).closest('.task')?.querySelector<HTMLElement>('.task-button')?.focus({ preventScroll: true });
    action();
  };
}

export function renderReadAloud(view: LadderView, task: Task, tabIndex: number): TemplateResult {
  const audible = view.audible(task);
  const label = msg('Les opp', { id: 'task-ladder.read' });
  return html`<button type="button" class="read-control" tabindex=${tabIndex} aria-label=${named(label, taskName(view.doc, task, view.locale), taskNameLang(view.doc, task, view.locale))} aria-pressed=${view.speaking === task.id ? 'true' : 'false'} aria-disabled=${audible ? nothing : 'true'} aria-describedby=${audible ? nothing : 'read-unavailable'} @click=${tabIndex < 0 ? fromCard(() => view.read(task)) : () => view.read(task)}>${label}</button>`;
}

/** What only paper shows: a line for the mentor's sign-off, the whole logbook. */
function renderPrintOnly(task: Task, locale: string, participantLanguage?: string): TemplateResult {
  return html`${task.signoff
    ? nothing
    : html`<p class="print-only" aria-hidden="true">${msg('Kvittert ut av: ____________________  Dato: __________', { id: 'task-ladder.print.signoff' })}</p>`}
  ${task.log && task.log.length > 0
    ? html`<p class="print-only" aria-hidden="true">${msg('Loggbok', { id: 'task-ladder.logbook' })}</p>
        <ol class="print-log" aria-hidden="true">
          ${logNewestFirst(task).map((entry) => html`<li>${renderLogSummary(entry, locale, participantLanguage)}</li>`)}
        </ol>`
    : nothing}`;
}

/**
 * A task card: the focusable body (pictogram, bilingual title, level, sign-off, latest log entry)
 * and the row of pointer shortcuts under it. In participant mode a tap on the body reads the task
 * aloud; in adviser mode it opens the details.
 */
export function renderTaskCard(view: LadderView, task: Task): TemplateResult {
  const { doc, locale } = view;
  const title = taskName(doc, task, locale);
  const lang = taskNameLang(doc, task, locale);
  const latest = latestLogEntry(task);
  const next = nextLevel(task.level);
  const speaking = view.speaking === task.id;
  const unheard = view.unheard === task.id;
  const partly = view.participant ? silentLanguage(view, task) : undefined;
  // "Ingen stemme for tigrinja — ta opp en" (adviser, a task not heard in the participant language), else false.
  const noVoice = view.canRecord && doc.participantLanguage !== undefined && view.silentInParticipantLanguage(task) && aboutLanguage(doc.participantLanguage, true);
  const controls = !view.disabled && (view.canAssess || view.canLog || view.participant);
  const nextText = msg(str`Neste nivå: ${levelLabel(next)}`, { id: 'task-ladder.action.next-level' });
  const signoffLabel = msg('Kvitter ut', { id: 'task-ladder.action.signoff' });
  const logLabel = msg('Skriv i loggboka', { id: 'task-ladder.action.log' });
  const full = logFullId(task, 'card');
  return html`<li part="task" class="task" data-level=${task.level} ?data-reading=${speaking}>
    <button
      type="button"
      part="task-button"
      class="task-button"
      data-key=${task.id}
      aria-describedby=${view.participant && !view.audible(task) ? 'hint-silent' : 'hint'}
      aria-disabled=${view.disabled ? 'true' : nothing}
      aria-pressed=${view.participant ? (speaking ? 'true' : 'false') : nothing}
      @click=${() => view.activate(task)}
    >
      ${renderPictogram(task.pictogram, locale, true)}
      <span class="task-text">
        <span class="task-title bi">${bilingual(namedText(task.title, locale, title), locale, doc.participantLanguage)}</span>
        <span part="level" class="level"><span>${levelLabel(task.level)}</span></span>
        ${view.opening === task.id ? html`<span class="opening" aria-hidden="true">${openingWords()}</span>` : nothing}
        ${task.signoff ? html`<span class="signoff">${signoffLine(task, locale, view.participant)}</span>` : nothing}
        ${latest ? html`<span class="latest-log" aria-hidden="true">${renderLogSummary(latest, locale, doc.participantLanguage)}</span><span class="vk-visually-hidden">${latestLogName(latest, locale)}</span>` : nothing}
        ${unheard
          ? html`<span class="no-sound">${msg('Ingen lyd for denne ennå', { id: 'task-ladder.no-sound' })}</span>`
          : partly
            ? html`<span class="no-sound">${aboutLanguage(partly, false)}</span>`
            : nothing}
      </span>
    </button>

    <div class="task-controls">${controls
      ? html`${view.canAssess && task.level !== 'independent'
          ? html`<button type="button" class="level-control" tabindex="-1" aria-label=${named(nextText, title, lang)} @click=${fromCard(() => view.setLevel(task, next))}>${nextText}</button>`
          : nothing}${view.canAssess && !task.signoff
          ? html`<button type="button" class="signoff-control" tabindex="-1" aria-label=${named(signoffLabel, title, lang)} @click=${fromCard(() => view.openPanel('signoff', task.id))}>${signoffLabel}</button>`
          : nothing}${noVoice
          ? html`<button type="button" class="record-control no-voice" tabindex="-1" aria-label=${named(noVoice, title, lang)} @click=${fromCard(() => view.openPanel('record', task.id))}>${noVoice}</button>`
          : nothing}${view.canLog
          ? html`<button type="button" class="log-control" tabindex="-1" aria-label=${named(logLabel, title, lang)} aria-disabled=${full ? 'true' : nothing} aria-describedby=${full ?? nothing} @click=${fromCard(() => view.openPanel('log', task.id))}>${logLabel}</button>${renderLogFull(full)}`
          : nothing}${view.participant ? renderReadAloud(view, task, -1) : nothing}`
      : nothing}</div>
    ${view.printing ? renderPrintOnly(task, locale, doc.participantLanguage) : nothing}
  </li>`;
}
