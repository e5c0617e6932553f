import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { renderPictogram, resolvePictogram } from '../core/pictograms.js';
import { bilingual } from '../core/bilingual.js';
import { fitWord } from '../core/word-fit.js';
import { getLocale } from '../core/localize.js';
import { participantWords, uiKey } from './picture-words.js';

export { participantWords };
import { holdsTake } from '../core/popover.js';
import { isolate } from '../core/text.js';
import type { Text } from '../core/types.js';
import { panelIcons as icons } from './panel-icons.js';
import { onGridKeydown, renderPictogramPicker, type PickedPictogram, type PickerState } from './pictogram-picker.js';
import type { PlanColumn } from './plan-board.types.js';
import { columnText, languageName } from './board-text.js';
import { bigLabel } from './board-toolbar.js';

/**
 * A picture's name as a card's title — a participant's proposal and the adviser's new card alike:
 * its word in bokmål (`norwegian`, where the UI is in another language), in the UI locale and,
 * where `words` has it, in the participant's `language` — the lines a bilingual card shows, the
 * participant's own under the Norwegian. Words not loaded yet are left out (never waited for).
 */
export function proposalTitle(picked: PickedPictogram, language: string | undefined, words: Record<string, unknown> | undefined, norwegian = participantWords('nb')): Text {
  const key = `picto.${picked.id.slice(3)}`;
  const word = words?.[key];
  const nb = norwegian?.[key];
  return { ...(typeof nb == 'string' ? { nb } : {}), [uiKey(language)]: pictureName(picked), ...(language && typeof word == 'string' && word ? { [language]: word } : {}) };
}

/**
 * A picked picture's name in the UI locale now: `picked.alt` is the one it had when picked, and the
 * UI language may have changed since (a Norwegian word sent as the card's Ukrainian, said in an Ukrainian announcement).
 */
export function pictureName(picked: PickedPictogram): string {
  return resolvePictogram(picked.id, getLocale())?.alt ?? picked.alt;
}

/** Recorded words a proposal keeps while the picture is chosen again: said by "Tilbake", shown on the pictures' step. */
export const keptWords = (): string => msg('Opptaket sendes med forslaget.', { id: 'plan-board.proposal.kept' });

/** A participant's proposal in progress: picture first, then (optionally) words, then the day. */
export interface ProposalDraft {
  picked: PickedPictogram | null;
  columnId: string;
  /** A recording of a few words (a URL the recorder made), if any. */
  audio: string | null;
  /** The language `audio` was spoken in (the participant's as it was recorded): it is sent under that language, whatever the plan's is by then. */
  audioLang?: string;
}

/**
 * What the board says when the host sets the plan's participant language (`language`, none: Norwegian) under an open
 * proposal whose recorder, shown in `panel`, holds no words: the recorder follows it, relabelled ("Ta opp på ukrainsk")
 * under the participant, focus and all, which a screen reader does not say. '' when nothing is relabelled: no recorder
 * shown (the pictures' step), words recorded or being recorded (kept in the language they were spoken in), a language
 * of the same name.
 */
export function recordLanguageChanged(panel: Element | null, draft: ProposalDraft, language: string | undefined): string {
  const recorder = panel?.querySelector<HTMLElement>('vk-audio-recorder');
  const now = languageName(language ?? 'nb'), name = isolate(now); // prettier-ignore
  if (!recorder || draft.audio || holdsTake(panel!) || languageName(recorder.lang) === now) return '';
  return language
    ? msg(str`Opptaket blir på ${name}: planen har fått et nytt deltakerspråk.`, { id: 'plan-board.announce.record-language' })
    : msg(str`Opptaket blir på ${name}: planen har ikke lenger et deltakerspråk.`, { id: 'plan-board.announce.record-language-removed' });
}

export interface ProposalView {
  draft: ProposalDraft;
  /** The heading's `aria-level`: one below the board's title. */
  level: number;
  columns: readonly PlanColumn[];
  locale: string;
  /** The document's participant language: each picture's and day's name is shown in it too. */
  language: string | undefined;
  /** The pictograms' words in `language` and in bokmål (`participantWords`). */
  words: Record<string, unknown> | undefined;
  norwegian: Record<string, unknown> | undefined;
  picker: PickerState;
  recorder: TemplateResult | typeof nothing;
  onPicker(next: PickerState): void;
  onPick(picked: PickedPictogram): void;
  onColumn(columnId: string): void;
  onBack(): void;
  onSend(): void;
  onCancel(): void;
}

/**
 * The participant's "propose a card" dialog (contract §1 `proposals`): no typing anywhere — a
 * large pictogram grid, then the day as large picture buttons (focus lands on the chosen day),
 * then an optional recording, then Send: the order Tab follows, so moving on from the day
 * reaches the recorder (it stood above the day and was skipped going forward).
 */
export function renderProposal(view: ProposalView): TemplateResult {
  const { draft, level } = view;
  if (!draft.picked) {
    const title = msg('Foreslå et kort: velg et bilde', { id: 'plan-board.proposal.pick' });
    return html`<div class="proposal">
      <h2 id="panel-title" class="panel-title" aria-level=${level}>${icons.hand}<span ${fitWord(title)}>${title}</span></h2>
      ${draft.audio ? html`<p class="proposal-step proposal-kept">${icons.mic}<span>${keptWords()}</span></p>` : nothing}
      ${renderPictogramPicker(view.picker, true, view.onPicker, view.onPick, (p) => bilingual(proposalTitle(p, view.language, view.words, view.norwegian), view.locale, view.language))}
      <div class="actions"><button type="button" class="cancel big" @click=${view.onCancel}>${msg('Avbryt', { id: 'plan-board.cancel' })}</button></div>
    </div>`;
  }
  return html`<div class="proposal">
    <h2 id="panel-title" class="panel-title" aria-level=${level}>
      ${renderPictogram(draft.picked.id, view.locale, true)}<span>${bilingual(proposalTitle(draft.picked, view.language, view.words, view.norwegian), view.locale, view.language)}</span>
    </h2>
    <fieldset class="proposal-days">
      <legend class="proposal-step">${msg('Hvilken dag?', { id: 'plan-board.proposal.day' })}</legend>
      <div class="day-options" @keydown=${onGridKeydown}>
        ${view.columns.map(
          (column, index) =>
            html`<button type="button" class="day-option" data-column=${column.id} tabindex=${draft.columnId === column.id ? 0 : -1} aria-pressed=${draft.columnId === column.id ? 'true' : 'false'} @click=${() => view.onColumn(column.id)}>
              ${renderPictogram(column.pictogram, view.locale, true)}<span class="day-name">${bilingual(columnText(column, index, view.locale), view.locale, view.language)}</span>
            </button>`,
        )}
      </div>
    </fieldset>
    ${view.recorder !== nothing
      ? html`<div class="proposal-voice">
          <p class="proposal-step">${icons.mic}<span>${msg('Si noen ord (hvis du vil)', { id: 'plan-board.proposal.record' })}</span></p>
          ${view.recorder}
        </div>`
      : nothing}
    <div class="actions">
      <button type="button" class="back big" @click=${view.onBack}>${icons.previous}<span>${msg('Tilbake', { id: 'plan-board.proposal.back' })}</span></button>
      <button type="button" class="cancel big" @click=${view.onCancel}>${msg('Avbryt', { id: 'plan-board.cancel' })}</button>
      <button type="button" class="send big vk-primary" @click=${view.onSend}>${icons.check}${bigLabel(msg('Send forslaget', { id: 'plan-board.proposal.send' }))}</button>
    </div>
  </div>`;
}
