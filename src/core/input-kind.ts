/**
 * Whether the last press or key on the page was a finger or a pen: a text field focused then raises
 * a phone's on-screen keyboard over half the screen, so a popover opened by a tap starts on its
 * heading instead (core/popover.ts `startOf`). One pair of listeners for the page, module-level and
 * holding no widget, added as the first widget is made: before any tap, also where the popover's code
 * is a chunk that loads on that tap (the step tracker's details).
 */
let touch = false;
let listening = false;

export const lastInputTouch = (): boolean => touch;

export function listenForTouch(): void {
  if (listening) return;
  listening = true;
  const note = (event: Event): void => void (touch = event instanceof PointerEvent && (event.pointerType === 'touch' || event.pointerType === 'pen'));
  addEventListener('pointerdown', note, { capture: true, passive: true });
  addEventListener('keydown', note, { capture: true, passive: true });
}
