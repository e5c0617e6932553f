import { msg, str } from '@lit/localize';
import { deepEqualJson } from './schema.js';
import type { DocumentModel } from './document-model.js';
import type { Announcer } from './announcer.js';

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

/**
 * Says what Ctrl+Z or Ctrl+Y did when it had nothing to do, at every press, so the key is heard to have worked (the key
 * path only: a host's `undo()` returning false stays silent). `blocked`: the history has a step, but one this mode may
 * not make (`allows`: only participant mode refuses). A held key's repeats say it once, not a flood of the same words.
 */
export function sayNothing(announcer: Announcer, kind: 'undo' | 'redo', blocked: boolean, repeat: boolean): void {
  const words = nothingWords(kind, blocked);
  if (!repeat || announcer.message != words) announcer.announce(words);
}

/** "Ingenting å angre." (see `sayNothing`); also for the calendar's put-back that Ctrl+Z ends with nothing to undo. */
export function nothingWords(kind: 'undo' | 'redo', blocked: boolean): string {
  if (blocked) return kind === 'undo' ? msg('Den siste endringen kan ikke angres i deltakervisning.', { id: 'history.undo-blocked' }) : msg('Endringen kan ikke gjøres om i deltakervisning.', { id: 'history.redo-blocked' });
  return kind === 'undo' ? msg('Ingenting å angre.', { id: 'history.nothing-to-undo' }) : msg('Ingenting å gjøre om.', { id: 'history.nothing-to-redo' });
}

/** Whether `now` (the host's document) holds `operation`: undoing it there (`inverse`) and doing it again gives `now` back unchanged. False when either does not fit. */
export function holdsEdit<Doc, Op>(model: DocumentModel<Doc, Op>, now: Doc | null, operation: Op, inverse: Op): boolean {
  try {
    return !!now && deepEqualJson(model.apply(model.apply(now, inverse), operation), now);
  } catch {
    return false;
  }
}

/**
 * Whether `now` (the host's document, set in the vk-change listener of the edit that made `after` from `before`)
 * holds that edit: null when not; else the ids the host gave the items the edit added (a server's own ids), each
 * added item's id mapped to its id in `now` (an empty map when none changed). Held: `holdsEdit`, or `now` keeps
 * `after` as it is, except what a host that saves an added item adds to it: an id of its own and fields of its own.
 */
export function heldEdit<Doc, Op>(model: DocumentModel<Doc, Op>, before: Doc, after: Doc, now: Doc | null, operation: Op, inverse: Op): Map<string, string> | null {
  return holdsEdit(model, now, operation, inverse) ? new Map() : keeps(before, after, now);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value == 'object' && !!value && !Array.isArray(value);

/** The `id` of every object in a JSON value. */
function ids(value: unknown, into = new Set<unknown>()): Set<unknown> {
  if (typeof value == 'object' && value) {
    if (isObject(value)) into.add(value.id);
    for (const member of Object.values(value)) ids(member, into);
  }
  return into;
}

/**
 * The renamed ids (as `heldEdit`) when `now` has every value the edit made in `after` in the same place (what it left
 * as it was in `before` may differ), except: an item the edit added (an object whose string `id` `before` has nowhere)
 * may have another id, one no other item has; and `now` may have fields `after` has not, in an added item (also one
 * without an id, a log entry: an object not in `before`'s array) and where `before` had not that field either (never
 * one the edit removed). Else null.
 */
function keeps(before: unknown, after: unknown, now: unknown): Map<string, string> | null {
  const old = ids(before), edited = ids(after), renamed = new Map<string, string>(); // prettier-ignore
  // `b`: the same value in `before` (an array's item: the one with its id; undefined for an added one).
  const walk = (a: unknown, n: unknown, b: unknown): boolean => {
    // What the edit left as it was may be the host's own now (a `savedAt` it stamps on every write), as `holdsEdit` allows.
    if (a === n || (b !== undefined && deepEqualJson(a, b))) return true;
    if (Array.isArray(a)) {
      if (!Array.isArray(n) || a.length != n.length) return false;
      const was = Array.isArray(b) ? b : [], byId = new Map(was.map((x) => [isObject(x) && x.id, x])); // prettier-ignore
      return a.every((item, i) => walk(item, n[i], !isObject(item) ? undefined : typeof item.id == 'string' ? byId.get(item.id) : was.find((x) => deepEqualJson(x, item))));
    }
    if (!isObject(a) || !isObject(n)) return false;
    const was = isObject(b) ? b : {};
    return (
      Object.keys(n).every((key) => Object.hasOwn(a, key) || !Object.hasOwn(was, key)) &&
      Object.keys(a).every((key) => {
        const value = n[key];
        // An added item under an id of the host's: unique, no other item has it (in the edited document, or another renamed one).
        if (key == 'id' && typeof a.id == 'string' && !old.has(a.id) && typeof value == 'string' && !edited.has(value)) {
          if ([...renamed.values()].includes(value)) return false;
          renamed.set(a.id, value);
          return true;
        }
        return Object.hasOwn(n, key) && walk(a[key], value, was[key]);
      })
    );
  };
  return walk(after, now, before) ? renamed : null;
}
