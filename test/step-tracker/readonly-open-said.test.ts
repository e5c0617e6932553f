/**
 * `readonly` set by the host while a step's details are open: they stay open, their fields drawn as
 * text, focus on "Lukk" if it was in a field. Before 7 Dec 2026 nothing said why (a newcomer's QA,
 * 72-readonly-open); now the live region says "Detaljene kan nå bare ses, ikke endres." (as the
 * board and the ladder say why their forms closed; core/view-only.ts). Not said with none open.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { recordAnnouncements, sampleSteps, settle, shadowAll } from '../helpers/index.js';

const words = 'Detaljene kan nå bare ses, ikke endres.';

describe('step tracker: readonly set while the details are open', () => {
  it('says the details can now only be seen; not when none are open', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker editable .value=${sampleSteps()}></vk-step-tracker>`);
    await settle(el);
    const said = recordAnnouncements(el);
    el.readonly = true;
    await settle(el);
    expect(said, 'none open: nothing said').to.deep.equal([]);
    el.readonly = false;
    await settle(el);
    const button = shadowAll(el, '.step-button').find((b) => b.dataset.key === 's2')!;
    button.focus();
    button.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'the details are open').to.not.equal(null);
    el.readonly = true;
    await settle(el);
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'they stay open').to.not.equal(null);
    expect(said).to.deep.equal([words]);
  });
});
