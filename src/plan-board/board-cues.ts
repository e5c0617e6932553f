import type { ReactiveControllerHost } from 'lit';

/**
 * The selected day tab kept in view and cues where a row scrolls (scroll-cue.ts), asked for as a board is made and added once
 * they come, in a chunk of their own (the up-front bytes' budget). Decoration: if the chunk fails (gone after a redeploy) the
 * board works without them, so no notice. The paper CSS is up front: a print before a late chunk came printed the screen.
 *
 * The board is held weakly until then (pass 57): the answer's callback held it, so every board removed before the chunk came
 * (a slow network; a host that mounts and removes boards) stayed reachable until then, for good where it never came. One
 * collected meanwhile gets nothing; one removed but still held elsewhere gets its cues, which start only while it is connected
 * (a Lit controller's `hostConnected`), so a board put back on the page later has them.
 */
export function cuesLater(board: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }): void {
  const ref = new WeakRef(board);
  void import('./scroll-cue.js').then((cues) => {
    const alive = ref.deref();
    if (alive) new cues.ScrollCues(alive);
  }, () => undefined);
}
