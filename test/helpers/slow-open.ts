// Shared by the slow-details tests (a details panel, menu or form asked for while its lazy chunk is still loading).

/** Lets the microtasks queued so far run (and those they queue, ten deep): no task, so a chunk cannot arrive meanwhile. */
export const microtasks = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

/** A keydown of `name` on `target`, as the browser sends it (bubbles, composed, cancelable). */
export const key = (target: HTMLElement, name: string): void => void target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }));
