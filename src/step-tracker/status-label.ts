import { msg, str } from '@lit/localize';
import type { ChecklistItem, Step, StepStatus } from './step-tracker.types.js';
import { nameOf } from '../core/text.js';
import { uiDigits } from '../core/digits.js';

/**
 * A step's name in `locale`: its title, or — a title empty in every language (`""`, `{}`) — "Steg 3"
 * (`number`, 1-based, as its marker shows), so no step is a control named by its status alone.
 */
export function stepName(step: Step, number: number, locale: string): string {
  return nameOf(step.title, locale, () => msg(str`Steg ${uiDigits(number)}`, { id: 'steps.fallback-name' }));
}

/** A checklist item's name: its title, or — empty in every language — "Punkt 2" (`number`, 1-based): never a nameless checkbox. */
export function itemName(item: ChecklistItem | undefined, number: number, locale: string): string {
  return nameOf(item?.title, locale, () => msg(str`Punkt ${uiDigits(number)}`, { id: 'steps.checklist-fallback' }));
}

/** The status's name in the UI locale. */
export function statusLabel(status: StepStatus): string {
  switch (status) {
    case 'not-started':
      return msg('Ikke startet', { id: 'status.not-started' });
    case 'in-progress':
      return msg('Pågår', { id: 'status.in-progress' });
    case 'done':
      return msg('Ferdig', { id: 'status.done' });
    case 'skipped':
      return msg('Hoppet over', { id: 'status.skipped' });
  }
}

/**
 * What a tracker with no steps (`steps: []`) says in its summary: `none` ("Ingen steg ennå."), and
 * where an adviser can edit it, where the steps come from — the tracker has no operation that adds
 * a step (contract.md), so a bare "Ingen steg ennå." left an adviser nothing to act on (QA, pass 57).
 */
export function noStepsText(none: string, adviser: boolean): string {
  return adviser ? `${none} ${msg('Stegene legges inn i fagsystemet.', { id: 'steps.empty-adviser' })}` : none;
}
