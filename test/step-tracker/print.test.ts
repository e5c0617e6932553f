import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { sampleSteps } from '../helpers/index.js';

// The tracker had no print styles: on paper the current step's frame and marker printed blue,
// the done markers green, and the "Nå" badge (white on a blue background browsers do not print)
// came out as faint grey text. On paper it now uses its forced-colours look in black and white,
// and prints the backgrounds that carry the drawing (bar, connectors, compact discs).

const black = 'rgb(0, 0, 0)';

describe('<vk-step-tracker> on paper', () => {
  after(() => emulateMedia({ media: 'screen' }));

  it('prints the current step, markers and "Nå" in black on white, status still in words', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    const root = el.shadowRoot!;
    const current = root.querySelector<HTMLElement>('.step-button[aria-current="step"]')!;
    const now = root.querySelector<HTMLElement>('.now')!;
    const style = getComputedStyle(current);
    expect([style.borderTopStyle, style.borderTopColor], 'the current step frame').to.deep.equal(['double', black]);
    expect(current.textContent, 'its status in words').to.contain('Pågår');
    expect([getComputedStyle(now).color, getComputedStyle(now).backgroundColor, getComputedStyle(now).borderTopStyle], '"Nå"').to.deep.equal([black, 'rgba(0, 0, 0, 0)', 'solid']);
    const markers = [...root.querySelectorAll<HTMLElement>('.marker')].map((m) => getComputedStyle(m).color);
    expect(new Set(markers), 'marker colours (the icons draw in currentColor)').to.deep.equal(new Set([black]));
    expect(getComputedStyle(root.querySelector('.tracker')!).printColorAdjust, 'bar and connectors are printed').to.equal('exact');
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle(current).borderTopColor, 'on screen the frame keeps its colour').to.not.equal(black);
  });
});
