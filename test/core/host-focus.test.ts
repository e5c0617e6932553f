import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { sampleSteps } from '../helpers/index.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';

// A host calls `el.focus()` as it would on a native control (an error summary's "go to field"
// link, a framework ref): focus stayed on <body>, since no widget delegates focus (a newcomer's review).
type Widget = HTMLElement & { disabled: boolean; readonly updateComplete: Promise<boolean> };

/** Each widget after a button, so Tab from that button enters the widget. */
const inPage = async (widget: ReturnType<typeof html>): Promise<Widget> => (await fixture<HTMLElement>(html`<div><button id="before">Før</button>${widget}</div>`)).lastElementChild as Widget;
const cases: Array<[string, () => Promise<Widget>]> = [
  ['step tracker', () => inPage(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`)],
  ['compact step tracker', () => inPage(html`<vk-step-tracker compact .value=${sampleSteps()}></vk-step-tracker>`)],
  ['task ladder', () => inPage(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`)],
  ['plan board', () => inPage(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`)],
  ['course calendar', () => inPage(html`<vk-course-calendar .value=${sampleSchedule()} date="2026-03-09"></vk-course-calendar>`)],
];

describe('el.focus() on a widget focuses where Tab would enter it', () => {
  for (const [name, make] of cases) {
    it(`${name}: the element Tab enters the widget at takes focus; disabled, nothing does`, async () => {
      const el = await make();
      await el.updateComplete;
      (document.getElementById('before') as HTMLElement).focus();
      await sendKeys({ press: 'Tab' });
      const tabbed = el.shadowRoot!.activeElement;
      expect(tabbed !== null, 'Tab entered the widget').to.equal(true);
      (tabbed as HTMLElement).blur();
      el.focus();
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      // Booleans, not elements: a failed comparison of two elements hangs the runner's page
      // while it serialises them for the diff.
      expect(document.activeElement === el, 'focus is in the widget').to.equal(true);
      expect(active === tabbed, `on its Tab stop (${active?.outerHTML.slice(0, 60)})`).to.equal(true);
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

describe('a host change that removes or disables the focused control keeps focus in the widget', () => {
  const frames = async (n: number): Promise<void> => {
    for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  };
  // The adviser's controls that `readonly` takes away: the board's Angre, the calendar's "Planlegg kurs".
  const editControls: Array<[string, () => Promise<Widget>, string]> = [
    ['plan board', () => inPage(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`), '[data-history="undo"]'],
    ['course calendar', () => inPage(html`<vk-course-calendar editable .value=${sampleSchedule()} date="2026-03-09"></vk-course-calendar>`), '[data-action="plan"]'],
  ];
  for (const [name, make, selector] of editControls) {
    it(`${name}: readonly while its edit control has focus`, async () => {
      const el = await make();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLElement>(selector)!.focus();
      expect(el.shadowRoot!.activeElement?.matches(selector), 'the control took focus').to.equal(true);
      el.setAttribute('readonly', '');
      await el.updateComplete;
      await frames(3);
      const active = el.shadowRoot!.activeElement;
      expect(document.activeElement === el && active !== null, `focus is in the widget, not on ${document.activeElement?.localName}`).to.equal(true);
      expect(active!.matches(':focus-visible') || active!.matches(':focus'), 'on a focusable control').to.equal(true);
    });
  }
});
