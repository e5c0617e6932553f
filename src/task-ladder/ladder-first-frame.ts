// The size of a new long ladder's first frame: about a screenful of each phase's tasks, counted
// before the first render (from each card's least height) and topped up by one measure of the
// rendered cards before the frame is painted; the rest of the tasks one frame later.

import { itemsToFill } from '../core/first-frame.js';
import { baseLanguage, resolvedLocale, textIn } from '../core/text.js';
import type { LadderView } from './ladder-view.js';
import { silentLanguage } from './task-card.js';

/**
 * Per phase, how many task cards fill a screen in the first frame: each card's least height
 * from the lines it always shows (title, level), and those this task adds (a second-language
 * title, sign-off, latest log entry, the row of shortcuts, the "no voice" shortcut's own row, the
 * participant's "Ingen lyd på …" badge).
 */
export function screenful(view: LadderView): number[] {
  const doc = view.doc;
  const controls = !view.disabled && (view.canAssess || view.canLog || view.participant);
  const second = doc.participantLanguage;
  const line = 20;
  return doc.phases.map((phase) =>
    firstFrameTasks(phase.tasks, (task) => {
      let height = 56 + (controls ? 32 : 0);
      if (second && textIn(task.title, second) && baseLanguage(second) !== baseLanguage(resolvedLocale(task.title, view.locale))) height += line;
      if (task.signoff) height += line;
      if (task.log && task.log.length > 0) height += line;
      if (controls && view.canRecord && view.silentInParticipantLanguage(task)) height += 32;
      if (view.participant && silentLanguage(view, task)) height += line;
      return height;
    }),
  );
}

/**
 * How many of a phase's tasks a new ladder's first frame renders: the cards that can fill the
 * viewport's height below the ladder's and the phase's headings, up to the one that crosses the
 * bottom edge. `minHeight` gives each card's least height in CSS px, from the lines it is sure to
 * show, low enough to hold at 14 px text (at 16 px the cards measure 66–178 px where it counts
 * 56–148), so the count does not fall short of a screenful; read from `innerHeight` only: no
 * layout before the first frame.
 */
export function firstFrameTasks<T>(tasks: readonly T[], minHeight: (task: T) => number): number {
  // Above the first card: the ladder's title and the phase's number, title, progress text and
  // bar, with their gaps and padding (about 180 px at 16 px text): count 140.
  let room = (window.innerHeight || 900) - 140;
  let count = 0;
  while (count < tasks.length && room > 0) room -= minHeight(tasks[count++] as T);
  return count;
}

/**
 * A new long ladder's first frame starts with this many tasks per phase (a probe: what the
 * viewport shows of cards 240 px tall below the headings); `tasksToFill` then adds what the
 * measured cards need, at most `firstFrameTasks`'s count.
 */
export function firstProbe(): number {
  return Math.max(2, Math.ceil(((window.innerHeight || 900) - 140) / 240));
}

/**
 * After the probe rendered, before it is painted: per phase (in document order, `phaseIds`), how
 * many tasks reach the bottom of the viewport, by one layout read of each phase's first and last
 * rendered card; null when every phase already does. At most `cap[i]`.
 */
export function tasksToFill(root: ParentNode, phaseIds: readonly string[], shown: readonly number[], cap: readonly number[]): number[] | null {
  let more = false;
  const next = shown.map((count, i) => {
    const items = root.querySelector(`.phase[data-phase="${CSS.escape(phaseIds[i] ?? '')}"] .tasks`)?.children;
    if (!items || items.length < count || count === 0) return count;
    const need = Math.min(cap[i] ?? count, itemsToFill(items));
    if (need > count) more = true;
    return Math.max(need, count);
  });
  return more ? next : null;
}
