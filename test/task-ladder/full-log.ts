// A ladder whose task t3 holds a log of a given length: the log-limit tests' document (1,000 entries is the limit).
import type { LadderDocument, LogEntry } from '../../src/task-ladder/task-ladder.types.js';
import { sampleLadder } from './sample.js';

export const LOG_FULL_REASON = 'Loggboka har 1\u00a0000 loggføringer, som er det meste den kan ha.';
export const logEntry: LogEntry = { date: '2026-03-01', by: 'mentor', text: 'Bra' };

/** The sample ladder with task t3's log holding `n` entries. */
export function withLog(n: number): LadderDocument {
  const doc = sampleLadder();
  const [first, ...rest] = doc.phases;
  const tasks = first.tasks.map((task) => (task.id === 't3' ? { ...task, log: Array.from({ length: n }, () => logEntry) } : task));
  return { ...doc, phases: [{ ...first, tasks }, ...rest] };
}
