/**
 * A press of a speaker that waits before it reads (a board's picture-only card whose words are still loading: board-voice.ts
 * `#ask`). The browser has one voice (read-aloud.ts `current`), so the latest press or reading wins: a press that starts to
 * wait drops the one waiting before it, and a reading begun anywhere — any board, any widget (`ReadAloud.read`) — drops the
 * waiting one. Before pass 56's QA round 2 each board watched only its own: board 1's press, waiting for its words, woke
 * when they came and cut off the reading a press on board 2 had started meanwhile.
 *
 * Held weakly: the module keeps no widget (a removed board is collected). The press's `drop` is its widget's to hold while
 * it waits, and to ignore once the wait is over (it may still be called then: a later reading calls the last one).
 */
let waiting: WeakRef<() => void> | undefined;

/** Drops the press waiting anywhere on the page, if any (a reading begins); `next`: the press that waits from now on. */
export function dropWaitingPress(next?: () => void): void {
  const drop = waiting?.deref();
  waiting = next && new WeakRef(next);
  drop?.();
}
