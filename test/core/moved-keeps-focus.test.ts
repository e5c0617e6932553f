import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { sampleSteps } from '../helpers/index.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';

// A host moves a widget in the page (document.body.prepend(el), a framework's keyed reorder) while
// focus is inside: the browser blurs the focused control as it goes and left focus on <body>
// (a newcomer's review, 14-move-open-form). Now back on the widget's current item (core/disabled-focus.ts).
type Widget = HTMLElement & { readonly updateComplete: Promise<boolean> };

const inPage = async (widget: ReturnType<typeof html>): Promise<Widget> => (await fixture<HTMLElement>(html`<div>${widget}</div>`)).firstElementChild as Widget;
const cases: Array<[string, () => Promise<Widget>]> = [
  ['step tracker', () => inPage(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`)],
  ['task ladder', () => inPage(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`)],
  ['plan board', () => inPage(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`)],
  ['course calendar', () => inPage(html`<vk-course-calendar .value=${sampleSchedule()} date="2026-03-09"></vk-course-calendar>`)],
];

async function settle(el: Widget): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

describe('a widget moved in the page keeps focus inside, never <body>', () => {
  for (const [name, make] of cases) {
    it(`${name}: focus inside before the move is inside after, on a shown control`, async () => {
      const el = await make();
      await el.updateComplete;
      el.focus();
      const before = el.shadowRoot!.activeElement as HTMLElement | null;
      expect(before !== null, 'focused inside').to.equal(true);
      try {
        document.body.prepend(el);
        await settle(el);
        // Booleans, not elements (a failed comparison of two elements hangs the runner's page).
        expect(document.activeElement === el, `focus in the widget, not ${document.activeElement?.localName}`).to.equal(true);
        expect(!!(el.shadowRoot!.activeElement as HTMLElement | null)?.checkVisibility(), 'on a shown control of it').to.equal(true);
      } finally {
        el.remove();
      }
    });
  }

  it('step tracker with a step’s details open, focus in its title: after the move, on that step', async () => {
    const el = (await inPage(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`)) as Widget;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('.step-button[data-key="s3"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    el.shadowRoot!.querySelector<HTMLInputElement>('.vk-popover input[name="title"]')!.focus();
    try {
      document.body.prepend(el);
      await settle(el);
      expect(document.activeElement === el, `focus in the tracker, not ${document.activeElement?.localName}`).to.equal(true);
      expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key).to.equal('s3');
    } finally {
      el.remove();
    }
  });

  it('a widget taken off the page does not pull focus anywhere', async () => {
    const el = await cases[0][1]();
    await el.updateComplete;
    el.focus();
    el.remove();
    await settle(el);
    expect(document.activeElement === document.body).to.equal(true);
  });
});
