/**
 * The calendar's edits from its toolbar and details popover (change, retime, delete, add a session;
 * plan a course from a pattern; download the iCalendar file): each is one operation committed
 * through the element, then announced. The pattern dialog loads with `import()` on first use.
 */
import type { CSSResult } from 'lit';
import type { Announcer } from '../core/announcer.js';
import { msg, str } from '@lit/localize';
import type { IsoDate } from '../core/types.js';
import { isPluralOne } from '../core/plural.js';
import { uiCount } from '../core/digits.js';
import { focusOurs, focusWhenUpdated } from '../core/roving-focus.js';
import { newSession, saveFile, sessionCourse } from './calendar-edits.js';
import { agendaNeighbour } from './calendar-queries.js';
import { addBlocked, fullReason } from './calendar-limits.js';
import type { PatternDialog, PatternDialogOptions } from './pattern-dialog.js';
import type { ScheduleDocument, ScheduleOperation, Session, SessionChanges } from './course-calendar.types.js';

/** What the edits need from the element. */
export interface EditingApi {
  readonly host: PatternDialogOptions['host'] & { readonly updateComplete: Promise<boolean> };
  doc(): ScheduleDocument | null;
  editable(): boolean;
  locale(): string;
  focusDate(): IsoDate;
  hiddenCourses(): ReadonlySet<string>;
  /** Shows a course the legend hides (its sessions are drawn again). */
  showCourse(courseId: string): void;
  commit(operation: ScheduleOperation): boolean;
  /** The id a session the last commit added has now: the host's own when it gave it one in its vk-change listener (VkElement's `landedId`). */
  landedId(sessionId: string): string;
  announce(text: string): void;
  /** Says that the pattern dialog's or the iCalendar writer's chunk could not be loaded, and no more once it has (core/announcer.ts). */
  readonly announcer: Pick<Announcer, 'loadFailed' | 'loadRecovered'>;
  setDate(date: IsoDate): void;
  openSession(id: string): void;
  /** Closes the details popover without moving focus. */
  closePopover(): void;
  /** After a delete: focus the session's day once drawn; in the agenda, the session `next` (its neighbour in the list). */
  focusDayAfterRemove(date: IsoDate, next?: string): void;
  setPatternOpen(open: boolean): void;
  adopt(styles: CSSResult | readonly CSSResult[]): void;
  exportICS(courses?: readonly string[]): Promise<string>;
}

export class CalendarEditing {
  /** Created on the first "plan a course". */
  patternDialog: PatternDialog | null = null;

  constructor(private readonly api: EditingApi) {}

  /** `said`: what the edit did, when the popover can say it ("Økten er avlyst."); else "Økten er endret.". */
  update(session: Session, changes: SessionChanges, said?: string): void {
    const api = this.api;
    if (!api.editable()) return;
    if (!api.commit({ type: 'session.update', sessionId: session.id, changes })) return;
    // Put in a course the legend hides (the details' "Kurs"): that course is shown, so the session stays in sight, as "Ny økt" does.
    if (typeof changes.courseId == 'string') api.showCourse(changes.courseId);
    api.announce(said ?? msg('Økten er endret.', { id: 'course-calendar.announce.updated' }));
  }

  remove(session: Session): void {
    const api = this.api;
    if (!api.editable()) return;
    const date = session.start.slice(0, 10);
    // In the list: the session after it takes focus, else the one before (read before it goes).
    const next = agendaNeighbour(api.host.renderRoot, [session.id]);
    // Named as an added session is ("Økten ⁨Renhold og smittevern⁩ er slettet."), read before it goes.
    const name = sessionCourse(api.doc(), session, api.locale());
    api.closePopover();
    if (api.commit({ type: 'session.remove', sessionId: session.id })) {
      api.announce(msg(str`Økten ${name} er slettet.`, { id: 'course-calendar.announce.removed-named' }));
      api.focusDayAfterRemove(date, next);
    }
  }

  addSession(): void {
    const api = this.api;
    const doc = api.doc();
    if (!api.editable() || !doc) return;
    // At the limit or with no course the button is aria-disabled: pressing it says why, and adds nothing.
    if (addBlocked(doc)) return api.announce(fullReason(doc));
    const hidden = api.hiddenCourses();
    const course = doc.courses.find((c) => !hidden.has(c.id)) ?? doc.courses[0];
    if (!course) return;
    // Every course hidden: the new session's course is shown, so the session and its details are
    // on screen (and Escape from them has a session to return to).
    api.showCourse(course.id);
    const session = newSession(doc, course.id, api.focusDate());
    if (api.commit({ type: 'session.add', session })) {
      api.announce(msg('Ny økt lagt til.', { id: 'course-calendar.announce.added' }));
      api.openSession(api.landedId(session.id));
    }
  }

  async openPattern(): Promise<void> {
    const api = this.api;
    if (!api.editable()) return;
    if (addBlocked(api.doc())) return api.announce(fullReason(api.doc()));
    if (!this.patternDialog) {
      let part: typeof import('./pattern-dialog.js');
      try {
        // Asked for on each use until it has loaded (a failed import is fetched again, whatwg/html#10327).
        part = await import('./pattern-dialog.js');
      } catch (error) {
        return api.announcer.loadFailed(error, 'pattern', () => void this.openPattern()); // "Prøv igjen": this press again (it opens from here: focus back on "Planlegg kurs" as it closes)
      }
      api.announcer.loadRecovered('pattern');
      // Taken out of the page while its code loaded: closed, as on removal (closePattern); opened
      // now, it was drawn but never shown once put back, and "Planlegg kurs" did nothing.
      if (!api.host.isConnected) return;
      const { PatternDialog, styles } = part;
      api.adopt(styles);
      this.patternDialog = new PatternDialog({
        host: api.host,
        locale: () => api.locale(),
        firstDate: () => api.focusDate(),
        close: () => this.closePattern(true),
        add: (sessions) => {
          // The host may have made the calendar read-only or disabled while the dialog was open.
          if (sessions.length === 0 || !api.editable()) return false;
          const ok = api.commit({ type: 'sessions.add', sessions });
          if (ok) {
            api.announce(isPluralOne(sessions.length) ? msg(str`La til ${uiCount(sessions.length)} økt.`, { id: 'course-calendar.announce.planned.one' }) : msg(str`La til ${uiCount(sessions.length)} økter.`, { id: 'course-calendar.announce.planned' }));
            api.setDate(sessions[0].start.slice(0, 10));
          }
          return ok;
        },
      });
      // Loaded after the user put focus elsewhere on the page (Tab on, a click): not opened, the modal would take it.
      if (!focusOurs(api.host)) return;
    }
    this.patternDialog.reset(api.doc(), api.hiddenCourses());
    api.setPatternOpen(true);
  }

  /**
   * Closes "Planlegg kurs"; with `restoreFocus`, focus goes back to its button, or (gone with
   * `readonly`, disabled without courses) to the calendar's Tab stop (`focus()`). Also when the
   * calendar is taken out of the page: the dialog left the top layer, and put back it was open but
   * no longer modal (the calendar behind it not inert, Escape doing nothing), until the page reloaded.
   */
  closePattern(restoreFocus: boolean): void {
    const api = this.api;
    api.setPatternOpen(false);
    if (restoreFocus) void focusWhenUpdated(api.host, () => api.host.renderRoot.querySelector<HTMLElement>('[data-action="plan"]:enabled') ?? api.host);
  }

  /**
   * "Last ned til kalender (.ics)": the courses shown (a course hidden in the legend is left out, as on screen).
   * The writer is a lazy chunk: when it cannot be fetched, the calendar says so (not an unhandled rejection).
   * While the file is written (in pieces, ics.ts `writeICS`: the page answers meanwhile) the button is
   * `aria-busy`, and a press meanwhile saves no second file; before 7 Dec 2026 the page froze while a
   * large file was written, and a press meanwhile saved it twice. The attribute is the state: no field. A writer that could not be
   * loaded is asked for again by the notice's "Prøv igjen" (`again`; core/announcer.ts `loadFailed`).
   */
  async download(again?: boolean): Promise<void> {
    const button = this.api.host.renderRoot.querySelector<HTMLElement>('[data-action="ics"]');
    if (button?.hasAttribute('aria-busy')) return;
    const shown = this.api.doc()?.courses.map((c) => c.id).filter((id) => !this.api.hiddenCourses().has(id));
    let ics: string;
    button?.setAttribute('aria-busy', 'true');
    try {
      ics = await this.api.exportICS(shown);
    } catch (error) {
      return this.api.announcer.loadFailed(error, 'ics', () => void this.download(true));
    } finally {
      button?.removeAttribute('aria-busy');
    }
    this.api.announcer.loadRecovered('ics');
    // From the notice's "Prøv igjen" (gone with the notice now): focus back on the button the use began on, unless the user went on meanwhile.
    if (again && focusOurs(this.api.host)) button?.focus();
    saveFile(this.api.host.renderRoot, ics, 'text/calendar;charset=utf-8', 'kurskalender.ics');
    this.api.announce(msg('Kalenderfilen kurskalender.ics er lastet ned.', { id: 'course-calendar.announce.downloaded' }));
  }
}
