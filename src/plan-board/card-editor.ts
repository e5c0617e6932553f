import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { msg, str } from '@lit/localize';
import { renderPictogram } from '../core/pictograms.js';
import { directionOf, isolate, textIn } from '../core/text.js';
import { withEntry } from '../core/language-keys.js';
import { cardName } from './card.js';
import { nameLang } from '../core/names.js';
import type { Text } from '../core/types.js';
import { TIME_PATTERN } from './plan-board.model.js';
import { typedTime } from './typed-time.js';
import { categoryLabel, languageName } from './board-text.js';
import { cardCategories, type CardChanges, type PlanCard } from './plan-board.types.js';
import { stickyBand, stickyEnds } from '../core/sticky-ends.js';

// From core (the task ladder's panel edits its recordings with the same rule); here, for
// board-editor.ts, which reaches them through this lazily loaded form.
export { recordingIn, withEntry } from '../core/language-keys.js';

/**
 * A Text with one language set, or removed when `value` is empty; a plain string counts as Norwegian.
 * The form edits the entry its field shows (`textIn`, as the card does), under its own key in any
 * letter case (`withEntry`). A field that showed a fallback (a Dari participant's Persian `fa`, `ar`
 * for `ar-EG`) writes `lang`'s own entry and leaves the fallback alone (docs/translations.md).
 * Emptied, every entry the field reads goes, the fallback too: the card's line goes as the field's
 * text did (else the card, and the form opened again, would still show it).
 */
function withLanguage(text: Text | undefined, lang: string, value: string): Text | undefined {
  const entries = withEntry(typeof text === 'string' ? { nb: text } : (text ?? {}), lang, value, (key) => textIn({ [key]: '' }, lang) !== undefined);
  const keys = Object.keys(entries);
  if (keys.length === 0) return undefined;
  if (keys.length === 1 && keys[0] === 'nb' && (typeof text === 'string' || text === undefined)) return entries.nb;
  return entries;
}

function sameText(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** What the host did to the card while the form was open (issue 13: never silent loss). */
export type EditorNotice = 'changed' | 'removed' | null;

export interface EditorView {
  /** The card as it was when the form opened (or when the user chose "bruk de nye"). */
  base: PlanCard;
  /** What the fields showed when the form closed unsaved (the board disabled or read-only, a press outside, focus leaving), shown again instead of `base`'s, under "Ikke lagret". */
  values?: Readonly<Record<string, string | boolean>>;
  locale: string;
  /** The heading's `aria-level`: one below the board's title. */
  level: number;
  /** The participant language (not Norwegian), if any. */
  language: string | undefined;
  notice: EditorNotice;
  /** The fields the form cannot save and why, each shown in its field's label; empty when none. */
  errors: readonly FieldError[];
  /** "Ingen stemme for tigrinja — ta opp en", when that is the case. */
  noVoice: string | null;
  /** The recorder (loaded on demand), or nothing. */
  recorder: TemplateResult | typeof nothing;
  onSubmit(event: Event): void;
  /** The Norwegian title, shown as missing, has text again: its error goes (not at the next Save). */
  onTitleText(): void;
  onCancel(): void;
  onRemove(): void;
  /** Absent where the board may not be arranged (the form kept open after a switch to participant mode): no "Bytt bilde". */
  onChangePicture?: () => void;
  onKeepMine(): void;
  onUseTheirs(): void;
}

/** A field whose input cannot be saved, and the message that says why. */
export interface FieldError {
  readonly field: 'title' | 'time';
  readonly message: string;
}

/**
 * `text` with each clock time or range in it ("09:00", "09:00-11:30") kept on one line (a line
 * may break after a hyphen, and "09:00-" / "11:30" reads as two times) and isolated left to
 * right, as the field shows what is typed: after Arabic letters the bidi algorithm makes the
 * digits Arabic numbers and the hyphen right to left, "11:30-09:00" (UAX #9 W2, N1).
 */
function timesWhole(text: string): Array<string | TemplateResult> {
  return text.split(/(\d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?)/).map((part, i) => (i % 2 === 1 ? html`<span class="nobreak" dir="ltr">${part}</span>` : part));
}

/**
 * The typed time is a range that ends before it starts ("14:00-13:00", in any digits the field reads): saved, it is a night
 * shift, ending the next day (docs/plan-board.md). The form says so under the field (QA F9, pass 57), as the calendar's
 * plan dialog does: before, it was saved so without a word.
 */
const overnight = (typed: string): boolean => {
  const time = typedTime(typed.trim());
  return TIME_PATTERN.test(time) && time.slice(-5) < time.slice(0, 5);
};

/**
 * Shows or hides the form's night-shift line for what its "Tid" field shows now: as it is typed in, and filled (`fillForm`).
 * By hand, not Lit: the field's value is the user's, not the binding's, from the first key.
 */
function showOvernight(form: HTMLFormElement): void {
  form.querySelector<HTMLElement>('.overnight')!.hidden = !overnight((form.elements.namedItem('time') as HTMLInputElement).value);
}

/** The edit form's fields, by name: text, list and check box (`done`). */
interface FieldValues {
  title: string;
  title2: string;
  time: string;
  place: string;
  place2: string;
  note: string;
  note2: string;
  category: string;
  done: boolean;
}

/** The form's fields and the card value each starts from. */
function fieldValues(card: PlanCard, language: string | undefined): FieldValues {
  const nb = (text: Text | undefined): string => (typeof text === 'string' ? text : (textIn(text, 'nb') ?? ''));
  const second = (text: Text | undefined): string => (language ? (textIn(text, language) ?? '') : '');
  return {
    title: nb(card.title),
    title2: second(card.title),
    time: card.time ?? '',
    place: nb(card.place),
    place2: second(card.place),
    note: nb(card.note),
    note2: second(card.note),
    category: card.category ?? '',
    done: card.done === true,
  };
}

/**
 * A kept form's fields (`values`, kept while it showed `from`) for its card as it is `now`: a field the user changed keeps
 * their text, the others show the card's now (a Ferdig ticked since, another language's text). `conflict`: a field the user
 * changed was changed on the card too since the form was kept (`kept`), by anyone: its next open asks which to keep.
 */
export function reopenDraft(values: Readonly<Record<string, string | boolean>>, from: PlanCard, kept: PlanCard, now: PlanCard, language: string | undefined): { values: Record<string, string | boolean>; conflict: boolean } {
  const [start, then, current] = [from, kept, now].map((card) => fieldValues(card, language) as unknown as Record<string, string | boolean>);
  const next = { ...values };
  let conflict = false;
  for (const name of Object.keys(current)) {
    if (!(name in values) || values[name] === start[name]) next[name] = current[name];
    else conflict ||= current[name] !== then[name];
  }
  return { values: next, conflict };
}

/**
 * Writes a card's values into the edit form in `root` (after "bruk de nye"); returns the form, or
 * null when none is open. With `from`, only into the fields still showing `from`'s value and not
 * typed in (`data-typed`, set by renderCardEditor's input handler, even to the value `from` had:
 * typed "A", an undo to "A" then a redo to "B" overwrote it): the user's own undo, redo or tap
 * changed the card under the open form, which then shows the card as it now is, while the typing
 * stays (Save sends it, compared with `card`, the form's new `shown`). Without, every field, and
 * none counts as typed in any more.
 */
export function fillForm(root: ParentNode, card: PlanCard, language: string | undefined, from?: PlanCard): HTMLFormElement | null {
  const form = root.querySelector<HTMLFormElement>('.edit-form');
  const before = from && fieldValues(from, language);
  for (const [name, value] of Object.entries(fieldValues(card, language))) {
    const field = form?.elements.namedItem(name) as (HTMLElement & Record<string, unknown>) | null | undefined;
    // A check box's value is `checked` (the card's `done`, a boolean); a text field's, list's or text area's, `value`.
    const property = field?.type === 'checkbox' ? 'checked' : 'value';
    if (!field || (before && ('typed' in field.dataset || field[property] !== before[name as keyof FieldValues]))) continue;
    delete field.dataset.typed;
    field[property] = value;
  }
  if (form) showOvernight(form);
  return form;
}

/**
 * The edit's changes: only the fields the user changed (compared with `base`, what the form
 * started from), applied to `current` (the card now — a host may have changed other fields
 * meanwhile, and those stay). Returns `{ errors }` instead, every invalid field in the form's
 * order, when the input is not valid (WCAG 3.3.1: each error identified at its field).
 */
export function editChanges(form: HTMLFormElement, base: PlanCard, current: PlanCard, language: string | undefined): { changes: CardChanges } | { errors: FieldError[] } {
  const data = new FormData(form);
  const read = (name: string): string => String(data.get(name) ?? '').trim();
  const start = fieldValues(base, language);
  const now: FieldValues = {
    title: read('title'),
    title2: read('title2'),
    // As typed ("14.00", "9,00", "۰۹:۰۰-۱۱:۳۰") in the ASCII HH:mm the document stores (typed-time.ts).
    time: typedTime(read('time')),
    place: read('place'),
    place2: read('place2'),
    note: read('note'),
    note2: read('note2'),
    category: read('category'),
    done: data.get('done') !== null,
  };
  const errors: FieldError[] = [];
  if (!now.title) errors.push({ field: 'title', message: msg('Kortet må ha en tekst på norsk.', { id: 'plan-board.error.title' }) });
  if (now.time && !TIME_PATTERN.test(now.time)) errors.push({ field: 'time', message: msg('Skriv tiden som 09:00 eller 09:00-11:30.', { id: 'plan-board.error.time' }) });
  if (errors.length > 0) return { errors };
  const touched = (name: keyof FieldValues): boolean => {
    const was = start[name];
    return now[name] !== (typeof was === 'string' ? was.trim() : was);
  };
  const changes: Record<string, unknown> = {};
  let title: Text = current.title;
  if (touched('title')) title = withLanguage(title, 'nb', now.title) as Text;
  if (language && touched('title2')) title = (withLanguage(title, language, now.title2) ?? title) as Text;
  if (!sameText(title, current.title)) changes.title = title;
  let place = current.place;
  if (touched('place')) place = withLanguage(place, 'nb', now.place);
  if (language && touched('place2')) place = withLanguage(place, language, now.place2);
  if (!sameText(place, current.place)) changes.place = place ?? null;
  let note = current.note;
  if (touched('note')) note = withLanguage(note, 'nb', now.note);
  if (language && touched('note2')) note = withLanguage(note, language, now.note2);
  if (!sameText(note, current.note)) changes.note = note ?? null;
  if (touched('time') && now.time !== (current.time ?? '')) changes.time = now.time || null;
  if (touched('category') && now.category !== (current.category ?? '')) changes.category = now.category || null;
  if (touched('done') && now.done !== (current.done === true)) changes.done = now.done;
  return { changes: changes as CardChanges };
}

/**
 * The form's heading (with its "Ikke lagret", `.form-head`) and buttons as bands across the popover, kept in view while
 * the rest scrolls (core/sticky-ends.ts): one sheet for the page, made as the first form opens. A constructed sheet, not Lit's unsafeCSS and the board's
 * adoptLateStyles: those are the up-front bundle's, whose exports to this chunk cost its bytes (its ceiling).
 */
let bandSheet: CSSStyleSheet | undefined;
function adoptBands(root: ShadowRoot): void {
  if (!bandSheet) (bandSheet = new CSSStyleSheet()).replaceSync(stickyBand('.edit-form', '.form-head', '.actions', 'var(--_vk-space-3)'));
  if (!root.adoptedStyleSheets.includes(bandSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, bandSheet];
}

/**
 * The form's heading and its buttons kept in view while its fields scroll under them (core/sticky-ends.ts): on a
 * 360×640 phone an adviser's form (nb, ar: the participant's fields too, the voice) is taller than the window, and Save
 * and Cancel were below its fold, reached only by scrolling the popover (phone QA, 7 Dec 2026), as the calendar's
 * session details and the tracker's step details were. Once per form element, as it is rendered into the board's
 * popover (the same popover shows the picture picker after "Bytt bilde": no ends there, nothing pinned); the band's
 * styles come with this chunk, adopted by the board as the first form opens.
 */
class StickyFormEnds extends Directive {
  #form: Element | undefined;
  render(): void {}
  override update(part: ElementPart): void {
    const form = part.element;
    if (form === this.#form) return;
    this.#form = form;
    // Once it is in the popover: a new form is updated before Lit puts it there.
    queueMicrotask(() => {
      if (!form.isConnected || !form.parentElement) return;
      adoptBands(form.getRootNode() as ShadowRoot);
      stickyEnds(form.parentElement, '.edit-form > .form-head', '.edit-form > .actions', '.notice');
    });
  }
}
const stickyFormEnds = directive(StickyFormEnds);

/** The edit form: every language field labelled by its language's name, with its own lang/dir. */
export function renderCardEditor(view: EditorView): TemplateResult {
  const { base, language, locale } = view;
  const values = { ...fieldValues(base, language), ...view.values } as FieldValues;
  const nbName = languageName('nb');
  const secondName = language ? languageName(language) : '';
  const removed = view.notice === 'removed';
  // An error stands in its field's label; the field is marked invalid and described by it (WCAG 3.3.1).
  const errorOf = (name: string): FieldError | undefined => view.errors.find((e) => e.field === name);
  const invalid = (name: string): 'true' | typeof nothing => (errorOf(name) ? 'true' : nothing);
  const errorText = (name: string): TemplateResult | typeof nothing => {
    const error = errorOf(name);
    return error ? html`<span class="form-error" id=${`${name}-error`} role="alert">${timesWhole(error.message)}</span>` : nothing;
  };
  // maxlength: a text's limit (core textSchema), so a long paste is cut where the schema would cut it, not refused whole at Save.
  const languageField = (name: string, label: string, lang: string, value: string): TemplateResult =>
    html`<label class="field"
      ><span id=${`${name}-label`}>${label}</span><input name=${name} aria-labelledby=${`${name}-label`} maxlength="5000" lang=${lang} dir=${directionOf(lang)} ?required=${name === 'title'} aria-invalid=${invalid(name)} aria-describedby=${invalid(name) === nothing ? nothing : `${name}-error`} .value=${value} />${errorText(name)}</label
    >`;
  // The note, as title and place: a field for the participant's language under the Norwegian one (the card shows and reads the entry in the participant's language).
  const noteField = (name: string, label: string, lang: string, value: string): TemplateResult =>
    html`<label class="field"><span>${label}</span><textarea name=${name} maxlength="5000" lang=${lang} dir=${directionOf(lang)} rows="3" .value=${value}></textarea></label>`;
  // novalidate: the form's own messages (in the UI's language, every invalid field at once) stand
  // for the browser's bubble, which names one field; `required` still tells assistive technology.
  // As the task ladder's sign-off name: a missing title stops being one once the field has text
  // again (no more aria-invalid, no message); emptied again, the next Save says so.
  const onInput = (event: Event): void => {
    const field = event.target as HTMLInputElement;
    field.dataset.typed = ''; // fillForm leaves it as typed
    if (field.name === 'title' && field.value.trim() && errorOf('title')) view.onTitleText();
    if (field.name == 'time') showOvernight(field.form!);
  };
  return html`<form class="edit-form" novalidate @submit=${view.onSubmit} @input=${onInput} ${stickyFormEnds()}>
    <div class="form-head">
      <h2 id="panel-title" class="panel-title" aria-level=${view.level}>${renderPictogram(base.pictogram, locale, true)} <span lang=${nameLang(base.title, locale)}>${cardName(base, locale)}</span></h2>
      ${view.values ? html`<p class="unsaved-note" id="unsaved-note">${msg('Ikke lagret', { id: 'plan-board.form.unsaved' })}</p>` : nothing}
    </div>
    ${view.notice
      ? html`<div class="notice" role="alert">
          <p>
            ${removed
              ? msg('Kortet ble fjernet av noen andre.', { id: 'plan-board.notice.removed' })
              : msg('Kortet ble endret av noen andre.', { id: 'plan-board.notice.changed' })}
          </p>
          ${removed
            ? nothing
            : html`<div class="actions">
                <button type="button" class="keep-mine" @click=${view.onKeepMine}>${msg('Behold mine endringer', { id: 'plan-board.notice.keep' })}</button>
                <button type="button" class="use-theirs" @click=${view.onUseTheirs}>${msg('Bruk de nye', { id: 'plan-board.notice.use-new' })}</button>
              </div>`}
        </div>`
      : nothing}
    ${languageField('title', msg(str`Tekst (${nbName})`, { id: 'plan-board.field.title-in' }), 'nb', values.title)}
    ${language ? languageField('title2', msg(str`Tekst (${secondName})`, { id: 'plan-board.field.title-second' }), language, values.title2) : nothing}
    <label class="field"
      ><span id="time-label">${msg('Tid', { id: 'plan-board.field.time' })}</span
      ><input name="time" aria-labelledby="time-label" placeholder="09:00-11:30" aria-invalid=${invalid('time')} aria-describedby=${invalid('time') === nothing ? 'time-format' : 'time-error time-format'} .value=${values.time} />${errorText('time')}<small
        id="time-format"
        >${timesWhole(msg('Format 09:00 eller 09:00-11:30', { id: 'plan-board.field.time-format' }))}<span class="overnight" ?hidden=${!overnight(values.time)}
          ><br />${msg('En slutt før start betyr at det slutter neste dag.', { id: 'plan-board.field.time-overnight' })}</span
        ></small
      ></label
    >
    ${languageField('place', msg(str`Sted (${nbName})`, { id: 'plan-board.field.place-in' }), 'nb', values.place)}
    ${language ? languageField('place2', msg(str`Sted (${secondName})`, { id: 'plan-board.field.place-second' }), language, values.place2) : nothing}
    ${noteField('note', msg(str`Notat (${nbName})`, { id: 'plan-board.field.note-in' }), 'nb', values.note)}
    ${language ? noteField('note2', msg(str`Notat (${secondName})`, { id: 'plan-board.field.note-second' }), language, values.note2) : nothing}
    <label class="field"
      ><span>${msg('Kategori', { id: 'plan-board.picker.category' })}</span>
      <select name="category">
        <option value="" ?selected=${!values.category}>–</option>
        ${cardCategories.map((c) => html`<option value=${c} ?selected=${values.category === c}>${categoryLabel(c)}</option>`)}
      </select></label
    >
    <label class="check"><input type="checkbox" name="done" .checked=${values.done === true} />${msg('Ferdig', { id: 'plan-board.done' })}</label>
    ${view.noVoice || view.recorder !== nothing
      ? html`<fieldset class="voice">
          <legend>${msg('Innlest stemme', { id: 'plan-board.voice.legend' })}</legend>
          ${view.noVoice ? html`<p class="no-voice-note">${msg(str`Ingen stemme for ${isolate(view.noVoice)} — ta opp en`, { id: 'plan-board.no-voice' })}</p>` : nothing}
          ${view.recorder}
        </fieldset>`
      : nothing}
    <div class="actions">
      ${view.onChangePicture ? html`<button type="button" class="change-picture" ?disabled=${removed} @click=${view.onChangePicture}>${msg('Bytt bilde', { id: 'plan-board.change-picture' })}</button>` : nothing}
      <button type="button" class="remove danger" ?disabled=${removed} @click=${view.onRemove}>${msg('Fjern kortet', { id: 'plan-board.remove' })}</button>
      <button type="button" class="cancel" @click=${view.onCancel}>${msg('Avbryt', { id: 'plan-board.cancel' })}</button>
      <button type="submit" class="vk-primary" ?disabled=${removed}>${msg('Lagre', { id: 'plan-board.save' })}</button>
    </div>
  </form>`;
}
