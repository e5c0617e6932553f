import { fixture, html } from '@open-wc/testing';
import { sampleSteps } from './index.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';

/** A widget as a form control: what the form-participation tests use of it. */
export type FormWidget = HTMLElement & {
  value: unknown;
  required: boolean;
  disabled: boolean;
  readonly error: unknown;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  checkValidity(): boolean;
  reportValidity(): boolean;
  setCustomValidity(message: string): void;
  formStateRestoreCallback(state: unknown, mode: string): void;
  readonly updateComplete: Promise<boolean>;
};

/** Each widget's tag with a valid sample document. */
export const formWidgets: ReadonlyArray<readonly [string, () => unknown]> = [
  ['vk-step-tracker', sampleSteps],
  ['vk-task-ladder', sampleLadder],
  ['vk-plan-board', samplePlan],
  ['vk-course-calendar', sampleSchedule],
];

/** A widget named "doc" (holding `value`, if given) first in a form with a "Lagre" button, rendered. */
export async function inForm(tag: string, value?: unknown): Promise<[HTMLFormElement, FormWidget]> {
  const form = await fixture<HTMLFormElement>(html`<form><button>Lagre</button></form>`);
  const el = document.createElement(tag) as FormWidget;
  el.setAttribute('name', 'doc');
  if (value !== undefined) el.value = value;
  form.prepend(el);
  await el.updateComplete;
  return [form, el];
}

/** How a host takes a widget out of use for a moment (while it saves): a `<fieldset disabled>` around it, its own `disabled`, or `readonly`. */
export type Disabling = 'fieldset' | 'disabled' | 'readonly';

/** Sets (`on`) or clears `how` on `el` (`fieldset`: the one around it), then waits for the widget to draw it (an update, a frame, an update). */
export async function hostSets(el: HTMLElement & { disabled: boolean; readonly: boolean; readonly updateComplete: Promise<boolean> }, fieldset: HTMLFieldSetElement, how: Disabling, on: boolean): Promise<void> {
  if (how === 'fieldset') fieldset.disabled = on;
  else el[how] = on;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}
