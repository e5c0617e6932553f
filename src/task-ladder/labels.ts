import { html, svg, type TemplateResult } from 'lit';
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
 * A language's name in the UI locale ("tigrinja" in bokmål): core `languageName`, which falls back
 * to bokmål where the browser would answer in English (nn, ti, so) and names the UI's own language
 * in its own words.
 */
export function languageName(tag: string): string {
  // Every card without a voice names the participant language: one Intl.DisplayNames per page, not per card.
  const key = `${tag} ${getLocale()}`;
  let name = names.get(key);
  if (name === undefined) names.set(key, (name = coreLanguageName(tag, getLocale())));
  return name;
}
const names = new Map<string, string>();

// Our own static icons (never host markup): shape tells the level, not colour.
export const levelIcons: Record<TaskLevel, TemplateResult> = {
  'not-started': svg`<circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="2"/>`,
  'with-support': svg`<circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="2"/><path d="M10 2a8 8 0 0 1 0 16z" fill="currentColor"/>`,
  independent: svg`<circle cx="10" cy="10" r="9" fill="currentColor"/><path d="M6 10.5l2.8 2.8L14.5 7.5" fill="none" stroke="Canvas" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
};

export const speakerIcon = svg`<path d="M4 9h3l5-4v14l-5-4H4z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="M16 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`;
/** A speaker crossed out: "no sound" without words. */
export const noSoundIcon = svg`<path d="M4 9h3l5-4v14l-5-4H4z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="M16 9l5 6M21 9l-5 6" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>`;
export const micIcon = svg`<rect x="9" y="3" width="6" height="11" rx="3" fill="none" stroke="currentColor" stroke-width="2"/><path d="M5.5 11a6.5 6.5 0 0 0 13 0M12 17.5V21" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`;
export const pencilIcon = svg`<path d="M4 20h4L19 9l-4-4L4 16z M13 7l4 4" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>`;
export const icon = (paths: TemplateResult): TemplateResult => html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths}</svg>`;
