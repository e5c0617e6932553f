/** One session's control (a `<button>`) as every view draws it, and what the views share. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { baseLanguage, directionOf, isolate, listSeparator, nameOf, resolvedLocale, resolveText } from '../core/text.js';
import { nameLang } from '../core/names.js';
import { getLocale } from '../core/localize.js';
import { withPart } from '../core/lang-part.js';
import { isPluralOne } from '../core/plural.js';
import { pictogramRegistry, renderPictogram, resolvePictogram } from '../core/pictograms.js';
import { formatDate } from '../core/dates.js';
import { uiCount, uiDigits } from '../core/digits.js';
import { keepHyphens } from '../core/keep-together.js';
import type { IsoDate } from '../core/types.js';
import type { Segment } from './calendar-layout.js';
import type { Course, Session, SessionKind } from './course-calendar.types.js';
import { colorClass } from './calendar-sheets.js';
import { minutesBetween } from './calendar-dates.js';

/**
 * A text's `dir` when it differs from the UI locale's, else none: a name in the calendar's own
 * direction needs no attribute (each one makes its element a bidi isolate, which a month of 500
 * chips pays for in layout).
 */
export function ownDirection(lang: string, locale: string): 'ltr' | 'rtl' | typeof nothing {
  const dir = directionOf(lang);
  return dir === directionOf(locale) ? nothing : dir;
}

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
 * A value per session kind and locale, built once: a month draws ~80 chips of five kinds. Built
 * again after the host registers pictograms or moves their base (`pictogramRegistry` fires `change`).
 */
function perKind<T>(build: (kind: SessionKind, locale: string) => T): (kind: SessionKind, locale: string) => T {
  const cache = new Map<string, T>();
  pictogramRegistry.addEventListener('change', () => cache.clear());
  return (kind, locale) => {
    const key = `${kind}|${locale}`;
    if (!cache.has(key)) cache.set(key, build(kind, locale));
    return cache.get(key) as T;
  };
}

/** A chip's kind pictogram: decorative (the kind is said in words) and the same for every chip of a kind. */
const kindPictogram = perKind((kind, locale) => renderPictogram(kindPictograms[kind], locale, true));

/** What a view needs from the element to draw itself (built once per render). */
export interface ViewContext {
  readonly locale: string;
  readonly focusDate: IsoDate;
  /** The month view's chips as nodes (`MonthChips`), kept across renders. */
  readonly monthChips: MonthChips;
  readonly today: IsoDate;
  readonly disabled: boolean;
  readonly editable: boolean;
  /** The calendar is narrower than 480 px: month days show per-course markers instead of chips. */
  readonly narrow: boolean;
  /** Side-by-side lanes a week day holds before "+N" (calendar-layout.ts `weekLanes`). */
  readonly lanes: number;
  /** Of those, how many are wide enough for course names (calendar-layout.ts `nameLanes`). */
  readonly named: number;
  /** The id of the session being moved or resized, or null. */
  readonly moving: string | null;
  /**
   * The session drawn even where its day or cluster overflows ("+N"): the one being moved, else
   * the one moved last (focus stays on it after the drop, undo and redo), or null.
   */
  readonly keep: string | null;
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

/** The clock time of a date-time as shown, `HH:mm` (wall-clock, as written in the document) in the UI's digits (`۰۹:۳۰` in fa). */
export function clock(dateTime: string): string {
  return uiDigits(dateTime.slice(11, 16));
}

/** A session's dates with their year when it goes into another year ("1. jan. 2030"): which 1 January is then not clear from the day it is listed on. */
const withYear = (session: Pick<Session, 'start' | 'end'>, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions => (session.start.slice(0, 4) === session.end.slice(0, 4) ? options : { ...options, year: 'numeric' });

/** "4. mars" for the end of a session that ends on another day ("1. jan. 2030": `withYear`). */
function endDay(session: Pick<Session, 'start' | 'end'>, locale: string): string {
  return formatDate(session.end.slice(0, 10), locale, withYear(session, { day: 'numeric', month: 'short' }));
}

/**
 * A session's time as plain text, each part isolated (accessible names, announcements):
 * "09:00–14:30", or "22:00–⁨4. mars⁩ 02:00" when it ends on another day.
 */
export function timeText(session: Pick<Session, 'start' | 'end'>, locale: string): string {
  return `${isolate(clock(session.start))}–${endText(session, locale)}`;
}

/** A session's end as plain text, isolated: "⁨14:30⁩", or "⁨4. mars⁩ ⁨02:00⁩" when it ends on another day than it starts. */
export function endText(session: Pick<Session, 'start' | 'end'>, locale: string): string {
  return session.start.slice(0, 10) === session.end.slice(0, 10) ? isolate(clock(session.end)) : `${isolate(endDay(session, locale))} ${isolate(clock(session.end))}`;
}

/**
 * The same time as markup: every part in its own `<bdi>`, so "4 مارس" stays one piece in Arabic.
 * `on`: the day a week chip is drawn on; an end on that day needs no date ("23:00–00:45" on the
 * piece after midnight, which says "fortsatt fra" with the start's day) when the session is
 * shorter than a day. A longer one keeps it: "08:00–16:00" on its last day read as that day's own
 * hours (drawn 00:00–16:00) of a session from 26 March 08:00 to 28 March 16:00.
 */
export function timeMarkup(session: Session, locale: string, on?: IsoDate): TemplateResult {
  const ends = session.end.slice(0, 10);
  const sameDay = session.start.slice(0, 10) === ends || (ends === on && minutesBetween(session.start, session.end) < 1440);
  // <wbr>: a time that must wrap breaks before its dash ("09:00 / –10:30"), not after it. Hidden:
  // Chromium names it as a space ("09:00 –10:30"), unlike the month chips' "09:00–10:30".
  return html`<bdi>${clock(session.start)}</bdi><wbr aria-hidden="true" /><span class="time-end"
      >–${sameDay ? nothing : html`<bdi lang=${locale}>${endDay(session, locale)}</bdi><span class="time-gap"> </span>`}<bdi>${clock(session.end)}</bdi></span
    >`;
}

/**
 * A course's name in `locale`, in the legend, chips, details and announcements: its title, or — a
 * title empty in every language (`""`, `{}`) — its pictogram's word, else "Kurs 2" (its place among
 * `all`, the document's courses, 1-based). `''` for no course.
 */
export function courseName(course: Course | undefined, all: { values(): Iterable<Course> }, locale: string): string {
  if (!course) return '';
  return nameOf(course.title, locale, () => resolvePictogram(course.pictogram, locale)?.alt.trim() || msg(str`Kurs ${uiDigits([...all.values()].findIndex((c) => c.id === course.id) + 1)}`, { id: 'course-calendar.course-fallback' }));
}

/** "Renhold og smittevern, Teori, 09:00–14:30" — the session's name in announcements. */
export function sessionName(session: Session, courses: ReadonlyMap<string, Course>, locale: string): string {
  const comma = listSeparator(locale);
  return `${isolate(courseName(courses.get(session.courseId), courses, locale))}${comma}${kindLabel(session.kind)}${comma}${timeText(session, locale)}`;
}

/** The start's day as "fortsatt fra" gives it: "tir. 10. mars", or (`numeric`) as the week's column headers, "tir. 10.3.". */
const startDay = (session: Session, locale: string, numeric?: boolean): string =>
  formatDate(session.start.slice(0, 10), locale, withYear(session, { weekday: 'short', day: 'numeric', month: numeric ? 'numeric' : 'short' }));

/** "fortsatt fra tir. 10. mars": a piece of a session that began on an earlier day. */
function continuedFromText(session: Session, locale: string, numeric?: boolean): string {
  return msg(str`fortsatt fra ${isolate(startDay(session, locale, numeric))}`, { id: 'course-calendar.continued-from' });
}

/**
 * `continuedFromText` shown: its day (in the text locale) marked with that locale's `lang`. In a
 * week slot (`inSlot`) drawn in the column headers' numeric form, "fortsatt fra fre. 27.3.": the
 * month's name did not fit a piece's second line ("fortsatt fra fre. 27." and "mars" clipped, QA
 * 54); the chip's name keeps "fre. 27. mars" (hidden text, as the month chip's time).
 */
function continuedFrom(session: Session, locale: string, inSlot?: boolean): TemplateResult {
  const shown = (numeric?: boolean) => withPart(continuedFromText(session, locale, numeric), startDay(session, locale, numeric), locale);
  return html`<span class="continued-from">${inSlot ? html`<span class="vk-visually-hidden">${shown()}</span><span aria-hidden="true">${shown(true)}</span>` : shown()}</span>`;
}

/**
 * ", 3 økter" after a day cell's date and special days (which are in the text locale, the `lang` of
 * their span): the count, UI words, in a span of the UI locale's. Month and week view.
 */
export function sessionCount(comma: string, count: number): TemplateResult {
  return html`${comma}<span lang=${getLocale()}>${isPluralOne(count) ? msg(str`${uiCount(count)} økt`, { id: 'course-calendar.session-count.one' }) : msg(str`${uiCount(count)} økter`, { id: 'course-calendar.session-count' })}</span>`;
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
  /**
   * Week view: the chip fills a slot as tall as its session, so its first line holds what a chip
   * one line tall must show. "Avlyst" comes before the text (floated beside the start time by the
   * week's styles; named "Avlyst 12:00–12:45 …" in that order), and a piece after midnight of a
   * session shorter than a day gives its end without the date ("23:00–00:45", then "fortsatt fra lør. 14. mars").
   */
  readonly inSlot?: boolean;
  /** The id of the hint that describes the chip's keys; `session-hint` (the grid's keys) unless given. */
  readonly hint?: string;
  /**
   * Week view, lanes too narrow for names (week-view.ts `weekShowsPictures`): the course's
   * pictogram under the time in place of its name (kept for assistive technology, in the chip's
   * name), and no kind pictogram. A course without a pictogram, or whose picture is the placeholder
   * (an unknown id, a URL that failed), keeps its name.
   */
  readonly picture?: boolean;
  /** Agenda: what a piece covering its whole day (00:00 to 24:00: a day in the middle of a session, its first day from 00:00, its last day to 00:00 the next, a session 00:00 to 00:00) says in place of its time ("hele dagen", as calendar programs list such days; the agenda's lazy chunk holds the words); the time stays in the tooltip. Before, only a middle day: a whole last day read "09:00–2. jan. 00:00". */
  readonly wholeDay?: string;
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
  const courseTitle = courseName(course, ctx.courses, locale);
  const courseLang = nameLang(course?.title, locale);
  const own = resolveText(session.title, locale);
  const ownLang = resolvedLocale(session.title, locale);
  const moving = ctx.moving === session.id;
  const full = `${courseTitle}${listSeparator(locale)}${kindLabel(session.kind)}${own ? `: ${own}` : ''}`;
  // Only a picture that draws (a placeholder for an unknown id or a failed URL is the same blank box for every course): else the name.
  const picture = options.picture && resolvePictogram(course?.pictogram, locale)?.src ? renderPictogram(course?.pictogram, locale, true) : null;
  return html`<button
    type="button"
    part="session"
    class="session"
    data-session=${session.id}
    data-on=${segment.date}
    data-kind=${session.kind}
    title=${`${timeText(session, locale).replace(/[\u2068\u2069]/g, '')} ${full}${session.cancelled ? `${listSeparator(locale)}${msg('Avlyst', { id: 'course-calendar.cancelled' })}` : ''}`}
    ?data-cancelled=${session.cancelled === true}
    ?data-grabbed=${moving}
    ?data-continues=${segment.continues}
    ?data-continued=${segment.continuesFrom}
    aria-describedby=${options.hint ?? 'session-hint'}
    tabindex=${options.tabbable ? '0' : '-1'}
    @click=${(e: Event) => ctx.on.sessionClick(e, session.id)}
  >
    <span class="stripe ${colorClass(course?.color)}" aria-hidden="true"></span>
    ${picture ? nothing : kindPictogram(session.kind, locale)}
    ${session.cancelled && options.inSlot ? cancelledLabel() : nothing}
    <span class="session-text">
      <span class="time">${options.wholeDay && segment.start === 0 && segment.end === 1440 ? options.wholeDay : timeMarkup(session, locale, options.inSlot ? segment.date : undefined)}</span>
      ${segment.continuesFrom ? continuedFrom(session, locale, options.inSlot) : nothing}
      ${picture}
      <span class=${picture ? 'course vk-visually-hidden' : 'course'} lang=${courseLang} dir=${ownDirection(courseLang, locale)}>${keepHyphens(courseTitle)}</span>
      <span class=${options.showKind ? 'kind' : 'kind vk-visually-hidden'}>${keepHyphens(kindLabel(session.kind))}${own ? html`: <span lang=${ownLang} dir=${ownDirection(ownLang, locale)}>${keepHyphens(own)}</span>` : nothing}</span>
      ${segment.continues ? continues() : nothing}
    </span>
    ${session.cancelled && !options.inSlot ? cancelledLabel() : nothing}
    ${moving ? grabbedLabel() : nothing}
    ${options.resizable && !segment.continues ? html`<span class="resize" part="resize" data-resize=${session.id} aria-hidden="true"></span>` : nothing}
  </button>`;
}

/**
 * A session's button in a month cell (a month draws up to ~80), in the fewest nodes: the stripe,
 * the kind pictogram, the start time and the course name show. Its accessible name is an
 * `aria-label` that starts with that visible text (WCAG 2.5.3 Label in Name) and goes on with
 * what the chip does not show: "09:00 Renhold og smittevern, Teori, til 10:30". Clicks reach the
 * session through the grid's own listener (`data-session`).
 *
 * A name in `aria-label` is spoken in the page's language. So a chip whose course name (or own
 * title) is in another language than the calendar's text, and a cancelled chip (its visible
 * "Avlyst" comes after the name), are named from their content instead, each part with its `lang`.
 *
 * The chip is a node from `ctx.monthChips` (built by hand, see `MonthChips`), or for those named
 * by content a Lit template.
 */
export function renderMonthChip(ctx: ViewContext, segment: Segment): TemplateResult | HTMLButtonElement {
  const { session } = segment;
  const locale = ctx.locale;
  const course = ctx.courses.get(session.courseId);
  const courseLang = nameLang(course?.title, locale);
  // Its aria-label is spoken in the chip's language, the UI locale (the calendar's wrapper): only a
  // chip whose every part is in it (course, own title, the text locale's dates) is named so.
  const ui = getLocale();
  if (session.cancelled || courseLang !== ui || baseLanguage(locale) !== ui || (session.title !== undefined && resolvedLocale(session.title, locale) !== ui)) return monthChipNamedByContent(ctx, segment);
  const courseTitle = courseName(course, ctx.courses, locale);
  const own = resolveText(session.title, locale);
  const kind = kindLabel(session.kind);
  const start = clock(session.start);
  const end = monthChipEnd(session, locale);
  const comma = listSeparator(locale);
  const what = `${courseTitle}${comma}${kind}${own ? `: ${own}` : ''}`;
  const grabbed = ctx.moving === session.id;
  // The end's day and time each an isolate, as in the week view's and the agenda's names ("til ⁨4 مارس⁩ ⁨02:00⁩").
  let label = `${start} ${what}${comma}${msg(str`til ${endText(session, locale)}`, { id: 'course-calendar.until' })}`;
  if (segment.continuesFrom) label += `${comma}${continuedFromText(session, locale)}`;
  if (segment.continues) label += `${comma}${msg('fortsetter', { id: 'course-calendar.continues' })}`;
  if (grabbed) label += `${comma}${msg('Plukket opp', { id: 'course-calendar.grabbed' })}`;
  const color = course?.color ?? '';
  const title = `${start}–${end} ${what}`;
  const pictogram = kindPictogramNode(session.kind, locale);
  // Everything the chip shows and says, but the pictogram (compared by node).
  const data = [session.id, segment.date, session.kind, color, title, label, start, courseTitle, courseLang, `${grabbed}${segment.continues}${segment.continuesFrom}`].join('\u0001');
  return ctx.monthChips.chip(`${session.id}|${segment.date}`, data, pictogram, (node) => {
    node.dataset.session = session.id;
    node.dataset.on = segment.date;
    node.dataset.kind = session.kind;
    // The colour is the stripe's alone: a class on the chip would give its every descendant a
    // style of its own (the custom property inherits), where chips of one kind share them.
    (node.firstElementChild as HTMLElement).className = color ? `stripe ${colorClass(color)}` : 'stripe';
    node.title = title;
    node.setAttribute('aria-label', label);
    node.toggleAttribute('data-grabbed', grabbed);
    node.toggleAttribute('data-continues', segment.continues);
    node.toggleAttribute('data-continued', segment.continuesFrom);
    const text = node.lastElementChild as HTMLElement;
    // The space ends the time (see chipPrototype).
    text.firstElementChild!.textContent = `${start} `;
    const courseNode = text.lastElementChild as HTMLElement;
    courseNode.lang = courseLang;
    // Its own direction: a Norwegian name in an Arabic chip is shortened at its end ("Nors…"),
    // not at its start ("…A2").
    const dir = ownDirection(courseLang, locale);
    if (dir === nothing) courseNode.removeAttribute('dir');
    else courseNode.dir = dir;
    courseNode.textContent = courseTitle;
  });
}

/** "10:30", or "4. mars 02:00" when the session ends on another day. */
function monthChipEnd(session: Session, locale: string): string {
  const sameDay = session.start.slice(0, 10) === session.end.slice(0, 10);
  return sameDay ? clock(session.end) : `${endDay(session, locale)} ${clock(session.end)}`;
}

/**
 * Month chips named by `aria-label`, as DOM nodes built by hand: a clone of one prepared button,
 * then its attributes and two texts (`textContent`, `setAttribute`: host text is never markup).
 * A month draws up to ~84 chips, and a Lit template instance per chip (the clone walked for its
 * parts, a part object per binding, a nested template for the pictogram) was the largest single
 * cost of the month's first render in script. One per calendar. A chip whose data did not change
 * since the last render is returned as the same node (Lit leaves it in place); a changed one is
 * updated in place, so focus on it stays. Chips not asked for in a render are forgotten at the next.
 */
export class MonthChips {
  #current = new Map<string, [HTMLButtonElement, string, Element | null]>();
  #previous = this.#current;

  /** Call once at the start of every month render. */
  begin(): void {
    this.#previous = this.#current;
    this.#current = new Map();
  }

  /**
   * The chip for `key` (session id and day). `data` is everything it shows and says as one string:
   * when it differs from the last render's, `fill` sets the attributes and texts again; `pictogram`
   * is cloned into it when it differs.
   */
  chip(key: string, data: string, pictogram: Element | null, fill: (node: HTMLButtonElement) => void): HTMLButtonElement {
    const known = this.#current.get(key) ?? this.#previous.get(key);
    const node = known?.[0] ?? (chipPrototype().cloneNode(true) as HTMLButtonElement);
    if (known?.[1] !== data) fill(node);
    if (known?.[2] !== pictogram) {
      const text = node.lastElementChild!;
      if (known?.[2]) text.previousElementSibling!.remove();
      if (pictogram) text.before(pictogram.cloneNode(true));
    }
    this.#current.set(key, [node, data, pictogram]);
    return node;
  }
}

let prototype: HTMLButtonElement | null = null;

/** `<button type=button part=session class=session aria-describedby=session-hint tabindex=-1>` with its stripe and texts. */
function chipPrototype(): HTMLButtonElement {
  if (prototype) return prototype;
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('part', 'session');
  button.className = 'session';
  button.setAttribute('aria-describedby', 'session-hint');
  button.tabIndex = -1;
  const stripe = document.createElement('span');
  stripe.className = 'stripe';
  stripe.setAttribute('aria-hidden', 'true');
  const text = document.createElement('span');
  text.className = 'session-text';
  const time = document.createElement('bdi');
  time.className = 'time';
  const course = document.createElement('span');
  course.className = 'course';
  // The time ends in a space (set with its text), collapsed at the end of its line, so the chip's
  // text reads "09:00 Renhold", as its name starts (axe label-content-name-mismatch compares the
  // two). Not a text node of its own: in a two-line chip the text's box is dissolved
  // (display: contents), and a text node directly in it is not seen as visible text.
  text.append(time, course);
  button.append(stripe, text);
  return (prototype = button);
}

/**
 * The decorative kind pictogram of a month chip as a node to clone: the same markup as
 * `renderPictogram(…, decorative)`.
 */
const kindPictogramNode = perKind((kind, locale): Element | null => {
  const resolved = resolvePictogram(kindPictograms[kind], locale);
  let node: Element | null = null;
  if (resolved?.src === null) {
    node = document.createElement('span');
    node.className = 'vk-pictogram vk-pictogram--placeholder';
    node.setAttribute('aria-hidden', 'true');
  } else if (resolved) {
    const img = document.createElement('img');
    img.className = 'vk-pictogram';
    img.alt = '';
    img.draggable = false;
    img.loading = 'lazy';
    img.decoding = 'async';
    img.src = resolved.src;
    node = img;
  }
  node?.setAttribute('part', 'pictogram');
  return node;
});

/**
 * A month chip's whole time for assistive technology, "18:00–15. mars 00:00", each part in a
 * `<bdi>`. One visually hidden box before the shown start (which is `aria-hidden`), not the end in
 * a box of its own after it: Chromium puts a space around such a box ("18:00 –15. mars 00:00").
 */
function timeName(session: Session, locale: string): TemplateResult {
  const sameDay = session.start.slice(0, 10) === session.end.slice(0, 10);
  return html`<bdi>${clock(session.start)}</bdi>–${sameDay ? nothing : html`<bdi lang=${locale}>${endDay(session, locale)}</bdi> `}<bdi>${clock(session.end)}</bdi>`;
}

/** A month chip named by its content: the same look, with visually hidden text for the rest of its name. */
function monthChipNamedByContent(ctx: ViewContext, segment: Segment): TemplateResult {
  const { session } = segment;
  const locale = ctx.locale;
  const course = ctx.courses.get(session.courseId);
  const courseTitle = courseName(course, ctx.courses, locale);
  const courseLang = nameLang(course?.title, locale);
  const own = resolveText(session.title, locale);
  const kind = kindLabel(session.kind);
  const end = monthChipEnd(session, locale);
  const title = `${clock(session.start)}–${end} ${courseTitle}${listSeparator(locale)}${kind}${own ? `: ${own}` : ''}`;
  return html`<button type="button" part="session" class="session" data-session=${session.id} data-on=${segment.date} data-kind=${session.kind} title=${title} ?data-cancelled=${session.cancelled === true} ?data-grabbed=${ctx.moving === session.id} ?data-continues=${segment.continues} ?data-continued=${segment.continuesFrom} aria-describedby="session-hint" tabindex="-1"><span class="stripe ${colorClass(course?.color)}" aria-hidden="true"></span>${kindPictogram(session.kind, locale)}<span class="session-text">${segment.continuesFrom ? continuedFrom(session, locale) : nothing}<span class="vk-visually-hidden">${timeName(session, locale)} </span><bdi class="time" aria-hidden="true">${clock(session.start)}</bdi><span class="course" lang=${courseLang} dir=${ownDirection(courseLang, locale)}>${courseTitle}</span><span class="vk-visually-hidden"> ${kind}${own ? html`: <span lang=${resolvedLocale(session.title, locale)}>${own}</span>` : nothing}</span>${segment.continues ? continues() : nothing}</span>${session.cancelled ? cancelledLabel() : nothing}${ctx.moving === session.id ? grabbedLabel() : nothing}</button>`;
}

/** "+2 flere, tirsdag 10. mars 2026": the accessible name of a day's "+N" button. */
export function moreLabel(ctx: ViewContext, date: IsoDate, count: number): string {
  return msg(str`+${uiCount(count)} flere, ${isolate(ctx.fullDate(date))}`, { id: 'course-calendar.more-day' });
}

/** A month cell's "+2 flere": clicked through the grid's listener (`data-more`), as the chips are. */
export function renderMonthMore(ctx: ViewContext, date: IsoDate, count: number): TemplateResult {
  return html`<button type="button" part="more" class="more" data-more=${date} tabindex="-1" aria-label=${moreLabel(ctx, date, count)}>${msg(str`+${uiCount(count)} flere`, { id: 'course-calendar.more' })}</button>`;
}

