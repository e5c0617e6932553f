import { msg } from '@lit/localize';
import { getLocale } from '../core/localize.js';
import { languageName as coreLanguageName } from '../core/text.js';
import type { LogAuthor, TaskLevel } from './task-ladder.types.js';

/** The level's name in the UI locale. */
export function levelLabel(level: TaskLevel): string {
  switch (level) {
    case 'not-started':
      return msg('Ikke startet', { id: 'task-ladder.level.not-started' });
    case 'with-support':
      return msg('Med støtte', { id: 'task-ladder.level.with-support' });
    case 'independent':
      return msg('Selvstendig', { id: 'task-ladder.level.independent' });
  }
}

/** Who wrote a log entry, in the UI locale. */
export function logAuthorLabel(by: LogAuthor): string {
  switch (by) {
    case 'participant':
      return msg('Deltaker', { id: 'task-ladder.by.participant' });
    case 'mentor':
      return msg('Fadder', { id: 'task-ladder.by.mentor' });
    case 'adviser':
      return msg('Rådgiver', { id: 'task-ladder.by.adviser' });
  }
}

/**
 * A language's name in the UI locale ("tigrinja" in bokmål): core `languageName`, which has ti and
 * so names of its own (CLDR's, loaded with those UI strings), falls back to bokmål where the browser
 * would answer in English (nn) and names the UI's own language in its own words.
 */
export function languageName(tag: string): string {
  // Every card without a voice names the participant language: one Intl.DisplayNames per page, not per card.
  const key = `${tag} ${getLocale()}`;
  let name = names.get(key);
  if (name === undefined) names.set(key, (name = coreLanguageName(tag, getLocale())));
  return name;
}
const names = new Map<string, string>();
