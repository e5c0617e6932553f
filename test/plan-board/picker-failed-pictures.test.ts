// The built-in pictures cannot load (a bundler that left the SVG files behind, a wrong
// `setPictogramBase`): the cards draw the neutral placeholder (core/pictograms.ts `onPictogramError`),
// and so does the picture picker now. Before, its options kept Chromium's broken-image icon: the
// picker draws its own <img>, which the placeholder rule did not reach.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { setPictogramBase } from '../../src/core/pictograms.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { samplePlan } from './helpers.js';

const options = (el: VkPlanBoard): HTMLElement[] => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.vk-popover .picker-option'));

describe('plan board: the picture picker when the built-in pictures do not load', () => {
  after(() => setPictogramBase(null));

  it('every option shows the placeholder, not a broken image, and keeps its word', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      setPictogramBase(new URL('/no-such-pictogram-folder/', location.href));
      const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
      const open = el.shadowRoot!.querySelector('.propose') as HTMLElement;
      open.focus();
      open.click();
      await el.updateComplete;
      expect(options(el).length, 'every option is there').to.be.greaterThan(70);
      await waitUntil(() => options(el).every((o) => !o.querySelector('img') && o.querySelector('.vk-pictogram--placeholder')), 'every option shows the placeholder', { timeout: 10000 });
      for (const option of options(el)) expect(option.textContent!.trim(), option.dataset.pictogram).to.not.equal('');
    } finally {
      console.warn = warn;
    }
  });
});
