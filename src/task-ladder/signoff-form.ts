import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { DATE_PATTERN } from '../core/schema.js';
import { isolate } from '../core/text.js';
import { signoffText, taskName } from './task-card.js';
import type { LadderView } from './ladder-view.js';
import type { PanelActions } from './task-panel.js';
import type { Task } from './task-ladder.types.js';
import { changedNotice, dateError, dateField, formError, lateDateError, refuse, refuseRemoved } from './panel-form.js';
import { todayIso } from '../core/dates.js';

function mentorError(): string {
  return msg('Skriv fadderens navn.', { id: 'task-ladder.error.mentor' });
}

/**
 * The sign-off form. The name field's maxlength="200" counts UTF-16 code units (HTML), the name's 200 (nameSchema in
 * task-ladder.model.ts: boundedString) code points: a code point is one unit or two, so a name the field takes the schema takes.
 */
export function renderSignoffForm(view: LadderView, actions: PanelActions, task: Task, heading: TemplateResult): TemplateResult {
  // The missing name is the field's own error: under its label, above the box, marked invalid and described by it until a name is typed.
  const nameMissing = actions.formError === mentorError();
  return html`<form class="panel signoff-form" novalidate @submit=${(e: SubmitEvent) => submitSignoff(view, actions, e, task)}>
    ${heading} ${changedNotice(actions)}
    <p>${msg('Fadderen kvitterer ut oppgaven.', { id: 'task-ladder.signoff.intro' })}</p>
    <div class="field">
      <label for="mentor">${msg('Fadderens navn', { id: 'task-ladder.field.mentor' })}</label> ${nameMissing ? formError(actions) : nothing}
      <input
        type="text"
        id="mentor"
        name="by"
        required
        maxlength="200"
        autocomplete="name"
        dir="auto"
        aria-invalid=${nameMissing ? 'true' : nothing}
        aria-describedby=${nameMissing ? 'form-error' : nothing}
        .value=${actions.drafts.get(task.id)?.mentor ?? (actions.initial ?? task).signoff?.by ?? actions.initialMentor?.trim() ?? ''}
        @input=${(e: InputEvent) => {
          const name = (e.target as HTMLInputElement).value;
          actions.drafts.set(task.id, { ...actions.drafts.get(task.id), mentor: name });
          if (nameMissing && name.trim()) actions.setError('');
        }}
      />
    </div>
    ${dateField(actions, task, 'signedOn')} ${nameMissing || actions.formError === dateError() || actions.formError === lateDateError() ? nothing : formError(actions)}
    <div class="actions">
      <button type="submit" class=${actions.removed ? '' : 'vk-primary'} aria-disabled=${actions.removed ? 'true' : nothing} aria-describedby=${actions.removed ? 'removed-notice' : nothing}>${msg('Kvitter ut', { id: 'task-ladder.action.signoff' })}</button>
      <button type="button" @click=${() => actions.closePanel()}>${msg('Avbryt', { id: 'task-ladder.action.cancel' })}</button>
    </div>
  </form>`;
}

/** The sign-off form's submit: a mentor name and a real date, today or before, commit one task.signoff; else focus on the field refused. */
function submitSignoff(view: LadderView, actions: PanelActions, event: SubmitEvent, task: Task): void {
  event.preventDefault();
  if (!view.canAssess) return;
  if (actions.removed) return refuseRemoved(actions, event);
  const form = new FormData(event.target as HTMLFormElement);
  const by = String(form.get('by') ?? '').trim();
  const date = String(form.get('date') ?? '');
  const element = event.target as HTMLFormElement;
  if (!by) return refuse(actions, element, mentorError(), 'input[name="by"]');
  if (!DATE_PATTERN.test(date)) return refuse(actions, element, dateError(), 'input[name="date"]');
  // A day that has not come (Oslo's today, as the field's `max`): a mentor attests what was done (signoff-future-date.test.ts).
  if (date > todayIso()) return refuse(actions, element, lateDateError(), 'input[name="date"]');
  // Signed again as it is (same mentor, same day): no edit, as a level saved unchanged (no vk-change, no undo entry that changes nothing).
  if (task.signoff?.by === by && task.signoff.date === date) return actions.closePanel();
  if (actions.commit({ type: 'task.signoff', taskId: task.id, by, date })) {
    actions.drafts.set(task.id, { ...actions.drafts.get(task.id), mentor: undefined, signedOn: undefined });
    actions.closePanel();
    // As undo and redo say it (the ladder's describeState) and the card shows it: "Vaske gulv: Kvittert ut av Kari, 2. mars 2026".
    actions.announce(msg(str`${isolate(taskName(view.doc, task, view.locale))}: ${signoffText({ signoff: { by, date } } as Task, view.locale)}`, { id: 'task-ladder.announce.level' }));
  }
}
