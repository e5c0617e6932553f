import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { record } from '../helpers/index.js';
import { formWidgets, inForm } from '../helpers/forms.js';

// Back/forward hands the widget the form state it saved on an earlier visit (contract §2: shown
// "without events, as a restored <input> does"). A state the widget now rejects (saved by a page
// whose widget accepted other documents, e.g. before a deploy) fired vk-error and set `error`,
// though the host's own document was accepted and still shown: a host that checks `error` (or
// listens for vk-error) before saving refused a form that was fine. It is dropped quietly.
describe('a restored form state the widget rejects', () => {
  for (const [tag, sample] of formWidgets) {
    it(`${tag}: is dropped: no vk-error, error stays null, the host's document stays and is submitted`, async () => {
      const [form, el] = await inForm(tag, sample());
      const events = record(el, 'vk-error', 'vk-change', 'change');
      for (const state of [JSON.stringify({ ...(sample() as object), version: 2 }), '{"version": 1,']) el.formStateRestoreCallback(state, 'restore');
      await el.updateComplete;
      expect(events.map((e) => e.type)).to.deep.equal([]);
      expect(el.error).to.equal(null);
      expect(el.value).to.deep.equal(sample());
      expect(JSON.parse(new FormData(form).get('doc') as string)).to.deep.equal(sample());
    });
  }
});
