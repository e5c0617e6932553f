import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import { formWidgets as widgets, inForm, type FormWidget as Widget } from '../helpers/forms.js';

// A case system renders a required plan into its form, but the stored document is broken: the
// widget rejects it (vk-error) and shows its error state ("Innholdet kunne ikke vises fordi
// dokumentet har feil."). On submit the bubble said "Fyll ut dette feltet." — which the user
// cannot do, there is no field to fill. The form must still not submit (there is no document),
// but the message says what the error state says, in the UI language.
const ERROR_NB = 'Innholdet kunne ikke vises fordi dokumentet har feil.';
const REQUIRED_NB = 'Fyll ut dette feltet.';

describe('a required widget whose value was rejected', () => {
  afterEach(async () => {
    await setLocale('nb');
  });

  for (const [tag] of widgets) {
    it(`${tag}: still invalid (valueMissing, not customError), its message the error state's, at once`, async () => {
      const [form, el] = await inForm(tag);
      el.required = true;
      el.value = '{"version": 1,';
      expect((el.error as { code: string } | null)?.code, 'rejected').to.equal('invalid-json');
      expect(form.checkValidity(), 'the form does not submit').to.equal(false);
      expect([el.validity.valueMissing, el.validity.customError]).to.deep.equal([true, false]);
      expect(el.validationMessage, 'in the same task').to.equal(ERROR_NB);
      await el.updateComplete;
      expect(el.validationMessage, 'after the error state rendered').to.equal(ERROR_NB);
      // Cleared by the host: an ordinary empty, required widget again.
      el.value = null;
      expect(el.validationMessage).to.equal(REQUIRED_NB);
    });
  }

  it('server-rendered with a broken value attribute: the message after the first render, and after form.reset()', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><vk-plan-board name="plan" required value="{oops"></vk-plan-board></form>`);
    const el = form.firstElementChild as Widget;
    await el.updateComplete;
    expect(el.validationMessage).to.equal(ERROR_NB);
    form.reset();
    expect(el.validationMessage, 'reset keeps the only rejection (and its error state)').to.equal(ERROR_NB);
  });

  it('follows the UI language; a host message still wins', async () => {
    const [, el] = await inForm('vk-step-tracker');
    el.required = true;
    el.value = { version: 1, steps: 'no' };
    await setLocale('en');
    await el.updateComplete;
    expect(el.validationMessage).to.equal('The content could not be shown because the document has errors.');
    el.setCustomValidity('Contact the office.');
    expect(el.validationMessage).to.equal('Contact the office.');
  });

  it('a rejected value after a valid one keeps that document: valid, as before', async () => {
    const [tag, sample] = widgets[0];
    const [form, el] = await inForm(tag, sample());
    el.required = true;
    el.value = '{"version": 1,';
    expect(form.checkValidity()).to.equal(true);
    expect(el.validationMessage).to.equal('');
  });
});
