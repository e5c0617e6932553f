import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { deepActive, frame, samplePlan } from './helpers.js';

// Issue 14: a participant's first "Foreslå et kort" was one main-thread task of 300–500 ms, most
// of it the first use of each of the 76 SVG pictures (each builds its own document when its `src`
// is set). The options, words and boxes come at once; the images follow a few per task.
const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const images = (el: VkPlanBoard): HTMLImageElement[] => Array.from(sr(el).querySelectorAll<HTMLImageElement>('.vk-popover .picker-option img'));

async function everyImage(el: VkPlanBoard): Promise<void> {
  for (let i = 0; i < 600 && images(el).some((img) => !img.getAttribute('src')); i++) await frame();
}

describe('plan board: the pictogram picker before its images have arrived', () => {
  it('the proposal opens with every picture option and focus inside, before most images; the images all follow', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
    const open = sr(el).querySelector('.propose') as HTMLElement;
    open.focus();
    open.click();
    await el.updateComplete;
    const dialog = sr(el).querySelector('.vk-popover') as HTMLElement;
    const all = images(el);
    expect(all.length, 'every option is there at once').to.be.greaterThan(70);
    expect(dialog.querySelector('.picker [role="status"]'), 'no search count: the proposal has no search (picker-count.test.ts)').to.equal(null);
    expect(all.filter((img) => img.getAttribute('src')).length, 'images set in the opening task').to.be.below(all.length / 2);
    expect(dialog.contains(deepActive()), 'focus is in the dialog').to.equal(true);
    for (const img of all) expect(img.alt).to.equal('');
    await everyImage(el);
    const options = Array.from(dialog.querySelectorAll<HTMLElement>('.picker-option'));
    images(el).forEach((img, i) => expect(img.getAttribute('src'), options[i]!.dataset.pictogram).to.match(/\.svg|^data:image\/svg/));
  });

  it('the keyboard works on pictures without their image yet: End reaches the last, Enter picks it; Escape returns to the button', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
    const open = sr(el).querySelector('.propose') as HTMLElement;
    open.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = sr(el).querySelector('.vk-popover') as HTMLElement;
    const first = dialog.querySelector('.picker-option') as HTMLElement;
    first.focus();
    await sendKeys({ press: 'End' });
    const options = dialog.querySelectorAll<HTMLElement>('.picker-option');
    const last = options[options.length - 1]!;
    expect(deepActive()).to.equal(last);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(deepActive()).to.equal(open);
    expect(dialog.matches(':popover-open')).to.equal(false);
    // Opened again: picking with Enter works while images are still arriving.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    (dialog.querySelector('.picker-option[data-pictogram="vk:dentist"]') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dialog.querySelector('#panel-title')?.textContent).to.contain('Tannlege');
  });

  it('the adviser\'s picker (new card) also opens before its images, and they all arrive', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    (sr(el).querySelector('.add[data-add="tue"]') as HTMLElement).click();
    await el.updateComplete;
    const all = images(el);
    expect(all.length).to.be.greaterThan(70);
    expect(all.filter((img) => img.getAttribute('src')).length).to.be.below(all.length / 2);
    expect(deepActive()).to.equal(sr(el).querySelector('.vk-popover input[type="search"]'));
    await everyImage(el);
    expect(images(el).every((img) => img.getAttribute('src'))).to.equal(true);
  });
});
