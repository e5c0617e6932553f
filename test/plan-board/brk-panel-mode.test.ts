import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { record } from '../helpers/index.js';
import { deepActive, frame, menuAction, openMenu, samplePlan } from './helpers.js';

type Recorder = HTMLElement & { record(): Promise<void>; state: string; updateComplete: Promise<unknown> };
const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const waitFor = async (done: () => boolean, frames = 300): Promise<void> => {
  for (let i = 0; !done() && i < frames; i++) await frame();
};
const open = (el: VkPlanBoard): boolean => sr(el).querySelector('.vk-popover')?.matches(':popover-open') ?? false;

/** A participant's proposal with a picture picked and the microphone recording. */
async function proposalRecording(el: VkPlanBoard): Promise<Recorder> {
  (sr(el).querySelector('.propose') as HTMLElement).click();
  await el.updateComplete;
  (sr(el).querySelector('.vk-popover .picker-option[data-pictogram="vk:dentist"]') as HTMLElement).click();
  await el.updateComplete;
  let recorder: Recorder | null = null;
  await waitFor(() => !!(recorder = sr(el).querySelector<Recorder>('.vk-popover vk-audio-recorder')), 100);
  const r = recorder as Recorder | null;
  if (!r) throw new Error('no recorder');
  await r.updateComplete;
  await r.record();
  await waitFor(() => r.state === 'recording');
  expect(r.state).to.equal('recording');
  return r;
}

// Before: the proposal stayed open in a board the host had just disabled (or made read-only, or
// switched to adviser mode), the microphone still recording; its Send then did nothing at all
// (no card, no message), and a press outside could not close it while the take was held.
describe('plan board: the host takes proposing away while a proposal records', () => {
  for (const change of ['disabled', 'readonly', 'adviser mode', 'no proposals'] as const) {
    it(`${change}: the proposal closes and the microphone is released`, async () => {
      const el = await fixture<VkPlanBoard>(html`<div><vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board></div>`).then((d) => d.querySelector('vk-plan-board') as VkPlanBoard);
      const events = record(el, 'vk-change');
      const recorder = await proposalRecording(el);
      if (change === 'disabled') el.disabled = true;
      if (change === 'readonly') el.readonly = true;
      if (change === 'adviser mode') el.mode = 'adviser';
      if (change === 'no proposals') el.proposals = false;
      await el.updateComplete;
      await frame();
      await el.updateComplete;
      expect(open(el), 'the proposal is closed').to.equal(false);
      expect(recorder.isConnected, 'its recorder is gone (microphone released)').to.equal(false);
      expect(recorder.state).to.not.equal('recording');
      expect(events).to.have.length(0);
      if (change !== 'disabled') expect(deepActive(), 'focus stays in the board, not on <body>').to.not.equal(document.body);
    });
  }
});

// Before: a switch to read-only closed the edit form (and released the microphone) but left focus on <body>.
describe('plan board: read-only while the edit form records', () => {
  it('closes the form, releases the microphone and puts focus back on the card', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    await menuAction(el, 'c1', 'edit');
    let recorder: Recorder | null = null;
    await waitFor(() => !!(recorder = sr(el).querySelector<Recorder>('.edit-form vk-audio-recorder')), 100);
    const r = recorder as Recorder | null;
    if (!r) throw new Error('no recorder');
    await r.updateComplete;
    await r.record();
    await waitFor(() => r.state === 'recording');
    el.readonly = true;
    await el.updateComplete;
    await frame();
    await el.updateComplete;
    expect(open(el)).to.equal(false);
    expect(r.isConnected).to.equal(false);
    const active = deepActive();
    expect(active, 'not <body>').to.not.equal(document.body);
    expect(el.shadowRoot!.contains(active), 'inside the board').to.equal(true);
  });
});

// Before: made read-only, the board closed the open edit form (typing lost) or proposal without a
// word, where the task ladder says why. A menu closing needs no words (focus goes back to its card).
describe('plan board: made read-only with a form open says why it closed', () => {
  const announced = (el: VkPlanBoard): string => sr(el).querySelector('[data-vk-announcer]')?.textContent?.trim() ?? '';
  const VIEW_ONLY = 'Skjemaet ble lukket: planen kan nå bare ses, ikke endres.';

  it('the edit form: closed, announced, focus in the board', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    await menuAction(el, 'c1', 'edit');
    const input = sr(el).querySelector<HTMLInputElement>('.edit-form input[name="title"]');
    if (!input) throw new Error('no edit form');
    input.value = 'Norskkurs B2';
    el.readonly = true;
    await el.updateComplete;
    await frame();
    expect(open(el)).to.equal(false);
    expect(announced(el)).to.equal(VIEW_ONLY);
    expect(el.shadowRoot!.contains(deepActive()), 'focus inside the board').to.equal(true);
  });

  it('a proposal: closed and announced; disabled instead: closed without a word', async () => {
    for (const change of ['readonly', 'disabled'] as const) {
      const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
      (sr(el).querySelector('.propose') as HTMLElement).click();
      await el.updateComplete;
      (sr(el).querySelector('.vk-popover .picker-option[data-pictogram="vk:dentist"]') as HTMLElement).click();
      await el.updateComplete;
      el[change] = true;
      await el.updateComplete;
      await frame();
      expect(open(el), change).to.equal(false);
      expect(announced(el), change).to.equal(change === 'readonly' ? VIEW_ONLY : '');
    }
  });

  it('a card menu: closed without a word', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    await openMenu(el, 'c1');
    el.readonly = true;
    await el.updateComplete;
    await frame();
    expect(open(el)).to.equal(false);
    expect(announced(el)).to.equal('');
  });
});
