import { baseLanguage, NORWEGIAN } from './text.js';

/**
 * The script each language the programme meets is written in, where it is not Latin: the
 * participant languages of the docs and presets (ar, fa/prs, ps, ti, uk) and their near
 * neighbours (ur, am, ru). A language not listed may be written in Latin letters (so, en, …).
 */
const SCRIPT: Record<string, string> = { ar: 'Arab', fa: 'Arab', prs: 'Arab', ps: 'Arab', ur: 'Arab', ti: 'Ethi', am: 'Ethi', uk: 'Cyrl', ru: 'Cyrl' };

/**
 * The `lang` for free text someone typed that carries no language of its own (a task ladder's
 * logbook entry, contract.md §5), told by the script its letters are mostly in (more than half;
 * digits, punctuation, marks and emoji are not letters), so a screen reader reads it in a voice for
 * its language and the browser shapes it by it (WCAG 3.1.2 Language of Parts):
 * - mostly in the non-Latin script of `participantLanguage` → that language (an Arabic entry with
 *   participant language `ar` is `ar` in a Norwegian UI); failing that, of `locale` (the document's
 *   text locale) → that (an Arabic entry in an Arabic UI, the participant's language being another
 *   or none);
 * - mostly Latin letters → Norwegian, the programme's language (the adviser's and mentor's notes):
 *   the participant language when it is Norwegian (nb, nn, no), else `locale` when it is, else `nb`
 *   — unless the participant language may be written in Latin letters itself (so, en, any
 *   language not in the table above): then `""`, which the HTML spec reads as "language unknown"
 *   (BCP 47 has no tag for it): Norwegian or the participant's, it cannot be told;
 * - mostly another script, or no script in the majority → `""` (unknown);
 * - no letters at all (a mood's number, an emoji) → `undefined`: no `lang` of its own, so it is read
 *   in the voice of the line it stands in.
 * @example writtenLang('الأمور تسير على ما يرام', 'ar', 'nb') // 'ar'
 * @example writtenLang('Gikk fint', 'ar', 'ar') // 'nb'
 * @example writtenLang('Waa fiican', 'so', 'nb') // ''
 */
export function writtenLang(text: string, participantLanguage: string | undefined, locale: string): string | undefined {
  const letters = text.replace(/\P{L}+/gu, '');
  // Script = ISO 15924 codes, as Unicode property escapes take them (\p{sc=Arab}).
  const mostly = (script?: string): boolean => !!script && letters.replace(RegExp(`\\P{sc=${script}}+`, 'gu'), '').length * 2 > letters.length;
  const own = baseLanguage(participantLanguage ?? '');
  if (!letters) return undefined;
  for (const lang of [participantLanguage, locale]) if (mostly(SCRIPT[baseLanguage(lang ?? '')])) return lang;
  if (!mostly('Latn')) return '';
  return NORWEGIAN.includes(own) ? participantLanguage : own && !SCRIPT[own] ? '' : NORWEGIAN.includes(baseLanguage(locale)) ? locale : 'nb';
}
