import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { sampleSteps } from '../helpers/index.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { samplePlan } from '../plan-board/helpers.js';

// The browser tells a form-associated element that it is disabled (formDisabledCallback) while Lit
// reflects its `disabled` attribute, which is after render(): that change used to be dropped, so
// a widget switched back on kept aria-disabled="true" on its controls until some later render.
type Widget = HTMLElement & { disabled: boolean; readonly updateComplete: Promise<boolean> };

/** aria-disabled of every control in the widget's shadow root, in document order. */
function states(el: Element): Array<string | null> {
  // Controls only: a text that takes focus from script (the tracker's summary, the ladder's title: tabindex -1) is not one.
  return Array.from(el.shadowRoot!.querySelectorAll('button, [role="button"], [tabindex]:not(p)')).map((c) => c.getAttribute('aria-disabled'));
}

const cases: Array<[string, () => Promise<Widget>]> = [
  ['compact step tracker', () => fixture<Widget>(html`<vk-step-tracker compact .value=${sampleSteps()}></vk-step-tracker>`)],
  ['step tracker', () => fixture<Widget>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`)],
  ['task ladder', () => fixture<Widget>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`)],
  ['plan board', () => fixture<Widget>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`)],
];

describe('disabled, then enabled again: controls follow after one updateComplete', () => {
  for (const [name, make] of cases) {
    it(`${name}: its own disabled property`, async () => {
      const el = await make();
      await el.updateComplete;
      const before = states(el);
      expect(before.length).to.be.greaterThan(0);
      el.disabled = true;
      await el.updateComplete;
      expect(states(el).filter((s) => s === 'true').length, 'disabled').to.be.greaterThan(before.filter((s) => s === 'true').length);
      el.disabled = false;
      await el.updateComplete;
      expect(states(el), 'enabled again').to.deep.equal(before);
    });
  }

  it('compact step tracker: a disabled fieldset around it, then enabled again', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset><vk-step-tracker compact .value=${sampleSteps()}></vk-step-tracker></fieldset></form>`);
    const fieldset = form.querySelector('fieldset')!;
    const el = form.querySelector('vk-step-tracker') as Widget;
    await el.updateComplete;
    const before = states(el);
    fieldset.disabled = true;
    await el.updateComplete;
    expect(states(el).every((s) => s === 'true')).to.equal(true);
    fieldset.disabled = false;
    await el.updateComplete;
    expect(states(el)).to.deep.equal(before);
  });
});
