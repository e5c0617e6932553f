// QA of 6ad3799: a required widget whose document comes from a child JSON script (contract §2)
// that the widget rejects: the same message as a rejected `value` attribute, and reset keeps it.
import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';

const ERROR_NB = 'Innholdet kunne ikke vises fordi dokumentet har feil.';
type Widget = HTMLElement & { validity: ValidityState; validationMessage: string; updateComplete: Promise<boolean>; value: unknown };

describe('QA: a required widget with a broken child JSON script', () => {
  for (const tag of ['vk-step-tracker', 'vk-plan-board', 'vk-task-ladder', 'vk-course-calendar']) {
    it(`${tag}: its message is the error state's, after reset too; a valid value then clears it`, async () => {
      const form = await fixture<HTMLFormElement>(`<form><${tag} name="doc" required><script type="application/json">{"version": 1, "oops"</script></${tag}></form>`);
      const el = form.querySelector(tag) as Widget;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[data-state="error"]'), 'error state').to.not.equal(null);
      expect([el.validity.valueMissing, el.validationMessage]).to.deep.equal([true, ERROR_NB]);
      form.reset();
      await el.updateComplete;
      expect(el.validationMessage, 'after reset').to.equal(ERROR_NB);
      el.value = null;
      expect(el.validationMessage, 'cleared by the host: an empty required widget').to.equal('Fyll ut dette feltet.');
    });
  }
});
