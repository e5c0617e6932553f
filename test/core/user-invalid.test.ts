import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { formWidgets, inForm } from '../helpers/forms.js';
import { sampleSteps, shadow } from '../helpers/index.js';

// `:user-invalid` never matches a form-associated custom element (the platform keeps no user
// validity for one; qaf F3). A host that styles errors only once the user tried to submit gets
// `:state(user-invalid)` instead (core/user-invalid.ts): on when the widget is invalid and a
// submit was blocked (or a check said so) or the user made an edit; off when valid, and after
// form.reset() until the next submit or edit, as a native control's `:user-invalid`.
const userInvalid = (el: Element): boolean => el.matches(':state(user-invalid)');

describe(':state(user-invalid)', () => {
  for (const [tag, sample] of formWidgets) {
    it(`${tag}: required and empty, on only after a blocked submit; off once valid; form.reset() turns it off`, async () => {
      const [form, el] = await inForm(tag);
      const input = document.createElement('input');
      input.required = true;
      form.prepend(input);
      el.required = true;
      await el.updateComplete;
      expect(el.matches(':invalid'), ':invalid from the start').to.equal(true);
      expect(userInvalid(el), 'not before the user did anything').to.equal(false);
      expect(input.matches(':user-invalid'), 'nor the native input').to.equal(false);
      let submits = 0;
      form.addEventListener('submit', (e) => (submits++, e.preventDefault()));
      form.requestSubmit();
      expect(submits, 'submit blocked').to.equal(0);
      expect(input.matches(':user-invalid'), 'the native input after the blocked submit').to.equal(true);
      expect(userInvalid(el), 'the widget after the blocked submit').to.equal(true);
      el.value = sample();
      expect(userInvalid(el), 'valid: off').to.equal(false);
      el.value = null;
      expect(userInvalid(el), 'empty again: on again (the user already tried)').to.equal(true);
      form.reset();
      input.value = '';
      expect(input.matches(':user-invalid'), 'native, after reset').to.equal(false);
      expect(userInvalid(el), 'after reset: off, though still invalid').to.equal(false);
      expect(el.matches(':invalid')).to.equal(true);
      form.requestSubmit();
      expect(userInvalid(el), 'the next blocked submit').to.equal(true);
    });
  }

  it('not validated (disabled, readonly): off; back on when validated again', async () => {
    const [form, el] = await inForm('vk-plan-board');
    el.required = true;
    form.requestSubmit();
    expect(userInvalid(el)).to.equal(true);
    el.disabled = true;
    expect(userInvalid(el), 'disabled').to.equal(false);
    el.disabled = false;
    expect(userInvalid(el), 'enabled').to.equal(true);
    el.setAttribute('readonly', '');
    await el.updateComplete;
    expect(userInvalid(el), 'readonly').to.equal(false);
    el.removeAttribute('readonly');
    await el.updateComplete;
    expect(userInvalid(el)).to.equal(true);
    const fieldset = await fixture<HTMLFieldSetElement>(html`<fieldset disabled></fieldset>`);
    const [form2, el2] = await inForm('vk-step-tracker');
    el2.required = true;
    form2.requestSubmit();
    expect(userInvalid(el2)).to.equal(true);
    fieldset.append(form2);
    await el2.updateComplete;
    expect(userInvalid(el2), 'in a disabled fieldset').to.equal(false);
  });

  it('a user edit counts as interaction: with a host message (setCustomValidity) on after the edit, not before', async () => {
    const [, el] = await inForm('vk-step-tracker', sampleSteps());
    el.setCustomValidity('Feil fra serveren.');
    expect(el.matches(':invalid')).to.equal(true);
    expect(userInvalid(el), 'before any edit').to.equal(false);
    shadow(el, '.step-button[data-key="s3"]').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(userInvalid(el), 'after the edit').to.equal(true);
    el.setCustomValidity('');
    expect(userInvalid(el), 'valid').to.equal(false);
  });

  it('a change event from elsewhere (bubbling past, or a host field in the widget) does not count', async () => {
    const [, el] = await inForm('vk-step-tracker', sampleSteps());
    el.setCustomValidity('Feil.');
    const child = document.createElement('span');
    el.append(child);
    child.dispatchEvent(new Event('change', { bubbles: true }));
    expect(userInvalid(el)).to.equal(false);
  });

  it('checkValidity() / reportValidity() that find it invalid count, as the invalid event they fire', async () => {
    const [, el] = await inForm('vk-task-ladder');
    el.required = true;
    expect(el.checkValidity()).to.equal(false);
    expect(userInvalid(el)).to.equal(true);
  });
});
