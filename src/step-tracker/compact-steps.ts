import { noChange, type ChildPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import { msg } from '@lit/localize';
import { uiDigits } from '../core/digits.js';
import { statusLabel, stepName } from './status-label.js';
import { isOverdue } from './step-tracker.model.js';
import type { Step, StepStatus } from './step-tracker.types.js';

/**
 * Prepared compact steps by position and status: a list item and its button with every attribute
 * that does not depend on the step's title (`data-n`, the number the marker shows, and
 * `data-status`), so a new step is one `cloneNode` and two or three attribute writes.
 */
const prototypes = new Map<string, HTMLLIElement>();

function prototype(n: number, status: StepStatus): HTMLLIElement {
  const key = `${n} ${status}`;
  let li = prototypes.get(key);
  if (!li) {
    li = document.createElement('li');
    li.className = 'step';
    li.setAttribute('part', 'step');
    li.dataset.status = status;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'step-button';
    button.setAttribute('part', 'step-button');
    button.setAttribute('aria-describedby', 'hint');
    button.dataset.n = String(n);
    // Out of the tab order until roving focus makes one step the tracker's tab stop: it then writes
    // one tabindex per tracker, not one per step (3,500 writes for 500 trackers).
    button.tabIndex = -1;
    li.append(button);
    prototypes.set(key, li);
  }
  return li.cloneNode(true) as HTMLLIElement;
}

function set(el: Element, name: string, value: string | null): void {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/**
 * The compact form's steps, a summary for a table row: `<li part="step" data-status>` with its
 * `<button part="step-button">`, named by `aria-label` (title and status, and "Forfalt" when overdue,
 * as the full form says it; for assistive technology, no hidden text to lay out), `aria-current="step"`
 * on the current one, `data-current` on its item (the item draws the current step's frame),
 * `data-overdue` on an overdue step's item (its disc gets a "!" badge). The button is the status marker's disc, drawn by CSS;
 * its number comes from `data-n` (one ::after), so a compact tracker stays ~20 nodes (the full
 * form's SVG markers, labels and width probe make 74). Kept by step id like `repeat` keeps them,
 * but each made by cloning a prepared item and setting what changes: in a table of 500 trackers
 * (3,500 steps) a template instance per step was the largest part of the first render's script.
 *
 * `buttons` is filled with the step buttons in order after every update (the tracker's roving
 * focus reads it instead of querying its shadow root).
 */
class CompactSteps extends Directive {
  #items = new Map<string, HTMLLIElement>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('compactSteps() belongs in a child position');
  }

  render(_steps: readonly Step[], _current: number, _locale: string, _disabled: boolean, _buttons: HTMLElement[], _later: number, _today: string): unknown {
    return noChange;
  }

  override update(part: ChildPart, [steps, current, locale, disabled, buttons, later, today]: Parameters<this['render']>): unknown {
    const parent = part.parentNode as HTMLElement;
    // Steps still to come (see steps-later): the list keeps their room, `later` steps wide.
    if (later > 0 || parent.hasAttribute('aria-busy')) {
      set(parent, 'aria-busy', later > 0 ? 'true' : null);
      parent.style.setProperty('--_vk-later', later > 0 ? String(later) : '');
    }
    const end = part.endNode;
    const items = new Map<string, HTMLLIElement>();
    buttons.length = 0;
    // Walks the items in their new order, moving or inserting only where the DOM differs.
    let cursor: Node | null = part.startNode ? part.startNode.nextSibling : parent.firstChild;
    let overdueWord: string | undefined;
    steps.forEach((step, index) => {
      const li = this.#items.get(step.id) ?? prototype(index + 1, step.status);
      const button = li.firstChild as HTMLButtonElement;
      const overdue = isOverdue(step, today);
      set(li, 'data-status', step.status);
      set(li, 'data-overdue', overdue ? '' : null);
      set(button, 'data-n', uiDigits(index + 1));
      set(button, 'data-key', step.id);
      const name = `${stepName(step, index + 1, locale)} ${statusLabel(step.status)}`;
      set(button, 'aria-label', overdue ? `${name} ${(overdueWord ??= msg('Forfalt', { id: 'steps.overdue' }))}` : name);
      if (index === current) {
        set(li, 'data-current', '');
        set(button, 'aria-current', 'step');
      } else if (li.hasAttribute('data-current')) {
        li.removeAttribute('data-current');
        button.removeAttribute('aria-current');
      }
      set(button, 'aria-disabled', disabled ? 'true' : null);
      if (li === cursor) cursor = li.nextSibling;
      else parent.insertBefore(li, cursor ?? end);
      items.set(step.id, li);
      buttons.push(button);
    });
    for (const [id, li] of this.#items) if (!items.has(id)) li.remove();
    this.#items = items;
    return noChange;
  }
}

/**
 * Renders a compact tracker's steps into the list (a child position inside `<ol>`); with `later`
 * > 0 and no steps, the list is an empty placeholder as wide as `later` steps (`aria-busy`).
 */
export const compactSteps = directive(CompactSteps);

/**
 * A compact step's tooltip (its title and status, the button's `aria-label`), set when a pointer
 * first comes over it: a sighted mouse user can tell the numbered discs apart without opening one,
 * and a table of 500 trackers writes no title up front. `pointerover` on the list.
 */
export function showCompactTitle(event: PointerEvent): void {
  const button = (event.target as Element).closest?.('.step-button');
  button?.setAttribute('title', button.getAttribute('aria-label') ?? '');
}
