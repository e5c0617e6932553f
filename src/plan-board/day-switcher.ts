import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { renderPictogram } from '../core/pictograms.js';
import { directionOf } from '../core/text.js';
import { nameLang } from '../core/names.js';
import { isRtl } from '../core/roving-focus.js';
import { keepTogether } from '../core/keep-together.js';
import { isPluralOne } from '../core/plural.js';
import { uiCount } from '../core/digits.js';
import { columnNameAt, columnPosition } from './board-text.js';
import type { PlanColumn, PlanDocument } from './plan-board.types.js';

/**
 * The day to show (its index) after a new document: the day shown before, where it is now (the host
 * may add or remove days before it: the index alone showed another day); where the host removed it,
 * the day now in its place (the next, else the last), passed to `moved` to be said as a user's day
 * change is ("Onsdag, 2 av 4"): before, focus went to that day's card without a word and the status
 * still named the removed day. No day left: `moved` too (0, a day the document does not have: the
 * board empties its status, which named the last day shown until 7 Dec 2026). O(columns).
 */
export function shownDay(before: PlanDocument | null, doc: PlanDocument, current: number, moved: (index: number) => void): number {
  const id = before?.columns[current]?.id;
  const at = doc.columns.findIndex((c) => c.id === id);
  if (at >= 0) return at;
  current = Math.min(current, Math.max(0, doc.columns.length - 1));
  if (id) moved(current);
  return current;
}

/**
 * Below 30em of the board's own width (480 px at 16 px text) one column shows at a time. The day switcher is a
 * WAI-ARIA tablist (tabs named by the column titles and their visible card counts, "Mandag 2 kort";
 * ←/→ flipped in RTL, Home/End; automatic activation) over the one visible column (the tabpanel,
 * named by its tab's title alone: `tab-name-<i>`), with a visible "Tirsdag, 2 av 5" so a
 * participant sees where they are and how many columns there are. A horizontal swipe on the
 * column switches too (see `SwipeTracker`). Where the board is under 18em of its text (a phone at
 * large text: 200 % on 360 px is 10.75em) the tabs are one row that scrolls sideways, not a stack
 * of one tab per row above the first card: the selected tab is kept in view and edge cues show
 * that more tabs follow (scroll-cue.ts); the tabs pattern is the same (arrows, Home/End, one tab stop). A tab is its
 * day's (keyed by id): focus on it stays on it when the host adds or removes days before it (by index, it was another day's).
 */
export function renderDaySwitcher(columns: readonly PlanColumn[], current: number, locale: string, counts: readonly number[], onSelect: (index: number, focus: boolean) => void): TemplateResult {
  const total = columns.length;
  const column = columns[current];
  const title = column ? columnNameAt(column, current, locale) : '';
  return html`<div class="switcher" part="day-switcher">
    <p class="switcher-position" aria-hidden="true"><bdi>${keepTogether(columnPosition(title, current, total))}</bdi></p>
    <div class="cue-frame"><div
      class="tabs"
      data-cue
      role="tablist"
      aria-label=${msg(str`Kolonner (${uiCount(total)})`, { id: 'plan-board.switcher.label' })}
      @keydown=${(e: KeyboardEvent) => onTabKey(e, current, total, onSelect)}
    >
      ${repeat(columns, (c) => c.id, (c, i) => {
        const lang = nameLang(c.title, locale);
        return html`<button
          type="button"
          role="tab"
          class="tab"
          id=${`tab-${i}`}
          aria-selected=${i === current}
          aria-controls=${i === current ? `column-panel-${i}` : nothing}
          tabindex=${i === current ? 0 : -1}
          @click=${() => onSelect(i, true)}
        >
          ${renderPictogram(c.pictogram, locale, true)}<span id=${`tab-name-${i}`} lang=${lang} dir=${directionOf(lang)}>${columnNameAt(c, i, locale)}</span
          ><span class="tab-count" aria-hidden="true">${uiCount(counts[i] ?? 0)}</span><span class="vk-visually-hidden">${cardCount(counts[i] ?? 0)}</span>
        </button>`;
      })}
    </div></div>
  </div>`;
}

/** A day tab's count in words ("2 kort"): the visible number is in the tab's name, with its noun (WCAG 2.5.3, label in name). */
function cardCount(n: number): string {
  return isPluralOne(n) ? msg(str`${uiCount(n)} kort`, { id: 'plan-board.tab-count.one' }) : msg(str`${uiCount(n)} kort`, { id: 'plan-board.tab-count' });
}

function onTabKey(event: KeyboardEvent, current: number, total: number, onSelect: (index: number, focus: boolean) => void): void {
  const rtl = isRtl(event.currentTarget as Element);
  let next = -1;
  if (event.key === 'ArrowRight') next = current + (rtl ? -1 : 1);
  else if (event.key === 'ArrowLeft') next = current + (rtl ? 1 : -1);
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = total - 1;
  else return;
  event.preventDefault();
  event.stopPropagation();
  onSelect((next + total) % total, true);
}

/**
 * Horizontal swipes (touch or pen) on the visible column: −1 previous, +1 next (in reading
 * direction). Not while the page is pinch-zoomed: then the row lets the browser pan (board-width.ts,
 * `data-zoomed`), which takes the pointer (`pointercancel`), so a sideways drag pans the page.
 */
export class SwipeTracker {
  #start: { id: number; x: number; y: number } | null = null;

  down(event: PointerEvent): void {
    if (event.pointerType === 'mouse' || !event.isPrimary) return;
    this.#start = { id: event.pointerId, x: event.clientX, y: event.clientY };
  }

  /** The swipe's direction when the pointer went up after a clear horizontal move, else 0. */
  up(event: PointerEvent, rtl: boolean): -1 | 0 | 1 {
    const start = this.#start;
    this.#start = null;
    if (!start || start.id !== event.pointerId) return 0;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) < 60 || Math.abs(dx) < 2 * Math.abs(dy)) return 0;
    const towardsStart = dx > 0;
    return (towardsStart !== rtl ? -1 : 1) as -1 | 1;
  }

  cancel(): void {
    this.#start = null;
  }
}
