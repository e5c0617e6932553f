import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';

type Widget = HTMLElement & {
  value: unknown;
  required: boolean;
  disabled: boolean;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  checkValidity(): boolean;
  reportValidity(): boolean;
  readonly updateComplete: Promise<boolean>;
};

async function inForm(tag: string, value?: unknown): Promise<[HTMLFormElement, Widget]> {
  const form = await fixture<HTMLFormElement>(html`<form><button>Lagre</button></form>`);
  const el = document.createElement(tag) as Widget;
  el.setAttribute('name', 'doc');
  if (value !== undefined) el.value = value;
  form.prepend(el);
  await el.updateComplete;
  return [form, el];
}

describe('required, at once', () => {
  // A host makes the plan required when a checkbox is ticked and validates in the same handler.
  it('el.required = true / false changes checkValidity() in the same task, as on a native control', async () => {
    const [form, el] = await inForm('vk-step-tracker');
    el.required = true;
    expect(form.checkValidity(), 'required, no document').to.equal(false);
    el.required = false;
    expect(form.checkValidity(), 'not required').to.equal(true);
  });
});

describe('the required message follows the UI language', () => {
  afterEach(async () => {
    await setLocale('nb');
  });

  // An app with a language menu switches setLocale('ar') on a page with a required, empty widget:
  // the widget re-renders in Arabic, but the browser's bubble on submit said "Fyll ut dette feltet."
  it('after setLocale, validationMessage is in the new locale', async () => {
    const [, el] = await inForm('vk-plan-board');
    el.required = true;
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Fyll ut dette feltet.');
    await setLocale('ar');
    await el.updateComplete;
    expect(el.validationMessage).to.equal('يُرجى ملء هذا الحقل.');
  });
});
