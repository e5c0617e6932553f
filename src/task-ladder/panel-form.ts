import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { todayIso } from '../core/dates.js';
import { DATE_PATTERN } from '../core/schema.js';
import type { PanelActions } from './task-panel.js';
import type { Task } from './task-ladder.types.js';

/** The parts the ladder's forms share (task-panel.ts, signoff-form.ts): notices, errors at their field, the date field, a refused Save. */

/**
 * Said where the user is (an alert: read as it appears) when the host removed the open task, as the
 * plan board's card editor says it ("Kortet ble fjernet av noen andre."): the panel stays, what was
 * typed with it (to be copied), and a form's Save is refused, described by these words.
 */
export function removedNotice(actions: PanelActions): TemplateResult | typeof nothing {
  return actions.removed
    ? html`<p class="form-notice" id="removed-notice" role="alert">${msg('Oppgaven ble fjernet av noen andre.', { id: 'task-ladder.notice.removed' })}</p>`
    : nothing;
}

/** Said when the host changed the open task: what the user chose and typed is kept until they take the new values. */
export function changedNotice(actions: PanelActions): TemplateResult | typeof nothing {
  if (actions.removed) return removedNotice(actions);
  if (!actions.changedByHost) return nothing;
  return html`<p class="form-notice" role="status">
    ${msg('Oppgaven ble endret av noen andre mens du hadde den åpen. Det du har valgt og skrevet er beholdt.', { id: 'task-ladder.changed-by-host' })}
    <button type="button" class="use-theirs" @click=${() => actions.useTheirs()}>${msg('Bruk de nye', { id: 'task-ladder.action.use-theirs' })}</button>
  </p>`;
}

export function formError(actions: PanelActions): TemplateResult | typeof nothing {
  return actions.formError ? html`<p class="form-error" id="form-error" role="alert">${actions.formError}</p>` : nothing;
}

export function dateError(): string {
  return msg('Velg en gyldig dato.', { id: 'task-ladder.error.date' });
}

export function byError(): string {
  return msg('Velg hvem som skriver.', { id: 'task-ladder.error.by' });
}

/** Said when Save finds a sign-off dated after today: a mentor attests what was done. */
export function lateDateError(): string {
  return msg('Velg i dag eller en tidligere dato.', { id: 'task-ladder.error.date-after-today' });
}

/** Said when Save finds neither a mood nor a text: an entry with nothing in it is not added. */
export function emptyLogError(): string {
  return msg('Velg et ansikt eller skriv noe.', { id: 'task-ladder.error.empty-log' });
}

/**
 * A form's date (today by default). A date missing or not real is the field's own error, as the
 * sign-off's missing name is: marked invalid and described by the message until a real date is in.
 * The message stands under the field's label, above the box (in view with it when Save focuses it).
 * Untouched, the field shows Oslo's today, the new day after midnight (the element watches the
 * clock while a form is open); a date typed, picked or cleared is kept in the task's draft (`key`)
 * and never replaced (`live`: a date box's half-typed parts read '' and are not cleared either).
 * `max` keeps the field to the years a document holds (0000–9999, as the step tracker's date
 * fields): a fifth year digit typed by mistake is not taken, rather than refused on Save. A sign-off's
 * (`signedOn`) goes no further than today, the day a mentor can attest (its picker offers no later day; one
 * typed is refused on Save, `lateDateError`, with the same marks). A host's later sign-off date is no error
 * (the contract has no such rule; validation reads no clock): the card shows it as written.
 */
export function dateField(actions: PanelActions, task: Task, key: 'date' | 'signedOn'): TemplateResult {
  const today = todayIso();
  const latest = key == 'signedOn' ? today : '9999-12-31';
  const invalid = actions.formError === dateError() || actions.formError === lateDateError();
  return html`<div class="field">
    <label for="date">${msg('Dato', { id: 'task-ladder.field.date' })}</label> ${invalid ? formError(actions) : nothing}
    <input
      type="date"
      id="date"
      name="date"
      required
      max=${latest}
      .value=${live(actions.drafts.get(task.id)?.[key] ?? today)}
      aria-invalid=${invalid ? 'true' : nothing}
      aria-describedby=${invalid ? 'form-error' : nothing}
      @input=${(e: InputEvent) => {
        const value = (e.target as HTMLInputElement).value;
        actions.drafts.set(task.id, { ...actions.drafts.get(task.id), [key]: value });
        if (invalid && DATE_PATTERN.test(value) && value <= latest) actions.setError('');
      }}
    />
  </div>`;
}

/**
 * A form's Save refused: the message is drawn at its field, under its legend or label, above it, and
 * focus goes to the first invalid field (WCAG 3.3.1), the message in view with it. Under the faces,
 * or after the fields, it was rows below at 200 % text on a phone: only red rings were seen.
 */
export function refuse(actions: PanelActions, form: HTMLFormElement, message: string, field: string): void {
  actions.setError(message);
  const input = form.querySelector<HTMLInputElement>(field);
  input?.focus();
  // Drawn: the field's label or legend too (above the message), as far as the field stays in view. Only the panel scrolls.
  requestAnimationFrame(() => {
    const scroller = form.closest<HTMLElement>('.vk-popover');
    const panel = scroller?.getBoundingClientRect();
    const group = input?.closest('.field, fieldset')?.getBoundingClientRect();
    const at = input?.getBoundingClientRect();
    if (scroller && panel && group && at) scroller.scrollTop += Math.min(0, Math.max(group.top - panel.top - 8, at.bottom - panel.bottom + 8));
  });
}

/** Save in a form whose task the host removed: its notice said again; the form, its words and focus stay. */
export function refuseRemoved(actions: PanelActions, event: SubmitEvent): void {
  actions.announce((event.target as HTMLFormElement).querySelector('#removed-notice')?.textContent ?? '');
}
