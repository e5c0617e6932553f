/**
 * "Plan a course" (adviser / edit mode): a modal dialog where a coordinator picks the course, the
 * first and last date, and per weekday the kind and times ("10 weeks from 2 March: Monday theory,
 * Tuesday Norwegian, Wednesday–Friday practice"). A preview lists the sessions, and the holidays and
 * closed days skipped, by name; "Legg til" adds them all in ONE `sessions.add` operation, so one
 * undo removes them all. Loaded with `import()` on first use.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDate } from '../core/dates.js';
import { uiCount, uiDigits } from '../core/digits.js';
import { isolate, resolveText } from '../core/text.js';
import { nameLang } from '../core/names.js';
import type { IsoDate } from '../core/types.js';
import { addDays, datesIn, isoWeekday, keepFocusDate } from './calendar-dates.js';
import { holidayName, holidaysBetween } from './holidays.js';
import { expandWeeklyPattern, type PatternDay } from './patterns.js';
import { courseName, kindLabel, timeMarkup } from './session-chip.js';
import type { CalendarContext } from './calendar-parts.js';
import { isPluralOne } from '../core/plural.js';
import { fitWord } from '../core/word-fit.js';
import { historyShortcut } from '../core/history-keys.js';
import { popoverStyles } from '../core/popover.styles.js';
import { detailsStyles } from './session-popover.styles.js';
import { patternStyles } from './pattern-dialog.styles.js';
import { stickyEnds } from '../core/sticky-ends.js';
import { fullReason } from './calendar-limits.js';
import { SESSION_LIMIT } from './course-calendar.model.js';
import { sessionKinds, type ScheduleDocument, type Session, type SessionKind } from './course-calendar.types.js';

interface DayRow {
  readonly on: boolean;
  readonly kind: SessionKind;
  readonly start: string;
  readonly end: string;
}

export interface PatternDialogOptions {
  readonly host: HTMLElement & { requestUpdate(): void; readonly renderRoot: HTMLElement | DocumentFragment; readonly updateComplete: Promise<boolean> };
  readonly locale: () => string;
  /** The date the dialog starts from (the calendar's focus date). */
  readonly firstDate: () => IsoDate;
  readonly close: () => void;
  /** Commits the sessions (one `sessions.add`); false when the host refused. */
  readonly add: (sessions: Session[]) => boolean;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
/** The longest period one plan may cover: a year (366 days; a mistyped year made 25,000 sessions). */
const MAX_DAYS = 366;

/** What the form cannot plan, by field: shown at the field, live, and focused on "Legg til". */
interface Problems {
  /** The period (first and last day). */
  readonly range?: string;
  /** No weekday chosen. */
  readonly days?: string;
  /** Per chosen weekday whose times cannot make a session. */
  readonly rows: ReadonlyMap<number, string>;
}
/** Why nothing can be planned: the document has no course (the host's value removed them while the dialog was open). */
const noCourses = (): string => msg('Kalenderen har ingen kurs lenger, så ingenting kan planlegges.', { id: 'course-calendar.plan.no-courses' });
const defaultKinds: Record<number, SessionKind> = { 1: 'theory', 2: 'language', 3: 'practice', 4: 'practice', 5: 'practice', 6: 'other', 7: 'other' };

/**
 * The dialog's styles (with the form layout it shares with the details popover, and the popover's
 * sheet for a refused field's look), adopted by the calendar on first open (each sheet once).
 */
export const styles = [popoverStyles, detailsStyles, patternStyles];

/** The dialog's state and markup; the calendar renders it and calls `updated()` after each render. */
export class PatternDialog {
  #courseId = '';
  /**
   * The course the adviser chose when the host removed it, and what the dialog shows about it by the
   * course menu ("… finnes ikke lenger. Valgt kurs: …"): until they pick a course, or it comes back
   * (chosen again). Not only in the hidden status: a sighted adviser would add sessions to a course they did not pick.
   */
  #goneId = '';
  #gone = '';
  #from: IsoDate = '';
  #last: IsoDate = '';
  #days = new Map<number, DayRow>();
  #opened = false;
  #error = '';
  /**
   * The preview's count ("3 økter") as last said (`#said`, the dialog's status) or, before anything
   * was said, as the dialog opened with (`#heard`): said again only when a field commits (see
   * `render`), so half-typed dates ("0002-…", "0020-…") are not read out as counts.
   */
  #heard: string | undefined;
  #said = '';
  /** The document the dialog last showed; `#kept`: the one it showed when the host closed it (disabled, read-only: `updated`). */
  #shown: ScheduleDocument | null = null;
  #kept: ScheduleDocument | null = null;

  constructor(private readonly options: PatternDialogOptions) {}

  /**
   * Starts afresh: the first course shown (not one hidden in the legend, whose planned sessions
   * would not appear), from the focus date, ten weeks.
   */
  reset(doc: ScheduleDocument | null, hidden: ReadonlySet<string> = new Set()): void {
    // Closed by the host's disabled or readonly (a disabled control keeps its value): what was
    // chosen and typed comes back, once, while the document is as it was (never in `value`).
    const kept = this.#kept;
    this.#kept = null;
    this.#opened = false;
    if (kept && JSON.stringify(kept) === JSON.stringify(doc)) return;
    this.#courseId = (doc?.courses.find((c) => !hidden.has(c.id)) ?? doc?.courses[0])?.id ?? '';
    this.#goneId = this.#gone = '';
    const first = this.options.firstDate();
    this.#from = first;
    // Ten weeks, or up to 31 December 9999 (a document's last day) when that comes first.
    this.#last = keepFocusDate(addDays(first, 7 * 10 - 1));
    this.#days = new Map(WEEKDAYS.map((d) => [d, { on: d <= 5, kind: defaultKinds[d], start: '09:00', end: d <= 5 ? '14:30' : '12:00' }]));
    this.#opened = false;
    this.#error = '';
    this.#heard = undefined;
    this.#said = '';
  }

  /** After the calendar rendered: open the modal once and focus its first field. */
  updated(): void {
    const host = this.options.host;
    const dialog = host.renderRoot.querySelector<HTMLDialogElement>('dialog.pattern');
    // Gone while open, not by its own close (`#close`): the host made the calendar disabled or read-only.
    if (!dialog && this.#opened && host.matches(':disabled, [readonly]')) [this.#kept, this.#opened] = [this.#shown, false];
    if (dialog && dialog.isConnected && !this.#opened) {
      this.#opened = true;
      if (!dialog.open) dialog.showModal();
      stickyEnds(dialog, 'h2', 'form > .popover-actions');
      dialog.querySelector<HTMLElement>('select, input')?.focus();
    }
  }

  /** What the form cannot plan (nothing: every field can). */
  problems(): Problems {
    const rows = new Map<number, string>();
    for (const [weekday, row] of this.#days) {
      if (row.on && !(/^\d\d:\d\d$/.test(row.start) && /^\d\d:\d\d$/.test(row.end) && row.start !== row.end))
        rows.set(weekday, msg('Velg start og slutt; de kan ikke være like.', { id: 'course-calendar.plan.error.time' }));
    }
    // A year past 9999 (or before 1000) typed into a date field is no day a document holds: not chosen ("10000-01-05" also sorted before "9999-…").
    const range = [this.#from, this.#last].some((date) => !date || keepFocusDate(date) !== date)
      ? msg('Velg første og siste dag.', { id: 'course-calendar.plan.error.dates' })
      : this.#last < this.#from
        ? msg('Siste dag kan ikke være før første dag.', { id: 'course-calendar.plan.error.range' })
        : (Date.parse(this.#last) - Date.parse(this.#from)) / 86_400_000 + 1 > MAX_DAYS
          ? msg('Velg en periode på høyst ett år.', { id: 'course-calendar.plan.error.long' })
          : undefined;
    const days = [...this.#days.values()].some((row) => row.on) ? undefined : msg('Velg minst én ukedag.', { id: 'course-calendar.plan.error.days' });
    return { rows, ...(range ? { range } : {}), ...(days ? { days } : {}) };
  }

  /**
   * The sessions the form describes, the dates skipped with their names, and how many of the
   * described sessions the document already has (same course, start and end): those are not added
   * again, so planning the same weeks twice never doubles them.
   */
  preview(doc: ScheduleDocument, problems = this.problems()): { sessions: Session[]; skipped: Array<{ date: IsoDate; names: string[] }>; existing: number } {
    if (!this.#courseId || problems.range) return { sessions: [], skipped: [], existing: 0 };
    const end = addDays(this.#last, 1);
    const invalid = problems.rows;
    const days: PatternDay[] = [...this.#days]
      .filter(([weekday, row]) => row.on && !invalid.has(weekday))
      .map(([weekday, row]) => ({ weekday, kind: row.kind, start: row.start, end: row.end }));
    const taken = new Set([...doc.courses.map((c) => c.id), ...doc.sessions.map((s) => s.id)]);
    let n = 1;
    let sessions: Session[] = [];
    // Ids unique in the whole document (contract §5): bump the prefix until none collides.
    for (;;) {
      sessions = expandWeeklyPattern({ courseId: this.#courseId, days }, { from: this.#from, to: end, closedDays: doc.closedDays ?? [], idPrefix: `${this.#courseId}-plan${n}` });
      if (!sessions.some((s) => taken.has(s.id))) break;
      n++;
    }
    const planned = new Set(doc.sessions.map((s) => `${s.courseId} ${s.start} ${s.end}`));
    const all = sessions.length;
    sessions = sessions.filter((s) => !planned.has(`${s.courseId} ${s.start} ${s.end}`));
    const locale = this.options.locale();
    const holidays = holidaysBetween(this.#from, end);
    const weekdays = new Set(days.map((d) => d.weekday));
    const skipped: Array<{ date: IsoDate; names: string[] }> = [];
    for (const date of datesIn(this.#from, end)) {
      if (!weekdays.has(isoWeekday(date))) continue;
      const names: string[] = [];
      const holiday = holidays.get(date);
      if (holiday) names.push(holidayName(holiday, locale));
      for (const closed of doc.closedDays ?? []) if (closed.date === date) names.push(resolveText(closed.title, locale));
      if (names.length > 0) skipped.push({ date, names });
    }
    return { sessions, skipped, existing: all - sessions.length };
  }

  #set(change: () => void): void {
    change();
    this.#error = '';
    this.options.host.requestUpdate();
  }

  #row(weekday: number): DayRow {
    return this.#days.get(weekday) ?? { on: false, kind: 'theory', start: '09:00', end: '14:30' };
  }

  #submit(doc: ScheduleDocument, event: Event): void {
    event.preventDefault();
    // No course left to plan (the host's value removed them all): "Legg til" is aria-disabled; pressed, it says why again.
    if (doc.courses.length === 0) return this.#sayAgain(noCourses());
    const problems = this.problems();
    const invalid = this.options.host.renderRoot.querySelector<HTMLElement>('dialog.pattern [aria-invalid="true"]');
    if (problems.range || problems.days || problems.rows.size > 0) {
      // Each problem stands at its field already (live); focus the first, the message read with it.
      invalid?.focus();
      return;
    }
    const { sessions, existing } = this.preview(doc, problems);
    if (sessions.length === 0) {
      this.#error =
        existing > 0
          ? msg('Alle øktene i denne planen finnes allerede i kalenderen.', { id: 'course-calendar.plan.all-existing' })
          : msg('Ingen økter å legge til. Velg minst én ukedag og en periode.', { id: 'course-calendar.plan.none' });
      this.options.host.requestUpdate();
      return;
    }
    // More than the document may hold (its session limit): said here, where the user is, not as an edit "changed by someone else".
    if (doc.sessions.length + sessions.length > SESSION_LIMIT) {
      this.#error = fullReason(doc);
      this.options.host.requestUpdate();
      return;
    }
    if (this.options.add(sessions)) this.#close();
  }

  /** Says `words` in the dialog's status, also when they are the words it said last (emptied, then set once drawn). */
  #sayAgain(words: string): void {
    const host = this.options.host;
    this.#said = '';
    host.requestUpdate();
    void host.updateComplete.then(() => {
      this.#said = words;
      host.requestUpdate();
    });
  }

  #close(): void {
    this.options.host.renderRoot.querySelector<HTMLDialogElement>('dialog.pattern')?.close();
    this.#opened = false;
    this.options.close();
  }

  render(doc: ScheduleDocument, ctx: CalendarContext): TemplateResult {
    const locale = ctx.locale;
    // The host's new document no longer has the chosen course (another adviser removed it): the first
    // course still there is chosen, and said. Before, the menu showed another course while the plan
    // kept the old one, and every "Legg til" was refused as "changed by someone else". Shown by the
    // menu too (`#gone`); the adviser's course back (the host's undo), it is chosen again and nothing
    // is left saying it is gone.
    if (this.#goneId && doc.courses.some((c) => c.id === this.#goneId)) [this.#courseId, this.#goneId, this.#gone, this.#said] = [this.#goneId, '', '', ''];
    if (!doc.courses.some((c) => c.id === this.#courseId)) {
      const gone = this.#shown?.courses.find((c) => c.id === this.#courseId);
      const next = doc.courses[0];
      this.#courseId = next?.id ?? '';
      if (gone) {
        this.#goneId ||= gone.id;
        this.#gone = next ? msg(str`${isolate(courseName(gone, this.#shown!.courses, locale))} finnes ikke lenger. Valgt kurs: ${isolate(courseName(next, doc.courses, locale))}.`, { id: 'course-calendar.plan.course-gone' }) : '';
        this.#said = this.#gone || noCourses();
      }
    }
    this.#shown = doc;
    const empty = doc.courses.length === 0;
    const problems = this.problems();
    const { sessions, skipped, existing } = this.preview(doc, problems);
    const count = (n: number): string =>
      isPluralOne(n) ? msg(str`${uiCount(n)} økt`, { id: 'course-calendar.session-count.one' }) : msg(str`${uiCount(n)} økter`, { id: 'course-calendar.session-count' });
    const heading = count(sessions.length);
    this.#heard ??= heading;
    // The preview's count, said once a field commits: a checkbox or menu at once (change), a date or
    // time when focus leaves it (Chromium fires change at each typed digit of a date or time).
    // Not as it closes: removed, its focused field's focusout came in the calendar's render (a
    // count changed by the host's value, "0 økter", asked for another render inside that one).
    const say = (): void => {
      const now = count(this.preview(doc).sessions.length);
      if (now === this.#heard || !this.#opened) return;
      this.#heard = this.#said = now;
      this.options.host.requestUpdate();
    };
    const invalid = (problem: string | undefined): 'true' | typeof nothing => (problem ? 'true' : nothing);
    const described = (problem: string | undefined, id: string): string | typeof nothing => (problem ? id : nothing);
    const weekdayName = (weekday: number): string => formatDate(addDays('2026-03-09', weekday - 1), locale, { weekday: 'long' });
    const title = msg('Planlegg kurs fra en ukeplan', { id: 'course-calendar.plan.title' });
    const skippedLabel = msg('Hoppes over:', { id: 'course-calendar.plan.skipped' });
    // After the days skipped (or the line on sessions already there), the list of sessions has a label of its own: it read as more days skipped (QA, pass 57).
    const addedLabel = msg('Økter som legges til:', { id: 'course-calendar.plan.added' });
    // The chosen course's whole name, wrapped, under the menu in a narrow dialog (styles): a native
    // select draws it on one line, cut ("Прибирання т…" at 200 % text on a phone). Hidden from
    // assistive technology, which reads it whole in the menu.
    const chosen = doc.courses.find((c) => c.id === this.#courseId);
    const chosenName = chosen ? courseName(chosen, doc.courses, locale) : '';
    // Modal: the calendar behind it is inert, so its undo and redo (Ctrl+Z, Ctrl+Y) wait until it is closed.
    return html`<dialog class="pattern" part="dialog" aria-labelledby="pattern-title" @cancel=${(e: Event) => (e.preventDefault(), this.#close())} @keydown=${(e: KeyboardEvent) => historyShortcut(e) && e.stopPropagation()}>
      <form method="dialog" @submit=${(e: Event) => this.#submit(doc, e)} @focusout=${say} @change=${(e: Event) => (e.target as HTMLInputElement).matches('[type=date], [type=time]') || say()}>
        <h2 id="pattern-title" aria-level=${Math.min(6, ctx.level + 1)} ${fitWord(title)}>${title}</h2>
        <label class="field"
          ><span>${msg('Kurs', { id: 'course-calendar.plan.course' })}</span
          ><select name="course" aria-describedby=${this.#gone ? 'pattern-course-gone' : nothing} @change=${(e: Event) => this.#set(() => ([this.#courseId, this.#goneId, this.#gone, this.#said] = [(e.target as HTMLSelectElement).value, '', '', this.#gone ? '' : this.#said]))}>
            ${doc.courses.map((c) => html`<option value=${c.id} ?selected=${c.id === this.#courseId} lang=${nameLang(c.title, locale)}>${courseName(c, doc.courses, locale)}</option>`)}
          </select
          >${chosen ? html`<span class="pattern-chosen" aria-hidden="true" lang=${nameLang(chosen.title, locale)} ${fitWord(chosenName)}>${chosenName}</span>` : nothing}</label
        >${this.#gone ? html`<p class="pattern-error" id="pattern-course-gone">${this.#gone}</p>` : nothing}
        <div class="times">
          <label class="field"
            ><span>${msg('Første dag', { id: 'course-calendar.plan.from' })}</span
            ><input type="date" name="from" min="1000-01-01" max="9999-12-31" required aria-invalid=${invalid(problems.range)} aria-describedby=${described(problems.range, 'pattern-range-error')} .value=${this.#from} @change=${(e: Event) => this.#set(() => (this.#from = (e.target as HTMLInputElement).value))}
          /></label>
          <label class="field"
            ><span>${msg('Siste dag', { id: 'course-calendar.plan.last' })}</span
            ><input type="date" name="last" min="1000-01-01" max="9999-12-31" required aria-invalid=${invalid(problems.range)} aria-describedby=${described(problems.range, 'pattern-range-error')} .value=${this.#last} @change=${(e: Event) => this.#set(() => (this.#last = (e.target as HTMLInputElement).value))}
          /></label>
          ${problems.range ? html`<p class="pattern-error" id="pattern-range-error">${problems.range}</p>` : nothing}
        </div>
        <fieldset class="pattern-days">
          <legend>${msg('Ukeplan', { id: 'course-calendar.plan.week' })}</legend>
          <p class="pattern-hint" id="pattern-hint">${msg('En slutt før start betyr at økten slutter neste dag.', { id: 'course-calendar.plan.overnight' })}</p>
          ${problems.days ? html`<p class="pattern-error" id="pattern-days-error">${problems.days}</p>` : nothing}
          ${WEEKDAYS.map((weekday) => {
            const row = this.#row(weekday);
            const name = weekdayName(weekday);
            const update = (patch: Partial<DayRow>): void => this.#set(() => this.#days.set(weekday, { ...row, ...patch }));
            const problem = problems.rows.get(weekday);
            const timeDescription = problem ? `pattern-error-${weekday} pattern-hint` : 'pattern-hint';
            return html`<div class="pattern-day" data-weekday=${weekday}>
              <label class="check"><input type="checkbox" name="on-${weekday}" aria-invalid=${invalid(problems.days)} aria-describedby=${described(problems.days, 'pattern-days-error')} .checked=${row.on} @change=${(e: Event) => update({ on: (e.target as HTMLInputElement).checked })} /><span lang=${locale}>${name}</span></label>
              <label class="pattern-field"
                ><span class="pattern-caption">${msg('Type', { id: 'course-calendar.field.kind' })}</span
                ><select name="kind-${weekday}" aria-label=${msg(str`Type, ${name}`, { id: 'course-calendar.plan.kind-of' })} ?disabled=${!row.on} @change=${(e: Event) => update({ kind: (e.target as HTMLSelectElement).value as SessionKind })}>
                  ${sessionKinds.map((k) => html`<option value=${k} ?selected=${k === row.kind}>${kindLabel(k)}</option>`)}
                </select></label
              >
              <label class="pattern-field"
                ><span class="pattern-caption">${msg('Start', { id: 'course-calendar.field.start' })}</span
                ><input type="time" name="start-${weekday}" step="900" aria-label=${msg(str`Start, ${name}`, { id: 'course-calendar.plan.start-of' })} aria-invalid=${invalid(problem)} aria-describedby=${timeDescription} ?disabled=${!row.on} .value=${row.start} @change=${(e: Event) => update({ start: (e.target as HTMLInputElement).value })}
              /></label>
              <label class="pattern-field"
                ><span class="pattern-caption">${msg('Slutt', { id: 'course-calendar.field.end' })}</span
                ><input type="time" name="end-${weekday}" step="900" aria-label=${msg(str`Slutt, ${name}`, { id: 'course-calendar.plan.end-of' })} aria-invalid=${invalid(problem)} aria-describedby=${timeDescription} ?disabled=${!row.on} .value=${row.end} @change=${(e: Event) => update({ end: (e.target as HTMLInputElement).value })}
              /></label>
              ${problem ? html`<p class="pattern-error pattern-row-error" id=${`pattern-error-${weekday}`}>${problem}</p>` : nothing}
            </div>`;
          })}
        </fieldset>
        <section class="pattern-preview" tabindex="0" aria-labelledby="pattern-preview-title">
          <h3 id="pattern-preview-title" aria-level=${Math.min(6, ctx.level + 2)}>${heading}</h3>
          ${skipped.length > 0
            ? html`<p ${fitWord(skippedLabel)}>${skippedLabel}</p>
                <ul class="pattern-skipped">
                  ${skipped.map((s) => html`<li data-skipped=${s.date} ${fitWord(s.names.join())}><bdi lang=${locale}>${ctx.fullDate(s.date)}</bdi>: <bdi lang=${locale}>${s.names.join(', ')}</bdi></li>`)}
                </ul>`
            : nothing}
          ${existing > 0 ? html`<p class="pattern-existing">${msg(str`Finnes allerede, legges ikke til igjen: ${uiCount(existing)}`, { id: 'course-calendar.plan.existing' })}</p>` : nothing}
          ${skipped.length > 0 || existing > 0 ? html`<p id="pattern-sessions-label" ${fitWord(addedLabel)}>${addedLabel}</p>` : nothing}
          <ol class="pattern-sessions" role="list" aria-labelledby=${skipped.length > 0 || existing > 0 ? 'pattern-sessions-label' : nothing}>
            ${sessions.map((s, i) => html`<li data-preview=${s.id}><span class="pattern-n" aria-hidden="true">${uiDigits(i + 1)}.</span><span><bdi lang=${locale}>${ctx.fullDate(s.start.slice(0, 10))}</bdi> ${timeMarkup(s, locale)} ${kindLabel(s.kind)}</span></li>`)}
          </ol>
        </section>
        <p class="vk-visually-hidden" role="status">${this.#said}</p>
        ${this.#error ? html`<p class="pattern-error" role="alert">${this.#error}</p>` : nothing}
        ${empty ? html`<p class="pattern-error" id="pattern-no-courses">${noCourses()}</p>` : nothing}
        <div class="popover-actions">
          <button type="submit" data-action="plan-add" aria-disabled=${empty || nothing} aria-describedby=${empty ? 'pattern-no-courses' : nothing}>${isPluralOne(sessions.length)
            ? msg(str`Legg til ${uiCount(sessions.length)} økt`, { id: 'course-calendar.plan.add.one' })
            : msg(str`Legg til ${uiCount(sessions.length)} økter`, { id: 'course-calendar.plan.add' })}</button>
          <button type="button" data-action="plan-cancel" @click=${() => this.#close()}>${msg('Avbryt', { id: 'course-calendar.plan.cancel' })}</button>
        </div>
      </form>
    </dialog>`;
  }
}

