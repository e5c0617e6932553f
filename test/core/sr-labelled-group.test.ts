/**
 * A widget named by a `<label for>` (case systems label every field so). Chromium gave the host
 * the label's text as its name, but the host was a generic element, whose name screen readers do
 * not announce: entering the widget, nobody heard "Plan for Amina". Now a labelled widget is a
 * group (ElementInternals role) named by its label; an unlabelled one stays generic rather than
 * becoming a nameless group.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import { sampleSteps } from '../helpers/index.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import type { AxNode } from '../a11y/a11y-tree.js';

const widgets: Array<[string, () => unknown]> = [
  ['vk-step-tracker', sampleSteps],
  ['vk-task-ladder', sampleLadder],
  ['vk-plan-board', samplePlan],
  ['vk-course-calendar', sampleSchedule],
];

/** The roles and names of the form's children in Chromium's tree (the host's own node among them). */
async function formChildren(): Promise<string[]> {
  const tree = await executeServerCommand<AxNode | null, { selector: string; interestingOnly: boolean }>('vk-a11y-tree', { selector: '#f', interestingOnly: false });
  return (tree?.children ?? []).map((c) => `${c.role} "${c.name ?? ''}"`);
}

describe('a widget with a <label for>', () => {
  for (const [tag, sample] of widgets) {
    it(`${tag}: is a group named by its label; without a label, no group`, async () => {
      const form = await fixture<HTMLFormElement>(html`<form id="f"><label for="w">Plan for Amina</label></form>`);
      const el = document.createElement(tag) as HTMLElement & { value: unknown; updateComplete: Promise<boolean>; requestUpdate(): void };
      el.id = 'w';
      el.value = sample();
      form.append(el);
      await el.updateComplete;
      expect(await formChildren()).to.include('group "Plan for Amina"');
      el.removeAttribute('id');
      el.requestUpdate();
      await el.updateComplete;
      expect((await formChildren()).filter((c) => c.startsWith('group'))).to.deep.equal([]);
    });
  }
});
