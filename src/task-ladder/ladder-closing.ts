// The details closing with no task left to take focus back, and opening in a window too low for their
// heading and first control together (the lazy panel chunk: its bytes are not up front).
import type { PopoverController } from '../core/popover.js';

/**
 * Runs as the details close (the popover's `onClose`, before it puts focus back): with focus still on
 * one of their controls (Escape, "Lukk", a press outside; not Tab, whose focus has already gone on)
 * and no task left in the ladder (the host removed the last one, or every phase, while they were
 * open), focus goes to the ladder's title (tabindex -1: where a host value that leaves no task to
 * focus puts it too), not <body>. The popover's own fallback, the ladder's `focus()`, finds only the
 * closing panel's controls then, hidden until the next render removes them. Before 7 Dec 2026 it
 * did (a newcomer's QA: q8-removed-restore, only/all).
 */
export function focusTitleIfNoTask(root: ShadowRoot, panel: HTMLElement): void {
  if (!root.querySelector('.task-button') && panel.contains(root.activeElement)) root.querySelector<HTMLElement>('#title')?.focus();
}

/**
 * Opens the details (`popover.open`). In a low window (under 28em: 400 % zoom, a 320×256 window; a
 * phone turned), once the details view (not a form: their focus is set out in docs/task-ladder.md)
 * is placed: where bringing the control focus went to into view scrolled the heading (the task's
 * picture and name) above the panel's top, the panel shows from its top and focus goes to that
 * heading (tabindex -1), as the ARIA APG's dialog pattern advises for content taller than the
 * dialog; Tab goes on to the controls. At 400 % the checked level radio took focus with the heading
 * out of view: a low-vision reader saw "Nivå" radios and no task name (low-vision QA, 7 Dec 2026,
 * #6). Only while focus is still where opening put it, and the panel is still open.
 */
export async function openHeadingFirst(popover: PopoverController, anchor: HTMLElement, panel: HTMLElement, view: string, onClose: () => void): Promise<void> {
  popover.open(anchor, panel, onClose);
  if (view !== 'details' || !matchMedia('(max-height: 28em)').matches) return;
  const root = panel.getRootNode() as ShadowRoot;
  const opened = root.activeElement;
  await popover.positioned;
  const heading = panel.querySelector<HTMLElement>('#panel-title');
  if (!heading || !opened || root.activeElement !== opened || !panel.contains(opened) || !panel.matches(':popover-open')) return;
  if (heading.getBoundingClientRect().top >= panel.getBoundingClientRect().top) return;
  panel.scrollTop = 0;
  heading.focus({ preventScroll: true });
}
