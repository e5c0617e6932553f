import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { VkElement } from '../core/vk-element.js';
import { headingLevel, headingLevelAttribute } from '../core/heading-level.js';
import { deepEqualJson } from '../core/schema.js';
import { focusLost, focusOurs, RovingFocus } from '../core/roving-focus.js';
import { pendingOpen } from '../core/pending-open.js';
import { viewOnlyWords } from '../core/view-only.js';
import { directionOf, isolate, resolvedLocale, resolveText } from '../core/text.js';
import { nameLang } from '../core/names.js';
import { getLocale } from '../core/localize.js';
import { withPart } from '../core/lang-part.js';
import { renderPictogram } from '../core/pictograms.js';
import { formatDate, prepareDateFormats, todayIso } from '../core/dates.js';
import { uiCount, uiDigits } from '../core/digits.js';
import { isPluralOne } from '../core/plural.js';
import { currentStepIndex, fallsDue, isOverdue, nextStatus, stepCounts, stepsModel } from './step-tracker.model.js';
import { watchToday } from '../core/today-clock.js';
import { stepTrackerStyles } from './step-tracker.styles.js';
import { type Step, type StepChanges, type StepOrientation, type StepsDocument, type StepsOperation, type StepStatus } from './step-tracker.types.js';
import { tokens } from '../core/tokens.js';
import { headerStyles } from '../core/header.styles.js';
import { itemName, noStepsText, statusLabel, stepName } from './status-label.js';
import type { PopoverController } from '../core/popover.js';
import { widestWord, type ShownText } from '../core/word-width.js';
import { fitWord } from '../core/word-fit.js';
import { keepHyphens } from '../core/keep-together.js';
import { compactSteps, showCompactTitle } from './compact-steps.js';
import { deferSteps, forgetSteps } from './steps-later.js';

export { statusLabel } from './status-label.js';

type DetailsModule = typeof import('./step-details.js');
let detailsModule: Promise<DetailsModule> | undefined;
/**
 * The details popover's code and styles (one chunk, loaded once for every tracker on the page). A
 * failed load is asked for again on the next open: the HTML standard fetches a module again after a
 * network or HTTP error (whatwg/html#10327); a browser that still keeps the failure fails at once.
 */
function loadDetails(): Promise<DetailsModule> {
  detailsModule ??= import('./step-details.js').catch((error: unknown) => {
    detailsModule = undefined;
    throw error;
  });
  return detailsModule;
}
/** Fetches the details ahead of the first open; a failure is said when a user opens them. Module-level: holds no tracker. */
function preloadDetails(): void {
  loadDetails().catch(() => undefined);
}

/** Oslo's day (`todayIso`) once per UTC hour, not per render (500 trackers render in one task): Oslo is UTC+1 or +2, so its day changes on whole UTC hours only. */
let todayHour = NaN;
let osloDay = '';
function osloToday(): string {
  const now = Date.now();
  if (Math.floor(now / 36e5) !== todayHour) {
    todayHour = Math.floor(now / 36e5);
    osloDay = todayIso(now);
  }
  return osloDay;
}

/** One ResizeObserver for every tracker's width probe (500 trackers: one observer, not 500). */
let probeObserver: ResizeObserver | undefined;
const probeOwners = new WeakMap<Element, VkStepTracker>();

/**
 * Width per step below which the automatic layout turns vertical, in times the tracker's own text
 * (its computed font size: `--vk-font-size`, else the page's): 132 px at 16 px, 264 px at 32 px.
 * Until 6 Dec 2026 a fixed 132 px, so with 32 px text (the page's or `--vk-font-size`) four short
 * steps in an 800 px tracker were side by side, 6.25 times the text a step.
 */
const HORIZONTAL_MIN_STEP_EM = 8.25;
/** A horizontal step's room around its text: button padding (2 × 0.5rem, in rem so it grows with text size) and border (2 × 2px). */
const STEP_PADDING_REM = 2 * 0.5;
const STEP_BORDER_PX = 2 * 2;
/** The marker (2.5rem) is the narrowest a step column can be. */
const MARKER_REM = 2.5;

/** "1 av 1 punkt" / "2 av 5 punkter": the noun follows the total (core/plural.ts). */
const checklistCount = (done: number, total: number): string =>
  isPluralOne(total) ? msg(str`${uiCount(done)} av ${uiCount(total)} punkt`, { id: 'steps.checklist-count.one' }) : msg(str`${uiCount(done)} av ${uiCount(total)} punkter`, { id: 'steps.checklist-count' });

// Our own static icons (never host markup): shape tells the status, not colour. Skipped: an arrow hopping over a dot, in place of the number (as done's check): a number struck through read as a letter ("2" as "Z").
const statusIcons: Record<StepStatus, TemplateResult> = {
  'not-started': svg`<circle cx="20" cy="20" r="17" fill="var(--_vk-bg)" stroke="currentColor" stroke-width="2"/>`,
  'in-progress': svg`<circle cx="20" cy="20" r="17" fill="var(--_vk-bg)" stroke="currentColor" stroke-width="4"/><path d="M20 3a17 17 0 0 1 0 34z" fill="currentColor" opacity=".25"/>`,
  done: svg`<circle cx="20" cy="20" r="18" fill="currentColor"/><path d="M12 20.5l5.5 5.5L29 14.5" fill="none" stroke="var(--_vk-bg)" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/>`,
  skipped: svg`<circle cx="20" cy="20" r="17" fill="var(--_vk-bg)" stroke="currentColor" stroke-width="2" stroke-dasharray="4 4"/><path d="M9 24a9 9 0 0 1 18 0m-4-3.5l4 4 4-4" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/><circle cx="18" cy="24.5" r="2.25" fill="currentColor"/>`,
};

/**
 * Progress through a sequence of steps — by default the seven steps of building a work-oriented
 * course (`workOrientedCourseSteps`), but any steps the document gives.
 *
 * Layout follows the element's own width, never the viewport: horizontal only where every word
 * of every step's title, status and dates fits its column whole; otherwise vertical — also when
 * `orientation="horizontal"` is set but there is no room (words are never split to keep a layout).
 *
 * Keyboard: Tab enters once (on the current step until a step has had focus, then on the last focused); ←/→/↑/↓ move between steps (flipped in RTL); Home/End first/last;
 * Enter opens the step's details (`vk-open`); Space advances the status in edit mode
 * (not-started → in-progress → done → not-started; skipped → not-started); Escape closes details;
 * Ctrl+Z / Ctrl+Shift+Z undo and redo.
 *
 * @summary Progress through N steps, with status, dates and checklists.
 * @element vk-step-tracker
 *
 * @event vk-change - The user made an edit (`step.status`, `step.update`, `step.check`), or `undo()`/`redo()` did. Detail `{ value, operation, source: "user" | "undo" | "redo" }`; cancelable: `preventDefault()` reverts it.
 * @event change - After a `vk-change` that was not cancelled.
 * @event vk-error - A value was rejected; the last valid document stays. Detail `{ code: "invalid-json" | "invalid-document" | "unsupported-version", message, issues: [{ path, message }] }`, `path` a JSON Pointer (RFC 6901).
 * @event vk-open - The user opened a step. Detail `{ kind: "step", id }`.
 *
 * @csspart base - The wrapper of the whole tracker.
 * @csspart header - Title, summary and progress bar.
 * @csspart summary - The "3 of 7 done" line.
 * @csspart list - The ordered list of steps.
 * @csspart step - One step (list item).
 * @csspart step-button - The focusable control of a step.
 * @csspart marker - The status icon of a step.
 * @csspart popover - The details popover.
 * @csspart pictogram - A pictogram image.
 * @csspart empty - The empty or error state.
 *
 * @cssproperty --vk-color-accent - Current step and in-progress colour (falls back to --ds-color-accent-base-default).
 * @cssproperty --vk-color-success - Done colour (falls back to --ds-color-success-text-default).
 * @cssproperty --vk-color-text - Text colour (falls back to --ds-color-neutral-text-default).
 * @cssproperty --vk-color-background - Background (falls back to --ds-color-neutral-background-default).
 * @cssproperty --vk-color-border - Borders and connectors (falls back to --ds-color-neutral-border-default).
 * @cssproperty --vk-font-family - Font (falls back to --ds-font-family).
 * @cssproperty --vk-radius - Corner radius (falls back to --ds-border-radius-md).
 * @cssproperty --vk-radius-lg - The details popover's corner radius (falls back to --ds-border-radius-lg).
 * @cssproperty --vk-color-warning - The details' notice that the host changed the step being edited (falls back to --ds-color-warning-text-default).
 * @cssproperty --vk-color-warning-surface - That notice's background (falls back to --ds-color-warning-surface-tinted).
 * @cssproperty --vk-target-size - Smallest touch target of a step (default 2.75rem, WCAG 2.5.5's 44 px).
 * @cssproperty --vk-space-2 - Base spacing (falls back to --ds-size-2).
 */
export class VkStepTracker extends VkElement<StepsDocument, StepsOperation> {
  static override styles = [tokens, headerStyles, stepTrackerStyles];

  /** body text, the title (1.15em); compact: the step number (0.7em); full: bold, due dates (0.875rem) (see `VkElement.firstRenderFonts`). */
  static override readonly firstRenderFonts = [[1, 400], [1.15, 600], [0.7, 600], [1, 600], [0.875, 400], [0.875, 600]] as const;

  /** Also builds the date formatter a step's due date use, in the page's language (see `VkElement.prepare`). */
  static override prepare(): void {
    super.prepare();
    prepareDateFormats();
  }
  protected get model(): typeof stepsModel {
    return stepsModel;
  }

  /** `horizontal` or `vertical`; unset: chosen by the available width. */
  @property({ reflect: true }) orientation: StepOrientation | undefined;
  /**
   * A one-line form for tables of many participants. Off screen, a compact tracker draws its
   * steps after the page's first frame (an empty list of their exact size until then, with
   * `aria-busy`): see docs/step-tracker.md, "Many compact trackers on one page".
   */
  // useDefault: the initial `false` is not reflected, so a tracker made with the `compact` attribute
  // is not written back its own attribute in its first update (500 setAttribute calls in a table).
  @property({ type: Boolean, reflect: true, useDefault: true }) compact = false;
  /**
   * The `aria-level` of the tracker's title (1–6, default 2), so it fits the host page's outline.
   * @example <vk-step-tracker heading-level="3"></vk-step-tracker>
   */
  @property({ attribute: 'heading-level', converter: headingLevelAttribute }) headingLevel = 2;

  // No initial values for these two states (undefined: no width, no details): each was an accessor call and a requestUpdate per constructor.
  /** The host's content width (px), from a ResizeObserver. */
  @state() private hostWidth?: number;
  /** True when every step's words fit a horizontal column whole. */
  #fitsHorizontal?: boolean;
  #roomy?: boolean;
  @state() private openStepId?: string | null;
  /** The details' popover when drawn (a query, not Lit's `@query`: its code would load with the tracker for this one use). */
  get #popoverPanel(): HTMLElement | null {
    return this.renderRoot.querySelector('.vk-popover');
  }

  /** A compact tracker's step buttons in order, kept by `compactSteps` (no query per update). */
  readonly #compactButtons: HTMLElement[] = [];
  readonly #roving = new RovingFocus(this, {
    items: () => (this.compact ? (this.document ? this.#compactButtons.slice() : []) : Array.from(this.renderRoot.querySelectorAll<HTMLElement>('.step-button'))),
    orientation: () => 'both',
    enabled: () => !this.isDisabled,
  });
  /** The lazy details part, once this tracker has adopted its styles; and its popover controller. */
  #details: DetailsModule | undefined;
  #popover: PopoverController | undefined;
  /** A step the user opened while the details' chunk was still loading; the next key or focus elsewhere cancels it (`#pending`). */
  #opening: Promise<void> | undefined;
  readonly #pending = pendingOpen(this, (text) => this.announcer.announce(text), () => (this.#opening = undefined));
  /** The step as the details' fields first showed it, and the `hostRevision` it was taken at. */
  #detailsBase: { revision: number; step: Step } | null = null;
  #probe?: Element | null;
  /** The probe's height (1em, px) last reported. */
  #em?: number;
  /**
   * Steps drawn once (the full form draws them all): a compact tracker whose steps were never
   * drawn renders an empty placeholder list first (see `steps-later`).
   */
  #stepsShown?: boolean;
  /** Oslo's day the last render took, and whether a step shown then can still fall due (the page's midnight clock is asked to update this tracker). */
  #today!: string;
  #fallsDue?: boolean;
  /** A step has had focus (see `renderDocument`). */
  #entered?: boolean;
  /** `compact` switched with the details open: they closed in `willUpdate`, focus to the tracker in `updated`. */
  #switched = false;

  /**
   * The layout in use now: `vertical` when set so or when a horizontal step would have to split a
   * word (whatever `orientation` says); `horizontal` when set so and everything fits, or, unset,
   * when everything fits with at least 8.25 times the tracker's text a step (132 px at 16 px).
   */
  get layout(): StepOrientation {
    if (!this.#fitsHorizontal || this.orientation === 'vertical') return 'vertical';
    return this.orientation === 'horizontal' || this.#roomy ? 'horizontal' : 'vertical';
  }

  get #headingLevel(): number {
    return headingLevel(this.headingLevel);
  }

  /** Compact trackers fill tables of hundreds and rarely announce: their live region comes with the first message. */
  protected override get liveRegionOnDemand(): boolean {
    return this.compact;
  }

  protected override emptyMessage(): string {
    return msg('Ingen steg ennå.', { id: 'steps.empty' });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: watch the probe again (a first connection observes it after rendering).
    if (this.hasUpdated && !this.compact) this.#observeProbe(this.renderRoot.querySelector('.width-probe'));
    // Taken out before its steps were drawn (see steps-later): deferred again from here.
    if (this.hasUpdated && this.compact && !this.#stepsShown) this.requestUpdate();
    // Back in the page with a step that can fall due: a new day while out draws again (and watches from there); else watch again.
    if (this.#fallsDue) {
      if (osloToday() !== this.#today) this.requestUpdate();
      else watchToday(this, true);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    forgetSteps(this);
    watchToday(this, false);
    this.#observeProbe(null);
  }

  /** Called by the shared observer with the probe's new size: the tracker's width, and 1em of its text plus 1rem tall (core/width-probe.ts; the styles' `.width-probe`). */
  #resized({ width, height }: DOMRectReadOnly): void {
    // Compact trackers do not measure (one line whatever the width): no re-render per resize.
    if (this.compact) return;
    // The height alone changed: the text size did (--vk-font-size, the page's: the root's alone too, with --vk-font-size in px), and the layout was chosen at the old one.
    if (this.#em && height !== this.#em) this.requestUpdate();
    this.#em = height;
    this.hostWidth = width;
  }

  /**
   * Watches the width probe through the one observer all trackers share. The probe is a
   * 1em tall element, not the host: a layout switch changes the host's height, and observing
   * that would loop ("ResizeObserver loop completed with undelivered notifications"). Compact
   * trackers render no probe, so they are never observed.
   */
  #observeProbe(probe: Element | null): void {
    if (probe === this.#probe) return;
    if (this.#probe) {
      probeObserver?.unobserve(this.#probe);
      probeOwners.delete(this.#probe);
    }
    this.#probe = probe;
    if (!probe) return;
    probeObserver ??= new ResizeObserver((entries) => {
      for (const entry of entries) {
        const owner = probeOwners.get(entry.target);
        if (owner) owner.#resized(entry.contentRect);
      }
    });
    probeOwners.set(probe, this);
    probeObserver.observe(probe);
  }

  /** Measures, in the host's font, whether every word of every step fits a horizontal column. */
  #chooseLayout(width = 0): void {
    const steps = this.document?.steps ?? [];
    if (steps.length === 0 || this.compact || width <= 0) {
      this.#fitsHorizontal = false;
      this.#roomy = false;
      return;
    }
    const style = getComputedStyle(this);
    const size = parseFloat(style.fontSize) || 16;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const family = style.fontFamily;
    const locale = this.textLocale;
    const titleFont = `600 ${size}px ${family}`;
    const smallFont = `400 ${0.875 * rem}px ${family}`;
    const texts: ShownText[] = [];
    for (const [index, step] of steps.entries()) {
      texts.push({ text: stepName(step, index + 1, locale), font: titleFont }, { text: statusLabel(step.status), font: smallFont });
      if (step.due) texts.push({ text: `${msg('Forfalt', { id: 'steps.overdue' })} ${formatDate(step.due, locale)}`, font: `600 ${0.875 * rem}px ${family}` });
      if (step.checklist?.length) texts.push({ text: checklistCount(step.checklist.length, step.checklist.length), font: smallFont });
    }
    texts.push({ text: msg('Nå', { id: 'steps.current' }), font: smallFont });
    // The words, the marker and a 2px rounding margin must fit between the column's padding.
    const needed = Math.max(MARKER_REM * rem, widestWord(texts, parseFloat(style.letterSpacing) || 0) + 2);
    const perStep = width / steps.length;
    this.#fitsHorizontal = perStep - STEP_PADDING_REM * rem - STEP_BORDER_PX >= needed;
    this.#roomy = perStep >= HORIZONTAL_MIN_STEP_EM * size;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('document') && this.openStepId) {
      const live = this.document?.steps.find((s) => s.id === this.openStepId);
      if (live) this.#followStep(live);
      // Their step removed, the document kept: they stay, the step as it was, nothing saved (`removed`, step-details.ts).
      // The whole document taken (`null`, only a host value does): they close, focus in them put back inside by core
      // VkElement (a host value with focus inside: `ensureFocus`), never left on <body>.
      else if (!this.document || !this.#detailsBase) this.#closeDetails(false);
    }
    // Disabled by the host: the details close, as the other widgets' panels do; focus the browser
    // dropped from them (at the `disabled` write) goes to their step, never <body>.
    if (this.isDisabled && this.openStepId) this.#closeDetails(focusLost());
    else if (changed.has('readonly') && this.readonly && this.openStepId) this.announcer.announce(viewOnlyWords()); // they stay open, fields as text: says why (core/view-only.ts)
    // Made compact (or full) with the details open: they close before the other form is drawn (before 8 Dec 2026 it drew them
    // again and `updated` closed them: a second render) and focus goes to the tracker's Tab stop after it (`updated`: the step
    // they were opened on; their anchor is the old form's). What was typed is kept, not saved (step-details.ts `away`).
    if ((this.#switched = changed.has('compact') && !!this.openStepId && !!this.#popover?.isOpen)) this.#closeDetails(false);
    // A tracker that was full has drawn its steps: made compact, it keeps them (and focus in them).
    if (!this.compact) this.#stepsShown = true;
    // A compact tracker is always one line: no measuring, so 500 of them in a table never force a
    // layout each (reading clientWidth between other trackers' renders made that quadratic).
    if (this.compact) return;
    if (!this.hostWidth && this.isConnected) this.hostWidth = this.clientWidth;
    this.#chooseLayout(this.hostWidth);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Overdue marks move at midnight without the host: the page's one clock asks for a render while
    // a step can still fall due (none: no timer for this tracker; see core/today-clock.ts).
    this.#fallsDue = !!this.document?.steps.some((step) => fallsDue(step, this.#today));
    watchToday(this, this.isConnected && this.#fallsDue);
    this.#observeProbe(this.compact || !this.isConnected ? null : this.renderRoot.querySelector('.width-probe'));
    if (changed.has('openStepId') && this.openStepId && this.#popoverPanel && this.#popover && !this.#popover.isOpen) {
      const anchor = this.#stepButton(this.openStepId);
      if (anchor) this.#popover.open(anchor, this.#popoverPanel, () => (this.openStepId = null));
      if (anchor) this.#details?.stickDetailsEnds(this.#popoverPanel);
    } else if (this.#switched) this.focus();
    this.#switched = false;
  }

  protected renderDocument(doc: StepsDocument): TemplateResult {
    const locale = this.textLocale;
    const counts = stepCounts(doc);
    const current = currentStepIndex(doc);
    // Tab (and `focus()`) enters on the current step until the user has focused one (WAI-ARIA APG roving tabindex), then on the last focused.
    if (!this.#entered) this.#roving.activeKey = doc.steps[current]?.id ?? null;
    // Oslo's day, once per render (contract §4), for every step's overdue.
    const today = (this.#today = osloToday());
    const title = resolveText(doc.title, locale);
    const summary = msg(str`${uiCount(counts.done)} av ${uiCount(counts.total)} ferdig`, { id: 'steps.summary' });
    const skipped = counts.skipped > 0 ? msg(str`${uiCount(counts.skipped)} hoppet over`, { id: 'steps.skipped' }) : '';
    // The widget's wrapper is in the UI locale (`lang`); the document's title says its own.
    const titleLang = resolvedLocale(doc.title, locale);
    const heading = title ? html`<p class="title" id="title" role="heading" aria-level=${this.#headingLevel} lang=${titleLang}><span ${fitWord(title)}>${title}</span></p>` : nothing;
    // The skipped and overdue counts each in their own box: a compact summary breaks between its
    // parts first ("3 av 7 ferdig ·", "1 hoppet over ·", "1 forfalt"). A dot is held to the word
    // before it (no-break space, inside that part's box): a part wrapped in a narrow cell never
    // leaves it alone on a line. The overdue count is the compact form's (a table of participants,
    // where "who is overdue" is the question; the full form says "Forfalt" at each step), last, in
    // the overdue colour and weight. No steps: the summary says so instead of "0 av 0 ferdig" (no
    // empty bar or list is shown).
    const none = doc.steps.length === 0;
    let overdue = 0;
    if (this.compact) for (const step of doc.steps) if (isOverdue(step, today)) overdue++;
    const late = overdue > 0 ? msg(str`${uiCount(overdue)} forfalt`, { id: 'steps.overdue-count' }) : '';
    // One template per case, none nested: 500 compact trackers in a table each make one instance.
    // prettier-ignore
    const summaryText = none ? noStepsText(this.emptyMessage(), this.editable && !this.compact)
      : skipped && late ? html`${summary}\u00a0· <span>${skipped}\u00a0·</span> <span data-overdue>${late}</span>`
      : skipped ? html`${summary}\u00a0· <span>${skipped}</span>`
      : late ? html`${summary}\u00a0· <span data-overdue>${late}</span>`
      : summary;
    const label = title ? nothing : msg('Fremdrift', { id: 'steps.label' });
    // Disabled, the steps (still focusable, aria-disabled) open and change nothing: no hint of keys that do nothing there.
    const hint = this.isDisabled ? '' : this.editable ? msg('Mellomrom endrer status. Enter åpner detaljer.', { id: 'steps.hint.edit' }) : msg('Enter åpner detaljer.', { id: 'steps.hint.view' });
    const popover = this.openStepId
      ? html`<div class="vk-popover" part="popover" popover="manual" role="dialog" aria-labelledby="details-title" tabindex="-1">${this.#renderDetails(doc, locale)}</div>`
      : nothing;
    // The summary takes focus from script only (tabindex -1): where focus goes when a host value
    // leaves no step to focus ("Ingen steg ennå."), instead of <body>; steps come first (ensureFocus).
    // The compact form has its own, smaller template (no width probe, bar or per-step templates):
    // a table holds hundreds of them. Its title is one line, not a heading (500 rows are not 500
    // sections): shortened, its full text is the tooltip and the list's name.
    if (this.compact) {
      const later = !this.#stepsShown && doc.steps.length > 0 && this.isConnected;
      if (later) deferSteps(this, this.#showSteps);
      // (No white space between the elements: fewer nodes to clone.)
      // prettier-ignore
      return html`<section part="base" class="tracker" data-layout="horizontal" data-compact lang=${getLocale()}><div part="header" class="header">${title ? html`<p class="title" title=${title} lang=${titleLang}>${title}</p>` : nothing}<p part="summary" class="summary" id="summary" tabindex="-1">${summaryText}</p></div><ol part="list" class="steps" ?hidden=${none} aria-label=${title || label} @keydown=${this.#onKeydown} @keyup=${this.#onKeyup} @focusin=${this.#onFocusIn} @pointerover=${showCompactTitle} @click=${this.#onClick}>${compactSteps(later ? [] : doc.steps, current, locale, this.isDisabled, this.#compactButtons, later ? doc.steps.length : 0, today)}</ol><span id="hint" hidden>${hint}</span>${popover}</section>`;
    }
    return html`<div class="width-probe" aria-hidden="true"></div>
      <section part="base" class="tracker" data-layout=${this.layout} lang=${getLocale()}>
        <div part="header" class="header">${heading}<p part="summary" class="summary" id="summary" tabindex="-1">${summaryText}</p></div>
        <div class="bar" aria-hidden="true" ?hidden=${none}>${doc.steps.map((s) => html`<span data-status=${s.status}></span>`)}</div>
        <ol part="list" class="steps" ?hidden=${none} aria-label=${label} @keydown=${this.#onKeydown} @keyup=${this.#onKeyup} @focusin=${this.#onFocusIn} @click=${this.#onClick}>
          ${repeat(doc.steps, (step) => step.id, (step, index) => this.#renderStep(step, index, index === current, locale, today))}
        </ol>
        <span id="hint" hidden>${hint}</span>
        ${popover}
      </section>`;
  }

  readonly #onFocusIn = (e: FocusEvent): void => {
    this.#entered = true;
    this.#roving.handleFocusIn(e);
  };

  /** Draws a compact tracker's deferred steps now (called by `steps-later`). */
  readonly #showSteps = (): void => {
    this.#stepsShown = true;
    this.requestUpdate();
    this.performUpdate();
  };

  /**
   * One listener on the list instead of one per step button. In the compact form the step's whole
   * box (its hover and current-step frame) is the target: a click beside the disc is the disc's
   * button's, focused as a press on it would be.
   */
  readonly #onClick = (e: Event): void => {
    const target = e.composedPath()[0] as HTMLElement;
    let button = target.closest?.('.step-button') as HTMLElement | null;
    if (!button && this.compact) {
      button = (target.closest?.('.step') as HTMLElement | null)?.querySelector<HTMLElement>('.step-button') ?? null;
      button?.focus();
    }
    const key = button?.dataset.key;
    if (key) this.#openDetails(key, button);
  };

  /** A step of the full form (the compact form's steps are `compactSteps`). */
  #renderStep(step: Step, index: number, isCurrent: boolean, locale: string, today: string): TemplateResult {
    const title = stepName(step, index + 1, locale);
    const overdue = isOverdue(step, today);
    const checklist = step.checklist ?? [];
    const checked = checklist.filter((item) => item.done).length;
    return html`<li part="step" class="step" data-status=${step.status}>
      <button
        type="button"
        part="step-button"
        class="step-button"
        data-key=${step.id}
        aria-current=${isCurrent ? 'step' : nothing}
        aria-describedby="hint"
        aria-disabled=${this.isDisabled ? 'true' : nothing}
      >
        <span part="marker" class="marker" aria-hidden="true">
          <svg viewBox="0 0 40 40" focusable="false">${statusIcons[step.status]}</svg>
          ${step.status === 'done' || step.status === 'skipped' ? nothing : html`<span class="number">${uiDigits(index + 1)}</span>`}
        </span>
        <span class="label">
          ${renderPictogram(step.pictogram, locale, true)}
          <span class="step-title" ${fitWord(title)} lang=${nameLang(step.title, locale)} dir=${directionOf(nameLang(step.title, locale))}>${keepHyphens(title)}</span>
          <span class="status-text">${statusLabel(step.status)}${isCurrent ? html` <span class="now" aria-hidden="true">${msg('Nå', { id: 'steps.current' })}</span>` : nothing}</span>
          ${step.due
            ? html`<span class="meta" ?data-overdue=${overdue}>${overdue ? msg('Forfalt', { id: 'steps.overdue' }) + ' · ' : ''}${due(formatDate(step.due, locale), locale)}</span>`
            : nothing}
          ${checklist.length > 0 ? html`<span class="meta">${checklistCount(checked, checklist.length)}</span>` : nothing}
        </span>
      </button>
    </li>`;
  }

  /**
   * The details' fields show a snapshot: own edits and undo keep it current; a host value that
   * changes the open step freezes it (the user's typing and unsaved status are kept) and a notice
   * offers the new values. A host change elsewhere is taken silently.
   */
  #followStep(live: Step): void {
    const base = this.#detailsBase;
    if (!base || base.revision === this.hostRevision || deepEqualJson(base.step, live)) this.#detailsBase = { revision: this.hostRevision, step: live };
  }

  #renderDetails(doc: StepsDocument, locale: string): TemplateResult | typeof nothing {
    // (Drawn only with a step open; `base` is that step's: #showDetails sets both.)
    const live = doc.steps.find((s) => s.id === this.openStepId);
    const base = this.#detailsBase;
    const step = live ?? base?.step;
    const details = this.#details;
    if (!step || !details) return nothing;
    return details.renderStepDetails(step, {
      name: stepName(step, doc.steps.indexOf(step) + 1, locale),
      removed: !live,
      level: Math.min(6, this.#headingLevel + 1),
      editable: this.editable,
      locale,
      initial: base?.step ?? step,
      changedByHost: base !== null && base.revision !== this.hostRevision,
      useTheirs: () => {
        this.#detailsBase = { revision: this.hostRevision, step };
        this.requestUpdate();
      },
      // (#setStatus commits only a new status.)
      submitStatus: (s, to) => void (this.#setStatus(s, to), this.#closeDetails(true)),
      check: (s, itemId, done) => this.#check(s, itemId, done),
      update: (s, changes) => this.#update(s, changes),
      close: () => this.#closeDetails(true),
    });
  }

  /** Undo and redo of an edit to a step's text: "Angret: Norskkurs — endret". */
  protected override describeOperation(operation: StepsOperation): string | null {
    const step = this.document?.steps.find((s) => s.id === operation.stepId);
    return step ? msg(str`${this.#title(step)} — endret`, { id: 'steps.describe.update' }) : null;
  }

  /** A status or a checklist item as it is now, as its edit announced it: "Arbeidspraksis: Ferdig", "Møt opp: krysset av". */
  protected override describeState(operation: StepsOperation): string | null {
    const step = this.document?.steps.find((s) => s.id === operation.stepId);
    if (!step || operation.type === 'step.update') return null;
    if (operation.type === 'step.status') return msg(str`${this.#title(step)}: ${statusLabel(operation.to)}`, { id: 'steps.announce.status' });
    const at = step.checklist?.findIndex((i) => i.id === operation.itemId) ?? -1;
    const item = isolate(itemName(step.checklist?.[at], at + 1, this.textLocale));
    return operation.done ? msg(str`${item}: krysset av`, { id: 'steps.announce.checked' }) : msg(str`${item}: ikke krysset av`, { id: 'steps.announce.unchecked' });
  }

  /**
   * After undo/redo (or a host value) focus goes to the step the operation touched. A host value
   * that took away the focused control of details still open (the checklist box it removed): on
   * them (a labelled dialog; Tab goes on into it), where their notice offers the new values, not
   * onto the step (which closed them).
   */
  protected override focusAfterChange(operation: StepsOperation | null): HTMLElement | null {
    const panel = !operation && this.#popover?.isOpen && this.#popoverPanel;
    if (panel) return panel;
    const button = operation ? this.#stepButton(operation.stepId) : null;
    if (button && operation) {
      this.#roving.activeKey = operation.stepId;
      this.#roving.sync();
      return button;
    }
    return (this.isDisabled && this.#stepButton(this.#roving.activeKey!)) || this.defaultFocusTarget(); // disabled: every step out of the tab order, the user's one
  }

  #stepButton(stepId: string): HTMLElement | null {
    return Array.from(this.renderRoot.querySelectorAll<HTMLElement>('.step-button')).find((el) => el.dataset.key === stepId) ?? null;
  }

  /**
   * Also waits for a step the user just opened whose details' chunk is still loading, so
   * `await el.updateComplete` after Enter sees the open details.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#opening) {
      await this.#opening;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Loads the details' chunk (once per page) and adopts its styles here (once per tracker). */
  #ensureDetails(): Promise<void> | undefined {
    if (this.#details) return undefined;
    return VkStepTracker.#attachDetails(new WeakRef(this));
  }

  /**
   * Static and holding only a WeakRef: a callback made in an instance method would share a context
   * with `this`, and the pending import would keep a tracker removed before the chunk arrived
   * reachable until it did.
   */
  static #attachDetails(ref: WeakRef<VkStepTracker>): Promise<void> {
    return loadDetails().then((module) => {
      const tracker = ref.deref();
      if (!tracker || tracker.#details) return;
      const root = tracker.renderRoot as ShadowRoot;
      const sheets = [module.popoverStyles, module.stepDetailsStyles].map((style) => style.styleSheet).filter((sheet): sheet is CSSStyleSheet => sheet !== undefined);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
      tracker.#popover = new module.PopoverController(tracker);
      tracker.#details = module;
      tracker.announcer.loadRecovered('details'); // it had failed on an earlier open
    });
  }

  /** First focus or pointer entry: fetch the details' chunk now, so Enter or a click never waits. */
  readonly #preload = (): void => {
    this.removeEventListener('focusin', this.#preload), this.removeEventListener('pointerenter', this.#preload);
    preloadDetails();
  };

  constructor() {
    super();
    this.addEventListener('focusin', this.#preload), this.addEventListener('pointerenter', this.#preload);
  }

  #openDetails(stepId: string, button: Element | null): void {
    if (this.isDisabled) return;
    this.open('step', stepId);
    this.#roving.activeKey = stepId;
    const loading = this.#ensureDetails();
    if (!loading) return this.#showDetails(stepId);
    // The chunk is on its way (preloaded on first focus or pointer entry): show when it is in; a later open wins. Not once the
    // user has gone on (core/pending-open.ts: the next key, focus on another step) or put focus elsewhere on the page (it would take it).
    this.#pending.start(button);
    const opening: Promise<void> = loading.then(
      () => {
        if (this.#opening !== opening) return;
        if (((this.#opening = undefined), this.#pending.done(button)) && this.isConnected && !this.isDisabled && focusOurs(this)) this.#showDetails(stepId);
      },
      (error: unknown) => {
        if (this.#opening === opening) this.#opening = undefined;
        this.#pending.end(true), this.announcer.loadFailed(error, 'details', () => (this.document?.steps.some((s) => s.id === stepId) ? this.#openDetails(stepId, button) : (this.announcer.announce(msg('Steget ble fjernet av noen andre.', { id: 'steps.notice.removed' })), void this.#ensureDetails()?.catch(() => undefined)))); // "Prøv igjen": this open again; the step gone meanwhile (a host value), said, and the part asked for alone
      },
    );
    this.#opening = opening;
  }

  #showDetails(stepId: string): void {
    if (this.#popover?.isOpen) this.#popover.close(false);
    const step = this.document?.steps.find((s) => s.id === stepId);
    this.#detailsBase = step ? { revision: this.hostRevision, step } : null;
    this.openStepId = stepId;
  }

  #closeDetails(restoreFocus: boolean): void {
    this.#popover?.close(restoreFocus);
    this.openStepId = null;
  }

  #onKeydown(event: KeyboardEvent): void {
    if (this.isDisabled) return;
    const button = (event.composedPath()[0] as HTMLElement).closest?.('.step-button') as HTMLElement | null;
    if (!button) return;
    if (this.#roving.handleKeydown(event)) return;
    const stepId = button.dataset.key;
    if (!stepId) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      this.#openDetails(stepId, button);
    } else if (event.key === ' ') {
      event.preventDefault();
      const step = this.document?.steps.find((s) => s.id === stepId);
      // Once per press, as a button's Space: a held key's repeats would cycle the status on and on.
      if (step && this.editable && !event.repeat) this.#setStatus(step, nextStatus(step.status));
    }
  }

  #onKeyup(event: KeyboardEvent): void {
    // A button clicks on Space's keyup; Space is our status key, not "open".
    if (event.key === ' ') event.preventDefault();
  }

  #title(step: Step): string {
    return isolate(stepName(step, (this.document?.steps.findIndex((s) => s.id === step.id) ?? 0) + 1, this.textLocale));
  }

  #setStatus(step: Step, to: StepStatus): void {
    if (step.status !== to) this.#edit({ type: 'step.status', stepId: step.id, from: step.status, to });
  }

  #check(step: Step, itemId: string, done: boolean): void {
    this.#edit({ type: 'step.check', stepId: step.id, itemId, done });
  }

  /** Commits a status or a checklist item and says it as it is now (see `describeState`). */
  #edit(operation: StepsOperation): void {
    if (this.editable && this.commit(operation)) this.announcer.announce(this.describeState(operation) ?? '');
  }

  /** True when the edit stands. */
  #update(step: Step, changes: StepChanges): boolean {
    const done = this.editable && this.commit({ type: 'step.update', stepId: step.id, changes });
    // The title now in force (a rename says the new one).
    if (done) this.announcer.announce(msg(str`${this.#title(this.document?.steps.find((s) => s.id === step.id) ?? step)}: lagret`, { id: 'steps.announce.updated' }));
    return done;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vk-step-tracker': VkStepTracker;
  }
}

/** "Frist 4. mars 2026": the date in the text locale, marked so (`withPart`). */
function due(date: string, locale: string): TemplateResult | string {
  return withPart(msg(str`Frist ${isolate(date)}`, { id: 'steps.due' }), date, locale);
}
