/**
 * A press of a speaker that waits before it reads (a board's picture-only card whose words are still loading: board-voice.ts
 * `#ask`). The browser has one voice (read-aloud.ts `current`), so the latest press or reading wins: a press that starts to
 * wait drops the one waiting before it, and a reading begun anywhere — any board, any widget (`ReadAloud.read`) — drops the
 * waiting one. Before pass 56's QA round 2 each board watched only its own: board 1's press, waiting for its words, woke
 * when they came and cut off the reading a press on board 2 had started meanwhile.
 *
 * Held weakly: the module keeps no widget (a removed board is collected; its press is its own, ended with its wait).
 */
let waiting: WeakRef<WaitingPress> | undefined;

export class WaitingPress {
  #ended = false;

  /** `key`: what the press reads (a card's id, `column:<id>`); `onDrop`: told when another press or a reading drops it. */
  constructor(
    readonly key: string,
    private readonly onDrop: () => void,
  ) {
    dropWaitingPress();
    waiting = new WeakRef(this);
  }

  /** Ended: its wait is over (`end`), or another press or reading dropped it (`drop`). */
  get ended(): boolean {
    return this.#ended;
  }

  /** Its wait is over, by its own reading or stop: nothing is told. */
  end(): void {
    this.#ended = true;
    if (waiting?.deref() === this) waiting = undefined;
  }

  /** Another press or a reading took the voice: ended, and its widget told (`onDrop`). */
  drop(): void {
    if (this.#ended) return;
    this.end();
    this.onDrop();
  }
}

/** Drops the press waiting anywhere on the page, if any (a reading begins). */
export function dropWaitingPress(): void {
  waiting?.deref()?.drop();
}
