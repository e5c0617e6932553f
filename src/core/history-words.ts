import { msg, str } from '@lit/localize';
import { deepEqualJson } from './schema.js';
import type { DocumentModel } from './document-model.js';

/** Said of an edit (or undo, redo) that did not land because the host's document replaced the one it was made on (VkElement's `commit`). */
export const notSaved = (): string => msg('Endringen ble ikke lagret: innholdet ble endret av noen andre.', { id: 'history.not-saved' });

/**
 * What undo or redo says, in the UI locale: "Angret: flyttet Norskkurs til tirsdag" with `what`
 * (the widget's description of the edit), else "Angret. Arbeidspraksis: Ferdig" with `now` (what
 * is true after it; "Angret." alone when both are empty).
 */
export function historyWords(kind: 'undo' | 'redo', now: string, what: string | null | false | undefined): string {
  if (kind === 'undo') return what ? msg(str`Angret: ${what}`, { id: 'history.undone-what' }) : msg(str`Angret. ${now}`, { id: 'history.undone-now' });
  return what ? msg(str`Gjort om igjen: ${what}`, { id: 'history.redone-what' }) : msg(str`Gjort om igjen. ${now}`, { id: 'history.redone-now' });
}

/** Whether `now` (the host's document) holds `operation`: undoing it there (`inverse`) and doing it again gives `now` back unchanged. False when either does not fit. */
export function holdsEdit<Doc, Op>(model: DocumentModel<Doc, Op>, now: Doc | null, operation: Op, inverse: Op): boolean {
  try {
    return !!now && deepEqualJson(model.apply(model.apply(now, inverse), operation), now);
  } catch {
    return false;
  }
}
