/**
 * A press's rule for a finger and a pen, as the browser's own popover light dismiss has it: such a press acts as it ends in a
 * tap (its `pointerup` after a `pointerdown` with no `pointercancel` between), not as it begins, for one the browser takes
 * for a scroll or a pan ends in `pointercancel`. Shared by a pending open (pending-open.ts: a nudge of the page while a
 * step's details loaded lost the open, QA round 2 F5) and a popover's outside press (popover.ts: a finger scrolling the page
 * closed an open form and left focus on <body>, QA round 2 F4, 7 Dec 2026). Each caller keeps its own: the returned
 * function, given the caller's pointer events (and focusin), is false for a finger's or pen's press that has not ended in a
 * tap (remembering its pointerdown or pointercancel), true for the rest: the tap's pointerup, and any mouse event or focusin
 * (no `pointerType`, or "mouse": not after "n", where "pen" and "touch" are).
 */
export const tapRule = (): ((event: Event) => boolean) => {
  let last = '';
  return (event) => {
    const { type, pointerType } = event as PointerEvent;
    return !(pointerType > 'n' && (type != 'pointerup' || last != 'pointerdown') && (last = type));
  };
};
