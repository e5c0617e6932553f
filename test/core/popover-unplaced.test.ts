import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { press, sampleSteps, shadow } from '../helpers/index.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';

// A popover is not seen before Floating UI has placed it: on a page's first open the positioning
// module is still loading, and the panel showed at the window's top-left corner, then jumped
// beside its anchor. Focus goes in at once all the same (opacity, not visibility).
describe('a popover before it is placed', () => {
  it('is transparent until placed, focused all the same, then shown at its anchor', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker editable .value=${sampleSteps()}></vk-step-tracker>`);
    const step = shadow(el, '.step-button[data-key="s2"]');
    const seen: Array<{ positioned: string | undefined; opacity: string; focusInside: boolean }> = [];
    const watch = new MutationObserver((records) => {
      for (const { target } of records) {
        const panel = target as HTMLElement;
        if (!panel.classList.contains('vk-popover')) continue;
        seen.push({ positioned: panel.dataset.positioned, opacity: getComputedStyle(panel).opacity, focusInside: panel.contains(el.shadowRoot!.activeElement) });
      }
    });
    watch.observe(el.shadowRoot!, { subtree: true, attributes: true, attributeFilter: ['data-positioned'] });
    step.focus();
    press(step, 'Enter');
    let panel: HTMLElement | null = null;
    for (let i = 0; i < 50 && !(panel = el.shadowRoot!.querySelector<HTMLElement>('.vk-popover[data-positioned="true"]')); i++) await new Promise((r) => setTimeout(r, 20));
    watch.disconnect();
    expect(panel, 'the details were placed').to.not.equal(null);
    expect(seen.find((s) => s.positioned === 'false'), 'before placing').to.deep.include({ opacity: '0' });
    expect(getComputedStyle(panel!).opacity, 'once placed').to.equal('1');
    expect(panel!.contains(el.shadowRoot!.activeElement), 'focus is in the panel').to.equal(true);
    const anchor = step.getBoundingClientRect();
    const box = panel!.getBoundingClientRect();
    // bottom-start: its start edge on the anchor's (the window's corner is 0, the anchor's is not)
    expect(anchor.left).to.be.above(100);
    expect(box.left, 'at its anchor').to.be.closeTo(anchor.left, 1);
  });
});
