// The details closing with no task left to take focus back (the lazy panel chunk: its bytes are not up front).

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
