import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { sampleSteps } from '../helpers/index.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';

// A host calls `el.focus()` as it would on a native control (an error summary's "go to field"
// link, a framework ref): focus stayed on <body>, since no widget delegates focus (a newcomer's review).
type Widget = HTMLElement & { disabled: boolean; readonly updateComplete: Promise<boolean> };

const cases: Array<[string, () => Promise<Widget>]> = [
  ['step tracker', () => fixture<Widget>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`)],
  ['compact step tracker', () => fixture<Widget>(html`<vk-step-tracker compact .value=${sampleSteps()}></vk-step-tracker>`)],
  ['task ladder', () => fixture<Widget>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`)],
  ['plan board', () => fixture<Widget>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`)],
  ['course calendar', () => fixture<Widget>(html`<vk-course-calendar .value=${sampleSchedule()} date="2026-03-09"></vk-course-calendar>`)],
];

describe('el.focus() on a widget focuses where Tab would enter it', () => {
  for (const [name, make] of cases) {
    it(`${name}: the widget's Tab stop takes focus; disabled, nothing does`, async () => {
      const el = await make();
      await el.updateComplete;
      el.focus();
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      // Booleans, not elements: a failed comparison of two elements hangs the runner's page
      // while it serialises them for the diff.
      expect(document.activeElement === el, 'focus is in the widget').to.equal(true);
      expect(active?.tabIndex, 'on its Tab stop').to.equal(0);
      active?.blur();
      el.disabled = true;
      await el.updateComplete;
      el.focus();
      expect(document.activeElement === el, 'a disabled widget takes no focus').to.equal(false);
    });
  }

  it('an empty widget focuses its message', async () => {
    const el = await fixture<Widget>(html`<vk-step-tracker></vk-step-tracker>`);
    el.focus();
    expect(el.shadowRoot!.activeElement?.classList.contains('vk-empty')).to.equal(true);
  });
});
