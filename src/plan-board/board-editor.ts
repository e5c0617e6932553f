import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { deepEqualJson } from '../core/schema.js';
import { columnName, inSentence } from './board-text.js';
import { getLocale } from '../core/localize.js';
import { MAX_CARDS, newCardId } from './plan-board.model.js';
import type { BoardPanels, EditPanel, Panel } from './board-panels.js';
import { renderCardMenu, renderMoveMenu, type CardMenuAction } from './card-menu.js';
import { renderPictogramPicker, type PickedPictogram } from './pictogram-picker.js';
import { baseLanguage, isolate } from '../core/text.js';
import { languageName } from './board-text.js';
import type { Announcer } from '../core/announcer.js';
import { keptWords, participantWords, pictureName, proposalTitle, recordLanguageChanged, renderProposal, type ProposalDraft } from './proposal.js';
import { retryWords, wordsSettled, type WordsHost } from './picture-words.js';
import type { VkAudioRecorder, VkRecordingEvent } from '../core/recorder.js';
import type { CardPosition, PlanCard, PlanDocument, PlanOperation } from './plan-board.types.js';
import { cardName } from './card.js';
import { focusOurs } from '../core/roving-focus.js';
import { holdsTake } from '../core/popover.js';
import type { PendingOpen } from '../core/pending-open.js';

/** What the editor needs from its board (VkPlanBoard keeps the document, focus and the commit). */
export interface BoardEditorHost {
  readonly root: ShadowRoot;
  readonly updateComplete: Promise<unknown>;
  document(): PlanDocument | null;
  /** The text locale (`lang` of the host or page). */
  locale(): string;
  canArrange(): boolean;
  canPropose(): boolean;
  /** Commits one operation as the user's (false when not editable or cancelled). */
  commit(operation: PlanOperation): boolean;
  /** The id a card the last commit added has now: the host's own when it gave it one in its vk-change listener (VkElement's `landedId`). */
  landedId(cardId: string): string;
  announce(text: string): void;
  cardTitle(cardId: string): string;
  cardsIn(columnId: string): readonly PlanCard[];
  position(cardId: string): CardPosition | null;
  /** Commits and announces a `card.move`. */
  move(cardId: string, from: CardPosition, to: CardPosition): boolean;
  /** Focus this roving key (`c:<cardId>`, `a:<columnId>`) after the next update. */
  focusAfterUpdate(key: string): void;
  /** The rendered roving item for a key. */
  control(key: string): HTMLElement | null;
  ensureFocus(operation: PlanOperation | null): void;
  openPanel(panel: Panel, anchor: HTMLElement | null): void;
  closePanel(focus: 'return' | 'focus' | 'none'): void;
  requestUpdate(): void;
  /** Voice: what the card menu offers. */
  noVoice(card: PlanCard): string | null;
  readable(card: PlanCard): boolean;
  speaking(): string | null;
  readCard(card: PlanCard): void;
}

/** The participant language worth a field of its own (not Norwegian). */
export function editorLanguage(participantLanguage: string | undefined): string | undefined {
  return participantLanguage && baseLanguage(participantLanguage) !== 'nb' ? participantLanguage : undefined;
}

/**
 * `<vk-audio-recorder>` for one language (defined once `ready`: the recorder module loads on the
 * first form that offers it). `onUrl` takes the saved URL (null: removed) and the language it was
 * recorded in (a take keeps the language it was recorded in when `lang` changes meanwhile), and
 * says whether the board kept it; if not, the recorder keeps its old value. The event stays inside the board: the
 * host hears of a recording as a `card.update`.
 */
export function renderRecorder(ready: boolean, lang: string, value: string | null, onUrl: (url: string | null, lang: string) => boolean): TemplateResult | typeof nothing {
  if (!ready) return nothing;
  return html`<vk-audio-recorder
    .lang=${lang}
    .languageName=${languageName(lang)}
    .value=${value}
    @vk-recording=${(e: VkRecordingEvent) => {
      e.stopPropagation();
      if (!onUrl(e.detail.url, e.detail.lang || lang)) e.preventDefault();
    }}
  ></vk-audio-recorder>`;
}

/**
 * A card chosen in the picker or a proposal sent after a host value filled the plan while the panel
 * was open: nothing is added, the panel closes with focus back on the button that opened it (that
 * "+" or "Foreslå et kort", now aria-disabled and described by the reason), and the limit's reason
 * is said, not the edit conflict's "changed by someone else" (it could never be saved): asked to
 * open again, the board refuses with that reason (plan-board.ts `#openPanel`, board-limits.ts `refusedFull`).
 */
function fullAfterAll(host: BoardEditorHost, panel: Panel): void {
  host.closePanel('return');
  host.openPanel(panel, null);
}

/** The card editor's form (card-editor.ts), a chunk of its own: see `loadForm`. */
type Form = typeof import('./card-editor.js');
let cardForm: Form | null = null;
let formLoad: Promise<Form> | null = null;
/**
 * Loads the edit form, once per page: a chunk of its own (each lazy chunk stays under issue 14's
 * 10 KB), preloaded with the editing UI of a board that may be arranged and so there before a
 * first edit in practice; else the first edit waits for it and then opens the form, focus in it.
 * A failed load is forgotten: the next edit asks again (as board-lazy-editing.ts).
 */
function loadForm(): Promise<Form> {
  formLoad ??= import('./card-editor.js').then((module) => (cardForm = module));
  formLoad.catch(() => (formLoad = null));
  return formLoad;
}


/**
 * The board's editing: what its one popover shows (card menu, "move to", pictogram picker, card
 * editor with its recorder, the participant's proposal) and what each of them does — add, update,
 * remove, move, record, accept, propose — as one operation each through the board's commit, with
 * an announcement and focus where the user expects it. Part of the lazily loaded editing chunk.
 */
export class BoardEditor {
  /**
   * The last take was kept as the card's voice since the form's Save began (see `#afterTake`):
   * its language's name when that is not the participant's (`#otherLanguage`), '' when it is;
   * undefined when none was kept.
   */
  #voiced: string | undefined;

  /** `pending`: the board's pending open (board-lazy-editing.ts `openLater`), the form's late open shares it. */
  constructor(private readonly host: BoardEditorHost, private readonly panels: BoardPanels, private readonly pending: PendingOpen) {
    // The edit form's chunk, there before a first edit (a failed preload says nothing: the edit asks again).
    if (host.canArrange()) void loadForm();
    panels.cancel = (panel) => this.#cancel(panel);
    panels.reopen = (kept, card) => this.#reopen(kept, card);
    // The pictures' words (named by their locale) that failed are said by a new card's picker, with its retry, while it is open:
    // the board's notice beside it told a reload for what "Prøv igjen" fixes (round-2 QA F6). Shown again once it closes.
    (host.root.host as unknown as WordsHost).announcer.said = (part) => typeof part == 'string' && panels.panel?.kind == 'picker' && !panels.panel.replaceCardId;
  }

  /** Avbryt or Escape: in the picker "Bytt bilde" opened, back to its form; in the form a pick opened, the add undone (`#undoAdd`). */
  #cancel(panel: Panel): boolean {
    return panel.kind == 'picker' && panel.form ? this.#backToForm(panel.form) : this.#undoAdd(panel);
  }

  /**
   * The form "Bytt bilde" left comes back (after a pick, with its new `pictogram`; after Avbryt or Escape, as it was) with
   * what was typed in it, focus on "Bytt bilde", as a sub-dialog gives focus back to what opened it (WAI-ARIA APG). Before,
   * the picker replaced the form and its typing went with it. A host's change to the card meanwhile shows the form's notice.
   * False when the card is gone (the picker then closes as ever).
   */
  #backToForm(form: EditPanel, pictogram?: string): boolean {
    const host = this.host;
    const card = host.document()?.cards.find((c) => c.id === form.cardId);
    if (!card) return false;
    const picture = (c: PlanCard): PlanCard => (pictogram ? { ...c, pictogram } : c);
    const seen = picture(form.seen);
    host.closePanel('none');
    host.openPanel({ ...form, base: picture(form.base), seen, shown: form.shown && picture(form.shown), notice: form.notice ?? (deepEqualJson(card, seen) ? null : 'changed') }, this.panels.returnTarget());
    void host.updateComplete.then(() => focusOurs(host.root.host) && host.root.querySelector<HTMLElement>('.edit-form .change-picture')?.focus());
    return true;
  }

  /**
   * A form kept for `card`'s next open (board-panels.ts `keep`), as the card is now: the fields the user changed keep their
   * text, the others show the card's; where one of theirs changed on the card too (a host value, the user's own tap), the
   * open form's notice "Kortet ble endret av noen andre." with its two choices; as is, a notice still unanswered when it closed.
   */
  #reopen(kept: Extract<Panel, { kind: 'edit' }>, card: PlanCard): Panel {
    const draft = cardForm!.reopenDraft(kept.values ?? {}, kept.shown ?? kept.base, kept.seen, card, editorLanguage(kept.language));
    return { ...kept, base: card, seen: card, shown: undefined, values: draft.values, notice: draft.conflict || kept.notice ? 'changed' : null };
  }

  /**
   * Avbryt or Escape in the form a pick opened mean "don't add it", as an adviser reads them (QA F6, 7 Dec 2026; before, only
   * the form went and the new card stayed): while the card is as the pick added it, the add is undone with the board's undo
   * (said "Angret: la til …", Gjør om brings it back, focus on its neighbour). Changed since (a take kept, Done), the form only
   * closes. True when the add was undone.
   */
  #undoAdd(panel: Panel): boolean {
    if (panel.kind != 'edit' || !panel.added) return false;
    const card = this.host.document()?.cards.find((c) => c.id === panel.cardId);
    return !!card && deepEqualJson(card, panel.added) && (this.host.root.host as unknown as { undo(): boolean }).undo();
  }

  /** The edit form's load while it is under way (never rejected; see `loadForm`). */
  get loading(): Promise<unknown> | null {
    return cardForm ? null : (formLoad?.catch(() => null) ?? null);
  }

  /** A panel whose card changed or vanished under it (a host value, an undo). */
  documentChanged(doc: PlanDocument | null, hostValue: boolean): void {
    const panels = this.panels;
    const panel = panels.panel;
    panels.prune(doc);
    if (panel?.kind === 'propose' && doc && !doc.columns.length) {
      // The host took every day away: nowhere to put a card (the board offers no proposal then).
      this.host.closePanel('focus');
      this.host.announce(msg('Skjemaet ble lukket: planen har ingen dager nå.', { id: 'plan-board.announce.no-days' }));
    } else if (panel?.kind === 'propose' && doc) {
      // The recorder follows a new participant language: said (the DOM still shows the one it had).
      const said = recordLanguageChanged(this.host.root.querySelector('.vk-popover'), panel.draft, doc.participantLanguage);
      if (said) this.host.announce(said);
    }
    if (!panel || panel.kind === 'propose') return;
    const cardId = panel.kind === 'picker' ? panel.replaceCardId : panel.cardId;
    if (!cardId) {
      // A new card's picker whose day the host removed: a picture picked now could go nowhere.
      if (panel.kind === 'picker' && doc && !doc.columns.some((c) => c.id === panel.columnId)) {
        this.host.closePanel('focus');
        this.host.announce(msg('Dagen ble fjernet av noen andre.', { id: 'plan-board.announce.day-removed' }));
      }
      return;
    }
    const card = doc?.cards.find((c) => c.id === cardId);
    if (panel.kind === 'edit') {
      if (!card && !hostValue) {
        // The user's own undo took the card away (Ctrl+Z in the form undid its add): nobody else
        // removed it. The form goes; focus to the card's neighbour, as after a removal.
        this.host.closePanel('none');
        this.host.ensureFocus({ type: 'card.remove', cardId });
        return;
      }
      // Never silent loss: the user's typing stays; a notice offers both versions.
      if (!card) this.#cardRemoved(panel);
      else if (!deepEqualJson(card, panel.seen)) {
        if (hostValue) panels.panel = { ...panel, seen: card, notice: 'changed' };
        else {
          // The user's own undo or redo (Ctrl+Z in the form, a tap on Done) is no news: each field
          // not typed in follows it, so the form never shows what Save would not keep (Save sends
          // what differs from `shown` and from the card now). `base` stays, or Lit's bindings would
          // overwrite the typing.
          cardForm!.fillForm(this.host.root, card, editorLanguage(panel.language), panel.shown ?? panel.base);
          panels.panel = { ...panel, seen: card, shown: card };
        }
      }
      return;
    }
    if (!card) this.host.closePanel('focus');
  }

  /**
   * The host removed the edit form's card: the form stays, saying so (card-editor.ts), its typing kept. Its
   * recorder goes (nowhere to save to; the microphone released): a take being recorded or held is said lost,
   * "Opptaket ble ikke lagret.". Focus on a control that goes or is disabled now (the recorder, "Lagre") goes
   * to the form's panel first, where the notice is: else the board's focus recovery put it on a card and the
   * form closed, the take lost, nothing said (before 7 Dec 2026).
   */
  #cardRemoved(panel: Extract<Panel, { kind: 'edit' }>): void {
    const popover = this.host.root.querySelector<HTMLElement>('.vk-popover');
    if (!panel.notice && popover && holdsTake(popover)) this.host.announce(msg('Opptaket ble ikke lagret.', { id: 'plan-board.announce.take-dropped' }));
    const active = this.host.root.activeElement;
    if (active && popover?.contains(active) && !active.matches('input, textarea, select')) popover.focus({ preventScroll: true });
    this.panels.panel = { ...panel, notice: 'removed' };
  }

  /**
   * The board no longer offers `panel` (disabled, read-only, another mode): it closes, what was typed
   * or chosen in it kept for its next open (`BoardPanels.keep`); made read-only (`viewOnly`), a form
   * (the card editor, a proposal) says why it went.
   */
  takenAway(panel: Panel, focus: 'focus' | 'none', viewOnly: boolean): void {
    this.panels.keep(panel, this.host.document());
    this.panels.close(focus);
    if (viewOnly && (panel.kind === 'edit' || panel.kind === 'propose')) this.host.announce(msg('Skjemaet ble lukket: planen kan nå bare ses, ikke endres.', { id: 'plan-board.announce.view-only' }));
  }

  /** What the open panel shows; its heading at `level` (one below the board's title, `heading-level`, at most 6, as the columns'). */
  render(doc: PlanDocument, panel: Panel, locale: string, level: number): TemplateResult | typeof nothing {
    const host = this.host;
    const panels = this.panels;
    switch (panel.kind) {
      case 'menu': {
        const card = doc.cards.find((c) => c.id === panel.cardId);
        if (!card) return nothing;
        return renderCardMenu(card, locale, host.noVoice(card), host.readable(card), host.speaking() === card.id, (action) => this.#menuAction(card, action));
      }
      case 'picker': {
        // A new card's title has the picture's word in bokmål and the participant's language too (#choosePictogram): their
        // loading starts now, so they are usually in by the pick. The board is told how it went (its notice; rendered again),
        // and while they could not be loaded (or load again after that) the picker says so, with a retry. Before pass 57 it
        // asked without the board: a failure showed nowhere, and the new card lacked its words unsaid. The search, in the
        // UI's own words, works throughout.
        const board = host.root.host as unknown as WordsHost;
        const words = panel.replaceCardId ? [] : [participantWords(doc.participantLanguage, board), participantWords('nb', board)];
        return html`<h2 id="panel-title" class="panel-title" aria-level=${level}>${panel.replaceCardId ? msg('Velg nytt bilde', { id: 'plan-board.picker.replace' }) : msg('Nytt kort: velg et bilde', { id: 'plan-board.picker.title' })}</h2>
          ${words.some((w) => typeof w == 'number' || (w && 'then' in w && board.announcer.failed))
            ? html`<div class="notice" role="alert">
                <p>${msg('Bildeordene kunne ikke lastes.', { id: 'plan-board.picker.words-failed' })}</p>
                <div class="actions"><button type="button" class="retry" @click=${() => this.#retryWords(doc.participantLanguage)}>${msg('Prøv igjen', { id: 'plan-board.picker.retry' })}</button></div>
              </div>`
            : nothing}
          ${renderPictogramPicker(
            panels.picker,
            false,
            (next) => (panels.picker = next),
            (picked) => this.#choosePictogram(panel, picked),
          )}
          <div class="actions"><button type="button" class="cancel" @click=${() => this.#cancel(panel) || host.closePanel('return')}>${msg('Avbryt', { id: 'plan-board.cancel' })}</button></div>`;
      }
      case 'move': {
        const card = doc.cards.find((c) => c.id === panel.cardId);
        const position = card ? host.position(card.id) : null;
        return card && position
          ? renderMoveMenu(doc.columns, card, position, locale, level, (columnId) => host.cardsIn(columnId).length, (to) => this.#moveFromMenu(card.id, to), () => host.closePanel('return'))
          : nothing;
      }
      case 'edit':
        // Opened once its chunk has loaded (`#edit`).
        return cardForm!.renderCardEditor({
          base: panel.base,
          level: level,
          values: panel.values,
          locale,
          language: editorLanguage(panel.language),
          notice: panel.notice,
          errors: panels.formErrors,
          // The card as it is now: a recording saved in this form ends the "no voice" note.
          noVoice: host.noVoice(doc.cards.find((c) => c.id === panel.cardId) ?? panel.base),
          recorder: this.#renderCardRecorder(doc, panel),
          onSubmit: (e) => this.#submitEdit(e, panel),
          onTitleText: () => (panels.formErrors = panels.formErrors.filter((e) => e.field !== 'title')),
          onCancel: () => this.#undoAdd(panel) || host.closePanel('return'),
          onRemove: () => this.#remove(panel.cardId),
          // The form's typing goes with the picker, to come back after it (`#backToForm`).
          onChangePicture: host.canArrange()
            ? () =>
                host.openPanel(
                  { kind: 'picker', columnId: panel.base.columnId, replaceCardId: panel.cardId, form: { ...panel, values: panel.values || host.root.querySelector('.edit-form [data-typed]') ? panels.formValues() : undefined } },
                  panels.returnTarget(),
                )
            : undefined,
          onKeepMine: () => {
            panels.panel = { ...panel, notice: null };
          },
          onUseTheirs: () => {
            const card = host.document()?.cards.find((c) => c.id === panel.cardId);
            if (!card) return;
            // (A kept draft's typing too: its note goes.)
            panels.panel = { ...panel, base: card, seen: card, shown: card, notice: null, values: undefined };
            void host.updateComplete.then(() => {
              cardForm!.fillForm(host.root, card, editorLanguage(panel.language))?.querySelector<HTMLElement>('input')?.focus();
            });
          },
        });
      case 'propose':
        return renderProposal({
          draft: panel.draft,
          level: level,
          columns: doc.columns,
          locale,
          language: doc.participantLanguage,
          // The board: rendered again once they are in, its notice shown where they could not be loaded.
          words: participantWords(doc.participantLanguage, host.root.host as unknown as WordsHost),
          norwegian: participantWords('nb', host.root.host as unknown as WordsHost),
          picker: panels.picker,
          // Words already recorded are shown (and sent) in the language they were spoken in, even if the host changed the plan's since.
          recorder: renderRecorder(panels.recorderReady, (panel.draft.audio && panel.draft.audioLang) || (doc.participantLanguage ?? 'nb'), panel.draft.audio, (url, lang) => {
            this.#updateDraft({ ...panel.draft, audio: url, audioLang: lang }, null);
            return true;
          }),
          onPicker: (next) => (panels.picker = next),
          onPick: (picked) => this.#updateDraft({ ...panel.draft, picked }, '.day-option[aria-pressed="true"], .send'),
          onColumn: (columnId) => this.#updateDraft({ ...panel.draft, columnId }, null),
          // Back to the pictures keeps recorded words, saved or not, as the draft keeps a saved take.
          onBack: () => this.#afterTake(() => this.#draftBack()),
          onSend: () => this.#sendProposal(),
          onCancel: () => host.closePanel('return'),
        });
    }
  }

  /**
   * The picker's "Prøv igjen": the picture words asked for again by the render that follows, and how it went said (the notice
   * stays up while they load, and a failure again is no new alert). Once they are in, the notice and its button go, and focus
   * goes to the search field, unless the user has gone on in the picker meanwhile.
   */
  #retryWords(language: string | undefined): void {
    const host = this.host;
    retryWords();
    host.requestUpdate();
    void host.updateComplete
      .then(() => wordsSettled(language, 1e4))
      .then((failed) => {
        if (failed) host.announce(msg('Bildeordene kunne ikke lastes.', { id: 'plan-board.picker.words-failed' }));
        else if (failed === false) {
          if (focusOurs(host.root.host) && !host.root.activeElement?.matches('.vk-popover :not(.retry)')) host.root.querySelector<HTMLElement>('.picker input')?.focus();
          host.announce(msg('Bildeordene er lastet.', { id: 'plan-board.picker.words-loaded' }));
        }
      });
  }

  /** The edit form's recorder: the participant's language as the form opened (Norwegian when the plan had none). */
  #renderCardRecorder(doc: PlanDocument, panel: Extract<Panel, { kind: 'edit' }>): TemplateResult | typeof nothing {
    const card = doc.cards.find((c) => c.id === panel.cardId);
    if (!card) return nothing;
    const lang = panel.language ?? 'nb';
    // The recording of exactly that language in any letter case (`TI` is `ti`'s), as the ladder's recorder: the one its buttons replace or remove.
    return renderRecorder(this.panels.recorderReady, lang, cardForm!.recordingIn(card.audio, lang), (url) => this.#saveRecording(card.id, lang, url));
  }

  /**
   * One `card.update` with the whole new `audio` (null when its last recording was removed). Not
   * kept — the card removed by the host (the form stays open, saying so), the board not editable,
   * or the host cancelled — the board says "Opptaket kunne ikke lagres i planen.", the words the
   * recorder shows, once (after a cancellation's "Endring avbrutt. …", in its place).
   */
  #saveRecording(cardId: string, lang: string, url: string | null): boolean {
    const host = this.host;
    const card = host.document()?.cards.find((c) => c.id === cardId);
    // Not `canArrange`: the edit form stays open in an editable board switched to participant mode,
    // and its Save keeps a new take as it keeps the typing (commit refuses when not editable).
    // Under the key the recorder's recording has (`TI` stays `TI`); removed in every letter case. The
    // recorder is the edit form's: its chunk is in.
    const audio = card && cardForm!.withEntry(card.audio ?? {}, lang, url ?? '');
    const kept = !!audio && host.commit({ type: 'card.update', cardId, changes: { audio: Object.keys(audio).length > 0 ? audio : null } });
    const other = this.#otherLanguage(lang);
    this.#voiced = kept && url ? other : undefined;
    if (!kept) host.announce(msg('Opptaket kunne ikke lagres i planen.', { id: 'plan-board.announce.voice-failed' }));
    else {
      const title = isolate(host.cardTitle(cardId));
      host.announce(
        url
          ? other
            ? msg(str`Stemme på ${other} lagret for ${title}`, { id: 'plan-board.announce.voice-saved-in' })
            : msg(str`Stemme lagret for ${title}`, { id: 'plan-board.announce.voice-saved' })
          : other
            ? msg(str`Stemme på ${other} fjernet for ${title}`, { id: 'plan-board.announce.voice-removed-in' })
            : msg(str`Stemme fjernet for ${title}`, { id: 'plan-board.announce.voice-removed' }),
      );
    }
    return kept;
  }

  /**
   * The edit form keeps the language it opened with, so a recording it saves or removes may be in
   * another than the plan's participant language now (the host changed or removed it): then that
   * language's name, isolated, for the announcement to name it ("Stemme på arabisk lagret for …"),
   * as the ladder does; '' for the participant language (any letter case), or Norwegian in a plan
   * without one (what the form records in then).
   */
  #otherLanguage(lang: string): string {
    return lang.toLowerCase() === (this.host.document()?.participantLanguage ?? 'nb').toLowerCase() ? '' : isolate(languageName(lang));
  }

  /**
   * "Ingen stemme for … — ta opp en": the edit form opens at its recorder, focus on its first
   * button, the voice fieldset in view (the recorder's chunk may still be loading). Nothing if the
   * user has left that form, or typed or clicked in it, meanwhile (focus is theirs then).
   */
  async #focusRecorder(cardId: string): Promise<void> {
    let acted = false;
    const watch = new AbortController();
    for (const type of ['keydown', 'pointerdown']) this.host.root.addEventListener(type, () => (acted = true), { capture: true, signal: watch.signal });
    await this.panels.recorderRendered();
    watch.abort();
    if (acted) return;
    const panel = this.panels.panel;
    const recorder = this.host.root.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('.edit-form vk-audio-recorder');
    if (panel?.kind !== 'edit' || panel.cardId !== cardId || !recorder) return;
    await recorder.updateComplete;
    recorder.shadowRoot?.querySelector<HTMLElement>('button:not([disabled])')?.focus({ preventScroll: true });
    recorder.closest('fieldset')?.scrollIntoView({ block: 'nearest' });
  }

  #menuAction(card: PlanCard, action: CardMenuAction): void {
    const host = this.host;
    const anchor = this.panels.returnTarget();
    switch (action) {
      case 'accept':
        host.closePanel('return');
        if (host.commit({ type: 'card.update', cardId: card.id, changes: { proposedBy: null } })) {
          const title = isolate(cardName(card, host.locale()));
          host.announce(msg(str`Forslaget ${title} er godtatt`, { id: 'plan-board.announce.accepted' }));
        }
        return;
      case 'edit':
      case 'record':
        this.#edit(card.id, anchor, action === 'record');
        return;
      case 'move':
        host.openPanel({ kind: 'move', cardId: card.id }, anchor);
        return;
      case 'read':
        host.closePanel('return');
        host.readCard(card);
        return;
      case 'remove':
        this.#remove(card.id);
        return;
    }
  }

  /**
   * Opens card `cardId`'s edit form, with the card as it is then; the first time on a page once the
   * form's chunk has loaded (`loadForm`), focus in it as always. If it cannot be loaded, the board
   * says so (core/announcer.ts `loadFailed`), the card's menu, still open, closes with focus on its
   * button, and the next edit asks again; once the form loads, the notice goes.
   */
  #edit(cardId: string, anchor: HTMLElement | null, record = false, added = false): void {
    const host = this.host;
    // The board's announcer is protected: reached as core/popover.ts does.
    const announcer = (host.root.host as unknown as { announcer: Pick<Announcer, 'loadFailed' | 'loadRecovered'> }).announcer;
    // While it loads the user may go on (Escape closes the menu, another card's menu opens): the form
    // opens only if the board still shows what it showed at the request (the card's menu, or nothing after a pick).
    const asked = this.panels.panel;
    // As the board's other late opens (board-lazy-editing.ts `openLater`): `anchor` busy, "Åpner detaljene …" after half a second, and
    // the next key or focus elsewhere in the board cancels, or focus put elsewhere on the page (before 7 Dec 2026 a new card's form opened over a card lifted meanwhile).
    if (!cardForm)
      return void (this.pending.start(anchor), loadForm()).then(
        () => this.pending.done(anchor) && focusOurs(host.root.host) && this.panels.panel === asked && this.#edit(cardId, anchor, record, added),
        (error) => {
          this.pending.end(true);
          announcer.loadFailed(error, loadForm, () => this.#edit(cardId, anchor, record, added));
          const panel = this.panels.panel;
          if (panel?.kind === 'menu' && panel.cardId === cardId) host.closePanel('return');
        },
      );
    announcer.loadRecovered(loadForm);
    const doc = host.document();
    const card = doc?.cards.find((c) => c.id === cardId);
    if (!card) return;
    host.openPanel({ kind: 'edit', cardId, base: card, seen: card, notice: null, language: doc?.participantLanguage, added: added ? card : undefined }, anchor);
    if (record) void this.#focusRecorder(cardId);
  }

  #choosePictogram(panel: Extract<Panel, { kind: 'picker' }>, picked: PickedPictogram): void {
    const host = this.host;
    const doc = host.document();
    if (!doc || !host.canArrange()) return;
    if (panel.replaceCardId) {
      const id = panel.replaceCardId;
      host.closePanel('none');
      const changed = host.commit({ type: 'card.update', cardId: id, changes: { pictogram: picked.id } });
      if (panel.form && this.#backToForm(panel.form, changed ? picked.id : undefined)) return;
      host.focusAfterUpdate(`c:${id}`);
      return;
    }
    if (doc.cards.length >= MAX_CARDS) return fullAfterAll(host, panel);
    const made = newCardId(doc);
    // Titled as a participant's proposal is: bokmål, the UI's word and the participant's (what of them is loaded).
    const card: PlanCard = { id: made, columnId: panel.columnId, title: proposalTitle(picked, doc.participantLanguage, participantWords(doc.participantLanguage)), pictogram: picked.id, category: picked.category };
    const index = host.cardsIn(panel.columnId).length;
    host.closePanel('none');
    if (host.commit({ type: 'card.add', card, columnId: panel.columnId, index })) {
      const id = host.landedId(made);
      const title = isolate(picked.alt);
      // The day as its undo names it: "i mandag" in a Norwegian sentence (inSentence).
      const column = isolate(inSentence(columnName(doc.columns, panel.columnId, host.locale()), getLocale()));
      host.announce(msg(str`Kort ${title} lagt til i ${column}`, { id: 'plan-board.announce.added' }));
      host.focusAfterUpdate(`c:${id}`);
      // Straight on to the texts: the adviser usually adjusts them (and types the participant's word where Veikart has none);
      // not once the user has put focus elsewhere on the page (the update completes late while the form's chunk loads).
      void host.updateComplete.then(() => focusOurs(host.root.host) && this.#edit(id, host.control(`c:${id}`), false, true));
    } else host.focusAfterUpdate(`a:${panel.columnId}`);
  }

  #submitEdit(event: Event, opened: Extract<Panel, { kind: 'edit' }>): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    // Nothing is saved while the form is invalid, not even the take: Save is one act, never half
    // done. A recording still running stops (Save meant "done speaking"): its take waits under review.
    if (!this.#saveEdit(form, opened.cardId, false)) return void this.#recorder()?.stop();
    // Save keeps a new recording too (one card.update of its audio first), as it keeps the typing.
    this.#afterTake(() => this.#saveEdit(form, opened.cardId, true));
  }

  /** Checks the form (errors shown, false when invalid); then, when `save`, commits its changes. */
  #saveEdit(form: HTMLFormElement, cardId: string, save: boolean): boolean {
    const host = this.host;
    const panel = this.panels.panel;
    if (panel?.kind !== 'edit' || panel.cardId !== cardId || !form.isConnected) return false;
    const current = host.document()?.cards.find((c) => c.id === panel.cardId);
    if (!current) return false;
    // Against what the untouched fields show (`shown`, after the user's own undo): a field that only
    // followed the undo is no edit of the user's, and a host's later value there stays ("Behold mine").
    const result = cardForm!.editChanges(form, panel.shown ?? panel.base, current, editorLanguage(panel.language));
    if ('errors' in result) {
      this.panels.formErrors = result.errors;
      // Focus on the first invalid field, its label and message in view (the form may scroll inside the popover).
      const field = form.elements.namedItem(result.errors[0].field) as HTMLInputElement | null;
      void host.updateComplete.then(() => {
        field?.focus({ preventScroll: true });
        field?.closest('label')?.scrollIntoView({ block: 'nearest' });
      });
      return false;
    }
    if (!save) return true;
    const { changes } = result;
    host.closePanel('return');
    if (Object.keys(changes).length > 0 && host.commit({ type: 'card.update', cardId: current.id, changes })) {
      const title = isolate(host.cardTitle(current.id));
      // One announcement when this Save also kept a take ("Stemme lagret …" alone would be replaced at once).
      const voiced = this.#voiced;
      host.announce(
        voiced
          ? msg(str`${title}: endret, stemme på ${voiced} lagret`, { id: 'plan-board.announce.updated-voice-in' })
          : voiced === ''
            ? msg(str`${title}: endret, stemme lagret`, { id: 'plan-board.announce.updated-voice' })
            : msg(str`${title}: endret`, { id: 'plan-board.announce.updated' }),
      );
    }
    return true;
  }

  #remove(cardId: string): void {
    const host = this.host;
    const title = isolate(host.cardTitle(cardId));
    host.closePanel('none');
    const operation: PlanOperation = { type: 'card.remove', cardId };
    if (host.commit(operation)) {
      host.announce(msg(str`${title} fjernet. Angre med Ctrl+Z.`, { id: 'plan-board.announce.removed' }));
      // Focus goes to the nearest surviving neighbour (focusAfterChange).
      host.ensureFocus(operation);
    } else host.ensureFocus(null);
  }

  #moveFromMenu(cardId: string, to: CardPosition): void {
    const host = this.host;
    const from = host.position(cardId);
    host.closePanel('none');
    host.focusAfterUpdate(`c:${cardId}`);
    if (from) host.move(cardId, from, to);
    host.requestUpdate();
  }

  #updateDraft(draft: ProposalDraft, focusSelector: string | null): void {
    if (this.panels.panel?.kind !== 'propose') return;
    this.panels.panel = { kind: 'propose', draft };
    if (focusSelector) void this.host.updateComplete.then(() => focusOurs(this.host.root.host) && this.host.root.querySelector<HTMLElement>(`.vk-popover ${focusSelector}`)?.focus());
  }

  /**
   * Then `next()`, once the popover's recorder has kept a take whose own Save was not pressed
   * (recording or under review; its vk-recording updates the draft or the card); at once when none.
   * A take the host refused is not dropped with the form, nor the rest saved without it (Save is one
   * act): it waits under review, the recorder showing why, focus on its "Lagre opptaket".
   */
  #recorder(): VkAudioRecorder | null {
    return this.host.root.querySelector<VkAudioRecorder>('.vk-popover vk-audio-recorder');
  }

  #afterTake(next: () => void): void {
    this.#voiced = undefined;
    const recorder = this.#recorder();
    if (recorder && recorder.state !== 'idle' && recorder.state !== 'requesting') {
      // Focus moves (to "Lagre opptaket", or where `next` puts it) only while it is still the board's: a take
      // being converted lets the user go on to the page meanwhile (the popover stays open while it holds one).
      void recorder.finish().then(() => (recorder.state !== 'review' ? next() : focusOurs(this.host.root.host) && recorder.shadowRoot?.querySelector<HTMLElement>('.save')?.focus()));
    } else next();
  }

  /**
   * Back to the pictures, recorded words kept (saved by `#afterTake` where "Lagre opptaket" was not pressed): the board says so,
   * one message (the recorder says nothing of a take the form keeps), and the pictures show it (proposal.ts). Before pass 56 a
   * take was kept silently, and a participant who picked another picture could not know the words would go with it.
   */
  #draftBack(): void {
    const panel = this.panels.panel;
    if (panel?.kind !== 'propose') return;
    // Onto the picture chosen (the grid's Tab stop), not the first: changing one's mind starts where one was.
    this.#updateDraft({ ...panel.draft, picked: null }, '.picker-option[tabindex="0"]');
    if (panel.draft.audio) this.host.announce(keptWords());
  }

  /** A participant who recorded words and pressed Send (not "Lagre opptaket") sends them too. */
  #sendProposal(): void {
    this.#afterTake(() => this.#sendDraft());
  }

  #sendDraft(): void {
    const host = this.host;
    const panel = this.panels.panel;
    const draft = panel?.kind === 'propose' ? panel.draft : null;
    const doc = host.document();
    if (!doc || !draft?.picked || !host.canPropose()) return;
    const { columnId } = draft;
    if (!doc.columns.some((c) => c.id === columnId)) {
      // The host removed the chosen day meanwhile: ask again, on the days (never another day unasked).
      this.#updateDraft(draft, '.day-option');
      return host.announce(msg('Hvilken dag?', { id: 'plan-board.proposal.day' }));
    }
    if (doc.cards.length >= MAX_CARDS) return fullAfterAll(host, panel as Panel);
    const card: PlanCard = {
      id: newCardId(doc, 'proposal'),
      columnId,
      // The picture's word in bokmål, the UI's language and the participant's own.
      title: proposalTitle(draft.picked, doc.participantLanguage, participantWords(doc.participantLanguage)),
      pictogram: draft.picked.id,
      category: draft.picked.category,
      proposedBy: 'participant',
      // The words go under the language they were recorded in: the participant's then (Norwegian when the plan had none).
      ...(draft.audio ? { audio: { [draft.audioLang ?? doc.participantLanguage ?? 'nb']: draft.audio } } : {}),
    };
    host.closePanel('none');
    const index = host.cardsIn(columnId).length;
    if (host.commit({ type: 'card.add', card, columnId, index })) {
      const title = isolate(pictureName(draft.picked));
      // One message: the recorder says nothing of a take Send kept (core recorder `finish`); these words say it went along.
      host.announce(draft.audio ? msg(str`Forslaget ${title} er sendt med opptaket`, { id: 'plan-board.announce.proposed-voice' }) : msg(str`Forslaget ${title} er sendt`, { id: 'plan-board.announce.proposed' }));
      // (Sent after a take was converted, `#afterTake`: not if the user has put focus elsewhere on the page meanwhile.)
      if (focusOurs(host.root.host)) host.focusAfterUpdate(`c:${host.landedId(card.id)}`);
    } else host.ensureFocus(null);
  }
}
