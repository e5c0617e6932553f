import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { focused, shadow, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

// The details stay open while their recorder holds words not yet kept (a click elsewhere or Tab out
// would lose them; task-ladder.focus.test.ts). Before: once Tab had taken focus out of them onto the
// page, Escape there did nothing — the popover stayed over the page until focus went back inside.

type Recorder = HTMLElement & { state: string; maxSeconds: number; record(): Promise<void>; updateComplete: Promise<unknown> };

const announced = (el: VkTaskLadder): string => el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '';

async function settle(el: VkTaskLadder): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

/** The ladder between two page buttons, t2's details open with their recorder defined. */
async function openDetails(): Promise<{ el: VkTaskLadder; panel: HTMLElement; recorder: Recorder }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><vk-task-ladder .value=${sampleLadder()}></vk-task-ladder><button id="after">after</button></div>`);
  const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
  await el.updateComplete;
  const task = shadowAll(el, '.task-button').find((b) => b.dataset.key === 't2');
  if (!task) throw new Error('no task t2');
  task.focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
  for (let i = 0; !customElements.get('vk-audio-recorder') && i < 100; i++) await settle(el);
  const recorder = el.shadowRoot?.querySelector<Recorder>('.vk-popover vk-audio-recorder');
  if (!recorder) throw new Error('no recorder');
  await recorder.updateComplete;
  return { el, panel: shadow(el, '.vk-popover'), recorder };
}

/** Tab from the panel's last control: focus goes on out of it, onto the page. */
async function tabOut(el: VkTaskLadder, panel: HTMLElement): Promise<void> {
  const buttons = Array.from(panel.querySelectorAll<HTMLElement>('button'));
  buttons[buttons.length - 1].focus();
  await sendKeys({ press: 'Tab' });
  await settle(el);
  expect(panel.contains(focused(el) as Node | null), 'focus left the details').to.equal(false);
}

describe('<vk-task-ladder> details holding a take, focus out on the page', () => {
  it('Tab out with a take under review keeps the details open; Escape from the page then closes them, focus staying where Tab put it', async () => {
    const { el, panel, recorder } = await openDetails();
    recorder.maxSeconds = 1;
    await recorder.record();
    for (let i = 0; recorder.state !== 'review' && i < 300; i++) await settle(el);
    expect(recorder.state).to.equal('review');
    await tabOut(el, panel);
    expect(panel.matches(':popover-open'), 'open: the take is not lost by Tab').to.equal(true);
    expect(recorder.state).to.equal('review');
    const there = document.activeElement;
    expect(there).to.not.equal(document.body);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(panel.matches(':popover-open'), 'Escape on the page closes the details').to.equal(false);
    expect(el.shadowRoot?.querySelector('.vk-popover vk-audio-recorder') ?? null).to.equal(null);
    expect(document.activeElement, 'focus stays where the user put it').to.equal(there);
    expect(announced(el), 'the take went with the details: said').to.contain('Det nye opptaket er forkastet.');
  });

  it('Escape inside the details with a take under review closes them and says the take is thrown away; without a take it says nothing of one', async () => {
    const { el, panel, recorder } = await openDetails();
    recorder.maxSeconds = 1;
    await recorder.record();
    for (let i = 0; recorder.state !== 'review' && i < 300; i++) await settle(el);
    (panel.querySelector('button') as HTMLElement).focus();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(panel.matches(':popover-open')).to.equal(false);
    expect(announced(el)).to.contain('Det nye opptaket er forkastet.');
    const again = await openDetails();
    (again.panel.querySelector('button') as HTMLElement).focus();
    await sendKeys({ press: 'Escape' });
    await settle(again.el);
    expect(again.panel.matches(':popover-open')).to.equal(false);
    expect(announced(again.el)).to.not.contain('forkastet');
  });

  it('Tab out while recording: Escape from the page cancels the recording only, as inside; a second Escape closes the details', async () => {
    const { el, panel, recorder } = await openDetails();
    await recorder.record();
    for (let i = 0; recorder.state !== 'recording' && i < 300; i++) await settle(el);
    expect(recorder.state).to.equal('recording');
    await tabOut(el, panel);
    expect(panel.matches(':popover-open')).to.equal(true);
    const there = document.activeElement;
    await sendKeys({ press: 'Escape' });
    await settle(el);
    await recorder.updateComplete;
    expect(recorder.state, 'the recording is cancelled').to.equal('idle');
    expect(panel.matches(':popover-open'), 'the details stay open').to.equal(true);
    expect(document.activeElement).to.equal(there);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(panel.matches(':popover-open')).to.equal(false);
    expect(document.activeElement).to.equal(there);
  });
});
