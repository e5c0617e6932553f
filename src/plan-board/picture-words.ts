/** A picture's words in the languages a card is read in: the built-in pictograms' words by language, loaded when first needed. */
import { getLocale, loaders, normalizeLocale } from '../core/localize.js';
import { resolveText } from '../core/text.js';
import type { Text } from '../core/types.js';
import { cardName } from './card.js';
import type { PlanCard } from './plan-board.types.js';
import type { ReactiveControllerHost } from 'lit';
import type { Announcer } from '../core/announcer.js';

/** The UI locale's language: a pictogram's word is in it, so a new card's title is keyed by it (never Arabic under "nb"). */
function uiLanguage(): string {
  return getLocale().split('-')[0] || 'nb';
}

/**
 * The key of the UI locale's word in a new card's title: the participant's language where the UI is
 * that language under another tag (a Dari participant, "prs", with a Persian UI: the word is Dari's
 * line, keyed "prs" as it is with a bokmål UI, not "fa"), else the UI's language.
 */
export function uiKey(language: string | undefined): string {
  const ui = uiLanguage();
  return language && ui != 'nb' && normalizeLocale(language) == ui ? language : ui;
}

/**
 * The UI strings of a participant language, by UI locale; while they load, the promise of them (resolved with the error
 * where they failed, else with nothing); where they failed to load, the count of uses then (`retryWords`; no words in it
 * either): asked for again by a call after a later use.
 */
const loaded: Record<string, object | number> = {};
/** Uses of the words so far (`retryWords`). */
let uses = 0;
/**
 * By locale, the hosts that asked for the words while they loaded or had failed, weakly held (a removed board is collected):
 * each told how the next load went, whichever host's use asked for it. Before pass 56 only the hosts that asked while the
 * load was under way: on a page with two boards, another board's retry brought the words and the first kept its notice
 * and its card's "Ingen lyd".
 */
const waiting: Record<string, Set<WeakRef<WordsHost>>> = {};

/**
 * A widget whose render needs the words: rendered again once they are in, and its announcer told how their load went
 * (core/announcer.ts `loadFailed`, `loadRecovered`; the part named by the words' locale). Protected on a Veikart element:
 * reached as core/popover.ts does.
 */
export type WordsHost = ReactiveControllerHost & { announcer: Pick<Announcer, 'loadFailed' | 'loadRecovered' | 'failed' | 'said'> };

/**
 * The built-in pictograms' words in the participant's `language`, from Veikart's UI strings for it
 * (ar, uk, ti, so, fa for fa and prs, en, nn; bokmål's from pictogram-words-nb.ts; loaded when the
 * first proposal or new-card picker opens, `host` re-rendered once they are in), or undefined: no participant language, one
 * Veikart has no strings for, or the UI's own. Its words are translations of the UI's (the
 * catalogue's `picto.*` strings), as the picture's name in the UI locale is.
 */
export function participantWords(language: string | undefined, host?: WordsHost): Record<string, unknown> | undefined {
  const locale = normalizeLocale(language);
  const load = locale == 'nb' ? () => import('./pictogram-words-nb.js') : loaders[locale as keyof typeof loaders];
  if (!load || locale == normalizeLocale(getLocale())) return undefined;
  // A chunk that fails to load is no unhandled rejection: no words, until a later use asks again, never a mere render (each
  // failure's render would ask in a loop). Before 7 Dec 2026 none for good: a network blip left the participant's card without
  // its word, under "Ingen lyd", for the page's life, with no notice.
  if ((loaded[locale] as number) < uses) delete loaded[locale];
  const hosts = (waiting[locale] ??= new Set());
  const words = (loaded[locale] ??= load()
    .then(
      (module) => void (loaded[locale] = (module as { templates: object }).templates),
      (error: unknown) => ((loaded[locale] = uses), error),
    )
    .then((error) => {
      // Every host waiting is rendered again and hears how the load went (a removed one is gone: `deref`).
      for (const ref of hosts) {
        const each = ref.deref();
        each?.requestUpdate();
        error ? each?.announcer.loadFailed(error, locale) : each?.announcer.loadRecovered(locale);
      }
      return error;
    }));
  // Every caller's `host` while they load or have failed, not only the first's: a participant's board that asked after the adviser's
  // picker had started them kept its "Ingen lyd" badge (its words unknown as it first rendered) until some other render (before 7 Dec 2026).
  // (Words are msg ids and `picto.*` keys, never one named "then".)
  if (host && unsettled(words) && ![...hosts].some((ref) => ref.deref() == host)) hosts.add(new WeakRef(host));
  return words as Record<string, unknown>;
}

/** Words not in: true where they failed, their load's promise while they load (resolved with the error where they fail); else false. */
const unsettled = (words: object | number | undefined): unknown => typeof words == 'number' || (!!words && 'then' in words && words);

/** A use of the words (a host's new value, a press of a speaker, a switch of mode): those that failed to load are asked for again by the next call. */
export const retryWords = (): number => uses++;

/**
 * A use that no render follows up (a board's switch of `mode`): the words in bokmål and `language` that failed to load are
 * asked for again by this call, `host` told how it went. Before pass 56's QA round 2 the switch only counted as a use, and
 * the fetch waited for a render that reads the words: an adviser's view reads none (its "Ingen stemme" shows in a card's
 * menu), so a switch to it fetched nothing and the "Last inn siden på nytt" notice stayed. Words never asked for are not
 * fetched (an adviser's board does not load them for nothing).
 */
export function retryWordsNow(language: string | undefined, host: WordsHost): void {
  retryWords();
  for (const each of ['nb', language]) if (typeof loaded[normalizeLocale(each)] == 'number') participantWords(each, host);
}

/**
 * Once the words a picture-only card is read in (bokmål's, `language`'s: `pictureText`) have loaded or failed, or `ms` have
 * passed: true when some failed (resolved with nothing, as loaded, while they still load then). A press waits for the words it
 * asked for again, so that it says them (before pass 56 only the next press did).
 */
export function wordsSettled(language: string | undefined, ms: number): Promise<unknown> {
  const words = Promise.all(['nb', language].map((each) => unsettled(loaded[normalizeLocale(each)]))).then((settled) => settled.some(Boolean));
  return Promise.race([words, new Promise((done) => setTimeout(done, ms))]);
}

/**
 * A picture-only card's words (title "" from the host) as a Text, for read-aloud and its "Ingen lyd"
 * badge (board-voice.ts): a built-in picture's word in bokmål, in the UI locale (keyed as a proposal's
 * title, `uiKey`) and in the participant's `language` where Veikart has strings for it ("Buss", then
 * "ኣውቶቡስ" in the Tigrinya voice; words not loaded yet are left out and `host` re-renders once they
 * are in); a host picture's `alt` as the host wrote it; else its name in the UI locale (a placeholder's
 * "Bilde (…)", "Kort 3"), keyed by that locale, so the UI's words are never said in the Norwegian voice.
 */
export function pictureText(card: PlanCard, language: string | undefined, host: WordsHost): Text {
  const picture = card.pictogram;
  const alt = picture && typeof picture == 'object' ? picture.alt : undefined;
  if (alt && resolveText(alt, getLocale()).trim()) return alt;
  const name = cardName(card, getLocale());
  if (typeof picture != 'string' || !picture.startsWith('vk:')) return { [getLocale()]: name };
  const key = `picto.${picture.slice(3)}`;
  const nb = participantWords('nb', host)?.[key], own = language && participantWords(language, host)?.[key]; // prettier-ignore
  return { ...(typeof nb == 'string' ? { nb } : {}), [uiKey(language)]: name, ...(typeof own == 'string' && own ? { [language!]: own } : {}) };
}
