// A pending open: Enter (or a click) on an item while its details' chunk is still loading (a slow
// connection), until the chunk arrives or the user goes on. The task ladder's rules (docs/task-ladder.md,
// task-ladder.ts `wanted`), shared on 7 Dec 2026 by the step tracker, the course calendar and the plan
// board (a newcomer's QA, 76-slow-chunk: with the chunk 2 s late, Enter on step 3, → to step 5 opened
// step 3's details when the chunk came, taking focus from step 5; Space meanwhile changed the status
// and then the details opened anyway; the same for a calendar session and a board card's menu).
import { msg } from '@lit/localize';
import type { ReactiveControllerHost } from 'lit';
import { tapRule } from './tap.js';

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

/** One widget's pending open (`pendingOpen`). */
export interface PendingOpen {
  /** Enter (or a click) on `from` while its details load: a later open wins. */
  start(from: Element | null): void;
  /** The chunk is in: true when `from` is still the item asked for, still on the page (then it opens); the pending open ends either way. */
  done(from: Element | null): boolean;
  /** True while an open waits (a widget's updateComplete waits for the chunk only then). */
  readonly on: boolean;
  /** Ends it, the open going ahead: no longer busy, the words gone; `failed`: the failure's notice has taken their place (not cleared). */
  end(failed?: boolean): void;
}

/**
 * One widget's pending open. `start` marks the item pressed (`aria-busy` on it, set here: no
 * template of the widget draws it) and, after half a second, says "Åpner detaljene …"; `done` on the
 * chunk's arrival tells whether it should still open. The next key that is not `leavesOpen` (caught
 * on the host before the widget's own handler: Space then acts as ever, once the open is cancelled),
 * focus on another element of the widget or of the page, or a press anywhere but on the item (a touch's or pen's as it
 * ends in a tap, not a scroll) cancels it, and `onCancel` lets the widget drop what it had asked for (the calendar's open item). Closures,
 * not a class: fewer bytes (private names are not shortened).
 */
export function pendingOpen(host: ReactiveControllerHost & HTMLElement, say: (text: string) => void, onCancel?: () => void): PendingOpen {
  /** The element pressed, while its details load. */
  let from: Element | null | undefined;
  let slow: unknown;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Focus on anything but the item pressed cancels it, in the widget or elsewhere on the page, and so does a press anywhere
  // but on the item (its own press asks again: a later open wins). Before, a press on the page's background put focus on
  // <body> (no focusin), and the open, when the chunk came, took it back. Focus that leaves for nowhere with no press (the
  // window behind another) leaves it be. On the window only while an open waits (`end` takes them off): a removed widget
  // is not kept. A finger's or pen's press elsewhere cancels as it ends in a tap (its `pointerup`), not as it begins: one
  // the browser takes for a scroll ends in `pointercancel` and leaves the open be (QA round 2, F5: on a phone, a nudge of
  // the page while a step's details loaded lost the open silently; a mouse wheel never did). A mouse's cancels at once.
  const tap = tapRule();
  const away = (event: Event): unknown => !event.composedPath().includes(from!) && tap(event) && cancel();
  const listen = (on: typeof addEventListener): void => ['focusin', 'pointerdown', 'pointerup', 'pointercancel'].forEach((type) => on(type, away, true));
  const end = (failed?: boolean): void => {
    clearTimeout(timer);
    listen(removeEventListener);
    from?.removeAttribute('aria-busy');
    // Its "Åpner detaljene …" said, it goes from the live region, not left to be found there.
    if (slow && !failed) say('');
    from = slow = undefined;
  };
  const cancel = (): void => {
    if (from !== undefined) end(), onCancel?.();
  };
  host.addEventListener('keydown', (event) => leavesOpen(event) || cancel(), true);
  // The host's change cancels it too (a newcomer's QA, 80-pending-host, 82-move, 7 Dec 2026): the widget moved in the page or
  // removed, disabled, or a render without the item pressed (its value without it; a board made read-only draws no menu
  // button). Not a read-only switch as such: a read-only tracker's or calendar's details open as ever. Before, the open waited
  // on (and the widget's updateComplete with it: focus repair left focus on <body> until the chunk came), then opened late,
  // a removed card's empty menu. A host value that keeps the item leaves it be.
  host.addController({
    hostDisconnected: cancel,
    hostUpdated: () => (from?.isConnected === false || host.matches(':disabled')) && cancel(),
  });
  return {
    start(el) {
      cancel();
      from = el;
      listen(addEventListener);
      el?.setAttribute('aria-busy', 'true');
      timer = setTimeout(() => {
        slow = 1;
        say(openingWords());
      }, 500);
    },
    done(el) {
      const still = from !== undefined && from === el && el?.isConnected !== false;
      end();
      return still;
    },
    end,
    get on() {
      return from !== undefined;
    },
  };
}
