/**
 * The calendar's keyboard (WAI-ARIA APG grid and listbox patterns): days in the month/week grid,
 * sessions inside a day, the agenda list; while a session is picked up, keys go to `CalendarMoves`.
 */
import { msg } from '@lit/localize';
import { focusInView, isRtl } from '../core/roving-focus.js';
import type { IsoDate } from '../core/types.js';
import { historyShortcut } from '../core/history-keys.js';
import { addDays, startOfWeek } from './calendar-dates.js';
import type { CalendarApi, CalendarMoves } from './calendar-moves.js';
import type { CalendarView } from './course-calendar.types.js';

/** What the keyboard needs of the moves (which load on first use: `pickUp` may act once they have). */
export type MovesAccess = Pick<CalendarMoves, 'pickedUp' | 'onGrabKeydown' | 'pickUp'>;

export interface KeyboardApi extends CalendarApi {
  goTo(date: IsoDate, focusDay: boolean): void;
  /** The focus date one period back/forward, keeping the intended day of month. */
  step(direction: -1 | 1): IsoDate;
  focusDayLater(date: IsoDate): void;
  openSession(id: string): void;
  openDay(date: IsoDate): void;
  /** The agenda's roving item (`<session>@<date>`). */
  setAgendaActive(key: string): void;
  /** Renders every agenda piece (a long month renders in batches). */
  showAllAgenda(): Promise<void>;
}

/** The grid's keyboard help, its description (`aria-describedby="grid-hint"`). */
export function gridHint(view: CalendarView): string {
  return view === 'week'
    ? msg('Piltaster flytter mellom dager. Page Up og Page Down bytter uke. Enter går til dagens økter.', { id: 'course-calendar.hint.week' })
    : msg('Piltaster flytter mellom dager. Page Up og Page Down bytter måned. Enter går til dagens økter.', { id: 'course-calendar.hint.month' });
}

/** A session's keyboard help (`aria-describedby="session-hint"`): picking up and resizing only when editable. */
export function sessionHint(editable: boolean, lifted: boolean): string {
  // Lifted, Space and Enter drop it: the pick-up words would name the wrong keys (screen-reader QA #11).
  if (lifted) return msg('Piltastene flytter økten, Shift og pil opp eller ned endrer slutten. Mellomrom eller Enter slipper den, Escape legger den tilbake.', { id: 'course-calendar.hint.lifted' });
  return editable
    ? msg('Enter åpner økten. Mellomrom plukker opp økten for å flytte den; Shift og pil opp eller ned endrer slutten.', { id: 'course-calendar.hint.session-edit-resize' })
    : msg('Enter åpner økten.', { id: 'course-calendar.hint.session' });
}

function visible(elements: Iterable<HTMLElement>): HTMLElement[] {
  return Array.from(elements).filter((el) => el.checkVisibility());
}

/**
 * Where ↓/↑/Home/End go in a vertical list (the agenda, a day's "+N flere" list; WAI-ARIA APG):
 * the index after or before `index`, the first, or `last`; null for any other key.
 */
export function listKeyTarget(key: string, index: number, last: number): number | null {
  if (key === 'ArrowDown') return index + 1;
  if (key === 'ArrowUp') return index - 1;
  if (key === 'Home') return 0;
  return key === 'End' ? last : null;
}

export class CalendarKeyboard {
  constructor(
    private readonly api: KeyboardApi,
    private readonly moves: MovesAccess,
  ) {}

  /** A button clicks on Space's keyup; on a session Space picks up, it does not open. */
  onKeyup(event: KeyboardEvent): void {
    if (event.key === ' ' && (event.composedPath()[0] as HTMLElement).closest?.('[data-session]')) event.preventDefault();
  }

  /** Disabled, or a key with Alt, Ctrl or ⌘: not the calendar's; but Ctrl+Z and Ctrl+Y while picked up put it back first (`onGrabKeydown`). */
  #notOurs(event: KeyboardEvent): boolean {
    return this.api.disabled() || ((event.altKey || event.ctrlKey || event.metaKey) && !(this.moves.pickedUp && historyShortcut(event)));
  }

  onGridKeydown(event: KeyboardEvent): void {
    if (this.#notOurs(event)) return;
    // Space acts once per press, as a button's: a held key's repeats would pick up and drop a session in turn.
    if (event.key == ' ' && event.repeat) return event.preventDefault();
    if (this.moves.pickedUp) {
      this.moves.onGrabKeydown(event);
      return;
    }
    const target = event.composedPath()[0] as HTMLElement;
    const control = target.closest?.<HTMLElement>('[data-session], [data-more]');
    if (control) {
      this.#onSessionKeydown(event, control);
      return;
    }
    const cell = target.closest?.<HTMLElement>('.day');
    if (cell?.dataset.date) this.#onDayKeydown(event, cell.dataset.date);
  }

  #onDayKeydown(event: KeyboardEvent, date: IsoDate): void {
    const api = this.api;
    const rtl = isRtl(api.host);
    const month = api.view() === 'month';
    let next: IsoDate | null = null;
    switch (event.key) {
      case 'ArrowRight':
        next = addDays(date, rtl ? -1 : 1);
        break;
      case 'ArrowLeft':
        next = addDays(date, rtl ? 1 : -1);
        break;
      case 'ArrowDown':
        if (month) next = addDays(date, 7);
        break;
      case 'ArrowUp':
        if (month) next = addDays(date, -7);
        break;
      case 'Home':
        next = startOfWeek(date);
        break;
      case 'End':
        next = addDays(startOfWeek(date), 6);
        break;
      case 'PageUp':
      case 'PageDown': {
        event.preventDefault();
        const stepped = api.step(event.key === 'PageUp' ? -1 : 1);
        api.setDate(stepped);
        api.focusDayLater(stepped);
        return;
      }
      // Space as Enter: into the day's sessions (and no page scroll, a button's default).
      case ' ':
      case 'Enter': {
        event.preventDefault();
        const cell = api.dayCell(date);
        const first = visible(cell?.querySelectorAll<HTMLElement>('[data-session], [data-more]') ?? [])[0];
        // None: as a click there (a name cut in it opens the day's list).
        if (first) focusInView(first);
        else cell?.click();
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    if (next) api.goTo(next, true);
  }

  /** The visible session and "+N" controls of the cell around `control`, in order. */
  #siblings(control: HTMLElement): HTMLElement[] {
    const container = control.closest('.day') ?? control.closest('.agenda');
    return visible(container?.querySelectorAll<HTMLElement>('[data-session], [data-more]') ?? []);
  }

  #onSessionKeydown(event: KeyboardEvent, control: HTMLElement): void {
    const siblings = this.#siblings(control);
    const index = siblings.indexOf(control);
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const next = siblings[index + (event.key === 'ArrowDown' ? 1 : -1)];
        if (next) focusInView(next);
        return;
      }
      case 'Escape': {
        event.preventDefault();
        const day = control.closest<HTMLElement>('.day');
        if (day) focusInView(day);
        return;
      }
      case 'Tab': {
        // Chromium's Tab from a tabindex=-1 control inside a shadow root went on from the host:
        // into the shadow tree again, to the first toolbar button. From the grid's Tab stop it
        // leaves the calendar as it should (Shift+Tab already reached the day cell).
        if (!event.shiftKey) control.closest('[role="grid"]')?.querySelector<HTMLElement>('.day[tabindex="0"]')?.focus({ preventScroll: true });
        return;
      }
      case 'Enter':
      case ' ': {
        event.preventDefault();
        if (control.dataset.more) this.api.openDay(control.dataset.more);
        else if (control.dataset.session) {
          if (event.key === 'Enter') this.api.openSession(control.dataset.session);
          else this.moves.pickUp(control);
        }
        return;
      }
      default:
        if (event.key.startsWith('Arrow') || event.key.startsWith('Page') || event.key === 'Home' || event.key === 'End') event.preventDefault();
    }
  }

  onAgendaKeydown(event: KeyboardEvent): void {
    const api = this.api;
    if (this.#notOurs(event)) return;
    if (event.key == ' ' && event.repeat) return event.preventDefault();
    if (this.moves.pickedUp) {
      this.moves.onGrabKeydown(event);
      return;
    }
    const control = (event.composedPath()[0] as HTMLElement).closest?.<HTMLElement>('[data-session]');
    if (!control?.dataset.session) return;
    const pieces = (): HTMLElement[] => Array.from(api.host.renderRoot.querySelectorAll<HTMLElement>('.agenda [data-session]'));
    const all = pieces();
    const index = all.indexOf(control);
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (event.key === 'Enter') api.openSession(control.dataset.session);
      else this.moves.pickUp(control);
      return;
    }
    const next = listKeyTarget(event.key, index, Number.POSITIVE_INFINITY);
    if (next === null) return;
    event.preventDefault();
    const more = api.host.renderRoot.querySelector('[data-action="agenda-more"]');
    if (next >= all.length && more) {
      // Past the rendered pieces: render the rest, then go on.
      void api.showAllAgenda().then(() => {
        const fresh = pieces();
        this.#focusAgenda(fresh[Math.min(next, fresh.length - 1)]);
      });
      return;
    }
    this.#focusAgenda(all[next < all.length ? next : event.key === 'End' ? all.length - 1 : -1]);
  }

  #focusAgenda(target: HTMLElement | undefined): void {
    if (!target?.dataset.session) return;
    this.api.setAgendaActive(`${target.dataset.session}@${target.dataset.on}`);
    focusInView(target);
  }

  onAgendaFocus(event: FocusEvent): void {
    const control = (event.target as HTMLElement).closest?.<HTMLElement>('[data-session]');
    if (control?.dataset.session) this.api.setAgendaActive(`${control.dataset.session}@${control.dataset.on}`);
  }
}
