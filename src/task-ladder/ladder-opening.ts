// The ladder's pending open: Enter on a task while the details' chunk is still loading (a slow
// connection), until it arrives or the user goes on (task-ladder.ts `wanted`, `#cancelOpen`).

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
