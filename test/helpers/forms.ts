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
