import { msg } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a slow open says, and shows on its task (`PendingOpen`). */
export const openingWords = (): string => msg('Åpner detaljene …', { id: 'task-ladder.opening' });

/**
 * A task opened (Enter, a tap) while the details' chunk is still on its way (a slow connection): the
 * task is busy at once (`aria-busy`); from half a second on it also shows and says, politely, that
 * its details are opening. Before 7 Dec 2026 nothing showed for the two seconds a slow chunk took,
 * the user went on to another task, and the details opened late, taking focus back. The element
 * `stop()`s it when the details open, or when the user's next key or move to another task cancels
 * the open (task-ladder.ts `#cancelOpen`).
 */
export class PendingOpen implements ReactiveController {
  /** The task being opened, or null. */
  taskId: string | null = null;
  /** True once it has taken half a second: the card shows `openingWords()`. */
  slow = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly say: (words: string) => void,
  ) {
    host.addController(this);
  }

  start(taskId: string): void {
    if (this.taskId === taskId) return;
    this.stop();
    this.taskId = taskId;
    this.#timer = setTimeout(() => {
      this.slow = true;
      this.host.requestUpdate();
      this.say(openingWords());
    }, 500);
    this.host.requestUpdate();
  }

  stop(): void {
    clearTimeout(this.#timer);
    if (this.taskId === null) return;
    this.taskId = null;
    this.slow = false;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop();
  }
}
