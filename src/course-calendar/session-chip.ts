/** One session's control (a `<button>`) as every view draws it, and what the views share. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { resolvedLocale, resolveText, isolate } from '../core/text.js';
import { pictogramRegistry, renderPictogram } from '../core/pictograms.js';
import { formatDate } from '../core/dates.js';
import type { IsoDate } from '../core/types.js';
import type { Segment } from './calendar-layout.js';
import type { Course, Session, SessionKind } from './course-calendar.types.js';

export function kindLabel(kind: SessionKind): string {
  switch (kind) {
    case 'theory':
      return msg('Teori', { id: 'course-calendar.kind.theory' });
    case 'practice':
      return msg('Praksis', { id: 'course-calendar.kind.practice' });
    case 'language':
      return msg('Norsk', { id: 'course-calendar.kind.language' });
    case 'exam':
      return msg('Prøve', { id: 'course-calendar.kind.exam' });
    default:
      return msg('Annet', { id: 'course-calendar.kind.other' });
  }
}

export const kindPictograms: Record<SessionKind, string> = {
  theory: 'vk:course',
  practice: 'vk:work-practice',
  language: 'vk:norwegian-class',
  exam: 'vk:exam',
  other: 'vk:calendar',
};

/**
 * A chip's kind pictogram is decorative and the same for every chip of a kind: resolved once per
 * kind and locale (a month draws ~80 chips), again after the host registers pictograms or moves
 * their base (`pictogramRegistry` fires `change`).
 */
const chipPictograms = new Map<string, TemplateResult | null>();
pictogramRegistry.addEventListener('change', () => chipPictograms.clear());
function kindPictogram(kind: SessionKind, locale: string): TemplateResult | null {
  const key = `${kind}|${locale}`;
  let pictogram = chipPictograms.get(key);
  if (pictogram === undefined) {
    pictogram = renderPictogram(kindPictograms[kind], locale, true);
    chipPictograms.set(key, pictogram);
  }
  return pictogram;
}

/** What a view needs from the element to draw itself (built once per render). */
export interface ViewContext {
  readonly locale: string;
  readonly focusDate: IsoDate;
  readonly today: IsoDate;
  readonly disabled: boolean;
  readonly editable: boolean;
  /** The calendar is narrower than 480 px: month days show per-course markers instead of chips. */
  readonly narrow: boolean;
  /** The id of the session being moved or resized (always drawn), or null. */
  readonly moving: string | null;
  readonly courses: ReadonlyMap<string, Course>;
  /** Holiday and closed-day names by date. */
  readonly special: ReadonlyMap<IsoDate, readonly string[]>;
  /** "torsdag 12. mars 2026" */
  fullDate(date: IsoDate): string;
  readonly on: {
    keydown(event: KeyboardEvent): void;
    keyup(event: KeyboardEvent): void;
    pointerdown(event: PointerEvent): void;
    dayClick(event: Event, date: IsoDate): void;
    sessionClick(event: Event, id: string): void;
    /** Month view: one listener on the grid for its sessions and days (`data-session`, `data-date`). */
    monthClick(event: MouseEvent): void;
    openDay(date: IsoDate): void;
    focusin(event: FocusEvent): void;
  };
}

/** The clock time of a date-time, `HH:mm` (wall-clock, as written in the document). */
export function clock(dateTime: string): string {
  return dateTime.slice(11, 16);
}

/** "4. mars" for the end of a session that ends on another day. */
function endDay(session: Session, locale: string): string {
  return formatDate(session.end.slice(0, 10), locale, { day: 'numeric', month: 'short' });
}

/**
 * A session's time as plain text, each part isolated (accessible names, announcements):
 * "09:00–14:30", or "22:00–⁨4. mars⁩ 02:00" when it ends on another day.
 */
export function timeText(session: Session, locale: string): string {
  const sameDay = session.start.slice(0, 10) === session.end.slice(0, 10);
  return sameDay
    ? `${isolate(clock(session.start))}–${isolate(clock(session.end))}`
    : `${isolate(clock(session.start))}–${isolate(endDay(session, locale))} ${isolate(clock(session.end))}`;
}

/** The same time as markup: every part in its own `<bdi>`, so "4 مارس" stays one piece in Arabic. */
export function timeMarkup(session: Session, locale: string): TemplateResult {
  const sameDay = session.start.slice(0, 10) === session.end.slice(0, 10);
  return html`<bdi>${clock(session.start)}</bdi><span class="time-end"
      >–${sameDay ? nothing : html`<bdi>${endDay(session, locale)}</bdi> `}<bdi>${clock(session.end)}</bdi></span
    >`;
}

/** "Renhold og smittevern, Teori, 09:00–14:30" — the session's name in announcements. */
export function sessionName(session: Session, courses: ReadonlyMap<string, Course>, locale: string): string {
  return `${isolate(resolveText(courses.get(session.courseId)?.title, locale))}, ${kindLabel(session.kind)}, ${timeText(session, locale)}`;
}

/** "fortsatt fra tir. 10. mars": a piece of a session that began on an earlier day. */
function continuedFrom(session: Session, locale: string): TemplateResult {
  const day = formatDate(session.start.slice(0, 10), locale, { weekday: 'short', day: 'numeric', month: 'short' });
  return html`<span class="continued-from">${msg(str`fortsatt fra ${day}`, { id: 'course-calendar.continued-from' })}</span>`;
}

const continues = (): TemplateResult => html`<span class="continues">${msg('fortsetter', { id: 'course-calendar.continues' })}</span>`;
const cancelledLabel = (): TemplateResult => html` <span class="cancelled-label">${msg('Avlyst', { id: 'course-calendar.cancelled' })}</span>`;
const grabbedLabel = (): TemplateResult => html`<span class="vk-visually-hidden">${msg('Plukket opp', { id: 'course-calendar.grabbed' })}</span>`;

export interface ChipOptions {
  /** Show the kind in words (week, agenda) rather than only to assistive technology (month). */
  readonly showKind?: boolean;
  /** In the tab order (the agenda's roving item, the day popover). */
  readonly tabbable?: boolean;
  /** Week view: draw the end-edge resize handle. */
  readonly resizable?: boolean;
}

/**
 * A session's button. Its accessible name holds the time, course, kind, own title, and for a
 * piece of a session crossing midnight "fortsetter" (goes on tomorrow) or "fortsatt fra" (began
 * earlier); cancelled and picked-up states are said in words.
 */
export function renderSessionChip(ctx: ViewContext, segment: Segment, options: ChipOptions = {}): TemplateResult {
  const { session } = segment;
  const locale = ctx.locale;
  const course = ctx.courses.get(session.courseId);
  const courseTitle = resolveText(course?.title, locale);
  const own = resolveText(session.title, locale);
  const moving = ctx.moving === session.id;
  const full = `${courseTitle}, ${kindLabel(session.kind)}${own ? `: ${own}` : ''}`;
  return html`<button
    type="button"
    part="session"
    class="session"
    data-session=${session.id}
    data-on=${segment.date}
    data-kind=${session.kind}
    data-color=${course?.color ?? nothing}
    title=${`${timeText(session, locale).replace(/[\u2068\u2069]/g, '')} ${full}`}
    ?data-cancelled=${session.cancelled === true}
    ?data-grabbed=${moving}
    ?data-continues=${segment.continues}
    ?data-continued=${segment.continuesFrom}
    aria-describedby="session-hint"
    tabindex=${options.tabbable ? '0' : '-1'}
    @click=${(e: Event) => ctx.on.sessionClick(e, session.id)}
  >
    <span class="stripe" aria-hidden="true"></span>
    ${kindPictogram(session.kind, locale)}
    <span class="session-text">
      ${segment.continuesFrom ? continuedFrom(session, locale) : nothing}
      <span class="time">${timeMarkup(session, locale)}</span>
      <span class="course" lang=${resolvedLocale(course?.title, locale)}>${courseTitle}</span>
      <span class=${options.showKind ? 'kind' : 'kind vk-visually-hidden'}>${kindLabel(session.kind)}${own ? html`: <span lang=${resolvedLocale(session.title, locale)}>${own}</span>` : nothing}</span>
      ${segment.continues ? continues() : nothing}
    </span>
    ${session.cancelled ? cancelledLabel() : nothing}
    ${moving ? grabbedLabel() : nothing}
    ${options.resizable && !segment.continues ? html`<span class="resize" part="resize" data-resize=${session.id} aria-hidden="true"></span>` : nothing}
  </button>`;
}

/**
 * A session's button in a month cell: the same accessible name, attributes and look as
 * `renderSessionChip` with `compact`, in fewer nodes (a month draws up to ~80): the start time and
 * course name show; the end time and kind are text for assistive technology only. Clicks reach the
 * session through the grid's own listener (`data-session`).
 */
export function renderMonthChip(ctx: ViewContext, segment: Segment): TemplateResult {
  const { session } = segment;
  const locale = ctx.locale;
  const course = ctx.courses.get(session.courseId);
  const courseTitle = resolveText(course?.title, locale);
  const own = resolveText(session.title, locale);
  const kind = kindLabel(session.kind);
  const sameDay = session.start.slice(0, 10) === session.end.slice(0, 10);
  const end = sameDay ? clock(session.end) : `${endDay(session, locale)} ${clock(session.end)}`;
  const title = `${clock(session.start)}–${end} ${courseTitle}, ${kind}${own ? `: ${own}` : ''}`;
  return html`<button type="button" part="session" class="session" data-session=${session.id} data-on=${segment.date} data-kind=${session.kind} data-color=${course?.color ?? nothing} title=${title} ?data-cancelled=${session.cancelled === true} ?data-grabbed=${ctx.moving === session.id} ?data-continues=${segment.continues} ?data-continued=${segment.continuesFrom} aria-describedby="session-hint" tabindex="-1"><span class="stripe" aria-hidden="true"></span>${kindPictogram(session.kind, locale)}<span class="session-text">${segment.continuesFrom ? continuedFrom(session, locale) : nothing}<bdi class="time">${clock(session.start)}</bdi><span class="vk-visually-hidden">–${end} </span><span class="course" lang=${resolvedLocale(course?.title, locale)}>${courseTitle}</span><span class="vk-visually-hidden"> ${kind}${own ? html`: <span lang=${resolvedLocale(session.title, locale)}>${own}</span>` : nothing}</span>${segment.continues ? continues() : nothing}</span>${session.cancelled ? cancelledLabel() : nothing}${ctx.moving === session.id ? grabbedLabel() : nothing}</button>`;
}

/** "+2 flere" whose accessible name also names its day ("+2 flere, tirsdag 10. mars 2026"). */
export function renderMore(ctx: ViewContext, date: IsoDate, count: number, short = false): TemplateResult {
  const day = ctx.fullDate(date);
  return html`<button type="button" part="more" class="more" data-more=${date} tabindex="-1" aria-label=${msg(str`+${count} flere, ${isolate(day)}`, { id: 'course-calendar.more-day' })} @click=${() => ctx.on.openDay(date)}>
    ${short ? `+${count}` : msg(str`+${count} flere`, { id: 'course-calendar.more' })}
  </button>`;
}
