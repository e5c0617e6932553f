import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { setLocale } from '../../src/core/localize.js';
import { workOrientedCourseSteps } from '../../src/presets/steps.js';
import { sampleSteps, shadow } from '../helpers/index.js';

async function settle(el: VkStepTracker): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

/** Opens step `id`'s details with the keyboard, as a user does. */
async function openDetails(el: VkStepTracker, id: string): Promise<HTMLElement> {
  shadow(el, `.step-button[data-key="${id}"]`).focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
  return shadow(el, '.vk-popover');
}

describe('vk-step-tracker details at 200% text in a 360 px window (reflow)', () => {
  before(() => setViewport({ width: 360, height: 300 }));
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setLocale('nb');
  });

  for (const locale of ['nb', 'ti'] as const) {
    it(`every field fits the popover's width, ${locale}`, async () => {
      await setLocale(locale);
      document.documentElement.style.fontSize = '200%';
      const el = await fixture<VkStepTracker>(html`<vk-step-tracker lang=${locale} .value=${workOrientedCourseSteps}></vk-step-tracker>`);
      await settle(el);
      const panel = await openDetails(el, workOrientedCourseSteps.steps[3].id);
      const edge = panel.getBoundingClientRect();
      const style = getComputedStyle(panel);
      const [start, end] = [edge.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft), edge.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight)];
      const wide = Array.from(panel.querySelectorAll<HTMLElement>('input, button, label, fieldset, h3'))
        .filter((field) => { const r = field.getBoundingClientRect(); return r.left < start - 0.5 || r.right > end + 0.5; })
        .map((field) => `${field.localName}[${field.getAttribute('type') ?? ''}] ${Math.round(field.getBoundingClientRect().left)}–${Math.round(field.getBoundingClientRect().right)}`);
      expect(wide, `inside ${Math.round(start)}–${Math.round(end)}`).to.deep.equal([]);
      expect(panel.scrollWidth).to.be.at.most(panel.clientWidth);
    });
  }
});

describe('vk-step-tracker details: announcements', () => {
  it('renaming a step announces the title now in force', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const panel = await openDetails(el, 's1');
    const input = panel.querySelector<HTMLInputElement>('input[type="text"]') as HTMLInputElement;
    input.value = 'Kartlegg alle';
    input.dispatchEvent(new Event('change'));
    await settle(el);
    const said = shadow(el, '[data-vk-announcer]').textContent ?? '';
    expect(said).to.contain('\u2068Kartlegg alle\u2069: lagret');
    expect(said).not.to.contain('Kartlegging');
  });
});
