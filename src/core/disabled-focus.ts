import type { ReactiveControllerHost } from 'lit';
import { focusLost, focusOurs, pressing } from './roving-focus.js';

/**
 * Focus is never dropped when a host disables a widget, whatever the route: its own `disabled`, a
 * `<fieldset disabled>` (nested ones too), or undoing any of them, everything in one task included
 * (WCAG 2.4.3). Chromium blurs the host each time its disabled state is set or changes source
 * (and calls `formDisabledCallback` only when the state itself changes): focus goes to nowhere,
 * not by a pointer press (`pressing`). After the task's changes (a microtask) and the update
 * (`ensureFocus`), focus comes back on the widget's own (aria-disabled) items, never `<body>`; not
 * if it has gone elsewhere meanwhile.
 *
 * Where it was is kept too, read in the focus-out before the disabled render removes it (the
 * board's Done box is not drawn while disabled): once the widget is enabled again, focus goes back
 * to that element, else to the one with its classes in the same `item` (the item holding the same
 * `[data-roving]` key), if focus is still where the widget put it (or lost: not elsewhere on the
 * page). So a Space on Done, a host that disables the form while it saves and then enables it, and
 * the next Space toggles Done again.
 *
 * A widget moved in the page with focus inside gets it back the same way.
 *
 * Call from `createRenderRoot` with the widget's shadow root; call the function it returns each
 * time the widget's disabled state changes (`disabled`, `formDisabledCallback`).
 */
/**
 * The task count, moved on by one page-wide timer: a widget's change is "in this task" while the count it saw is current. A
 * timer per widget closed over its scope and so held the removed widget until it ran (every connect starts one since moves
 * count; throttled timers in a background page kept the last few removed calendars alive in the leak tests).
 */
let ticking = false;
let task = 0;
/**
 * The timer's callback, made here and not in `keepDisabledFocus`: a function made in there keeps that whole scope (V8 gives
 * its closures one context: `host`, `root`, its listeners), so the page-wide timer held the widget that started it until it
 * ran, whatever the callback read (a calendar removed in leaks-throttled-timers.test.ts).
 */
function tick(): void {
  ticking = false;
  task++;
}

export function keepDisabledFocus(host: ReactiveControllerHost & HTMLElement, root: ShadowRoot, ensureFocus: () => Promise<void>, disabled: () => boolean, item?: string): () => void {
  /** The task in which the disabled state last changed (or the widget was put on the page). */
  let changedIn = -1;
  /** The dropped element, how to find the one drawn in its place, and where focus was put. */
  let dropped: [el: HTMLElement, find: () => HTMLElement | null | undefined, placed: Element | null] | null = null;
  root.addEventListener('focusout', (event) => {
    if ((event as FocusEvent).relatedTarget || pressing) return;
    const el = event.target as HTMLElement;
    const key = item && el.closest(item)?.querySelector<HTMLElement>('[data-roving]')?.dataset.roving;
    const classes = [...el.classList].map((name) => `.${CSS.escape(name)}`).join('');
    // (Not one selector with :has(): Firefox 120, a target, has none.)
    const find = () => (key && classes ? root.querySelector(`[data-roving="${CSS.escape(key)}"]`)?.closest(item!)?.querySelector<HTMLElement>(classes) : null);
    // Not disabled (moved, or enabled again in the task): back on it at once, not at some later update (a chunk's, 3 s on: QA 82-move).
    queueMicrotask(() => focusLost() && (host.matches(':disabled') || changedIn === task) && void ensureFocus().then(() => ((dropped = [el, find, root.activeElement]), restore())));
  });
  const restore = (): void => {
    if (!dropped || disabled()) return;
    const [el, find, placed] = dropped;
    dropped = null;
    // Not if the user has since put focus elsewhere on the page (ensureFocus placed none: its update completed late).
    const next = root.activeElement !== placed || !focusOurs(host) ? null : el.isConnected ? el : find();
    if (next?.checkVisibility() && !next.matches(':disabled')) next.focus();
  };
  /** The disabled state changed, or the widget was put on the page: for this task. */
  const changed = (): void => {
    if (!ticking) (ticking = true), setTimeout(tick);
    changedIn = task;
  };
  host.addController({
    // Moved (removed and put back in one task: `document.body.prepend(el)`, a framework's keyed reorder): the browser
    // blurred the focused control as it went and left focus on <body>; back on the widget's current item (`ensureFocus`:
    // the open step of a tracker whose details the move closed) as when disabled, never <body>. Only removed: nothing.
    hostConnected: changed,
    hostUpdated: restore,
  });
  return changed;
}
