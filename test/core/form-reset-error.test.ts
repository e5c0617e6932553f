import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { formWidgets as widgets, inForm, type FormWidget as Widget } from '../helpers/forms.js';

// A case system sets the stored document, later pushes a broken one (rejected: the widget keeps the
// stored one and reports `error`), and the caseworker presses the form's reset button. The widget
// now shows the host's valid document, so `error` — "null when the current input was accepted"
// (contract §2) — must be null: it used to keep the old rejection, and a host checking `error`
// before saving refused a form that was fine.
describe('form.reset() and error', () => {
  for (const [tag, sample] of widgets) {
    it(`${tag}: after a rejected value, reset back to the host's valid document leaves error null`, async () => {
      const [form, el] = await inForm(tag, sample());
      el.value = '{"version": 1,';
      expect((el.error as { code: string } | null)?.code, 'rejected').to.equal('invalid-json');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.deep.equal(sample());
      expect(el.error).to.equal(null);
    });
  }

  it('a reset with no host document keeps the rejection of the only input the host gave (still shown)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><vk-step-tracker name="doc" value="{oops"></vk-step-tracker></form>`);
    const el = form.firstElementChild as Widget;
    await el.updateComplete;
    form.reset();
    await el.updateComplete;
    expect((el.error as { code: string } | null)?.code).to.equal('invalid-json');
    expect(el.shadowRoot!.querySelector('[part="empty"]')?.getAttribute('data-state')).to.equal('error');
  });
});
