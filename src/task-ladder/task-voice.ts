import { msg, str } from '@lit/localize';
import { audioFor, bilingualSpeech, canReadAloud, hasVoice, type Utterance } from '../core/read-aloud.js';
import { NORWEGIAN, baseLanguage, isolate, textIn, textLang } from '../core/text.js';
import { namedText } from '../core/names.js';
import type { LadderDocument, LadderOperation, Task } from './task-ladder.types.js';
import { taskName } from './task-card.js';

function withAudio(url: string | undefined): { audio?: string } {
  return url === undefined ? {} : { audio: url };
}

/** What read-aloud says for a task: its title as shown, its name (`taskName`) when untitled (core `bilingualSpeech`, `namedText`). */
export function taskUtterances(doc: LadderDocument, task: Task, locale: string): Utterance[] {
  return bilingualSpeech(namedText(task.title, locale, taskName(doc, task, locale)), task.audio, locale, doc.participantLanguage);
}

/**
 * The task in the participant language alone: its text there in the language it is written in
 * (`textLang`), and its recording — what decides the adviser's "Ingen stemme for tigrinja — ta opp
 * en". A task with only Norwegian text has no line in another language: read aloud, it is said in
 * Norwegian alone (`bilingualSpeech`; never Norwegian words in that language's voice, e26ba06),
 * so the participant hears nothing in theirs, as the board's `silent` says. (A Norwegian participant's
 * own text is the Norwegian: the ladder asks whether anything of the task can be heard, `canReadAloud`.)
 */
export function participantUtterance(task: Task, lang: string): Utterance {
  return { text: textIn(task.title, lang) ?? '', lang: textLang(task.title, lang), ...withAudio(audioFor(task.audio, lang)) };
}

/**
 * Undo and redo name the task and the change undone or redone: "Vaske gulv — ny loggføring" (after
 * "Angret: " or "Gjort om igjen: "). Not a level or a sign-off: undo and redo say those as they are
 * now (the ladder's `describeState`).
 */
export function describeLadderOperation(name: string, operation: LadderOperation): string {
  const title = isolate(name);
  if (operation.type === 'log.add') return msg(str`${title} — ny loggføring`, { id: 'task-ladder.describe.log' });
  if ('audio' in (operation.type === 'task.update' ? operation.changes : {})) return msg(str`${title} — lydopptak`, { id: 'task-ladder.describe.audio' });
  return msg(str`${title} — endret`, { id: 'task-ladder.describe.update' });
}

/**
 * The ladder's `silentInParticipantLanguage` for one render: true when the task cannot be heard in
 * the participant language (no recording in it, no text in it with a voice: `participantUtterance`,
 * nor, untitled, its name in it with a voice: the pictogram's word in a UI of that language),
 * each language's voice looked up once per render, not per card.
 */
export function silentInParticipantLanguage(doc: LadderDocument, locale: string): (task: Task) => boolean {
  const voices = new Map<string, boolean>();
  return (task) => {
    const lang = doc.participantLanguage;
    if (!lang) return false;
    // A Norwegian (nb, nn, no: one family) participant's own text is the Norwegian, whichever of it is read: the
    // notice only where nothing of the task can be heard, as on the board (board-voice.ts `silent`).
    if (NORWEGIAN.includes(baseLanguage(lang))) return !canReadAloud(taskUtterances(doc, task, locale));
    // Else canReadAloud of this one utterance, with each language's voice looked up once per render, not per card.
    const { text, audio, lang: spoken } = participantUtterance(task, lang);
    if (audio !== undefined) return false;
    // No text in it: an untitled task is said by its name, its pictogram's word in the UI locale —
    // heard in the participant language when that is the UI's (a picture-only task in an Arabic UI
    // says "حافلة"; its card said "لا يوجد صوت باللغة العربية" all the same). Rare: no voice cache.
    if (!text) return !canReadAloud(taskUtterances(doc, task, locale).filter((part) => baseLanguage(part.lang) == baseLanguage(lang)));
    let voice = voices.get(spoken);
    if (voice === undefined) voices.set(spoken, (voice = hasVoice(spoken)));
    return !voice;
  };
}
