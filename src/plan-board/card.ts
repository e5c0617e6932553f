import { uiDigits } from '../core/digits.js';
import { clockRange } from '../core/time-range.js';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@lit/localize';
import { getLocale } from '../core/localize.js';
import { bilingual } from '../core/bilingual.js';
import { isolate, languageName, resolveText } from '../core/text.js';
import { withPart } from '../core/lang-part.js';
import { nameLang } from '../core/names.js';
import { decorativePictogram, pictogramGeneration } from './pictogram-cache.js';
import { renderPictogram, resolvePictogram } from '../core/pictograms.js';
import { icons } from './icons.js';
import { fitWord } from '../core/word-fit.js';
import type { PlanCard } from './plan-board.types.js';
import type { Text } from '../core/types.js';

/** What a card needs from its board to draw itself. */
export interface CardView {
  locale: string;
  language: string | undefined;
  participant: boolean;
  /** The adviser may arrange (menu, grip). */
  arrange: boolean;
  /** Done may be toggled. */
  canToggle: boolean;
  disabled: boolean;
  /** The card in the tab order (the board sets `tabindex` itself, O(1) per change: see VkPlanBoard#setActive). */
  activeCardId: string | null;
  liftedCardId: string | null;
  speakingCardId: string | null;
  /** The card whose press waits for its picture's words (board-voice.ts `cardState`): `aria-busy`, shown as being read. */
  busyCardId: string | null;
  menuCardId: string | null;
  /** True when some part of the card can be heard (a recording or a voice). */
  readable(card: PlanCard): boolean;
  /** Participant view: the card cannot be heard in the participant's language (or at all). */
  silent(card: PlanCard): boolean;
}

/**
 * A card re-rendered only when something it shows changed (Lit `guard`): a keyboard move step
 * re-renders the two columns involved, and in them only the lifted card (a column's other cards
 * keep their templates: no index is rendered outside windowed columns, so a card before or after
 * the lifted one does not change). `index`/`setSize` as for `renderCard`. O(1).
 */
export function cardPart(card: PlanCard, view: CardView, index: number, setSize?: number): unknown {
  return guard(cardDeps(card, view, index, setSize), () => renderCard(card, view, index, setSize));
}

/** What a card's template reads, compared by identity (see `cardPart`). O(1). */
export function cardDeps(card: PlanCard, view: CardView, index: number, setSize?: number): unknown[] {
  const silent = view.participant && view.silent(card);
  const mute = view.participant && !view.readable(card); // nothing on it can be heard: no "tap to hear" hint
  const id = card.id;
  const { locale, language, participant, arrange, canToggle, disabled } = view;
  const lifted = view.liftedCardId === id;
  const speaking = view.speakingCardId === id;
  const busy = view.busyCardId === id;
  const menu = view.menuCardId === id;
  // A card's place only where it names it ("Kort 3": no title, no picture words; see `cardName`).
  const place = setSize !== undefined || !resolveText(card.title, locale).trim() ? index : -1;
  return [card, place, setSize, locale, language, participant, silent, mute, arrange, canToggle, disabled, lifted, speaking, busy, menu, getLocale(), pictogramGeneration()];
}

/**
 * One card: a list item whose main control shows pictogram, words, time and place first. In
 * adviser mode the secondary actions (edit, move, read aloud, remove) sit behind one menu button
 * (WAI-ARIA APG menu button); in participant mode the card itself reads aloud and Done is a
 * separate large checkbox. A card has no listeners and no tabindex bindings of its own: the board
 * handles clicks and keys on the columns (Done, the menu button) and sets `tabindex` on the one
 * active card — fewer parts and attribute writes per card on a 300-card first render.
 */
/** Each card's place (0-based) in its column, as the board last indexed it (BoardIndex.update). */
const places = new WeakMap<object, number>();
export const placeCard = (card: PlanCard, index: number): void => void places.set(card, index);

/**
 * A card's name in `locale`, for its button, menu, announcements and read-aloud: its title, or,
 * for a picture-only card (title "" from the host), its pictogram's word ("Buss"), or, where the
 * picture has no words either (a host's picture with alt ""), "Kort 3" (its place in its column,
 * 1-based, as columns are "Kolonne 2"), so that no card and no sentence about one is nameless.
 */
export function cardName(card: Pick<PlanCard, 'title' | 'pictogram'>, locale: string, place = places.get(card)): string {
  const words = resolveText(card.title, locale);
  if (words.trim()) return words;
  const alt = resolvePictogram(card.pictogram, locale)?.alt.trim();
  return alt || (place === undefined ? '' : cardWord(uiDigits(place + 1)));
}

/** "Kort 3", a card with no words (`cardName`); "Kort " with "" (board-text.ts `cardAfterWord`). */
export const cardWord = (place: string): string => msg(str`Kort ${place}`, { id: 'plan-board.card-fallback' });

/**
 * A UI sentence (`say`) quoting a card's or column's `name`, written in `lang`: as it is where that is the UI's language
 * (the board's `lang`), else with the name in a `<bdi lang>` (`withPart`), so a Norwegian title in a Tigrinya sentence is
 * read in Norwegian (WCAG 3.1.2). Before 7 Dec 2026 a name quoted the text locale's title, not the line the card shows first.
 */
export function quoting(say: (name: string) => string, name: string, text: Text, locale: string): TemplateResult | string {
  const lang = nameLang(text, locale);
  return withPart(say(lang == getLocale() ? name : isolate(name)), name, lang);
}

/**
 * A silent card's badge (the read-aloud rule, one for board and ladder): "Ingen lyd på tigrinja"
 * where a press still reads its Norwegian line (`readable`) but not the participant's language, so
 * nobody is told "no sound" and then hears Norwegian; "Ingen lyd" where nothing on it can be heard.
 * The language named as board-text.ts `languageName` names it (in the UI locale), isolated for bidi.
 */
function noSound(card: PlanCard, view: CardView): string {
  return view.language && view.readable(card)
    ? msg(str`Ingen lyd på ${isolate(languageName(view.language, getLocale()))}`, { id: 'plan-board.no-sound-in' })
    : msg('Ingen lyd', { id: 'plan-board.no-sound' });
}

/**
 * A card's note ("Ta med barnas vaksinekort."): under its time and place, in the lines its title has (the
 * Norwegian, the participant's where the note has one), each clamped to two lines. Hidden from the card's
 * name, it is the card's description (`described`) and read aloud after the place (board-voice.ts `speech`);
 * the whole of a clamped note is heard, and in the adviser's edit form. Only a card with a note renders it.
 */
const noteLine = (card: PlanCard, view: CardView): TemplateResult =>
  html`<span class="meta meta-note" id=${`note-${card.id}`} aria-hidden="true">${bilingual(card.note, view.locale, view.language)}</span>`;

/** The card button's description: the hint (`hint`, or '' for none), then its note where it has one. O(1). */
const described = (card: PlanCard, hint: string): string => (card.note ? `${hint} note-${card.id}`.trim() : hint);

export function renderCard(card: PlanCard, view: CardView, index: number, setSize?: number): TemplateResult {
  const words = resolveText(card.title, view.locale);
  const title = words.trim() ? words : cardName(card, view.locale, index);
  // No words and no picture words: the card button is named by a hidden "Kort 3".
  const unnamed = !words.trim() && !resolvePictogram(card.pictogram, view.locale)?.alt.trim();
  const done = card.done === true;
  // The Done box's name is one text ("Ferdig: Norskkurs"): a visible word joined to a hidden one is read "Ferdig : Norskkurs".
  const doneWord = msg('Ferdig', { id: 'plan-board.done' });
  const proposal = card.proposedBy === 'participant';
  const speaking = view.speakingCardId === card.id;
  // "Ingen lyd", but not while its press waits for the picture words that may bring its sound: it shows busy then, and the
  // badge the outcome after (before pass 57 "Ingen lyd" on a card being read). (`busy` is among its `cardDeps`.)
  const silent = view.participant && view.busyCardId != card.id && view.silent(card);
  return html`<li
    class="card"
    part="card"
    data-card=${card.id}
    data-category=${card.category ?? 'other'}
    data-index=${setSize !== undefined ? index : nothing}
    aria-posinset=${setSize !== undefined ? index + 1 : nothing}
    aria-setsize=${setSize ?? nothing}
    ?data-done=${done}
    ?data-speaking=${speaking}
    ?data-lifted=${view.liftedCardId === card.id}
    ?data-proposal=${proposal}
  >
    <button
      type="button"
      class="card-button"
      part="card-button"
      data-key=${card.id}
      data-roving=${`c:${card.id}`}
      tabindex="-1"
      aria-describedby=${described(card, view.participant && !view.readable(card) ? '' : 'hint') || nothing}
      aria-pressed=${view.participant ? speaking : nothing}
      aria-busy=${view.busyCardId === card.id ? 'true' : nothing}
      aria-disabled=${view.disabled ? 'true' : nothing}
    >
      ${words.trim() ? decorativePictogram(card.pictogram, view.locale) : renderPictogram(card.pictogram, view.locale)}
      <span class="card-body"><span class="card-text">${unnamed ? html`<span class="vk-visually-hidden">${title}</span>` : bilingual(card.title, view.locale, view.language)}</span>
      ${card.time ? html`<span class="meta meta-time"><span class="meta-text">${clockRange(card.time)}</span></span>` : nothing}
      ${card.place ? html`<span class="meta meta-place"><span class="meta-text">${bilingual(card.place, view.locale, view.language)}</span></span>` : nothing}
      ${card.note ? noteLine(card, view) : nothing}
      ${proposal ? html`<span class="badge proposal-badge">${icons.hand}<span>${msg('Forslag fra deltakeren', { id: 'plan-board.proposal.badge' })}</span></span>` : nothing}
      ${silent ? html`<span class="badge silent-badge">${icons.speakerOff}<span>${noSound(card, view)}</span></span>` : nothing}</span>
      ${done ? html`<span class="done-mark"><span class="vk-visually-hidden">${doneWord}</span></span>` : nothing}
    </button>
    ${view.canToggle || view.arrange || view.participant
      ? html`<div class="card-actions">
          ${view.arrange ? html`<span class="grip" aria-hidden="true"></span>` : nothing}
          ${view.canToggle || view.participant
            ? html`<button
                type="button"
                role="checkbox"
                class="card-action done-toggle"
                part="done-toggle"
                tabindex="-1"
                aria-checked=${done}
                ?disabled=${!view.canToggle}
              >
                <span class="box" aria-hidden="true"></span><span class="done-label" aria-hidden="true" ${view.participant ? fitWord(doneWord) : nothing}>${doneWord}</span
                ><span class="vk-visually-hidden">${quoting((name) => `${doneWord}: ${name}`, title, card.title, view.locale)}</span>
              </button>`
            : nothing}
          ${view.arrange
            ? html`<button
                type="button"
                class="card-action icon-button menu-button"
                id=${`menu-button-${card.id}`}
                tabindex="-1"
                aria-haspopup="menu"
                aria-expanded=${view.menuCardId === card.id}
                aria-controls=${view.menuCardId === card.id ? 'panel' : nothing}
              >
                <span class="vk-visually-hidden">${quoting((name) => msg(str`Handlinger for ${name}`, { id: 'plan-board.card-menu' }), title, card.title, view.locale)}</span>
              </button>`
            : nothing}
        </div>`
      : nothing}
  </li>`;
}
