import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { sampleSteps } from '../helpers/index.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { menuAction, samplePlan } from '../plan-board/helpers.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';

// QA 7 Dec 2026, F5: with a widget's details or form open, the first click on the page's own Save
// button closed them, and the plan board then put focus back on the card that opened its form: the
// page scrolled, the button moved from under the pointer and nothing was submitted. A press outside
// is a light dismiss (HTML `popover`, WAI-ARIA APG non-modal dialog): focus goes where the user
// pressed, the page stays where it is, the host's click lands — in every widget (core/popover.ts
// `pressedOutside`). What typing each widget keeps is tested with it (plan-board/outside-press-form).

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Enter on the widget's first item of `selector`: its details open. */
const enterOn = (selector: string) => async (el: Widget): Promise<void> => {
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.focus();
  await sendKeys({ press: 'Enter' });
};

const cases: Array<{ name: string; mount: () => ReturnType<typeof html>; open: (el: Widget) => Promise<void> }> = [
  { name: 'step tracker', mount: () => html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`, open: enterOn('.step-button') },
  { name: 'course calendar', mount: () => html`<vk-course-calendar .value=${sampleSchedule()} view="agenda" date="2026-03-09"></vk-course-calendar>`, open: enterOn('.session') },
  { name: 'task ladder', mount: () => html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`, open: enterOn('.task-button') },
  { name: 'plan board picker', mount: () => html`<vk-plan-board style="inline-size: 1100px" .value=${samplePlan()}></vk-plan-board>`, open: enterOn('button.add') },
  { name: 'plan board card form', mount: () => html`<vk-plan-board style="inline-size: 1100px" .value=${samplePlan()}></vk-plan-board>`, open: (el) => menuAction(el as VkPlanBoard, 'c1', 'edit') },
];

describe('a press outside an open popover: focus where the user pressed, the page still, the host\'s click lands', () => {
  // Wide, the button beside the open popover: it follows its opener scrolled out of view, kept on screen, and would take the press.
  before(() => setViewport({ width: 1200, height: 700 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => resetMouse());

  for (const c of cases) {
    it(`${c.name}: the page's own submit button, far below, submits on the first click and keeps focus`, async () => {
      const root = await fixture<HTMLElement>(html`<div>
        ${c.mount()}
        <form style="margin-block-start: 1500px; padding-block-end: 1500px"><button id="save" style="margin-inline-start: 1000px">Lagre</button></form>
      </div>`);
      const el = root.firstElementChild as Widget;
      const submits: Event[] = [];
      root.querySelector('form')!.addEventListener('submit', (e) => (e.preventDefault(), submits.push(e)));
      await el.updateComplete;
      await frame();
      const shadow = el.shadowRoot!;
      await c.open(el);
      await waitUntil(() => shadow.querySelector('.vk-popover:popover-open')?.contains(shadow.activeElement), `${c.name} open with focus inside`, { timeout: 5000 });
      const save = root.querySelector<HTMLButtonElement>('#save')!;
      save.scrollIntoView({ block: 'center' });
      const scrolled = window.scrollY;
      const box = save.getBoundingClientRect();
      expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2), 'nothing over the button').to.equal(save);
      await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      await el.updateComplete;
      await frame();
      await el.updateComplete;
      expect(shadow.querySelector('.vk-popover:popover-open'), 'closed').to.equal(null);
      expect(window.scrollY, 'the page stayed').to.equal(scrolled);
      expect(submits, 'submitted at the first click').to.have.length(1);
      expect(document.activeElement, 'focus where the user pressed').to.equal(save);
    });
  }
});

// What each widget does with typing a press outside closes (docs/accessibility.md, "A press outside a popover"): the tracker
// and the calendar save a text field as it is left; the board keeps it for the card's next form (plan-board/outside-press-form),
// the ladder a logbook entry for the task's next form.
describe('a press outside: the tracker\'s and the calendar\'s typed title is saved as the field is left', () => {
  before(() => setViewport({ width: 1200, height: 700 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => resetMouse());

  for (const c of cases.slice(0, 2)) {
    it(`${c.name}: the title typed is in value after the press`, async () => {
      const root = await fixture<HTMLElement>(html`<div>${c.mount()}<p style="margin-inline-start: 1000px">Vedtak</p></div>`);
      const el = root.firstElementChild as Widget & { value: unknown };
      await el.updateComplete;
      await c.open(el);
      const shadow = el.shadowRoot!;
      await waitUntil(() => shadow.activeElement?.matches('input[name="title"]'), `${c.name}: focus in the title`, { timeout: 5000 });
      await sendKeys({ press: 'End' });
      await sendKeys({ type: ' hos NAV' });
      const box = root.querySelector('p')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + 3), Math.round(box.top + box.height / 2)] });
      await el.updateComplete;
      expect(shadow.querySelector('.vk-popover:popover-open'), 'closed').to.equal(null);
      expect(JSON.stringify(el.value)).to.contain('hos NAV');
    });
  }
});
