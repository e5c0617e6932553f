/**
 * Whether the last press or key on the page was a finger or a pen: a text field focused then raises
 * a phone's on-screen keyboard over half the screen, so a popover opened by a tap starts on its
 * heading instead (core/popover.ts `startOf`). One pair of listeners for the page, module-level and
 * holding no widget, added as each widget is made (the same listener again adds nothing): before any
 * tap, also where the popover's code is a chunk that loads on that tap (the step tracker's details).
 * A key's event has no pointerType: not touch.
 */
let touch = false;
const note = (event: Event): void => void (touch = /^(touch|pen)$/.test((event as PointerEvent).pointerType));

export const lastInputTouch = (): boolean => touch;

export function listenForTouch(): void {
  addEventListener('pointerdown', note, true);
  addEventListener('keydown', note, true);
}
