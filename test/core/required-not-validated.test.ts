import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';

// "A disabled or readonly widget is not validated" (contract §2), as a native control. The
// browser did bar it from validation (willValidate false, checkValidity() true), but `validity`
// still said valueMissing, valid false, with "Fyll ut dette feltet." as validationMessage: a host
// error summary that lists the controls whose `validity.valid` is false (the usual way) listed a
// read-only or disabled empty widget, which a native <input required readonly> never is.
describe('a required, empty widget that is readonly or disabled has no missing value', () => {
  for (const tag of ['vk-step-tracker', 'vk-plan-board', 'vk-task-ladder', 'vk-course-calendar']) {
    it(`${tag}: validity as on a native <input required> in the same state`, async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <input required readonly><input required disabled><fieldset disabled><input required></fieldset><div></div>
      </form>`);
      const make = (): HTMLElement & { required: boolean; readOnly: boolean; disabled: boolean; validity: ValidityState; validationMessage: string; updateComplete: Promise<boolean> } => {
        const el = document.createElement(tag) as never as ReturnType<typeof make>;
        el.required = true;
        return el;
      };
      const readonly = make();
      readonly.readOnly = true;
      const disabled = make();
      disabled.disabled = true;
      const inFieldset = make();
      form.querySelector('div')!.append(readonly, disabled);
      form.querySelector('fieldset')!.append(inFieldset);
      for (const el of [readonly, disabled, inFieldset]) await el.updateComplete;
      const natives = [...form.querySelectorAll('input')];
      for (const [i, el] of [readonly, disabled, inFieldset].entries()) {
        expect({ missing: el.validity.valueMissing, valid: el.validity.valid, message: el.validationMessage }).to.deep.equal({ missing: natives[i].validity.valueMissing, valid: natives[i].validity.valid, message: natives[i].validationMessage });
      }
      // Editable again: required and empty is missing, as before.
      readonly.readOnly = false;
      disabled.disabled = false;
      (form.querySelector('fieldset') as HTMLFieldSetElement).disabled = false;
      for (const el of [readonly, disabled, inFieldset]) await el.updateComplete;
      for (const el of [readonly, disabled, inFieldset]) expect(el.validity.valueMissing).to.equal(true);
      // A host's custom error still counts while disabled, as setCustomValidity does on an input.
      disabled.disabled = true;
      (disabled as never as { setCustomValidity(m: string): void }).setCustomValidity('Feil.');
      natives[1].setCustomValidity('Feil.');
      await disabled.updateComplete;
      expect([disabled.validity.customError, disabled.validity.valid]).to.deep.equal([natives[1].validity.customError, natives[1].validity.valid]);
    });
  }

  // In the same task, as on a native control: a host that disables the widget (its own `disabled`,
  // `readOnly`, or the fieldset around it) and at once lists the controls whose `validity.valid` is
  // false listed the empty widget, until its next render synced the validity.
  for (const tag of ['vk-step-tracker', 'vk-plan-board', 'vk-task-ladder', 'vk-course-calendar']) {
    it(`${tag}: validity follows disabled, readOnly and a disabled fieldset in the same task`, async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset><div></div><input required></fieldset></form>`);
      const el = document.createElement(tag) as never as HTMLElement & { required: boolean; readOnly: boolean; disabled: boolean; validity: ValidityState; updateComplete: Promise<boolean> };
      el.required = true;
      form.querySelector('div')!.append(el);
      await el.updateComplete;
      const input = form.querySelector('input')!;
      const fieldset = form.querySelector('fieldset')!;
      const same = (what: string): void => void expect([el.validity.valueMissing, el.validity.valid], what).to.deep.equal([input.validity.valueMissing, input.validity.valid]);
      same('enabled');
      el.disabled = input.disabled = true;
      same('disabled');
      el.disabled = input.disabled = false;
      same('enabled again');
      el.readOnly = input.readOnly = true;
      same('readonly');
      el.readOnly = input.readOnly = false;
      fieldset.disabled = true;
      same('in a disabled fieldset');
      fieldset.disabled = false;
      same('the fieldset enabled again');
    });
  }
});
