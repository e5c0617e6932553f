import { msg, str } from '@lit/localize';
import { audioFor, bilingualSpeech, type Utterance } from '../core/read-aloud.js';
import { getLocale } from '../core/localize.js';
import { isolate, resolveText, textIn } from '../core/text.js';
import { levelLabel } from './labels.js';
import type { LadderDocument, LadderOperation, Task } from './task-ladder.types.js';

function withAudio(url: string | undefined): { audio?: string } {
  return url === undefined ? {} : { audio: url };
}

/** What read-aloud says for a task: its title as shown (core `bilingualSpeech`). */
export function taskUtterances(doc: LadderDocument, task: Task, locale: string): Utterance[] {
  return bilingualSpeech(task.title, task.audio, locale, doc.participantLanguage);
}

/** The task in the participant language alone: its text (or the Norwegian one) and its recording. */
export function participantUtterance(task: Task, lang: string): Utterance {
  return { text: textIn(task.title, lang) ?? resolveText(task.title, lang), lang, ...withAudio(audioFor(task.audio, lang)) };
}

/**
 * Undo and redo name the task and the change undone or redone: "Vaske gulv — selvstendig" (after
 * "Angret: " or "Gjort om igjen: "), as the step tracker and the plan board do ("Angret: merket
 * Buss som ferdig"); the level now in force is in the task's name, where focus goes.
 */
export function describeLadderOperation(task: Task, operation: LadderOperation, locale: string): string {
  const title = isolate(resolveText(task.title, locale));
  const lower = (s: string): string => s.toLocaleLowerCase(getLocale());
  switch (operation.type) {
    case 'task.level':
      return msg(str`${title} — ${lower(levelLabel(operation.to))}`, { id: 'task-ladder.describe.level' });
    case 'task.signoff':
      return msg(str`${title} — kvittert ut av ${isolate(operation.by)}`, { id: 'task-ladder.describe.signoff' });
    case 'log.add':
      return msg(str`${title} — ny loggføring`, { id: 'task-ladder.describe.log' });
    case 'task.update': {
      const changes = operation.changes;
      if ('signoff' in changes && changes.signoff === null) return msg(str`${title} — kvittering fjernet`, { id: 'task-ladder.describe.signoff-removed' });
      if ('audio' in changes) return msg(str`${title} — lydopptak`, { id: 'task-ladder.describe.audio' });
      return msg(str`${title} — endret`, { id: 'task-ladder.describe.update' });
    }
  }
}
