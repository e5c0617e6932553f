// A pending open: Enter (or a click) on an item while its details' chunk is still loading (a slow
// connection), until the chunk arrives or the user goes on. The task ladder's rules (docs/task-ladder.md,
// task-ladder.ts `wanted`), shared on 7 Dec 2026 by the step tracker, the course calendar and the plan
// board (a newcomer's QA, 76-slow-chunk: with the chunk 2 s late, Enter on step 3, → to step 5 opened
// step 3's details when the chunk came, taking focus from step 5; Space meanwhile changed the status
// and then the details opened anyway; the same for a calendar session and a board card's menu).
import { msg } from '@lit/localize';
import type { ReactiveControllerHost } from 'lit';

/** What an item opened while its details are still loading says after half a second. */
export const openingWords = (): string => msg('Åpner detaljene …', { id: 'task-ladder.opening' });

/**
 * Truthy for the keys that leave a pending open be, held too (their repeats): Enter (it asked for
 * it), and the keys a screen-reader user presses without going anywhere: a bare modifier (Control
 * stops the speech in NVDA and JAWS; Shift, Alt, AltGr, Meta), told by its side of the keyboard
 * (`location` 1 or 2, which only the modifiers have; 3 is the number pad), and Insert and Caps Lock
 * (the screen reader's own modifier; the pad's Insert too). Any other key goes on elsewhere (an
 * arrow, Tab, Escape, Space, a shortcut's letter after its modifier) and cancels. Before 7 Dec 2026
 * a bare modifier cancelled too, silently (a newcomer's QA: q1-lazy-modkey): stopping the speech of
 * "Åpner detaljene …" lost the open. Key names by prefix: a list of names cost 12 B more up front.
 */
export const leavesOpen = (event: KeyboardEvent): unknown => event.location % 3 || /^(Ent|Ins|Cap)/.test(event.key);

/**
 * One widget's pending open. `start` marks the item pressed (`aria-busy` on it, set here: no
 * template of the widget draws it) and, after half a second, says "Åpner detaljene …"; `done` on the
 * chunk's arrival tells whether it should still open. The next key that is not `leavesOpen` (caught
 * on the host before the widget's own handler: Space then acts as ever, once the open is cancelled),
 * focus on another element of the widget, or `cancel` ends it; `onCancel` lets the widget drop what
 * it had asked for (the calendar's open item).
 */
export class PendingOpen {
  /** The element pressed, while its details load. */
  #from: Element | null | undefined;
  #slow = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, private readonly say: (text: string) => void, private readonly onCancel?: () => void) {
    host.addEventListener('keydown', (event) => leavesOpen(event) || this.cancel(), true);
    host.addEventListener('focusin', (event) => event.composedPath()[0] !== this.#from && this.cancel());
  }

  /** Enter (or a click) on `from` while its details load: a later open wins. */
  start(from: Element | null): void {
    this.cancel();
    this.#from = from;
    from?.setAttribute('aria-busy', 'true');
    this.#timer = setTimeout(() => {
      this.#slow = true;
      this.say(openingWords());
    }, 500);
  }

  /** The chunk is in: true when `from` is still the item asked for (then it opens); the pending open ends either way. */
  done(from: Element | null): boolean {
    const still = this.#from !== undefined && this.#from === from;
    this.end();
    return still;
  }

  /** The user has gone on: it will not open when the chunk arrives. */
  cancel(): void {
    if (this.#from === undefined) return;
    this.end();
    this.onCancel?.();
  }

  /** Ends it, the open going ahead: no longer busy, the words gone; `failed`: the failure's notice has taken their place (not cleared). */
  end(failed?: boolean): void {
    clearTimeout(this.#timer);
    this.#from?.removeAttribute('aria-busy');
    // Its "Åpner detaljene …" said, it goes from the live region, not left to be found there.
    if (this.#slow && !failed) this.say('');
    this.#from = undefined;
    this.#slow = false;
  }
}
