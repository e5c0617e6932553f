/**
 * The progress bar's unfilled part was #d3d7de on white (1.44:1) with no border: a low-vision
 * reader could not see where the bar ended (a newcomer's low-vision QA, 7 Dec 2026, #2). Now it has
 * the task ladder's frame: a 1px border in the border colour (≥ 3:1, WCAG 1.4.11) around a
 * background-coloured track, the same look in both widgets.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { sampleSteps, shadow } from '../helpers/index.js';
import { backgroundOf, contrast, parseColor } from '../task-ladder/contrast.js';
import { sampleLadder } from '../task-ladder/sample.js';

describe('<vk-step-tracker> progress bar: a visible boundary, as the ladder\'s', () => {
  it('a border of at least 3:1 against what the bar sits on, and the ladder\'s frame (colour, width, track)', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    await el.updateComplete;
    const bar = shadow(el, '.bar');
    const style = getComputedStyle(bar);
    expect(style.borderTopStyle, 'a solid border').to.equal('solid');
    expect(parseFloat(style.borderTopWidth), 'at least 1px').to.be.at.least(1);
    const around = backgroundOf(bar.parentElement!);
    const ratio = contrast(parseColor(style.borderTopColor), around);
    expect(ratio, `border ${style.borderTopColor} over ${around.join(',')}: ${ratio.toFixed(2)}:1`).to.be.at.least(3);
    const notStarted = bar.querySelector<HTMLElement>('[data-status="not-started"]')!;
    expect(notStarted, 'the sample has a not-started step').to.not.equal(null);

    const ladder = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    await ladder.updateComplete;
    const theirs = getComputedStyle(shadow(ladder, '.bar'));
    for (const property of ['borderTopColor', 'borderTopWidth', 'borderTopStyle', 'backgroundColor', 'blockSize', 'borderTopLeftRadius'] as const) {
      expect(style[property], `${property} as the ladder's`).to.equal(theirs[property]);
    }
    // The unfilled part is the track (the background), not a grey fill of its own.
    expect(parseColor(getComputedStyle(notStarted).backgroundColor)[3], 'a not-started segment shows the track').to.equal(0);
  });
});
