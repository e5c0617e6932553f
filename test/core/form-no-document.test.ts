import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { sampleSteps } from '../helpers/index.js';

// README and contract §2: with no document a named widget submits nothing (no entry under its
// name, as an unchecked checkbox), not the text "null".
describe('a named widget with no document in a form', () => {
  it('adds no entry to FormData; one with a document adds its JSON', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><vk-step-tracker name="route"></vk-step-tracker></form>`);
    const el = form.querySelector('vk-step-tracker') as HTMLElement & { value: unknown; updateComplete: Promise<boolean> };
    await el.updateComplete;
    expect(new FormData(form).has('route')).to.equal(false);
    el.value = sampleSteps();
    expect(JSON.parse(new FormData(form).get('route') as string)).to.deep.equal(sampleSteps());
    el.value = null;
    expect([...new FormData(form).keys()]).to.deep.equal([]);
  });
});
