import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import { formWidgets, inForm, type FormWidget } from '../helpers/forms.js';
import { press, sampleSteps, shadow } from '../helpers/index.js';
import { sampleLadder } from '../task-ladder/sample.js';

type Widget = FormWidget;
const widgets = formWidgets;

describe('required, at once', () => {
  // A host makes the plan required when a checkbox is ticked and validates in the same handler.
  it('el.required = true / false changes checkValidity() in the same task, as on a native control', async () => {
    const [form, el] = await inForm('vk-step-tracker');
    el.required = true;
    expect(form.checkValidity(), 'required, no document').to.equal(false);
    el.required = false;
    expect(form.checkValidity(), 'not required').to.equal(true);
  });

  // contract.md §2: a readonly widget is not validated. A host that locks a case (el.readOnly =
  // true) and submits in the same handler must not be stopped by a required, empty widget, and
  // unlocking must make it count again at once, as on a native <input readonly required>.
  it('el.readOnly = true / false takes it out of and back into validation in the same task', async () => {
    const [form, el] = await inForm('vk-step-tracker');
    el.required = true;
    (el as Widget & { readOnly: boolean }).readOnly = true;
    expect(el.hasAttribute('readonly'), 'reflected at once').to.equal(true);
    expect(form.checkValidity(), 'read-only: not validated').to.equal(true);
    (el as Widget & { readOnly: boolean }).readOnly = false;
    expect(el.hasAttribute('readonly')).to.equal(false);
    expect(form.checkValidity(), 'editable again: required, no document').to.equal(false);
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

// The case system's server refuses a plan ("Planen mangler en aktivitet på mandag") and the page
// wants the widget to block submit with that message, as `input.setCustomValidity` does.
describe('setCustomValidity', () => {
  for (const [tag, sample] of widgets) {
    it(`${tag}: a message makes it invalid, submit focuses inside it (not <body>), "" makes it valid`, async () => {
      const [form, el] = await inForm(tag, sample());
      let submits = 0;
      form.addEventListener('submit', (e) => {
        submits++;
        e.preventDefault();
      });
      el.setCustomValidity('Planen mangler en aktivitet på mandag.');
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity.customError).to.equal(true);
      expect(el.validity.valueMissing).to.equal(false);
      expect(el.validationMessage).to.equal('Planen mangler en aktivitet på mandag.');
      expect(el.matches(':invalid')).to.equal(true);
      form.querySelector('button')!.click();
      expect(submits, 'submit blocked').to.equal(0);
      expect(document.activeElement, 'focus in the widget').to.equal(el);
      expect((el.shadowRoot!.activeElement as HTMLElement).tabIndex, 'on its Tab stop').to.equal(0);
      el.setCustomValidity('');
      expect(el.checkValidity()).to.equal(true);
      expect(el.validationMessage).to.equal('');
      form.querySelector('button')!.click();
      expect(submits).to.equal(1);
    });
  }

  it('the message stays through the user\'s edits and host values (only the host clears it), and wins over required', async () => {
    const [, el] = await inForm('vk-step-tracker', sampleSteps());
    el.setCustomValidity('Feil fra serveren.');
    press(shadow(el, '.step-button[data-key="s3"]'), ' ');
    await el.updateComplete;
    expect(el.validationMessage, 'after an edit').to.equal('Feil fra serveren.');
    el.value = null;
    el.required = true;
    await el.updateComplete;
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validity.customError).to.equal(true);
    expect(el.validationMessage).to.equal('Feil fra serveren.');
    expect(el.reportValidity()).to.equal(false);
    expect(el.shadowRoot!.activeElement?.getAttribute('part'), 'the empty state').to.equal('empty');
    el.setCustomValidity('');
    expect(el.validationMessage).to.equal('Fyll ut dette feltet.');
  });

  it('set before the widget is on the page: invalid once it is, anchored inside it', async () => {
    const el = document.createElement('vk-task-ladder') as Widget;
    el.value = sampleLadder();
    el.setCustomValidity('Mangler signatur.');
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    form.append(el);
    await el.updateComplete;
    expect(form.reportValidity()).to.equal(false);
    expect(document.activeElement).to.equal(el);
  });

  it('a disabled widget is not validated, as a disabled input is not', async () => {
    const [form, el] = await inForm('vk-step-tracker', sampleSteps());
    el.setCustomValidity('Feil.');
    el.disabled = true;
    expect(form.checkValidity()).to.equal(true);
  });

  // A native control that is not validated (disabled, readonly, in a disabled fieldset) has an
  // empty validationMessage, even with a custom error; the widget still gave the host's message,
  // so an error summary built from each control's validationMessage listed a disabled widget.
  for (const [tag, sample] of widgets) {
    it(`${tag}: validationMessage is "" while disabled, readonly or in a disabled fieldset, as an input's`, async () => {
      const [form, el] = await inForm(tag, sample());
      const fieldset = document.createElement('fieldset');
      const input = document.createElement('input');
      form.append(fieldset);
      fieldset.append(el, input);
      el.setCustomValidity('Feil.');
      input.setCustomValidity('Feil.');
      const states: Array<[string, (on: boolean) => void]> = [
        ['disabled', (on) => (el.disabled = input.disabled = on)],
        ['readonly', (on) => ((el as unknown as { readOnly: boolean }).readOnly = input.readOnly = on)],
        ['in a disabled fieldset', (on) => (fieldset.disabled = on)],
      ];
      for (const [what, set] of states) {
        set(true);
        expect([el.validationMessage, el.validity.customError], what).to.deep.equal([input.validationMessage, input.validity.customError]);
        set(false);
        expect(el.validationMessage, `${what}, then validated again`).to.equal('Feil.');
      }
    });
  }
});
