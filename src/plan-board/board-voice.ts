import type { ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { ReadAloud, audioFor, bilingualSpeech, canReadAloud, hasVoice, type Utterance } from '../core/read-aloud.js';
import { NORWEGIAN, baseLanguage, resolveText, resolvedLocale, textIn, textLang } from '../core/text.js';
import { firstLocale } from '../core/bilingual.js';
import { failedWords } from '../core/announcer.js';
import { columnText, languageName } from './board-text.js';
import type { PlanCard, PlanColumn, PlanDocument } from './plan-board.types.js';
import type { Text } from '../core/types.js';
import { pictureText, retryWords, retryWordsNow, wordsSettled, type WordsHost } from './picture-words.js';
import { dropWaitingPress } from '../core/waiting-press.js';

export interface BoardVoiceOptions {
  locale: () => string;
  document: () => PlanDocument | null;
  cardsIn: (columnId: string) => readonly PlanCard[];
  announce: (text: string) => void;
  disabled: () => boolean;
}

/**
 * Reading the board aloud: a card in the UI locale, then in the participant's language — the
 * card's recording for that language first, speech synthesis second (core ReadAloud); a column's
 * title, then each card. Knows when a card cannot be heard in the participant's language.
 */
export class BoardVoice {
  readonly #readAloud: ReadAloud;
  /** The column being read, or null. */
  columnReading: string | null = null;
  /**
   * A reading waiting for a picture's words (`#ask`): shown as being read (`speaking`) and busy (`cardState`), so a press of its
   * card or column meanwhile stops it, as it stops a reading; a stop, another press or a reading anywhere (core waiting-press.ts) drops it.
   */
  #waiting: { key: string; drop: () => void } | null = null;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: BoardVoiceOptions) {
    this.#readAloud = new ReadAloud(host, () => options.locale() + ' ' + options.document()?.participantLanguage);
  }

  /** Stops any reading (a card's or a column's). */
  stop(): void {
    this.columnReading = this.#waiting = null;
    this.#readAloud.stop();
    this.host.requestUpdate(); // a waiting press shown as being read (`speaking`) is no more
  }

  /**
   * A new document (a host value, an undo): a reading whose card or day left with it stops, since
   * the press that would stop its words left the screen too.
   */
  documentChanged(doc: PlanDocument | null, hasCard: (cardId: string) => boolean): void {
    retryWords();
    const key = this.speaking;
    if (key && !hasCard(key) && !doc?.columns.some((column) => `column:${column.id}` == key)) this.stop();
  }

  /** The board's `mode` switched: a use of the picture words, those that failed fetched again now (`retryWordsNow`: no render of the adviser's view would). */
  modeChanged(): void {
    retryWordsNow(this.options.document()?.participantLanguage, this.host as WordsHost);
  }

  /** The card (or `column:<id>`) being read now, or pressed and waiting for its words (`#ask`). */
  get speaking(): string | null {
    return this.#waiting?.key ?? this.#readAloud.speaking;
  }

  /**
   * The cards' states for the board's card view: the card being read (`speaking`: pressed, `data-speaking`), and the one
   * whose press waits for its words (`aria-busy`). Before pass 56's QA round 2 a waiting card showed nothing for up to 2 s,
   * and a participant who pressed again because nothing happened stopped it unseen and heard nothing.
   */
  cardState(): { speakingCardId: string | null; busyCardId: string | null } {
    return { speakingCardId: this.speaking, busyCardId: this.#waiting?.key ?? null };
  }

  /** One render's "is there a voice for this language" answers, asked once per language. */
  voiceCache(): (lang: string) => boolean {
    const voices = new Map<string, boolean>();
    return (lang) => {
      let known = voices.get(lang);
      if (known === undefined) voices.set(lang, (known = hasVoice(lang)));
      return known;
    };
  }

  /**
   * What a card says: its lines as shown, its pictogram's word where it has no title, each line's
   * words followed by the card's time and place in that line's language (a participant who cannot
   * read hears when and where, not only what): the time as Intl writes it in that language
   * (`spokenTime`), the place where it has text in that language (the participant's line: its own
   * entry, as its title's; the first line: the entry it resolves to in that line's language, or
   * a plain string) — never Norwegian words in an Arabic voice; then its note, as its place. A recording plays as it is: these
   * words are what synthesis says in its stead. A line without words (a recording alone) gets none.
   */
  speech(card: PlanCard, locale: string, language: string | undefined): Utterance[] {
    return bilingualSpeech(this.#words(card, locale, language), card.audio, locale, language).map((part, second) => {
      const { text, lang } = part;
      const line = (words: Text | undefined) => (second ? textIn(words, language!) : family(resolvedLocale(words, lang)) == family(lang) && resolveText(words, lang));
      return text ? { ...part, text: [text, ...([card.time && spokenTime(card.time, lang), line(card.place), line(card.note)].filter((words) => words && words.trim()) as string[])].reduce(sentence) } : part;
    });
  }

  /**
   * Some part of the card can be heard (a recording or a voice): what `speech(…).some(part => part.audio
   * || hasVoice(part.lang))` answers, without building the lines (every card of a column is asked
   * on every render, to cross out the column's speaker): the first line in its resolved language,
   * then the participant language's line where `bilingualSpeech` adds one (its text or recording).
   */
  readable(card: PlanCard, locale: string, language: string | undefined, hasVoice: (lang: string) => boolean): boolean {
    const words = this.#words(card, locale, language);
    const lang = resolvedLocale(words, firstLocale(locale, language));
    if (audioFor(card.audio, lang) !== undefined || hasVoice(lang)) return true;
    return !!language && baseLanguage(language) !== baseLanguage(lang) && this.#heard(card, words, language, hasVoice);
  }

  /** The card's participant-language line can be heard: its recording, or its text with a voice for the language it is written in (`textLang`, as `bilingualSpeech` says it). */
  #heard(card: PlanCard, words: Text, language: string, hasVoice: (lang: string) => boolean): boolean {
    return audioFor(card.audio, language) !== undefined || (!!textIn(words, language) && hasVoice(textLang(words, language)));
  }

  /**
   * The words a card is read in: its title, or, where its first line has none (a picture-only card), its
   * picture's words in the languages it is read in (`pictureText`: "Buss" in the Norwegian voice, then the
   * participant's word in theirs; a fallback "Kort 3" in the UI locale's). Before 7 Dec 2026 the UI
   * locale's picture word was said in the Norwegian voice, and the card said "Ingen lyd på arabisk" where
   * its Arabic word could be said. O(1) for a card with a title.
   */
  #words(card: PlanCard, locale: string, language: string | undefined): Text {
    return resolveText(card.title, firstLocale(locale, language)).trim() ? card.title : pictureText(card, language, this.host as WordsHost);
  }

  /**
   * The participant cannot hear the card in their own language (no recording; no text with a voice)
   * — or, for a Norwegian participant (nb, nn, no: one family, as core `matchingVoice` reads them)
   * or without a participant language, at all: the Norwegian text is theirs.
   */
  silent(card: PlanCard, locale: string, language: string | undefined, hasVoice: (lang: string) => boolean): boolean {
    if (!language || NORWEGIAN.includes(baseLanguage(language))) return !this.readable(card, locale, language, hasVoice);
    return !this.#heard(card, this.#words(card, locale, language), language, hasVoice);
  }

  /**
   * The participant language's name ("tigrinja") for the adviser's "Ingen stemme for … — ta opp en"
   * (card menu, edit form): exactly where the participant's card says "Ingen lyd" (`silent`), so
   * a card with only Norwegian text counts even where a Tigrinya voice exists.
   */
  noVoice(card: PlanCard): string | null {
    const language = this.options.document()?.participantLanguage;
    return language && this.silent(card, this.options.locale(), language, hasVoice) ? languageName(language) : null;
  }

  /** Reads a card; reading it again stops. */
  async readCard(card: PlanCard): Promise<void> {
    if (this.options.disabled()) return;
    this.columnReading = null;
    if (this.speaking === card.id) return this.stop();
    const failed = await this.#ask([card], card.id);
    if (failed === null) return;
    const result = await this.#read(card);
    if (result === 'unavailable' || result === 'failed') this.#unavailable();
    if (result === 'partial') this.options.announce(msg('Et lydopptak kan ikke spilles av.', { id: 'plan-board.read.partial' }));
    if (failed && result !== 'stopped') this.options.announce(failedWords()); // the words waited for could not be loaded: said once, in the notice's words
  }

  /** A column's title as shown (`bilingual()`, "Kolonne 2" when untitled): its Norwegian line, then the participant language's (columns have no recordings). */
  #title(column: PlanColumn): Utterance[] {
    const locale = this.options.locale();
    return bilingualSpeech(columnText(column, this.options.document()!.columns.indexOf(column), locale), undefined, locale, this.options.document()?.participantLanguage);
  }

  /** Nothing a column's reading says can be heard — not its title, no card (`readable`): its speaker is crossed out. */
  columnSilent(column: PlanColumn, cards: readonly PlanCard[], readable: (card: PlanCard) => boolean): boolean {
    return !canReadAloud(this.#title(column)) && !cards.some(readable);
  }

  /** Reads a column's title, then each card; pressing again stops. */
  async readColumn(column: PlanColumn): Promise<void> {
    if (this.options.disabled()) return;
    if (this.columnReading === column.id) return this.stop();
    this.columnReading = column.id;
    const failed = await this.#ask(this.options.cardsIn(column.id), `column:${column.id}`);
    if (failed === null) return;
    // The title, then each card, until one is stopped: a stop is no "not available", at any card.
    let result = await this.#readAloud.read(`column:${column.id}`, this.#title(column));
    let heard = result === 'done';
    for (const card of this.options.cardsIn(column.id)) {
      if (result === 'stopped' || this.columnReading !== column.id) break;
      result = await this.#read(card);
      heard ||= result === 'done';
    }
    if (this.columnReading === column.id) this.columnReading = null;
    this.host.requestUpdate();
    if (!heard && result !== 'stopped') this.#unavailable();
    if (failed && result !== 'stopped') this.options.announce(failedWords()); // the words waited for could not be loaded: said once, in the notice's words
  }

  /**
   * A press of a speaker is a use: a picture's words that failed to load are asked for again (`retryWords`), once for a
   * column's reading, and the `cards`' (a picture-only card's, `#words`) are waited for, at most 2 s, so that this reading
   * says them (before pass 56 the press read at once without them, and only the next press said the word). True when they
   * failed and the board's notice was up already (it says nothing new: the reading says it after its words); null when
   * the reading was stopped, or another begun, meanwhile (`key` the reading's).
   */
  async #ask(cards: readonly PlanCard[], key: string): Promise<boolean | null> {
    retryWords();
    const locale = this.options.locale(), language = this.options.document()?.participantLanguage; // prettier-ignore
    const shown = (this.host as WordsHost).announcer.failed;
    if (!cards.some((card) => this.#words(card, locale, language) != card.title)) return false;
    const waiting = (this.#waiting = { key, drop: () => this.#dropped(waiting) });
    dropWaitingPress(waiting.drop); // (held weakly there: here, while it waits)
    this.host.requestUpdate(); // shown as being read, and busy, from the press
    const failed = await wordsSettled(language, 2000);
    if (this.#waiting != waiting) return null;
    this.#waiting = null; // the reading that follows at once shows the card as being read
    return !!failed && shown;
  }

  /** A press waiting on this board was dropped by a press or reading elsewhere (core waiting-press.ts): its card or column shows no reading. */
  #dropped(waiting: { key: string }): void {
    if (this.#waiting != waiting) return;
    this.#waiting = null;
    if (waiting.key == `column:${this.columnReading}`) this.columnReading = null;
    this.host.requestUpdate();
  }

  /** Reads a card as shown (`speech`, in the UI locale and the document's participant language). */
  #read(card: PlanCard): ReturnType<ReadAloud['read']> {
    return this.#readAloud.read(card.id, this.speech(card, this.options.locale(), this.options.document()?.participantLanguage));
  }

  #unavailable(): void {
    this.options.announce(msg('Opplesing ikke tilgjengelig', { id: 'plan-board.read.unavailable' }));
  }
}

/**
 * A card's parts joined as sentences for a voice: ". " after a part, a space only after one that ends a sentence already
 * (Unicode's Sentence_Terminal: ".", "?", "!", the Arabic-script "۔" and "؟", the Ethiopic "።" and "፧", the Devanagari "।";
 * or "…"), then only closing marks, format marks and spaces: UAX #29's Close, the brackets (\p{Ps}, \p{Pe}) and quotation
 * marks (\p{Pi}, \p{Pf}, " and ') that may follow a sentence's end («Ta med pass.», "(Ta med bankkort.)"), and a bidi mark
 * (\p{Cf}: an RLM after an Arabic "المكان."). Before 7 Dec 2026 a place written "Rådhuset." and its note were
 * read "Rådhuset.. Ta med pass" (a voice may say the second full stop, or pause twice); later that day still ".». " and "." + U+200F + ". ".
 * Then any punctuation counted as closing: an abbreviation's stop before a comma ("kl.,", "pass.,"; UAX #29 SB8a, the sentence
 * goes on) ended the part, and the next was run on with no stop (pass 56).
 */
const sentence = (said: string, words: string): string => said + (/[\p{STerm}…][\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'\p{Cf}\s]*$/u.test(said) ? ' ' : '. ') + words;

/** The voice a language is read in: Norwegian tags one (`nb`, `nn`, `no`, as core `matchingVoice` reads them), else its base language. */
const family = (lang: string): string => (NORWEGIAN.includes(baseLanguage(lang)) ? 'nb' : baseLanguage(lang));

/**
 * A card's `HH:mm` or `HH:mm-HH:mm` as `lang` writes it ("09:00–11:30", Persian "۹:۰۰ تا ۱۱:۳۰"): Intl's range in
 * that language's words and digits, bokmål's where the browser has no data for it (never its default
 * English); on the 24-hour clock the card shows (`h23`), in every language: Arabic's own 12-hour "12:30–2:00 م"
 * for a card showing 12:30-14:00 left the participant comparing what they heard with digits they could not
 * match (QA, 7 Dec 2026). As written where it is no clock time (the model lets none through) or `lang` is no tag Intl takes.
 */
function spokenTime(time: string, lang: string): string {
  // Each end as a local date-time (no offset: the card's own clock; any day): one that is no clock time is an invalid date, which Intl refuses.
  const [from, to] = time.split('-').map((hm) => new Date(`2000-01-01T${hm}`));
  try {
    const format = new Intl.DateTimeFormat([lang, 'nb'], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    return to ? format.formatRange(from, to) : format.format(from);
  } catch {
    return time;
  }
}
