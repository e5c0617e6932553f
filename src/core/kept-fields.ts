// What was typed in a widget's details and not saved yet, kept while the host disables the widget
// or makes it read-only.
// Loaded with the details' lazy chunks (the step tracker's, the calendar's session details): the
// widgets themselves hold no code for it (their first load has no room), the directive does it all.
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { deepEqualJson } from './schema.js';

/** By widget, then by the item its details were open for: the item as it was, and its named fields' values. */
const kept = new WeakMap<Element, Map<string, { item: unknown; values: Record<string, string | boolean>; focus: boolean }>>();

/**
 * The widget (`host`) closes the details of item `id` because it was disabled, or draws them as text
 * because it was made read-only (contract §2: a disabled or read-only control keeps what was typed):
 * their named fields (`name`) as they are now are kept for that item's next fields, while `item`
 * stays as it is now. In the widget only, never in `value`. `focus`: focus goes back to the typing
 * when they come back while the details stay open (made read-only: only if it was in a field).
 * Details with no fields (read-only, then disabled) keep what was kept before. Exported for the step tracker's
 * details closed by a `compact` switch (a new template, not the host disabled: step-details.ts `keepWhenSwitched`).
 */
export function keepFields(host: Element, id: string | undefined, item: unknown, details: ParentNode | null | undefined, focus = true): void {
  if (!id || !item || !details) return;
  const values: Record<string, string | boolean> = {};
  const fields = details.querySelectorAll<HTMLInputElement>('input[name], select[name], textarea[name]');
  for (const field of fields) {
    // A date or time with a part erased has no value ("", validity.badInput): not kept, or it came
    // back as an empty valid field whose Enter saved "no date".
    if (field.type === 'checkbox') values[field.name] = field.checked;
    else if ((field.type !== 'radio' || field.checked) && !field.validity.badInput) values[field.name] = field.value;
  }
  if (!fields.length) return;
  if (!kept.has(host)) kept.set(host, new Map());
  kept.get(host)!.set(id, { item, values, focus });
}

/**
 * The details of item `id` just opened, or their fields came back (read-only off): once, if the item is as it was
 * (deep equal, as a host value that changes nothing: the same item with its keys in another order too; a host value that changed
 * it, or took it away, drops what was kept), each field kept with another value than it shows now
 * gets it back, as typed; focus goes to the first field so filled (where the typing was: each
 * of these fields saves itself when left, so at most one held typing). Left, or Enter in it, it is
 * saved as if typed (a text field: its `change`, which the browser fires for typing only; a date or time
 * field saves on blur and Enter itself); typed in, as usual;
 * Escape throws it away.
 */
function restoreFields(host: Element, id: string, item: unknown, details: ParentNode | null | undefined, opened: boolean): void {
  const mine = kept.get(host);
  const draft = mine?.get(id);
  mine?.delete(id);
  if (!draft || !details || !deepEqualJson(draft.item, item)) return;
  let focus: HTMLInputElement | undefined;
  for (const [name, value] of Object.entries(draft.values)) {
    for (const field of details.querySelectorAll<HTMLInputElement>(`[name="${CSS.escape(name)}"]`)) {
      if (field.type === 'radio') field.checked = field.value === value;
      else if (field.type === 'checkbox') field.checked = value === true;
      else if (field.value !== value) {
        field.value = String(value);
        if (field.type === 'text') saveWhenLeft(field);
        focus ??= field;
      }
    }
  }
  if (opened || draft.focus) focus?.focus();
}

function saveWhenLeft(field: HTMLInputElement): void {
  const done = new AbortController();
  const save = (): void => {
    done.abort();
    field.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const options = { signal: done.signal };
  field.addEventListener('input', () => done.abort(), options);
  field.addEventListener('blur', save, options);
  field.addEventListener('keydown', (event) => (event.key === 'Enter' ? save() : event.key === 'Escape' && done.abort()), options);
}

/** The widget whose shadow tree holds `element`. */
const hostOf = (element: Element): Element => (element.getRootNode() as ShadowRoot).host;

/**
 * On the details' element, for item `id` (`item`: the item as they show it; `editable`: drawn with
 * their fields, not as text; the calendar's details leave it out). Focus is in the
 * details while they are open (they close as it leaves); the browser takes it from them as the host
 * disables the widget (its `disabled`, a disabled `<fieldset>`), which then closes them: at that
 * focusout their fields are kept (`keepFields`). Made read-only, the widget draws the open details
 * again as text: their fields are kept as this directive is updated, before the parts inside the
 * element replace them. Drawn for an item with fields, what was kept for it comes back
 * (`restoreFields`) once the widget has drawn them (a microtask: after its `updated()`,
 * which focuses the details). A plain directive: an AsyncDirective's disconnect would cost the
 * widgets' first load bytes it has no room for.
 */
class KeptFields extends Directive {
  #element: Element | undefined;
  #id: string | undefined;
  #item: unknown;
  #editable = true;

  render(_id: string, _item: unknown, _editable?: boolean): void {}

  override update(part: ElementPart, [id, item, editable = true]: [string, unknown, boolean?]): void {
    const element = part.element;
    const same = element === this.#element && id === this.#id;
    if (element !== this.#element) element.addEventListener('focusout', () => hostOf(element).matches(':disabled') && keepFields(hostOf(element), this.#id, this.#item, element));
    // Made read-only: the fields as they are (the update of what is inside this element comes after this one).
    if (same && this.#editable && !editable) keepFields(hostOf(element), id, this.#item, element, !!element.querySelector('[name]:focus'));
    if (editable && !(same && this.#editable)) queueMicrotask(() => element.isConnected && restoreFields(hostOf(element), id, item, element, !same));
    this.#element = element;
    this.#id = id;
    this.#item = item;
    this.#editable = editable;
  }
}
export const keptFields = directive(KeptFields);
