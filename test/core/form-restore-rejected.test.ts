import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { record, sampleSteps } from '../helpers/index.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';

type Widget = HTMLElement & { value: unknown; readonly error: unknown; readonly updateComplete: Promise<boolean>; formStateRestoreCallback(state: unknown, mode: string): void };

// Back/forward hands the widget the form state it saved on an earlier visit (contract §2: shown
// "without events, as a restored <input> does"). A state the widget now rejects (saved by a page
// whose widget accepted other documents, e.g. before a deploy) fired vk-error and set `error`,
// though the host's own document was accepted and still shown: a host that checks `error` (or
// listens for vk-error) before saving refused a form that was fine. It is dropped quietly.
describe('a restored form state the widget rejects', () => {
  for (const [tag, sample] of [
    ['vk-step-tracker', sampleSteps],
    ['vk-task-ladder', sampleLadder],
    ['vk-plan-board', samplePlan],
    ['vk-course-calendar', sampleSchedule],
  ] as const) {
    it(`${tag}: is dropped: no vk-error, error stays null, the host's document stays and is submitted`, async () => {
      const form = await fixture<HTMLFormElement>(html`<form></form>`);
      const el = document.createElement(tag) as Widget;
      el.setAttribute('name', 'doc');
      el.value = sample();
      form.append(el);
      await el.updateComplete;
      const events = record(el, 'vk-error', 'vk-change', 'change');
      for (const state of [JSON.stringify({ ...(sample() as object), version: 2 }), '{"version": 1,']) el.formStateRestoreCallback(state, 'restore');
      await el.updateComplete;
      expect(events.map((e) => e.type)).to.deep.equal([]);
      expect(el.error).to.equal(null);
      expect(el.value).to.deep.equal(sample());
      expect(JSON.parse(new FormData(form).get('doc') as string)).to.deep.equal(sample());
    });
  }
});
