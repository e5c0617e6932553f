// Shared by the slow-details tests (a details panel, menu or form asked for while its lazy chunk is still loading).

/**
 * Lets the microtasks queued so far run (and those they queue, `depth` deep, ten unless told): no task, so a chunk cannot
 * arrive meanwhile.
 */
export const microtasks = async (depth = 10): Promise<void> => {
  for (let i = 0; i < depth; i++) await Promise.resolve();
};

/** A keydown of `name` on `target`, as the browser sends it (bubbles, composed, cancelable). */
export const key = (target: HTMLElement, name: string): void => void target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }));

/** The pending open's half second (core/pending-open.ts: a 500 ms timer, then "Åpner detaljene …"), caught and run by the test. */
export interface HalfSecond {
  /** Runs the last 500 ms timer caught: the half second is gone. */
  (): void;
  /** From now on a 500 ms timer is caught, not run by itself (other timers run as ever); forgets the one caught before. */
  hold(): void;
  /** The page's own `setTimeout` again. */
  release(): void;
}

/** A catcher of the 500 ms timer (`hold` and `release` around what starts it); `catchHalfSecond` for every test of a `describe`. */
export function halfSecondTimer(): HalfSecond {
  const realSet = window.setTimeout;
  let caught: (() => void) | undefined;
  const halfSecond = (() => caught!()) as HalfSecond;
  halfSecond.hold = () => {
    caught = undefined;
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
      if (delay === 500 && typeof handler === 'function') caught = handler as () => void;
      return realSet(delay === 500 ? () => undefined : handler, delay, ...rest);
    }) as typeof window.setTimeout;
  };
  halfSecond.release = () => void (window.setTimeout = realSet);
  return halfSecond;
}

/** Call in a `describe`: each of its tests runs with the 500 ms timer caught (`halfSecondTimer`); call what it returns to run it. */
export function catchHalfSecond(): HalfSecond {
  const halfSecond = halfSecondTimer();
  beforeEach(halfSecond.hold);
  afterEach(halfSecond.release);
  return halfSecond;
}
