// Shared by the slow-details tests (a details panel, menu or form asked for while its lazy chunk is still loading).
import { expect } from '@open-wc/testing';

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

/** The element with focus, through shadow roots (`document.body` when focus is nowhere). */
export function deepFocus(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A button of the host page, outside the widget (fixed in a corner, over anything there); gone with the test's fixture. */
export function outsideButton(widget: Element): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = 'Sak 1234';
  button.style.cssText = 'position: fixed; inset-block-start: 0; inset-inline-end: 0; z-index: 9';
  widget.after(button);
  return button;
}

/**
 * A press on `target` as the browser starts one: a pointerdown (bubbles, composed), then focus leaves for <body> (a press on
 * the page's background, on a heading or text), unless `keepFocus` (a host toolbar that calls preventDefault on mousedown,
 * as editors' toolbars do). Synthetic, so that only microtasks run and a lazy chunk cannot arrive meanwhile
 * (`sendMouse` goes through the test server).
 */
export function press(target: Element, keepFocus = false): void {
  target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, cancelable: true, isPrimary: true, pointerType: 'mouse' }));
  if (!keepFocus) (deepFocus() as HTMLElement | null)?.blur();
}

/**
 * The ways a user goes elsewhere while `item`'s open waits for its chunk (core/pending-open.ts), each checked at once:
 * neither a press on the item itself nor focus leaving for nowhere with no press (the window behind another) cancels; a
 * press on the host's toolbar that keeps focus does; after `ask` (Enter or a click on the item again, then what the widget
 * needs to settle), focus moved to the host's own control (a script, a screen reader's focus) does; and after `ask` again,
 * a press on the page's background does, leaving focus on <body>. The chunk's arrival is the test's own to check then.
 */
export async function goElsewhere(widget: Element, item: HTMLElement, ask: () => Promise<void>): Promise<void> {
  const outside = outsideButton(widget);
  const busy = (): boolean => item.getAttribute('aria-busy') === 'true';
  const askAgain = async (): Promise<void> => {
    item.focus();
    await ask();
    expect(busy(), 'busy again once asked again').to.equal(true);
  };
  press(item, true);
  item.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: null }));
  expect(busy(), 'a press on the item itself, the window behind another: still busy').to.equal(true);
  press(outside, true);
  expect(busy(), 'a press outside that keeps focus cancels').to.equal(false);
  await askAgain();
  outside.focus();
  expect(busy(), 'focus leaving for the page cancels').to.equal(false);
  await askAgain();
  press(document.body);
  expect(deepFocus(), 'the press put focus on <body>').to.equal(document.body);
  expect(busy(), 'a press on the background cancels').to.equal(false);
}
