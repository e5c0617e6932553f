import { css, html, nothing, unsafeCSS, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { msg } from '@lit/localize';
import { formatDate } from '../core/dates.js';
import { renderPictogram } from '../core/pictograms.js';
import { submitRadioOnEnter } from '../core/popover.js';
import { fitWord } from '../core/word-fit.js';
import { keepHyphens } from '../core/keep-together.js';

/**
 * The details popover's part of the step tracker, loaded on first use (`import()` when a step is
 * first opened, preloaded on the tracker's first focus or pointer entry): the form, its styles and
 * the popover controller. A tracker that is only looked at never loads it.
 */
export { PopoverController } from '../core/popover.js';
export { popoverStyles } from '../core/popover.styles.js';
import { stickyBand, stickyEnds } from '../core/sticky-ends.js';
/** The step's heading and Close kept in view where the open details scroll: core's stickyEnds, as the calendar's. */
export const stickDetailsEnds = (panel: HTMLElement): void => stickyEnds(panel, '.details > h3', '.details > .actions');

/** The details' styles without their bands (`stepDetailsStyles`, below). */
const detailsCss = css`
  .details {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_vk-space-3);
    /* At most the popover's content box (its max, its padding and border), at any text size. */
    min-inline-size: min(18rem, calc(100vw - 20px - 2 * var(--_vk-popover-padding, var(--_vk-space-4))));
  }
  /* The box a long title word is fitted to (core/word-fit.ts): the popover's one track. */
  .details h3 {
    margin: 0;
    font-size: 1.1em;
    container-type: inline-size;
  }
  /* The inline paddings thin to 4px on a phone at large text (a window under 10.5rem + 0.75rem,
     about 360 px at 200 %; never at normal text): at 320 px, 200 %, their 48 px left a checklist
     item "arbeidsmarkedet" a line it fitted only at 0.62 of its size, under word-fit's 0.75. */
  .details fieldset {
    border: 1px solid var(--_vk-border-subtle);
    border-radius: var(--_vk-radius);
    margin: 0;
    padding: var(--_vk-space-2) clamp(4px, 100vw - 10.5rem, var(--_vk-space-3));
    min-inline-size: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_vk-space-1);
  }
  .details legend {
    font-weight: 600;
    padding-inline: var(--_vk-space-1);
  }
  .details label {
    display: flex;
    align-items: center;
    gap: var(--_vk-space-2);
    min-block-size: 2rem;
  }
  /* A checklist item's words: a word wider than the popover (a Norwegian compound at 200 % text,
     "Arbeidsmiljøopplæring") breaks at the edge instead of pushing the popover sideways. */
  .details label > span {
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  /* The box a checklist item's long word is fitted to (core/word-fit.ts): its row, as wide as the
     popover's track, less the checkbox and gap always beside the words ("arbeidsmarkedet" at 200 %
     text on a phone is drawn a little smaller, not split). */
  .details .checklist label {
    container-type: inline-size;
    --_vk-fit-inset: calc(1.25rem + var(--_vk-space-2));
  }
  /* One column no wider than the popover: a text or date input is as wide as 20 characters of
     200% text (WCAG 1.4.10 reflow: the field narrows, the popover never scrolls sideways). */
  .details .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  .details .dates {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(9rem, 100%), 1fr));
    gap: var(--_vk-space-2);
  }
  /* Their size whatever the words beside them (a long item's words shrank a checkbox to 13 px);
     the checklist's word fit counts on it (--_vk-fit-inset). */
  .details input[type='radio'],
  .details input[type='checkbox'] {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    min-block-size: 0;
    margin: 0;
  }
  .details .actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--_vk-space-2);
  }
  /* The heading and Close as bands across the panel, kept in view while the rest scrolls where they
     leave it room (core/sticky-ends.ts sets data-sticky-ends, as for the calendar's details): on a
     360×640 phone in Arabic the only Close began 3 px below the panel's edge, held sideways 280 px
     down (phone touch QA, 7 Dec 2026, F6): core's stickyBand, added below. */
  .form-notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vk-space-2);
    margin: 0;
    padding: var(--_vk-space-2);
    border: 1px solid var(--_vk-warning);
    border-radius: var(--_vk-radius);
    background: var(--_vk-warning-surface);
    color: var(--_vk-warning);
  }
  .form-notice button {
    color: var(--_vk-text);
  }
  /* In its own language's direction, but starting at the widget's reading edge (a Norwegian
     description in an Arabic tracker starts at the right, as every other line does). */
  .description {
    margin: 0;
    color: var(--_vk-text-subtle);
    text-align: var(--_vk-reading-edge, start);
  }
  @media print {
    .details,
    .vk-popover {
      display: none;
    }
  }
`;
/** The details' styles, adopted by a tracker's shadow root when it first opens a step: with their heading's and Close's bands. */
export const stepDetailsStyles = unsafeCSS(detailsCss.cssText + stickyBand('.details', 'h3', '.actions', 'var(--_vk-space-3)'));
import { baseLanguage, directionOf, resolvedLocale, resolveText } from '../core/text.js';
import { LOCALE_TAG } from '../core/schema.js';
import { nameLang } from '../core/names.js';
import type { Text } from '../core/types.js';
import { itemName, statusLabel } from './status-label.js';
import { stepStatuses, type Step, type StepChanges, type StepStatus } from './step-tracker.types.js';
import type { VkStepTracker } from './step-tracker.js';

import { keepFields, keptFields } from '../core/kept-fields.js';

/**
 * The title field's value, `lang` and `dir`: the title in the shown language (also its
 * `defaultValue`, what Escape puts back), until the user types in it. Then a new language alone
 * (the host's `lang`, `<html lang>`) leaves the typing as it is, in the language it was typed in
 * (its `lang`, which the rename saves into); a new title for that language (the user's own save,
 * undo, "Bruk de nye") replaces it.
 */
class TitleField extends Directive {
  render(_title: Text, _locale: string): void {}
  // An element part: what update returns is not rendered.
  override update(part: ElementPart, [title, locale]: [Text, string]): void {
    const input = part.element as HTMLInputElement;
    const shown = input.defaultValue;
    const lang = resolvedLocale(title, locale);
    const value = resolveText(title, locale);
    const typing = input.value !== shown && resolveText(title, input.lang) === shown;
    if (!typing && (value !== shown || lang !== input.lang)) {
      input.value = input.defaultValue = value;
      input.lang = lang;
      input.dir = directionOf(lang);
    }
  }
}
const titleField = directive(TitleField);

/** What the details popover calls back into the element. */
export interface StepDetailsActions {
  /** The step's name for the heading: its title, or "Steg 3" when that is empty (status-label.ts `stepName`). */
  readonly name: string;
  /** The heading's `aria-level`: one below the tracker's title (`heading-level`), at most 6. */
  readonly level: number;
  readonly editable: boolean;
  readonly locale: string;
  /** The step as the fields first showed it (kept when a host value changes it underneath). */
  readonly initial: Step;
  /** The host changed this step while the details were open. */
  readonly changedByHost: boolean;
  /** The host removed this step while the details were open: shown as it was, with what was typed; nothing is saved. */
  readonly removed: boolean;
  useTheirs(): void;
  /** The status radios commit once: on Save or Enter, never per arrow key. */
  submitStatus(step: Step, to: StepStatus): void;
  check(step: Step, itemId: string, done: boolean): void;
  /** True when the edit stands (false: refused by the host, or not editable). */
  update(step: Step, changes: StepChanges): boolean;
  close(): void;
}

/**
 * A checklist box's change: the box goes back to what the document says and `check` gets the
 * state asked for; the render ticks the box once the edit stands. A host may refuse the edit
 * (vk-change preventDefault): `.checked` is then bound to the same value as before, which Lit
 * does not write again, and the box the user ticked stayed ticked under "Endring avbrutt".
 */
function tick(event: Event, check: (done: boolean) => void): void {
  const box = event.target as HTMLInputElement;
  box.checked = !box.checked;
  check(!box.checked);
}

/** The tracker these details are drawn in (`el`: one of their elements), its live region readable (core VkElement's `announcer`). */
const tracker = (el: Element): { compact: boolean; announcer: { announce(words: string): void } } => (el.getRootNode() as ShadowRoot).host as unknown as VkStepTracker & { announcer: { announce(words: string): void } };

/** The tracker is drawing its other form: `compact` was switched, and these details (drawn for the form before) are going. */
const switched = (el: Element): boolean => tracker(el).compact !== !!el.closest('[data-compact]');

/**
 * The field goes without the user leaving it: the host disabled the tracker (its `disabled`, or a
 * `<fieldset disabled>` around it: the browser takes focus from the field at once, before the
 * tracker is told of the fieldset, so its own `editable` was still true and the field's `change`
 * saved the title), or switched `compact` (the browser blurs the field as the new form's render
 * removes these details). Nothing is saved: what was typed stays in the field, for the tracker to
 * keep (`keepFields`) for the step's next details, as a disabled control keeps its value.
 */
const away = (input: HTMLElement): boolean => ((input.getRootNode() as ShadowRoot).host as Element).matches(':disabled') || switched(input);

/**
 * Focus leaves the details as `compact` is switched under the user (the tracker closes them before
 * it draws the new form, then focuses their step): their fields are kept for the step's next details
 * as when the host disables the tracker (the details' `keptFields` does that at the same focusout).
 * A microtask later, as the details may still be drawn when focus leaves them.
 */
function keepWhenSwitched(event: FocusEvent, step: Step): void {
  const details = event.currentTarget as HTMLElement;
  const host = (details.getRootNode() as ShadowRoot).host;
  if (switched(details)) queueMicrotask(() => keepFields(host, step.id, step, details));
}

/** The details of one step: title, status choice, dates and checklist. */
export function renderStepDetails(step: Step, actions: StepDetailsActions): TemplateResult {
  const { editable, locale, initial, removed } = actions;
  // Its step removed, an edit goes nowhere: refused, the notice said again in the tracker's live region (`el`: a control
  // of these details); what was typed stays to copy.
  const refused = (el: Element): boolean => (removed && tracker(el).announcer.announce(msg('Steget ble fjernet av noen andre.', { id: 'steps.notice.removed' })), removed);
  const title = actions.name;
  // Committed when the field is left, once: Chromium fires `change` on every key that completes a
  // date (year 2, 20, 202, 2027) and with '' when one part is cleared. Not when half typed
  // (badInput) or as it was shown.
  const onDate = (field: 'start' | 'due' | 'completed', input: HTMLInputElement): void => {
    const value = input.value || null;
    // Nothing new: as shown, or what the step has now (a date just saved with Enter, left afterwards).
    if (away(input) || input.validity.badInput || value === (initial[field] ?? null) || value === (step[field] ?? null) || refused(input)) return;
    // A date the host refused (vk-change preventDefault) goes from the field, as a refused tick does,
    // so leaving the field does not send it again.
    if (!actions.update(step, { [field]: value })) input.value = initial[field] ?? '';
  };
  // Escape cancels what was typed (contract §2): the field shows its value again before the popover
  // closes and focus leaves it, so leaving it commits nothing. Enter in a date commits it, as Enter
  // in the title does (change).
  const onKey = (e: KeyboardEvent, value: string, field?: 'start' | 'due' | 'completed'): void => {
    const input = e.target as HTMLInputElement;
    if (e.key === 'Escape') input.value = value;
    else if (e.key === 'Enter' && field) onDate(field, input);
  };
  const dateField = (field: 'start' | 'due' | 'completed', label: string): TemplateResult => html`<label class="field">
    <span>${label}</span>
    ${editable
      ? html`<input type="date" name=${field} max="9999-12-31" .value=${initial[field] ?? ''} @keydown=${(e: KeyboardEvent) => onKey(e, initial[field] ?? '', field)} @blur=${(e: Event) => onDate(field, e.target as HTMLInputElement)} />`
      : html`<span><bdi lang=${step[field] ? locale : nothing}>${step[field] ? formatDate(step[field] as string, locale) : '–'}</bdi></span>`}
  </label>`;
  // The title field's maxlength="5000" counts UTF-16 code units (HTML); textSchema's 5,000 (core/schema.ts) counts code points. A code
  // point is one unit or two, so a title the field takes the schema takes too (never a rename the model refuses); a title of emoji or
  // 𝒜 (two units each) stops early, at 2,500 of them. One longer than 5,000 units from the host can be shortened, not lengthened.
  // A rename changes the title in the field's language only (the one the user typed in); its other languages are kept.
  const rename = (input: HTMLInputElement): void => {
    if (away(input) || refused(input)) return;
    const text = input.value.trim();
    // The title it has (a space typed after it) is no edit: no vk-change, no undo entry that changes nothing.
    // Saved under a key a document may hold: an untitled step's field has the page's `lang` as written ("en_US": saved as "en"),
    // without an extension or private-use part, which says how to format, not what language ("en-US-u-ca-gregory": "en-US").
    const key = [input.lang.replace(/-[a-z\d]-.*/i, ''), baseLanguage(input.lang)].find((tag) => LOCALE_TAG.test(tag)) ?? 'nb';
    // An emptied title is not saved (a step is named), nor one the host refuses (vk-change preventDefault, as a refused
    // date or tick): the field shows the title kept, as Escape would. Emptied, the live region says why, once (as the board's
    // "Kortet må ha en tekst på norsk."): before (screen-reader QA #7) the title came back with no word.
    if (!text) tracker(input).announcer.announce(msg('Steget må ha en tittel.', { id: 'steps.title-required' }));
    if (!text || (text != resolveText(step.title, input.lang) && !actions.update(step, { title: typeof step.title === 'string' ? text : { ...step.title, [key]: text } })))
      input.value = input.defaultValue;
  };
  const onStatus = (event: SubmitEvent): void => {
    event.preventDefault();
    if (refused(event.target as Element)) return;
    const to = String(new FormData(event.target as HTMLFormElement).get('status') ?? '') as StepStatus;
    if (stepStatuses.includes(to)) actions.submitStatus(step, to);
  };
  // What was typed or chosen and not saved is kept while the host disables the tracker (it closes the details), for this step's next details,
  // or makes it read-only (the fields are text), for when they come back.
  // The space after the pictogram draws the gap only: hidden, or the dialog and its heading were named " Avtal med …".
  // A word with a short part's hyphen ("ka-qaybgalayaasha") stays whole (keepHyphens), on the next line when the pictogram
  // leaves it too little room beside it: word-fit sized it to the whole line, where it broke at the hyphen beside the pictogram.
  return html`<div class="details" ${keptFields(step.id, step, editable)} @focusout=${(e: FocusEvent) => keepWhenSwitched(e, step)}>
    <h3 id="details-title" aria-level=${actions.level}>${renderPictogram(step.pictogram, locale, true)}<span aria-hidden="true"> </span><span ${fitWord(title)} lang=${nameLang(step.title, locale)} dir=${directionOf(nameLang(step.title, locale))}>${keepHyphens(title)}</span></h3>
    ${removed
      ? html`<p class="form-notice" id="removed-notice" role="alert">${msg('Steget ble fjernet av noen andre.', { id: 'steps.notice.removed' })}</p>`
      : actions.changedByHost
      ? html`<p class="form-notice" role="status">
          ${msg('Steget ble endret av noen andre mens du hadde det åpent. Det du har valgt og skrevet er beholdt.', { id: 'steps.changed-by-host' })}
          <button type="button" class="use-theirs" @click=${() => actions.useTheirs()}>${msg('Bruk de nye', { id: 'steps.action.use-theirs' })}</button>
        </p>`
      : nothing}
    ${step.description
      ? html`<p class="description" lang=${resolvedLocale(step.description, locale)} dir=${directionOf(resolvedLocale(step.description, locale))}>${resolveText(step.description, locale)}</p>`
      : nothing}
    ${editable
      ? html`<label class="field"
            ><span>${msg('Tittel', { id: 'steps.field.title' })}</span>
            <input type="text" name="title" maxlength="5000" ${titleField(initial.title, locale)} @keydown=${(e: KeyboardEvent) => onKey(e, (e.target as HTMLInputElement).defaultValue)} @change=${(e: Event) => rename(e.target as HTMLInputElement)}
          /></label>
          <form class="status-form" novalidate @keydown=${submitRadioOnEnter} @submit=${onStatus}>
            <fieldset>
              <legend>${msg('Status', { id: 'steps.field.status' })}</legend>
              ${stepStatuses.map(
                (status) => html`<label><input type="radio" name="status" value=${status} .checked=${initial.status === status} />${statusLabel(status)}</label>`,
              )}
            </fieldset>
            <button type="submit" class="save-status" aria-disabled=${removed ? 'true' : nothing} aria-describedby=${removed ? 'removed-notice' : nothing}>${msg('Lagre status', { id: 'steps.action.save-status' })}</button>
          </form>`
      : html`<p>${msg('Status', { id: 'steps.field.status' })}: ${statusLabel(step.status)}</p>`}
    <div class="dates">
      ${dateField('start', msg('Start', { id: 'steps.field.start' }))} ${dateField('due', msg('Frist', { id: 'steps.field.due' }))}
      ${dateField('completed', msg('Fullført', { id: 'steps.field.completed' }))}
    </div>
    ${step.checklist && step.checklist.length > 0
      ? html`<fieldset class="checklist">
          <legend>${msg('Sjekkliste', { id: 'steps.field.checklist' })}</legend>
          ${step.checklist.map(
            (item, index, _, name = itemName(item, index + 1, locale)) => html`<label
              ><input type="checkbox" .checked=${item.done} ?disabled=${!editable} @change=${(e: Event) => tick(e, (done) => refused(e.target as Element) || actions.check(step, item.id, done))} /><span
                ${fitWord(name)}
                lang=${nameLang(item.title, locale)}
                dir=${directionOf(nameLang(item.title, locale))}
                >${name}</span
              ></label
            >`,
          )}
        </fieldset>`
      : nothing}
    <div class="actions"><button type="button" @click=${() => actions.close()}>${msg('Lukk', { id: 'action.close' })}</button></div>
  </div>`;
}
