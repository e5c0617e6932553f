/** The details popover: one session (with edit fields in edit mode), or all sessions of a day. Loaded on first use. */
import { html, noChange, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { msg, str } from '@lit/localize';
import { directionOf, isolate, listSeparator, resolvedLocale, resolveText } from '../core/text.js';
import { nameLang } from '../core/names.js';
import { getLocale } from '../core/localize.js';
import { renderPictogram } from '../core/pictograms.js';
import { fitWord } from '../core/word-fit.js';
import { keepHyphens } from '../core/keep-together.js';
import type { IsoDate } from '../core/types.js';
import { segmentsByDay, type Segment } from './calendar-layout.js';
import { addDays } from './calendar-dates.js';
import { followedAnchor, type PopoverState } from './calendar-queries.js';
import { courseName, kindLabel, renderSessionChip, timeMarkup } from './session-chip.js';
import { gapNote, gapSaid, inSpringGap } from './spring-gap.js';
import type { CalendarContext } from './calendar-parts.js';
import { sessionKinds, type ScheduleDocument, type Session, type SessionChanges } from './course-calendar.types.js';
import { ownText, textChange, timeChange } from './session-edits.js';
import { inView as panelInView, PopoverController as Popover } from '../core/popover.js';
import { tabPastEnds } from '../core/panel-tab.js';
import { popoverStyles } from '../core/popover.styles.js';
import { listKeyTarget } from './calendar-keyboard.js';
import { detailsStyles } from './session-popover.styles.js';
import { narrowRowStyles } from './narrow-rows.styles.js';
import { focusInView, focusOurs } from '../core/roving-focus.js';
import { stickyEnds } from '../core/sticky-ends.js';
import { keptFields } from '../core/kept-fields.js';
import { deepEqualJson } from '../core/schema.js';

/** The popover's styles, adopted by the calendar when this module loads (on first open). */
export const styles = [popoverStyles, detailsStyles, narrowRowStyles];

/** What the details' popover reads of the calendar: its document, and its announcer (protected: core/popover.ts reads it so too). */
type CalendarHost = HTMLElement & { readonly value: ScheduleDocument | null; readonly announcer: { announce(text: string): void } };

/**
 * The core popover, where Shift+Tab from the panel's first control (or from its heading, where a tap
 * put focus) goes back to its anchor (the session or "+N" the details or a day's list belong to), and Tab from its last control
 * on to the calendar's next Tab stop after the anchor (in the agenda "Vis flere økter", below the list; past a grid, which is
 * one Tab stop, the page), and the panel closes as focus leaves it (WAI-ARIA APG non-modal dialog; core/panel-tab.ts). The
 * panel is drawn after the views: Shift+Tab went to the grid's Tab stop, the focus date's day (bcac4871), Tab past "Vis flere".
 */
export class PopoverController extends Popover {
  readonly #host: CalendarHost;
  /** The document the calendar's last edit (the user's, an undo or redo) made: a session it took away is no host's doing. */
  #own: ScheduleDocument | undefined;
  #panel: HTMLElement | undefined;

  constructor(host: ConstructorParameters<typeof Popover>[0]) {
    super(host);
    this.#host = host as unknown as CalendarHost;
    host.addEventListener('vk-change', (event) => (this.#own = (event as CustomEvent).detail.value));
  }

  /**
   * A refused time or typing shown in these details goes with them (closed, or closed for other details). Closed as a host
   * value took their session away (not an undo, nor "Slett økt", which closes them first): said (before, 7 Dec, they closed
   * without a word), and the field left as they close saves nothing. So does a field whose typing the host changed under,
   * closed ("Lukk", a click outside) before "Behold mine endringer" or "Bruk de nye": it goes, as with Escape (before, 7 Dec,
   * pass 55, the field left then saved it as the user's edit, over the host's).
   */
  override close(restoreFocus?: boolean): void {
    if (typed?.changed) goneId = typed.id;
    refused = typed = null;
    const id = this.isOpen ? this.#panel?.querySelector<HTMLElement>('[data-session-details]')?.dataset.sessionDetails : undefined;
    const has = (doc: ScheduleDocument | undefined | null): boolean | undefined => doc?.sessions.some((s) => s.id == id);
    const doc = this.#host.value;
    if (id && doc && !has(doc) && (!this.#own || has(this.#own))) this.#host.announcer.announce(((goneId = id), removedSaid()));
    super.close(restoreFocus);
  }

  override open(anchor: HTMLElement, panel: HTMLElement, onClose?: () => void): void {
    goneId = undefined;
    this.#panel = panel;
    // The same listener each time: a panel opened again does not get a second one.
    panel.addEventListener('keydown', this.#onTab);
    super.open(anchor, panel, onClose);
    stickyEnds(panel, '.details > h3', '.details > .popover-actions', '.field-notice');
  }

  readonly #onTab = (event: KeyboardEvent): void => {
    const anchor = this.anchor;
    const to = tabPastEnds(event, event.currentTarget as HTMLElement, anchor, anchor?.closest('[role="grid"]'));
    if (to) focusInView(to);
  };
}

/** Why a typed time was refused, in the UI language of the render that shows it. */
const badTime = (): string => msg('Slutt må være etter start.', { id: 'course-calendar.announce.bad-time' });
const endAfter9999 = (): string => msg('Økten kan ikke slutte etter år 9999.', { id: 'course-calendar.announce.end-after-9999' });

/**
 * The last refused time edit, shown as text under the time fields (WCAG 3.3.1: the field going
 * back to its time was all a sighted user saw; the reason was only announced). It belongs to one
 * session object, so another session, or this one changed (an edit, an undo, the host's value),
 * shows none; the next accepted edit and closing the details end it. One for all calendars: only
 * the details that have focus take a typed time, and focus leaving them closes them.
 */
let refused: { session: Session; field: 'start' | 'end'; reason: () => string } | null = null;

/**
 * Typing in the open details' title, place, start or end not saved yet (each field saves itself when left, so at
 * most one holds typing): its session, field, the language it was typed in (`key`: the field's `lang`
 * then, kept as the host's `lang` changes, and saved under; none for a time), the text or date and time the field showed (`shown`) and
 * the text typed. A host value that changes that text underneath sets `changed`: the typing stays, a
 * notice says so and offers to keep it or take the new text, and leaving the field saves nothing
 * until one is chosen. Before (7 Dec), the host's text replaced the typing without a word, and
 * leaving the field then sent it back as the user's edit; a typed time (until 7 Dec, pass 55) went so, and was lost.
 * One for all calendars, as `refused`.
 */
let typed: { id: string; field: Field; key: string; shown: string; value: string; changed?: boolean } | null = null;
type Field = 'title' | 'place' | 'start' | 'end';

/** The host changed the text being typed over (`typed.changed`): shown under the field and said. */
const changedSaid = (): string => msg('Økten ble endret av noen andre mens du skrev. Det du skrev er beholdt.', { id: 'course-calendar.notice.changed' });

/**
 * Details closed whose fields, left as they close, save nothing: a host value took their session away (it has nowhere
 * to go), or one held typing the host changed under (the choice not made).
 */
let goneId: string | undefined;
const removedSaid = (): string => msg('Økten ble fjernet av noen andre.', { id: 'course-calendar.notice.removed' });

/** "Avlyst" ticked or unticked is said as the status it gives, not as "Økten er endret.". */
const cancelledSaid = (cancelled: boolean): string =>
  cancelled ? msg('Økten er avlyst.', { id: 'course-calendar.announce.session-cancelled' }) : msg('Økten er ikke lenger avlyst.', { id: 'course-calendar.announce.session-not-cancelled' });

export interface PopoverActions {
  close(): void;
  /** Commits one edit of the session (title, place, a time, kind, cancelled) and announces it (`said`, else "Økten er endret."). */
  update(session: Session, changes: SessionChanges, said?: string): void;
  announce(text: string): void;
  remove(session: Session): void;
}

/**
 * A popover control's change handler: `act` gets the new value while the control goes back to
 * `old`, the session's, and the render writes the new value once the edit stands. A host that
 * refuses the edit (vk-change preventDefault) leaves the session as it was, and Lit does not write
 * a binding whose value did not change: the control kept the refused value ("Avlyst" ticked).
 */
function edit<T extends string | boolean>(old: T, act: (value: T) => void): (event: Event) => void {
  return (event) => {
    const control = event.target as HTMLInputElement;
    const value = (typeof old == 'boolean' ? control.checked : control.value) as T;
    // Not as the host disables the calendar (the browser takes focus from the field, and its save is
    // refused): what was typed stays, kept for these details' next open (keptFields), as a disabled control keeps its value.
    if (!((control.getRootNode() as ShadowRoot).host as Element).matches(':disabled')) {
      if (typeof old == 'boolean') control.checked = old;
      else control.value = old as string;
    }
    act(value);
  };
}

/**
 * Brought into view as it appears (as block: 'nearest'; the panel's scroll padding keeps it clear of its sticky heading and
 * buttons, sticky-ends.ts): a notice drawn below the fold of details at 200 % text on a phone, its buttons under "Lukk",
 * was unseen (before, 7 Dec, pass 55). A plain directive (kept-fields.ts's reason): once per element, after its layout.
 */
class InView extends Directive {
  #element: Element | undefined;
  render(): void {}
  override update(part: ElementPart): void {
    if (part.element === this.#element) return;
    const element = (this.#element = part.element);
    // Its field first, then the notice only as far as it needs: both in view where they fit, else the notice's words and
    // buttons. Only the panel scrolls (core/popover.ts: scrolling the page places the panel again, scrolled back to the field).
    // A frame later: the panel's sticky ends are measured again for the notice after this frame's layout (sticky-ends.ts:
    // too tall to be read between them, they scroll with the rest), and their scroll padding then is the one to keep clear.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const panel = element.closest<HTMLElement>('[popover]');
        for (const box of [element.previousElementSibling, element]) if (panel && box) panelInView(panel, box);
      }),
    );
  }
}
const inView = directive(InView);

/** Escape in a text field: what was typed goes (the popover then closes, and its blur commits nothing). */
const revert = (old: string) => (event: KeyboardEvent) => event.key == 'Escape' && ((event.target as HTMLInputElement).value = old);

/**
 * Enter in typing held by the notice (a time's, a title's or a place's) saves nothing: it goes to the notice's first choice,
 * its words said again (before, 7 Dec, pass 55, Enter did nothing and said nothing). Not its default: the button, focused,
 * would take the same Enter as a press. True when it did.
 */
function toNotice(event: KeyboardEvent, held: () => boolean, say: () => void): boolean {
  const choice = event.key == 'Enter' && held() && (event.target as Element).closest('.details')?.querySelector<HTMLElement>('#text-notice .keep-mine');
  return !!choice && (event.preventDefault(), choice.focus(), say(), true);
}

/** Time fields with keys typed into them since they were last committed (kept across renders). */
const typing = new WeakSet<HTMLInputElement>();

/**
 * A time field's handlers. Typed, it commits once, with the time it then shows, on Enter or when it
 * is left (blur): not on `change`, which Chromium fires as each typed part completes (the hour,
 * then the minutes), where writing the session's time back into the field threw the rest of the
 * typing away (1600 typed over 14:30 saved 13:30, 18:30, then 18:00, three undo steps); held (`held`), Enter goes to the
 * notice's "Behold mine endringer" and `say`s why. A `change`
 * with no key typed since (a time picked in the browser's picker or a phone's dialog) commits at
 * once. Escape puts the session's time back, and then closes the popover (its own Escape
 * handling) with nothing to commit. A field left empty or half cleared shows the session's time again.
 */
function timeField(old: string, act: (value: string) => void, held: () => boolean, say: () => void): { keydown(event: KeyboardEvent): void; change(event: Event): void; blur(event: Event): void } {
  const commit = (event: Event): void => {
    const control = event.target as HTMLInputElement;
    // Typing the host changed the time under: the notice's buttons save it or not (as a text field's).
    if (held()) return;
    if (typed?.field == control.name) typed = null;
    typing.delete(control);
    if (!control.value || control.validity.badInput) control.value = old;
    else if (control.value !== old) edit(old, act)(event);
  };
  return {
    keydown: (event) => {
      const control = event.target as HTMLInputElement;
      if (toNotice(event, held, say)) return;
      if (event.key == 'Enter') commit(event);
      else if (event.key == 'Escape') {
        if (typed?.field == control.name) typed = null;
        typing.delete(control);
        control.value = old;
      } else if (event.key != 'Tab' && event.key != 'Shift') typing.add(control);
    },
    change: (event) => typing.has(event.target as HTMLInputElement) || commit(event),
    blur: commit,
  };
}

/**
 * Up/Down and Home/End move between a day's sessions, as in the agenda: no wrap, and an end still
 * takes the key (WAI-ARIA APG). The list sits outside the grid, so the grid's keys never reach it.
 * Other keys go on: Tab, Enter and Space are the buttons', Escape closes the popover. The list is
 * one Tab stop (roving tabindex, APG): the session focused last, at first the first.
 */
function onDayListKeydown(event: KeyboardEvent): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const current = (event.composedPath()[0] as HTMLElement).closest?.<HTMLElement>('[data-session]');
  const sessions = Array.from((event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[data-session]'));
  const index = current ? sessions.indexOf(current) : -1;
  if (index < 0) return;
  const next = listKeyTarget(event.key, index, sessions.length - 1);
  if (next === null) return;
  event.preventDefault();
  if (sessions[next]) focusInView(sessions[next]);
}

/** Keeps the list's one Tab stop on the session that has focus (by key, click or a screen reader). */
function onDayListFocusin(event: FocusEvent): void {
  const current = (event.target as HTMLElement).closest?.('[data-session]');
  if (!current) return;
  for (const chip of (event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[data-session]')) chip.tabIndex = chip === current ? 0 : -1;
}

/** The open details (`open`): a day's list, its sessions as drawn (`drawn()`: hidden courses left out, one moving where it would land), or a session's details; nothing for a session no longer in `doc`. */
export function renderDetails(ctx: CalendarContext, open: NonNullable<PopoverState>, doc: ScheduleDocument, drawn: () => readonly Session[], actions: PopoverActions): TemplateResult | typeof nothing {
  if (open.type === 'day') return renderDayDetails(ctx, open.date, segmentsByDay(drawn(), open.date, addDays(open.date, 1), 'every-day').get(open.date) ?? [], actions);
  const session = doc.sessions.find((s) => s.id === open.id);
  return session ? renderSessionDetails(ctx, session, actions) : nothing;
}

/**
 * After a render, details to open (`open`), or open ones a host change of view, date or width took the anchor of: they
 * open (`closed` runs however they close then), follow it where it is drawn now, or close (`close`, focus back when they
 * were open). Details whose part loaded after the press (`late`) close if the user has put focus elsewhere on the page
 * meanwhile (they would take it).
 */
export function placeDetails(popover: Popover, host: HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment }, open: NonNullable<PopoverState>, doc: ScheduleDocument | null, panel: HTMLElement, closed: () => void, close: (restoreFocus: boolean) => void): void {
  if (popover.anchor?.checkVisibility()) return;
  const anchor = followedAnchor(host.renderRoot, open, doc);
  if (anchor && popover.isOpen) popover.follow(anchor);
  else if (anchor) !open.late || focusOurs(host) ? popover.open(anchor, panel, closed) : close(false);
  else if (anchor === null) close(popover.isOpen);
}

/**
 * A day's list: its date, then its holiday and closed-day names in full on a line of their own (a month cell
 * cuts a long one with "…", and its `title` is never shown to touch: the list its markers or "+N" open shows it).
 */
function renderDayDetails(ctx: CalendarContext, date: IsoDate, segments: readonly Segment[], actions: PopoverActions): TemplateResult {
  const special = ctx.special.get(date);
  return html`<div class="details">
    <h3 id="popover-title" aria-level=${Math.min(6, ctx.level + 1)} lang=${ctx.locale}>${ctx.fullDate(date)}${special ? html`<span class="vk-visually-hidden">${listSeparator(ctx.locale)}</span><span class="day-special" ${fitWord(special.join(' · '))}>${keepHyphens(special.join(' · '))}</span>` : nothing}</h3>
    ${segments.length ? html`<ul class="day-list" @keydown=${ctx.disabled ? nothing : onDayListKeydown} @focusin=${onDayListFocusin}>
      ${segments.map((s, i) => html`<li>${renderSessionChip(ctx, s, { showKind: true, tabbable: i === 0, hint: 'day-list-hint' })}</li>`)}
    </ul>` : nothing}
    <span id="day-list-hint" hidden>${msg('Enter åpner økten.', { id: 'course-calendar.hint.session' })}</span>
    <div class="popover-actions"><button type="button" data-action="close" @click=${actions.close}>${msg('Lukk', { id: 'course-calendar.close' })}</button></div>
  </div>`;
}

/**
 * A session's details, with its edit fields when editable. The title and place fields' maxlength="5000" counts UTF-16
 * code units (HTML), textSchema's 5,000 (core/schema.ts) code points: a code point is one unit or two, so what the field
 * takes the schema takes (never a session.update the model refuses); text of emoji or 𝒜 (two units each) stops early, at 2,500.
 */
/**
 * Language names for "Også på" in the UI locale, else bokmål (Chromium has none for nn, ti, so): not
 * core/text.ts `languageName`, whose tables would join the calendar's up-front code (+336 B).
 */
let names: [string, Intl.DisplayNames] | undefined;

function renderSessionDetails(ctx: CalendarContext, session: Session, actions: PopoverActions): TemplateResult {
  const locale = ctx.locale;
  const course = ctx.courses.get(session.courseId);
  const editable = ctx.editable;
  const place = resolveText(session.place, locale);
  // Each field shows and edits the text locale's own entry (session-edits.ts `ownText`), empty when
  // the text has none (never another language's text, which typing would replace): the text as shown
  // elsewhere stays above the fields with its own lang (the title after the kind, the place as when
  // read-only), and the line under the field names every other language.
  // A field with typing (`typed`) keeps the language it was typed in (a new `lang` leaves it as it is). Made read-only, the
  // fields go (keptFields keeps what was typed, and brings it back with new fields unless the session changed meanwhile).
  if (!editable) typed = null;
  const draft = (field: Field) => (typed?.id === session.id && typed.field === field ? typed : null);
  const own = (field: 'title' | 'place') => ownText(session[field], draft(field)?.key ?? locale);
  // What a field shows of the session: its text in the field's language, or its time (`HH:mm`); `whole`, what typing
  // over it holds on to: a time's date too (a session the host moved to another day changed the time typed over: before,
  // 7 Dec, pass 55, unsaid, and the typed time saved on the new day).
  const current = (field: Field): string => (field == 'start' || field == 'end' ? session[field].slice(11, 16) : (own(field).text ?? ''));
  const whole = (field: Field): string => (field == 'start' || field == 'end' ? session[field] : current(field));
  const ownTitle = own('title'), ownPlace = own('place');
  const t = typed?.id === session.id ? typed : null;
  if (t) {
    const now = current(t.field);
    // The host's text is what was typed: nothing left to keep. Else it changed under the typing: said once, shown till chosen.
    if (now === t.value.trim()) typed = null;
    else if (t.changed !== (t.changed = whole(t.field) !== t.shown) && t.changed) queueMicrotask(() => actions.announce(changedSaid()));
  }
  // A commit that changes nothing (the text or time the session has) is no edit: no vk-change, no undo step.
  const update = (changes: SessionChanges, said?: string): void => {
    refused = null;
    if (!Object.entries(changes).every(([k, v]) => deepEqualJson(v ?? undefined, session[k as keyof Session]))) actions.update(session, changes, said);
  };
  // Saved under the language the field edits (typed in: the one it was typed in).
  const text = (field: 'title' | 'place', key = own(field).key) => (value: string) => update(textChange(session, field, value, key));
  // Typing starts a draft over the text the field shows; leaving the field saves it (`change`), unless the host changed that
  // text meanwhile: then the notice's buttons do. Either puts focus back in the field (the notice goes from under it).
  const input = (field: Field) => (event: Event) => {
    const control = event.target as HTMLInputElement;
    if (!draft(field)) typed = { id: session.id, field, key: control.lang, shown: whole(field), value: '' };
    typed!.value = control.value;
  };
  const held = (field: Field) => () => !!draft(field)?.changed || goneId === session.id;
  const sayChanged = () => actions.announce(changedSaid());
  const textHandlers = (field: 'title' | 'place') => ({
    input: input(field),
    keydown: (event: KeyboardEvent) => toNotice(event, held(field), sayChanged) || revert(own(field).text ?? '')(event),
    change: (event: Event) => {
      const { key, text: old } = own(field);
      if (held(field)()) return;
      typed = null;
      edit(old ?? '', text(field, key))(event);
    },
  });
  const choose = (mine: boolean) => (event: Event) => {
    const d = typed!;
    const details = (event.target as HTMLElement).closest('.details')!;
    const control = details.querySelector<HTMLInputElement>(`[name="${d.field}"]`)!;
    control.focus();
    typed = null;
    typing.delete(control);
    // A time kept: saved as typed (a time half erased, none: the new one is shown).
    if (mine && (d.field == 'title' || d.field == 'place')) return text(d.field, d.key)(d.value);
    if (mine && d.value) return time(d.field as 'start' | 'end')(d.value);
    control.value = current(d.field);
    ((details.getRootNode() as ShadowRoot).host as ReactiveElement).requestUpdate();
  };
  const notice = (field: Field) =>
    draft(field)?.changed
      ? html`<div class="field-notice" id="text-notice" ${inView()}>
          <p>${changedSaid()}</p>
          <button type="button" class="keep-mine" @click=${choose(true)}>${msg('Behold mine endringer', { id: 'plan-board.notice.keep' })}</button>
          <button type="button" class="use-theirs" @click=${choose(false)}>${msg('Bruk de nye', { id: 'plan-board.notice.use-new' })}</button>
        </div>`
      : nothing;
  const described = (field: 'title' | 'place', also: string) => [also && `${field}-also`, draft(field)?.changed && 'text-notice'].filter(Boolean).join(' ') || nothing;
  const titleOn = textHandlers('title'), placeOn = textHandlers('place');
  // The other languages a title or place has, named in the UI's words under its field ("Også på:
  // arabisk, ukrainsk"): the field edits the UI's own (session-edits.ts), the rest are kept.
  const also = (field: 'title' | 'place'): string => {
    const { key, entries } = own(field);
    const ui = getLocale();
    const others = Object.keys(entries).filter((k) => k != key && entries[k]);
    if (names?.[0] != ui) names = [ui, new Intl.DisplayNames([ui, 'nb'], { type: 'language' })];
    const name = (tag: string): string => {
      try {
        return names![1].of(tag) ?? tag;
      } catch {
        return tag; // not a language tag (the host's data)
      }
    };
    return others.length ? msg(str`Også på: ${others.map(name).join(listSeparator(ui))}`, { id: 'course-calendar.field.also-in' }) : '';
  };
  const alsoTitle = also('title');
  const alsoPlace = also('place');
  // A start or end time (`HH:mm`); an end not after the start is refused, the reason shown under
  // the fields and said once (the shown text is no live region). So is an end in the year 10000 (one
  // before the start on 31 December 9999 is the next day), a date no document holds: the model
  // refused it, with a console warning and nothing said (as a move past that day is refused and
  // said, calendar-moves.ts). The announcement's render shows the text.
  const time = (field: 'start' | 'end') => (value: string) => {
    const changes = timeChange(session, field, value);
    const reason = !changes ? badTime : typeof changes.end == 'string' && changes.end.length > 16 ? endAfter9999 : null;
    if (reason) {
      refused = { session, field, reason };
      actions.announce(reason());
    } else if (changes && Object.keys(changes).length > 0) {
      const to = changes[field] as string | undefined;
      update(changes, to && inSpringGap(to) ? `${msg('Økten er endret.', { id: 'course-calendar.announce.updated' })} ${gapSaid(to)}` : undefined);
    }
  };
  // Details made read-only (the host's `readonly`) drop it: the fields it was about are gone, and
  // editable again they are new fields, with no attempt refused in them.
  if (refused?.session !== session || !editable) refused = null;
  const refusal = refused;
  // The field that went back is invalid and described by the reason (with the end's own hint).
  const invalid = (field: 'start' | 'end') => (refusal?.field === field ? 'true' : nothing);
  const start = timeField(session.start.slice(11, 16), time('start'), held('start'), sayChanged);
  const end = timeField(session.end.slice(11, 16), time('end'), held('end'), sayChanged);
  // Each time in it said: with both ("02:15–02:30") the note named only the start, and the end field was described by it (QA round 2, F8).
  // A time kept and drawn as written that does not happen that night (spring-gap.ts): said under the time, the time fields described by it.
  const gap = gapNote(session.start, session.end);
  const timeDescribed = (field: 'start' | 'end') => [field == 'end' && 'end-hint', refusal?.field === field && 'time-error', draft(field)?.changed && 'text-notice', gap && 'gap-note'].filter(Boolean).join(' ') || nothing;
  const name = courseName(course, ctx.courses, locale);
  // The session put in another course (QA F7: "Ny økt" adds to the first course shown, and a session's course could not be
  // changed here): said with the course's name, as the heading now gives it.
  const courseSaid = (id: string): string => msg(str`Økten hører nå til ${isolate(courseName(ctx.courses.get(id), ctx.courses, locale))}.`, { id: 'course-calendar.announce.course-changed' });
  // What was typed and not saved is kept while the host disables the calendar (it closes the details), for this session's next details,
  // and while it makes it read-only (the fields become text), for the same details when editable again.
  return html`<div class="details" data-session-details=${session.id} ${keptFields(session.id, session, editable)}>
    <h3 id="popover-title" aria-level=${Math.min(6, ctx.level + 1)}>${renderPictogram(course?.pictogram, locale, true)} <span class="details-name" ${fitWord(name)} lang=${nameLang(course?.title, locale)}>${name}</span></h3>
    <p>${kindLabel(session.kind)}${session.title ? html` · <span lang=${resolvedLocale(session.title, locale)}>${resolveText(session.title, locale)}</span>` : nothing}</p>
    <p dir=${directionOf(getLocale())}><bdi lang=${locale}>${ctx.fullDate(session.start.slice(0, 10))}</bdi>${listSeparator(getLocale())}${timeMarkup(session, locale)}</p>
    ${gap ? html`<p id="gap-note">${gap}</p>` : nothing}
    ${place && (!editable || ownPlace.text === undefined) ? html`<p>${msg('Sted', { id: 'course-calendar.field.place' })}: <bdi lang=${resolvedLocale(session.place, locale)}>${place}</bdi></p>` : nothing}
    ${session.cancelled ? html`<p class="cancelled-label">${msg('Avlyst', { id: 'course-calendar.cancelled' })}</p>` : nothing}
    ${editable
      ? html`<label class="field"
            ><span>${msg('Tittel', { id: 'course-calendar.field.title' })}</span
            ><input type="text" maxlength="5000" name="title" lang=${ownTitle.key} aria-describedby=${described('title', alsoTitle)} .value=${draft('title') ? noChange : (ownTitle.text ?? '')} @keydown=${titleOn.keydown} @input=${titleOn.input} @change=${titleOn.change}
          /></label>
          ${alsoTitle ? html`<p class="field-also" id="title-also">${alsoTitle}</p>` : nothing} ${notice('title')}
          ${ctx.courses.size > 1
            ? html`<label class="field"
                ><span>${msg('Kurs', { id: 'course-calendar.plan.course' })}</span
                ><select name="course" @change=${edit(session.courseId, (id) => update({ courseId: id }, courseSaid(id)))} .value=${session.courseId}>
                  ${[...ctx.courses.values()].map((c) => html`<option value=${c.id} ?selected=${c.id === session.courseId} lang=${nameLang(c.title, locale)}>${courseName(c, ctx.courses, locale)}</option>`)}
                </select></label
              >`
            : nothing}
          <label class="field"
            ><span>${msg('Sted', { id: 'course-calendar.field.place' })}</span
            ><input type="text" maxlength="5000" name="place" lang=${ownPlace.key} aria-describedby=${described('place', alsoPlace)} .value=${draft('place') ? noChange : (ownPlace.text ?? '')} @keydown=${placeOn.keydown} @input=${placeOn.input} @change=${placeOn.change}
          /></label>
          ${alsoPlace ? html`<p class="field-also" id="place-also">${alsoPlace}</p>` : nothing} ${notice('place')}
          <div class="times">
            <label class="field"
              ><span>${msg('Start', { id: 'course-calendar.field.start' })}</span
              ><input type="time" name="start" step="900" aria-invalid=${invalid('start')} aria-describedby=${timeDescribed('start')} .value=${draft('start') ? noChange : session.start.slice(11, 16)} @keydown=${start.keydown} @input=${input('start')} @change=${start.change} @blur=${start.blur}
            /></label>
            ${notice('start')}
            <label class="field"
              ><span>${msg('Slutt', { id: 'course-calendar.field.end' })}</span
              ><input type="time" name="end" step="900" aria-invalid=${invalid('end')} aria-describedby=${timeDescribed('end')} .value=${draft('end') ? noChange : session.end.slice(11, 16)} @keydown=${end.keydown} @input=${input('end')} @change=${end.change} @blur=${end.blur}
            /></label>
            ${notice('end')}
            <span id="end-hint" class="vk-visually-hidden">${msg('En slutt før start betyr at økten slutter neste dag.', { id: 'course-calendar.plan.overnight' })}</span>
            ${refusal ? html`<p id="time-error" class="form-error">${refusal.reason()}</p>` : nothing}
          </div>
          <label class="field"
            ><span>${msg('Type', { id: 'course-calendar.field.kind' })}</span
            ><select name="kind" @change=${edit(session.kind, (kind) => update({ kind }))} .value=${session.kind}>
              ${sessionKinds.map((k) => html`<option value=${k} ?selected=${k === session.kind}>${kindLabel(k)}</option>`)}
            </select></label
          >
          <label class="check"
            ><input type="checkbox" name="cancelled" .checked=${session.cancelled === true} @change=${edit(session.cancelled === true, (v) => update({ cancelled: v ? true : null }, cancelledSaid(v)))} />${msg('Avlyst', {
              id: 'course-calendar.cancelled',
            })}</label
          >`
      : nothing}
    <div class="popover-actions">
      ${editable ? html`<button type="button" data-action="remove" @click=${() => actions.remove(session)}>${msg('Slett økt', { id: 'course-calendar.remove' })}</button>` : nothing}
      <button type="button" data-action="close" @click=${actions.close}>${msg('Lukk', { id: 'course-calendar.close' })}</button>
    </div>
  </div>`;
}
