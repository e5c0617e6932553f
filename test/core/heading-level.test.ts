import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { LitElement } from 'lit';
import { sampleSteps } from '../helpers/index.js';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';

/** Every widget with `heading-level` (docs: 1–6, default 2): out-of-range numbers are clamped, anything else is the default. */
const widgets: Array<[string, () => unknown, string]> = [
  ['vk-plan-board', samplePlan, '#board-title'],
  ['vk-step-tracker', sampleSteps, '#title'],
  ['vk-task-ladder', sampleLadder, '#title'],
  // Since 7 Dec 2026 (screen-reader QA #10): an <h2> with aria-level.
  ['vk-course-calendar', sampleSchedule, '#title'],
];

const cases: Array<[string, string]> = [
  ['0', '1'],
  ['-1', '1'],
  ['7', '6'],
  ['abc', '2'],
  ['3.4', '3'],
  // Lit's `Number` converter reads "" (and spaces) as 0, which would be level 1: they are no number.
  ['', '2'],
  [' ', '2'],
];

describe('heading-level: the same level in every widget for out-of-range input', () => {
  for (const [tag, sample, title] of widgets) {
    it(`<${tag}> clamps numbers into 1–6 and gives 2 for a non-number or a removed attribute`, async () => {
      const el = document.createElement(tag) as LitElement & { value: unknown };
      el.value = sample();
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await el.updateComplete;
      const level = (): string | null | undefined => el.shadowRoot?.querySelector(title)?.getAttribute('aria-level');
      for (const [attribute, expected] of cases) {
        el.setAttribute('heading-level', attribute);
        await el.updateComplete;
        expect(level(), `heading-level="${attribute}"`).to.equal(expected);
      }
      el.removeAttribute('heading-level');
      await el.updateComplete;
      expect(level(), 'attribute removed').to.equal('2');
      // The property set to "" (a framework passing an empty prop) is no number either.
      (el as unknown as { headingLevel: unknown }).headingLevel = '';
      await el.updateComplete;
      expect(level(), 'property ""').to.equal('2');
    });
  }
});
