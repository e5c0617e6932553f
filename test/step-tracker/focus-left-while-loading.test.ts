import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { sampleSteps, shadow } from '../helpers/index.js';
import { settled } from '../core/hold-updates.js';

// Enter on a step opens its details, the first time on a page once their chunk has loaded (preloaded
// on first focus, so usually there). A chunk slow to arrive let the user go on meanwhile (Tab to the
// page's next control), and its arrival then opened the details with focus in them: taken from where
// the user had put it. Its own file: the details' chunk must not be loaded yet. (That the details
// open on a first Enter when focus stays: step-tracker.details.test.ts and the journey.)
describe('step tracker: Enter on a step, then focus moved on before the details’ chunk arrived', () => {
  it('the details stay closed and focus stays on the page’s control', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><vk-step-tracker .value=${sampleSteps()}></vk-step-tracker><button id="after">Lagre</button></div>`);
    const el = wrap.querySelector('vk-step-tracker') as VkStepTracker;
    const after = wrap.querySelector('#after') as HTMLButtonElement;
    await settled();
    // In one task, before the chunk can arrive: Enter on the step, then on to the page's control.
    const button = shadow(el, '.step-button[tabindex="0"]');
    button.focus();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    after.focus();
    await el.updateComplete;
    await settled();
    expect(document.activeElement, 'focus stays where the user put it').to.equal(after);
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'the details stay closed').to.equal(null);
  });
});
