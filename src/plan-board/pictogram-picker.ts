import { uiCount } from '../core/digits.js';
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { pictogramFailed } from '../core/pictograms.js';
import { listBuiltInPictograms } from '../core/pictogram-list.js';
import { pictogramCategories, type PictogramCategory } from '../core/pictogram-catalog.js';
import { categoryLabel } from './board-text.js';
import { fitWord } from '../core/word-fit.js';

export interface PickerState {
  query: string;
  category: PictogramCategory | 'all';
  /** The picture that is the grid's Tab stop (the one focused last; else the first shown). */
  active?: string;
  /**
   * How many of the shown pictures have their image yet. Every option, word and
   * box is there from the first frame; the images follow a few per task (`BoardPanels`): the
   * first use of each SVG image builds its own document on the main thread (2–4 ms each, 76 in
   * one task were 300–500 ms when they are `data:` URLs, as a Vite host inlines them).
   */
  pictures: number;
}

export interface PickedPictogram {
  id: string;
  alt: string;
  category: PictogramCategory;
}

/**
 * Arrow keys move between the pictures as they are drawn in rows (← → flipped in right-to-left
 * layouts, ↑ ↓ a row, Home/End the first/last picture); the grid is one Tab stop (roving tabindex, WAI-ARIA
 * APG), so Tab goes on to "Avbryt" instead of through every picture. The participant's category
 * buttons are one Tab stop the same way (a toolbar, APG; Tab enters at the chosen category), and
 * so are the proposal's days (proposal.ts). Any buttons inside `event.currentTarget` move so.
 */
export function onGridKeydown(event: KeyboardEvent): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const grid = event.currentTarget as HTMLElement;
  const options = Array.from(grid.querySelectorAll<HTMLElement>('button'));
  const index = options.indexOf((event.composedPath()[0] as HTMLElement).closest?.<HTMLElement>('button') as HTMLElement);
  if (index < 0) return;
  const columns = Math.max(1, options.filter((o) => o.offsetTop === options[0]!.offsetTop).length);
  const back = getComputedStyle(grid).direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  const step: Record<string, number> = { [back]: -1, [back === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft']: 1, ArrowUp: -columns, ArrowDown: columns, Home: -index, End: options.length - 1 - index };
  if (!(event.key in step)) return;
  event.preventDefault();
  // At an edge the key is still taken and focus stays (no wrap; a short last row: no move down).
  options[index + step[event.key]!]?.focus();
}

/**
 * A text as the picture search compares it, the query and the words alike: NFKC, lower case, the
 * Arabic keyboard's letters as Persian (ك ي ى → ک ی; a Persian keyboard's find the Arabic words and
 * the reverse), alef forms as ا, ة ۀ as ه, no tatweel, harakat or zero-width non-joiner, and each
 * word of 4+ letters without a leading "ال" ("الحافلة" finds "حافلة"; the query's whatever follows it). O(length).
 */
export const searchKey = (text: string): string =>
  text
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/[\u0640\u064B-\u065F\u0670\u200C]/gu, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ك/gu, 'ک')
    .replace(/[يى]/gu, 'ی')
    .replace(/[ةۀ]/gu, 'ه')
    .replace(/(^|\s)ال(?=\S\S)/gu, '$1');

/** Words a picture is also found by, where the UI's word is not the everyday one: Persian "پزشک" and Dari "داکتر" for "دکتر" (the doctor; "پزشک" found only "دندانپزشک"). */
const alsoFoundBy: Record<string, string> = { 'vk:doctor': 'پزشک داکتر' };

/**
 * The pictogram picker. For the adviser: search by word in the UI locale and a category filter.
 * For the participant (`large`): no typing — category buttons and a grid of large pictures, each
 * named by its word (`label`: the proposal's names it in the participant's language too) — and no
 * search results to count: the adviser's live "N treff" is not there.
 */
export function renderPictogramPicker(
  state: PickerState,
  large: boolean,
  onState: (next: PickerState) => void,
  onPick: (picked: PickedPictogram) => void,
  label: (picked: PickedPictogram) => unknown = (p) => html`<span ${fitWord(p.alt)}>${p.alt}</span>`,
): TemplateResult {
  // The query's "ال" goes whatever follows (the words lose theirs where 2+ letters do): mid-typing "الح" found none.
  const query = searchKey(state.query.trim()).replace(/(^|\s)ال/gu, '$1');
  const shown = listBuiltInPictograms().filter(
    (p) => (state.category === 'all' || p.category === state.category) && (!query || searchKey(`${p.alt} ${alsoFoundBy[p.id] ?? ''}`).includes(query) || p.id.includes(query)),
  );
  const active = shown.some((p) => p.id === state.active) ? state.active : shown[0]?.id;
  // Enter in the search field picks the one picture left (as a click on it would); not the Enter
  // that confirms an input method's composed word (Safari sends it after compositionend, keyCode 229).
  const pick = (p: (typeof shown)[number]): void => onPick({ id: p.id, alt: p.alt, category: p.category });
  const onFocusin = (event: FocusEvent): void => {
    const id = (event.target as HTMLElement).closest?.<HTMLElement>('.picker-option')?.dataset.pictogram;
    if (id && id !== state.active) onState({ ...state, active: id });
  };
  return html`<div class="picker" ?data-large=${large}>
    ${large
      ? html`<div class="picker-categories" role="toolbar" aria-label=${msg('Kategori', { id: 'plan-board.picker.category' })} @keydown=${onGridKeydown}>
          ${(['all', ...pictogramCategories] as const).map(
            (c) => html`<button type="button" class="category-chip" tabindex=${c === state.category ? 0 : -1} aria-pressed=${c === state.category ? 'true' : 'false'} @click=${() => onState({ ...state, category: c })}>${categoryLabel(c)}</button>`,
          )}
        </div>`
      : html`<div class="picker-filters">
          <label class="field">
            <span>${msg('Søk', { id: 'plan-board.picker.search' })}</span>
            <input
              type="search"
              autofocus
              .value=${state.query}
              @input=${(e: Event) => onState({ ...state, query: (e.target as HTMLInputElement).value })}
              @keydown=${(e: KeyboardEvent) => e.key == 'Enter' && !e.isComposing && e.keyCode != 229 && shown.length == 1 && (e.preventDefault(), pick(shown[0]!))}
            />
          </label>
          <label class="field">
            <span>${msg('Kategori', { id: 'plan-board.picker.category' })}</span>
            <select @change=${(e: Event) => onState({ ...state, category: (e.target as HTMLSelectElement).value as PictogramCategory | 'all' })}>
              ${(['all', ...pictogramCategories] as const).map((c) => html`<option value=${c} ?selected=${c === state.category}>${categoryLabel(c)}</option>`)}
            </select>
          </label>
        </div>`}
    ${large // (the participant's pictures have no search: a count of "results" on opening is noise; before 7 Dec 2026 "76 treff")
      ? nothing
      : html`<p class="vk-visually-hidden" role="status">${msg(str`${uiCount(shown.length)} treff`, { id: 'plan-board.picker.count' })}</p>`}
    <ul class="picker-grid" role="list" @keydown=${onGridKeydown} @focusin=${onFocusin}>
      ${shown.map(
        (p, i) => html`<li>
          <button type="button" class="picker-option" tabindex=${p.id === active ? '0' : '-1'} data-pictogram=${p.id} @click=${() => pick(p)}>
            ${pictogramFailed(p.src) // a picture that did not load (a bundler that left the files behind): the placeholder, as on the cards
              ? html`<span class="vk-pictogram vk-pictogram--placeholder" aria-hidden="true"></span>`
              : html`<img class="vk-pictogram" src=${i < state.pictures ? p.src : nothing} alt="" draggable="false" />`}${label(p)}
          </button>
        </li>`,
      )}
    </ul>
    ${shown.length === 0 ? html`<p>${msg('Ingen bilder passer søket.', { id: 'plan-board.picker.none' })}</p>` : nothing}
  </div>`;
}
