import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { StepsDocument } from '../../src/step-tracker/step-tracker.types.js';
import { shadow, shadowAll } from '../helpers/index.js';
import { applyForcedColorRules, backgroundOf, contrast, lowContrastTexts, over, parseColor } from '../task-ladder/contrast.js';

const doc: StepsDocument = {
  version: 1,
  title: 'Mitt løp',
  steps: [
    { id: 'a', title: 'Kartlegging', status: 'done' },
    { id: 'b', title: 'Norskkurs', status: 'in-progress', due: '2020-01-01' },
    { id: 'c', title: 'Arbeidspraksis', status: 'not-started', due: '2099-01-01', checklist: [{ id: 'k', title: 'Meld på', done: false }] },
    { id: 'd', title: 'Jobb', status: 'skipped' },
  ],
};

describe('<vk-step-tracker> contrast', () => {
  for (const orientation of ['vertical', 'horizontal']) {
    it(`every text is at least 4.5:1 over what it sits on (${orientation}, every status, current, overdue)`, async () => {
      const el = await fixture<VkStepTracker>(html`<vk-step-tracker orientation=${orientation} .value=${doc}></vk-step-tracker>`);
      await el.updateComplete;
      expect(lowContrastTexts(el.shadowRoot as ShadowRoot)).to.deep.equal([]);
    });
  }

  it('the in-progress step number is at least 4.5:1 over both halves of its marker (plain and tinted)', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${doc}></vk-step-tracker>`);
    await el.updateComplete;
    const number = shadow(el, '.step[data-status="in-progress"] .number');
    const marker = shadow(el, '.step[data-status="in-progress"] .marker');
    const plain = backgroundOf(marker);
    // The tinted half: the marker's colour at the SVG path's opacity (0.25) over the plain half.
    const path = marker.querySelector('path') as SVGPathElement;
    const tint = parseColor(getComputedStyle(marker).color);
    tint[3] = Number(getComputedStyle(path).opacity);
    const tinted = over(tint, plain);
    const text = parseColor(getComputedStyle(number).color);
    expect(contrast(text, plain)).to.be.at.least(4.5);
    expect(contrast(text, tinted)).to.be.at.least(4.5);
  });

  it('status markers (UI parts) keep 3:1 against the background', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${doc}></vk-step-tracker>`);
    await el.updateComplete;
    for (const marker of shadowAll(el, '.marker')) {
      expect(contrast(parseColor(getComputedStyle(marker).color), backgroundOf(marker.parentElement as Element))).to.be.at.least(3);
    }
  });
});

describe('<vk-step-tracker> in forced colours', () => {
  it('current and focused steps differ by more than weight: a double border vs a solid Highlight outline', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${doc}></vk-step-tracker>`);
    await el.updateComplete;
    applyForcedColorRules(el.shadowRoot as ShadowRoot);
    const current = shadow(el, '.step-button[aria-current="step"]');
    const other = shadow(el, '.step-button[data-key="c"]');
    other.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.shadowRoot?.activeElement).to.equal(other);
    const c = getComputedStyle(current);
    const f = getComputedStyle(other);
    expect(c.borderTopStyle).to.equal('double');
    expect(f.borderTopStyle).to.not.equal('double');
    expect(f.outlineStyle).to.equal('solid');
    expect(c.outlineStyle).to.equal('none');
  });
});
