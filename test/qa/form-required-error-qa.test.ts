// QA of 6ad3799 (a required widget whose value was rejected says why it blocks submit): the
// submit itself (the browser focuses the error message it shows), the host's own message set and
// cleared again, a later valid value, form.reset() after it, and a language switch in between.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import { formWidgets as widgets, inForm } from '../helpers/forms.js';

const ERROR_NB = 'Innholdet kunne ikke vises fordi dokumentet har feil.';
const deepActive = (): Element | null => {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('QA: a required widget with a rejected value, in a form', () => {
  afterEach(async () => {
    await setLocale('nb');
  });

  for (const [tag, sample] of widgets) {
    it(`${tag}: submit is blocked, focus on the error message; a host message and its removal; a valid value, then reset`, async () => {
      const [form, el] = await inForm(tag);
      let submitted = 0;
      form.addEventListener('submit', (event) => (event.preventDefault(), submitted++));
      el.required = true;
      el.value = '{"version": 1,';
      await el.updateComplete;
      form.requestSubmit();
      expect(submitted, 'blocked').to.equal(0);
      expect(deepActive()?.getAttribute('data-state'), 'the browser focused the error message').to.equal('error');

      el.setCustomValidity('Ring kontoret.');
      expect([el.validity.customError, el.validationMessage]).to.deep.equal([true, 'Ring kontoret.']);
      el.setCustomValidity('');
      expect([el.validity.customError, el.validity.valueMissing, el.validationMessage], 'the host message gone: the error state\'s again').to.deep.equal([false, true, ERROR_NB]);

      // The host corrects the value: valid, and it submits.
      el.value = sample();
      await el.updateComplete;
      expect([el.validity.valid, el.validationMessage]).to.deep.equal([true, '']);
      form.requestSubmit();
      expect(submitted).to.equal(1);
      // form.reset() goes back to that valid value, not to the rejection before it.
      form.reset();
      await el.updateComplete;
      expect([el.validity.valid, el.error]).to.deep.equal([true, null]);
    });
  }

  it('the message follows a language switch made while the widget is not on the page', async () => {
    const [form, el] = await inForm('vk-plan-board');
    el.required = true;
    el.value = '{oops';
    el.remove();
    await setLocale('en');
    form.prepend(el);
    await el.updateComplete;
    expect(el.validationMessage).to.equal('The content could not be shown because the document has errors.');
  });

  it('server-rendered, required and rejected inside a disabled fieldset: nothing missing; enabled, the error state\'s message', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><vk-step-tracker name="s" required value="{oops"></vk-step-tracker></fieldset></form>`);
    const el = form.querySelector('vk-step-tracker') as unknown as HTMLElement & { validity: ValidityState; validationMessage: string; updateComplete: Promise<boolean> };
    await el.updateComplete;
    expect(el.validity.valueMissing).to.equal(false);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect([el.validity.valueMissing, el.validationMessage]).to.deep.equal([true, ERROR_NB]);
  });
});
