/**
 * Moving and resizing sessions, by keyboard (pick up, arrows, Shift+↑/↓, drop) and by pointer
 * (drag a session; in week view drag its end edge), on the shared gesture model of
 * src/core/gesture.ts (one set of cancel rules: Escape, Tab, blur, a press elsewhere,
 * pointercancel, removal, a new host value).
 */
import type { Announcer } from '../core/announcer.js';
import type { ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { KeyboardGrabController, PointerDragController, type DragPoint } from '../core/gesture.js';
import { focusInView, focusOurs, isRtl } from '../core/roving-focus.js';
import { missingPart } from './calendar-parts.js';
import { isolate } from '../core/text.js';
import { historyShortcut } from '../core/history-keys.js';
import { nothingWords } from '../core/history-words.js';
import type { IsoDate } from '../core/types.js';
import { addDays, addMinutes, dateTimeAt, daysBetween, keepFocusDate, minutesOf } from './calendar-dates.js';
import { segmentsByDay } from './calendar-layout.js';
import { timesInRange } from './calendar-queries.js';
import { clock } from './session-chip.js';
import { gapNote } from './spring-gap.js';
import type { CalendarRange, CalendarView, ScheduleDocument, ScheduleOperation, Session, SessionTimes } from './course-calendar.types.js';
import type * as WeekViewModule from './week-view.js';

/** Snap of keyboard and pointer moves and resizes, minutes. */
export const SNAP = 15;

/**
 * How long (ms) a finger rests on a session before it lifts it for a drag, and how far (px) it may
 * wander meanwhile: a quicker or longer move is the page's scroll (or, two fingers, its zoom). The
 * sessions keep `touch-action: auto` for that; mouse and pen drag at once, as before.
 */
export const TOUCH_HOLD = 450;
const TOUCH_SLOP = 10;

/** A session being moved or resized: where it was and where it would land. */
export interface Grab {
  readonly sessionId: string;
  readonly from: SessionTimes;
  readonly to: SessionTimes;
  /**
   * The piece the user held, as days after the session's start day (1: a night session's piece
   * after midnight): focus stays on that piece through the pick-up, its moves, drop and cancel.
   */
  readonly piece?: number;
}
interface Drag extends Grab {
  readonly mode: 'move' | 'resize';
}

/** What the moves need from the calendar element. */
export interface CalendarApi {
  readonly host: HTMLElement & ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment; readonly canUndo: boolean; readonly canRedo: boolean; undo(): boolean; redo(): boolean };
  doc(): ScheduleDocument | null;
  editable(): boolean;
  disabled(): boolean;
  view(): CalendarView;
  range(): CalendarRange;
  setDate(date: IsoDate): void;
  revision(): number;
  announce(text: string): void;
  commit(operation: ScheduleOperation): boolean;
  /** "fredag 3. april 2026, Langfredag": the day with its holiday or closed-day names, as its cell names it. */
  fullDate(date: IsoDate): string;
  sessionName(session: Session): string;
  /** The session's course name, isolated ("⁨Renhold og smittevern⁩"). */
  courseName(session: Session): string;
  /** The end of these times as announced: "14:30", or "12. mars 02:00" past midnight (session-chip.ts `endText`). */
  endText(times: SessionTimes): string;
  /** The control showing a session: its piece on day `on` when shown, else its first piece on screen. */
  sessionControl(id: string, on?: IsoDate): HTMLElement | null;
  dayCell(date: IsoDate): HTMLElement | null;
  /** Focus this session (its piece on day `on`, when shown) after the next render. */
  focusSessionLater(id: string, on?: IsoDate): void;
  /** Sessions as drawn (hidden courses left out, the moving one where it would land). */
  visibleSessions(doc: ScheduleDocument): readonly Session[];
  weekView(): typeof WeekViewModule | null;
  /** Says that a lazy part could not be loaded, and no more once it has (core/announcer.ts `loadFailed`, `loadRecovered`); `message`, what was said last. */
  readonly announcer: Pick<Announcer, 'loadFailed' | 'loadRecovered' | 'message'>;
}

/** Listens for `types` on `target` (not passive: a `touchmove` may be prevented); returns what stops it. */
function listen<E extends Event>(target: EventTarget, types: readonly string[], listener: (event: E) => void, capture = false): () => void {
  const fn = listener as EventListener;
  for (const type of types) target.addEventListener(type, fn, { capture, passive: false });
  return () => types.forEach((type) => target.removeEventListener(type, fn, capture));
}

/** The day of the piece held (`grab.piece`) when the session has these times. */
function pieceOn(grab: Grab, times: SessionTimes): IsoDate {
  return addDays(times.start, grab.piece ?? 0); // (addDays reads the date of a date-time)
}

/** The piece `control` shows (its `data-on` day) as days after the session's start day: `Grab.piece`. */
function pieceOf(session: Session, control: HTMLElement): number {
  const on = control.dataset.on;
  return on ? daysBetween(session.start.slice(0, 10), on) : 0;
}

export class CalendarMoves {
  readonly #api: CalendarApi;
  readonly #grab: KeyboardGrabController<Grab>;
  readonly #drag: PointerDragController<Drag>;

  constructor(api: CalendarApi) {
    this.#api = api;
    this.#grab = new KeyboardGrabController<Grab>(api.host, {
      revision: api.revision,
      // While picked up, the held piece where it would land; after a cancel, where it is back.
      item: (grab) => api.sessionControl(grab.sessionId, pieceOn(grab, this.#grab.state ? grab.to : grab.from)),
      onCancel: (grab, reason) => {
        // Back to the session's own period, unless the host just chose the period shown.
        if (reason !== 'host-view') api.setDate(grab.from.start.slice(0, 10));
        // Escape and Tab keep focus on it: in the render that puts it back (the controller focuses it after that render, too late for the agenda's roving row: a second render).
        if (reason === 'escape' || reason === 'tab') api.focusSessionLater(grab.sessionId, pieceOn(grab, grab.from));
        api.announce(this.#cancelled(grab));
      },
    });
    this.#drag = new PointerDragController<Drag>(api.host, {
      revision: api.revision,
      // As the keyboard's: the piece pressed (`Grab.piece`), where it is back after a cancel or has landed after the drop.
      item: (drag) => api.sessionControl(drag.sessionId, pieceOn(drag, drag.from)),
      onMove: (drag, point) => ({ ...drag, to: drag.mode === 'resize' ? this.#resizeTarget(drag, point) : this.#moveTarget(drag, point) }),
      onDrop: (drag) => {
        this.#lifted = -1;
        // A drop that takes the session out of the period shown (a piece after midnight dragged
        // before it): to the session's own period, as a keyboard move goes, so focus stays on it.
        if (this.commitTimes(drag) && !timesInRange(drag.to, api.range())) api.setDate(drag.to.start.slice(0, 10));
      },
      onCancel: (drag) => {
        this.#lifted = -1;
        api.announce(this.#cancelled(drag));
      },
      // A narrow week scrolls sideways: a drag near its edge brings the other days in (and the page, its hours).
      autoScroll: () => api.host.renderRoot.querySelector<HTMLElement>('.week-scroll'),
    });
    // A finger held on a session: no context menu or text selection (Android's long press).
    api.host.addEventListener('contextmenu', (event) => (this.#unhold || this.#lifted >= 0) && event.preventDefault());
  }

  /** Ends a finger's rest on a session before it lifts it (`TOUCH_HOLD`). */
  #unhold: (() => void) | null = null;
  /** The finger (pointer id) that lifted a session by resting on it, until that drag ends; else -1. */
  #lifted = -1;
  /** The click after a lifted session is let go where it was: it does not open the details. */
  #heldClick = false;

  /** The session being moved or resized, with its preview times. */
  get moving(): Grab | null {
    return this.#grab.state ?? (this.#drag.dragging || this.#lifted >= 0 ? this.#drag.state : null);
  }

  /** The session the views draw even in a full day: the one moving, else the one moved last (dropped, undone, redone). */
  get keep(): string | null {
    return this.moving?.sessionId ?? this.#dropped;
  }
  set keep(id: string | null) {
    this.#dropped = id;
  }
  #dropped: string | null = null;
  /** The piece (`Grab.piece`) each session was last moved or resized by. */
  readonly #pieces = new Map<string, number>();

  /**
   * The day of the piece session `id` was last moved or resized by, where it is now: undo and redo
   * focus that piece when it is drawn (before, always the first: the day before a night piece held).
   */
  pieceDay(id: string): IsoDate | undefined {
    const session = this.#api.doc()?.sessions.find((s) => s.id === id);
    return session && addDays(session.start, this.#pieces.get(id) ?? 0);
  }

  /** True while a session is picked up by keyboard. */
  get pickedUp(): boolean {
    return this.#grab.active;
  }

  /** Call first in a session's click handler: true for the click that ends a drag. */
  consumeClick(): boolean {
    const held = this.#heldClick;
    this.#heldClick = false;
    return this.#drag.consumeClick() || held;
  }

  /**
   * A finger's move (`touchmove`, a listener that is not passive, there before the touch starts) over
   * the grids: while a session is lifted or dragged, it is the drag's, not the page's scroll.
   */
  touchMove(event: TouchEvent): void {
    if (!this.#drag.state) return;
    if (event.cancelable) event.preventDefault();
    // Not cancelable: the page scrolls with this finger whatever we do (the touch began as a fling's stop, or the
    // browser took it): the drag ends, put back and said, rather than stay lifted under a finger that scrolls.
    else this.#drag.cancel('pointercancel');
  }

  /**
   * Undo or redo while a session is picked up: it is put back first, as Escape does (announced,
   * nothing committed for it). Before, the pick-up went on out of sight after the undo moved
   * focus, and the next Space or Enter, on another session or a day, dropped it.
   */
  cancelPickUp(): void {
    this.#grab.cancel('program', false);
  }

  /** The document changed: a picked-up session that no longer exists is let go. */
  documentChanged(doc: ScheduleDocument | null): void {
    const grabbed = this.#grab.state;
    if (grabbed && !doc?.sessions.some((s) => s.id === grabbed.sessionId)) this.#grab.cancel('removed', false);
  }

  /**
   * After each render while a session is picked up: a host change (`view`, `date`, the width that
   * switches month to agenda) re-renders the calendar, and focus stays on the session where it is
   * drawn now (the moving keys go on from there); when the render drew no control for it, the
   * pick-up ends as Escape does, announced, without going back to its date (the host chose the
   * period). Before, the pick-up went on with focus on a day cell, and Space or Enter there
   * committed a move the user could not see. A period without it ends it before its render
   * (`beforeRender`); here what is left: a view that hides it (a narrow month's markers).
   *
   * A pointer drag too: its piece drawn in another day's column is a new control, and focus stayed
   * on the old one (now another piece) or fell to the grid's Tab stop (a day cell, said by screen
   * readers, followed by magnifiers) until the drop. It goes back to the piece held whenever that
   * is drawn, without scrolling under the pointer (while the preview is out of the week shown, the
   * Tab stop keeps it: nothing there is the session).
   */
  afterRender(): void {
    const grab = this.moving;
    if (!grab) return;
    const control = this.#api.sessionControl(grab.sessionId, pieceOn(grab, grab.to));
    const held = this.#grab.active;
    // No control for it: the host's view or date left it out (nothing for a drag), not while that view's module still loads ("Laster ukevisning …"): the next render draws it.
    if (!control) missingPart(this.#api.view(), false) || this.#grab.cancel('host-view', false);
    // Focus inside the calendar (also inside a host app's shadow root, where document.activeElement is that app) or lost.
    else if (!control.matches(':focus') && focusOurs(this.#api.host)) held ? focusInView(control) : control.focus({ preventScroll: true });
  }

  /**
   * Before each render: the piece held by keyboard (its session and day), which the agenda draws
   * even past the rows it has shown; null when nothing is held. When the period about to be shown
   * (`range`: the host's `date` or `view`) has no place for it, the pick-up ends here, as
   * `afterRender` ends it, in the render that shows that period. Before, it ended after that
   * render: a second render (Lit's change-in-update warning). So does a month drawn `narrow` (under 30em: markers, no
   * sessions to hold; before 8 Dec 2026 the pick-up ended after that render, a second one).
   */
  beforeRender(range: CalendarRange, narrow: boolean): { id: string; on: IsoDate } | null {
    const grab = this.#grab.state;
    const doc = this.#api.doc();
    if (!grab || !doc) return null;
    const held = this.#api.visibleSessions(doc).filter((s) => s.id === grab.sessionId);
    if (!(narrow && range.view === 'month') && segmentsByDay(held, range.start, range.end, 'every-day').size > 0) return { id: grab.sessionId, on: pieceOn(grab, grab.to) };
    this.#grab.cancel('host-view', false);
    return null;
  }

  /**
   * Before a render that takes a new host value: a pick-up ends now, as the gesture controller
   * would end it before that render (put back, said), so the agenda rows counted for that render
   * are the rows it draws, without the preview. Returns the piece it ends on (`Grab.piece` where
   * it was picked up), for focus to follow where the value has that session. `hostDate`: the host
   * set `date` with the value, and that date stays (as a host's date that ends a pick-up), not the
   * day it was picked up from.
   */
  hostValue(hostDate: boolean): { id: string; on: IsoDate } | undefined {
    const grab = this.#grab.state;
    if (grab && hostDate) this.#grab.cancel('host-view', false);
    else this.#grab.hostUpdate();
    return grab && !this.#grab.state ? { id: grab.sessionId, on: pieceOn(grab, grab.from) } : undefined;
  }

  /** Picks up by keyboard the session of `control`, the piece that has focus (`data-on` its day, see `Grab.piece`). */
  pickUp(control: HTMLElement): void {
    const api = this.#api;
    const id = control.dataset.session;
    const session = api.editable() && api.doc()?.sessions.find((s) => s.id === id);
    if (!session) return;
    const times = { start: session.start, end: session.end };
    this.#grab.pickUp({ sessionId: session.id, from: times, to: times, piece: pieceOf(session, control) });
    // Its piece that had focus: before, its first piece (a night session's on the day before) took it.
    api.focusSessionLater(session.id, control.dataset.on);
    api.announce(msg(str`Plukket opp ${api.sessionName(session)}. Piltaster flytter, mellomrom slipper, Escape avbryter.`, { id: 'course-calendar.announce.grabbed' }));
  }

  /** Keys while a session is picked up (Escape and Tab are the gesture controller's). */
  onGrabKeydown(event: KeyboardEvent): void {
    const api = this.#api;
    const grab = this.#grab.state;
    if (!grab) return;
    const shortcut = historyShortcut(event);
    if (shortcut) {
      // Ctrl+Z or Ctrl+Y (calendar-keyboard.ts lets them through): put back first, whatever the history holds (the keyboard
      // table), and one message says both (two in one task: only the last is heard, announcer.ts), so the key stops here.
      event.preventDefault();
      event.stopPropagation();
      if (shortcut === 'undo' ? api.host.canUndo : api.host.canRedo) {
        // Put back as a commit puts back (cancelPickUp), then undo or redo: its words alone replaced the put-back's.
        const doc = api.doc();
        this.#grab.cancel('program', false);
        // Refused by the host (its vk-change listener called preventDefault: the same document): nothing
        // changed but the put-back, so focus stays with the session held, back where it was (before, the
        // chip drawn there was new and focus fell to its day), and the words say the undo was refused.
        if (!api.host[shortcut]() && api.doc() === doc) {
          api.focusSessionLater(grab.sessionId, pieceOn(grab, grab.from));
          return api.announce(`${this.#putBack(grab)} ${shortcut === 'undo' ? msg('Angre ble avvist. Ingenting ble endret.', { id: 'course-calendar.announce.undo-refused' }) : msg('Gjør om ble avvist. Ingenting ble endret.', { id: 'course-calendar.announce.redo-refused' })}`);
        }
        api.announce(`${this.#putBack(grab)} ${api.announcer.message}`);
        return;
      }
      // None: "Ingenting å angre." after the put-back, as Escape puts back.
      this.#grab.cancel('escape');
      api.announce(`${this.#cancelled(grab)} ${nothingWords(shortcut, false)}`);
      return;
    }
    const rtl = isRtl(api.host);
    const week = api.view() === 'week';
    let minutes = 0;
    let resize = 0;
    switch (event.key) {
      case 'ArrowRight':
        minutes = (rtl ? -1 : 1) * 1440;
        break;
      case 'ArrowLeft':
        minutes = (rtl ? 1 : -1) * 1440;
        break;
      case 'ArrowDown':
        if (event.shiftKey) resize = SNAP;
        else minutes = week ? SNAP : 7 * 1440;
        break;
      case 'ArrowUp':
        if (event.shiftKey) resize = -SNAP;
        else minutes = week ? -SNAP : -7 * 1440;
        break;
      case ' ':
      case 'Enter':
        event.preventDefault();
        this.#drop();
        return;
      default:
        return;
    }
    event.preventDefault();
    let to: SessionTimes;
    if (resize !== 0) {
      const end = addMinutes(grab.to.end, resize);
      if (daysBetween(grab.to.start.slice(0, 10), end.slice(0, 10)) * 1440 + minutesOf(end) - minutesOf(grab.to.start) < SNAP) {
        api.announce(msg('Økten kan ikke bli kortere.', { id: 'course-calendar.announce.too-short' }));
        return;
      }
      to = { start: grab.to.start, end };
    } else {
      to = { start: addMinutes(grab.to.start, minutes), end: addMinutes(grab.to.end, minutes) };
    }
    // Not past 9999-12-31 (nor before the year 1000): no document holds such a session, and the
    // focus date there would be today's, which ended the move far from it ("Flytting avbrutt").
    if (to.end.length > 16 || keepFocusDate(to.start.slice(0, 10)) !== to.start.slice(0, 10)) {
      api.announce(msg('Flyttingen ble avvist.', { id: 'course-calendar.announce.rejected' }));
      return;
    }
    this.#grab.set({ ...grab, to });
    api.setDate(to.start.slice(0, 10));
    api.focusSessionLater(grab.sessionId, pieceOn(grab, to));
    api.announce(this.placeText(to));
  }

  /** "tirsdag 10. mars 2026, 09:00–14:30": a session's day (as its cell names it) and times, for a move's steps and for undo and redo of a move. */
  placeText(to: SessionTimes): string {
    const api = this.#api;
    return msg(str`${isolate(api.fullDate(to.start.slice(0, 10)))}, ${isolate(clock(to.start))}–${api.endText(to)}`, { id: 'course-calendar.announce.position' });
  }

  /**
   * "Flytting avbrutt. …" with what is true of the session now. A host value that ended the move
   * may have removed it or given it other times: that is said (and where it is now, as the plan
   * board says where a card is), not "Økten er satt tilbake." (said of those too before 6 December).
   */
  #cancelled(grab: Grab): string {
    const now = this.#api.doc()?.sessions.find((s) => s.id === grab.sessionId);
    if (!now) return msg('Flytting avbrutt. Økten ble fjernet av noen andre.', { id: 'course-calendar.announce.cancelled-removed' });
    if (now.start !== grab.from.start || now.end !== grab.from.end) return msg(str`Flytting avbrutt. Økten ble flyttet av noen andre: ${this.placeText(now)}`, { id: 'course-calendar.announce.cancelled-moved' });
    return msg('Flytting avbrutt. Økten er satt tilbake.', { id: 'course-calendar.announce.cancelled' });
  }

  /**
   * Before an undo's or redo's words: the session let go, back where it was picked up ("Flytting avbrutt. Økten i
   * Renhold og smittevern er satt tilbake til tirsdag 10. mars 2026, 09:00–14:30.": focus goes to what the undo
   * changed). When the undo moved or removed that session itself, its words say where it is: "Flytting avbrutt.".
   */
  #putBack(grab: Grab): string {
    const now = this.#api.doc()?.sessions.find((s) => s.id === grab.sessionId);
    if (!now || now.start !== grab.from.start || now.end !== grab.from.end) return msg('Flytting avbrutt.', { id: 'course-calendar.announce.cancelled-plain' });
    return msg(str`Flytting avbrutt. Økten i ${this.#api.courseName(now)} er satt tilbake til ${this.placeText(now)}.`, { id: 'course-calendar.announce.cancelled-back' });
  }

  #drop(): void {
    const grab = this.#grab.drop();
    if (!grab || this.commitTimes(grab)) return;
    this.#api.setDate(grab.from.start.slice(0, 10));
  }

  /**
   * Commits a move (`session.move`) or, when only the end changed, a resize
   * (`session.update {changes: {end}}`). Returns false when nothing was committed. Focus goes to
   * the piece held (`Grab.piece`): where it landed, or where it stayed.
   */
  commitTimes(grab: Grab): boolean {
    const api = this.#api;
    const { from, to, sessionId } = grab;
    api.focusSessionLater(sessionId, pieceOn(grab, to));
    this.#dropped = sessionId;
    this.#pieces.set(sessionId, grab.piece ?? 0);
    if (to.start === from.start && to.end === from.end) {
      api.announce(msg('Økten ble ikke flyttet.', { id: 'course-calendar.announce.unmoved' }));
      return false;
    }
    const operation: ScheduleOperation = to.start === from.start ? { type: 'session.update', sessionId, changes: { end: to.end } } : { type: 'session.move', sessionId, from, to };
    if (!api.commit(operation)) {
      api.focusSessionLater(sessionId, pieceOn(grab, from)); // the piece held, where it stayed
      api.announce(msg('Flyttingen ble avvist.', { id: 'course-calendar.announce.rejected' }));
      return false;
    }
    const said =
      operation.type === 'session.update'
        ? msg(str`Slutter nå ${api.endText(to)}`, { id: 'course-calendar.announce.resized' })
        : msg(str`Flyttet til ${isolate(api.fullDate(to.start.slice(0, 10)))}, ${isolate(clock(to.start))}–${api.endText(to)}`, { id: 'course-calendar.announce.moved' });
    // Landed in the hour Oslo's clocks skip (02:00–02:59 on the last Sunday of March): said as the details' note says it.
    const gap = gapNote(to.start, to.end);
    api.announce(gap ? `${said}. ${gap}` : said);
    return true;
  }

  onPointerDown(event: PointerEvent): void {
    const api = this.#api;
    if (!api.editable() || event.button !== 0 || this.#grab.active || api.view() === 'agenda') return;
    const origin = event.composedPath()[0] as HTMLElement;
    const control = origin.closest?.<HTMLElement>('[data-session]');
    const id = control?.dataset.session;
    const session = id ? api.doc()?.sessions.find((s) => s.id === id) : undefined;
    if (!session || !control) return;
    const resize = api.view() === 'week' && !!origin.closest?.('[data-resize]');
    if (resize) event.preventDefault();
    const times = { start: session.start, end: session.end };
    // The piece pressed (a night session's piece after midnight): before, the drop and a cancel focused its first piece.
    const drag: Drag = { sessionId: session.id, from: times, to: times, mode: resize ? 'resize' : 'move', piece: pieceOf(session, control) };
    this.#unhold?.();
    this.#lifted = -1;
    if (event.pointerType === 'touch' && !event.isPrimary) return; // a second finger: the page's zoom
    // A finger lifts a session only after resting on it (the resize edge, a grip, at once): until 7 Dec 2026 it dragged
    // at once, with `touch-action: none`, so a flick that began on a session moved it and the page did not scroll.
    if (event.pointerType === 'touch' && !resize) this.#hold(event, drag);
    else this.#drag.begin(event, drag);
  }

  /** A finger on a session: lifts it after `TOUCH_HOLD` ms unless it moved, was raised or taken by the browser first. */
  #hold(event: PointerEvent, drag: Drag): void {
    const { pointerId, clientX: x, clientY: y } = event;
    // The finger's touch events go to the node it landed on, also once a render took that node out (the session
    // drawn on another day): its moves are held there too, till the finger is raised.
    const raised = listen(event.composedPath()[0], ['touchstart', 'touchmove', 'touchend', 'touchcancel'], (e: TouchEvent) => {
      // A touch that starts not cancelable is already the page's scroll (a finger that stops a fling, W3C Touch
      // Events and Chrome's fling rule): resting it there lifts nothing. Before, the session lifted and the page scrolled.
      if (e.type === 'touchstart') return void (e.cancelable || this.#unhold?.());
      if (e.type === 'touchmove') this.touchMove(e);
      else raised();
    });
    const timer = setTimeout(() => {
      this.#unhold?.();
      this.#lift(event, drag);
    }, TOUCH_HOLD);
    const off = listen(window, ['pointermove', 'pointerup', 'pointercancel'], (e: PointerEvent) => {
      if (e.pointerId === pointerId && (e.type !== 'pointermove' || Math.hypot(e.clientX - x, e.clientY - y) > TOUCH_SLOP)) this.#unhold?.();
    });
    this.#unhold = () => {
      clearTimeout(timer);
      off();
      this.#unhold = null;
    };
  }

  /**
   * The finger rested on the session: it is lifted (drawn picked up, said, focused) and follows the finger as a
   * drag. Let go without a move, it stays, said as a drop where it was ("Økten ble ikke flyttet.").
   */
  #lift(event: PointerEvent, drag: Drag): void {
    const api = this.#api;
    const session = api.doc()?.sessions.find((s) => s.id === drag.sessionId);
    const control = api.sessionControl(drag.sessionId, pieceOn(drag, drag.from));
    if (!api.host.isConnected || !session || !control || !api.editable() || api.disabled() || this.#grab.active || api.view() === 'agenda') return;
    this.#drag.begin(event, drag);
    this.#lifted = event.pointerId;
    control.focus({ preventScroll: true });
    api.host.requestUpdate();
    api.announce(msg(str`Plukket opp ${api.sessionName(session)}. Flytt fingeren dit økten skal, og slipp.`, { id: 'course-calendar.announce.lifted' }));
    const off = listen(window, ['pointerup', 'pointercancel'], (e: PointerEvent) => {
      if (e.pointerId !== event.pointerId) return;
      off();
      // Still lifted after the drag controller's release: it was not moved (a drop or a cancel ends the lift).
      if (e.type !== 'pointerup' || this.#lifted !== e.pointerId) return;
      this.#lifted = -1;
      // A click may follow, a frame or more later: taken by the next one, or forgotten at the next press or key.
      this.#heldClick = true;
      const forget = listen(window, ['pointerdown', 'keydown'], () => {
        this.#heldClick = false;
        forget();
      }, true);
      this.commitTimes(drag);
      api.host.requestUpdate();
    });
  }

  /** The day cell under a viewport point. */
  #cellAt(x: number, y: number): HTMLElement | undefined {
    const root = this.#api.host.renderRoot as ShadowRoot;
    return root.elementsFromPoint(x, y).find((el): el is HTMLElement => el instanceof HTMLElement && el.classList.contains('day') && !!el.dataset.date);
  }

  /** Where a moved session would land: the day under the pointer, and in week view the time. */
  #moveTarget(drag: Drag, point: DragPoint): SessionTimes {
    const startDate = drag.from.start.slice(0, 10);
    // The day of the piece pressed (not the cell now under the press point: the week may have scrolled since).
    const pressDate = addDays(startDate, drag.piece ?? 0);
    const date = this.#cellAt(point.x, point.y)?.dataset.date ?? pressDate;
    let minutes = 1440 * daysBetween(pressDate, date);
    if (this.#api.view() === 'week') {
      const root = this.#api.host.renderRoot;
      const height = root.querySelector<HTMLElement>('.week-day')?.getBoundingClientRect().height ?? 0;
      const hours = Number(root.querySelector<HTMLElement>('[data-hours]')?.dataset.hours ?? '11');
      if (height > 0) minutes += Math.round((point.dy * hours * 60) / height / SNAP) * SNAP;
    }
    return { start: addMinutes(drag.from.start, minutes), end: addMinutes(drag.from.end, minutes) };
  }

  /** Where a resized session would end: the time under the pointer in the column under it (15-minute snap). */
  #resizeTarget(drag: Drag, point: DragPoint): SessionTimes {
    const api = this.#api;
    const cell = this.#cellAt(point.x, point.y) ?? api.dayCell(drag.from.end.slice(0, 10)) ?? api.dayCell(drag.from.start.slice(0, 10));
    const doc = api.doc();
    const week = api.weekView();
    if (!cell?.dataset.date || !doc || !week) return drag.to;
    const range = api.range();
    // The axis as drawn now (with the preview), which is what the pointer is over.
    const axis = week.timeAxis(segmentsByDay(api.visibleSessions(doc), range.start, range.end, 'every-day'));
    const rect = cell.getBoundingClientRect();
    const minutes = week.minutesAt(axis, Math.min(1, Math.max(0, (point.y - rect.top) / rect.height)), SNAP);
    let end = dateTimeAt(cell.dataset.date, minutes);
    const earliest = addMinutes(drag.from.start, SNAP);
    if (end < earliest) end = earliest;
    return { start: drag.from.start, end };
  }
}
