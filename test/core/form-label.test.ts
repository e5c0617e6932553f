import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import { sampleSteps } from '../helpers/index.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';

type Widget = HTMLElement & { value: unknown; disabled: boolean; readonly labels: NodeList; readonly updateComplete: Promise<boolean> };

const widgets: Array<[string, () => unknown]> = [
  ['vk-step-tracker', sampleSteps],
  ['vk-task-ladder', sampleLadder],
  ['vk-plan-board', samplePlan],
  ['vk-course-calendar', sampleSchedule],
];

async function clickOn(target: Element): Promise<void> {
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + 4), Math.round(r.top + r.height / 2)] });
}

// A case system labels every field with <label for>. Clicking a native control's label focuses
// the control; clicking the widget's label left focus on <body> (Chromium sends the label's click
// to the host, and focuses only a focusable host).
describe('<label for> a widget', () => {
  for (const [tag, sample] of widgets) {
    it(`${tag}: clicking the label focuses the widget where Tab enters it; labels lists the label`, async () => {
      const form = await fixture<HTMLFormElement>(html`<form><label for="w">Plan for Amina</label></form>`);
      const el = document.createElement(tag) as Widget;
      el.id = 'w';
      el.value = sample();
      form.append(el);
      await el.updateComplete;
      await clickOn(form.querySelector('label')!);
      expect(document.activeElement, 'focus in the widget').to.equal(el);
      const inner = el.shadowRoot!.activeElement as HTMLElement;
      expect(inner.tabIndex, 'a Tab stop').to.equal(0);
      expect([...el.labels]).to.deep.equal([form.querySelector('label')]);
    });
  }

  it('a disabled widget: clicking its label moves no focus into it, as with a disabled input', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><label for="w">Steg</label><vk-step-tracker id="w" disabled .value=${sampleSteps()}></vk-step-tracker></form>`);
    const el = form.querySelector('vk-step-tracker') as Widget;
    await el.updateComplete;
    await clickOn(form.querySelector('label')!);
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });

  it('a click on text inside the widget is left alone (focus does not jump to the first Tab stop)', async () => {
    const el = await fixture<Widget>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    await el.updateComplete;
    const title = el.shadowRoot!.querySelector('[role="heading"]')!;
    await clickOn(title);
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });
});
