import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { record } from '../helpers/index.js';
import { deepActive, frame, menuAction, samplePlan } from './helpers.js';

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const operations = (events: Array<{ type: string; detail: unknown }>): PlanOperation[] =>
  events.filter((e) => e.type === 'vk-change').map((e) => (e.detail as { operation: PlanOperation }).operation);
const announced = (el: VkPlanBoard): string => sr(el).querySelector('[data-vk-announcer]')?.textContent?.trim() ?? '';

async function recorderIn(el: VkPlanBoard, selector: string): Promise<HTMLElement> {
  let recorder = sr(el).querySelector<HTMLElement>(selector);
  for (let i = 0; !recorder && i < 50; i++) {
    await frame();
    recorder = sr(el).querySelector<HTMLElement>(selector);
  }
  expect(recorder, 'recorder loaded').to.not.equal(null);
  return recorder as HTMLElement;
}

/** A participant board with the proposal open and the dentist picture chosen; its vk-change events. */
async function dentistProposed() {
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
  const events = record(el, 'vk-change');
  (sr(el).querySelector('.propose') as HTMLElement).click();
  await el.updateComplete;
  (sr(el).querySelector('.vk-popover .picker-option[data-pictogram="vk:dentist"]') as HTMLElement).click();
  await el.updateComplete;
  return { el, events };
}

// Before: the day the participant had chosen was removed by the host while the proposal was open;
// no day showed as chosen, and Send put the card in the board's first day without asking.
describe('plan board: the host removes the day a proposal was for', () => {
  it('Send asks "Hvilken dag?" with focus on the days, adds nothing; a day chosen then, Send adds the card there', async () => {
    const { el, events } = await dentistProposed();
    (sr(el).querySelector('.vk-popover .day-option[data-column="wed"]') as HTMLElement).click();
    await el.updateComplete;
    const plan = samplePlan();
    el.value = { ...plan, columns: plan.columns.filter((c) => c.id !== 'wed') };
    await el.updateComplete;
    expect(sr(el).querySelector('.vk-popover .day-option[aria-pressed="true"]'), 'no day shows as chosen').to.equal(null);

    (sr(el).querySelector('.vk-popover .send') as HTMLElement).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(operations(events), 'nothing added').to.have.length(0);
    expect(sr(el).querySelector('.vk-popover')?.matches(':popover-open'), 'the proposal stays open').to.equal(true);
    expect((deepActive() as HTMLElement | null)?.classList.contains('day-option'), 'focus on a day').to.equal(true);
    expect(announced(el)).to.equal('Hvilken dag?');

    (sr(el).querySelector('.vk-popover .day-option[data-column="tue"]') as HTMLElement).click();
    await el.updateComplete;
    (sr(el).querySelector('.vk-popover .send') as HTMLElement).click();
    await el.updateComplete;
    const ops = operations(events);
    expect(ops).to.have.length(1);
    expect(ops[0]).to.deep.include({ type: 'card.add', columnId: 'tue' });
  });
});

// Before: after a switch to participant mode the adviser's open edit form (kept, with its typing)
// refused a new recording ("Opptaket kunne ikke lagres i planen."), while its Save kept the typing.
describe('plan board: the edit form after a switch to participant mode', () => {
  it('a new recording is kept, as the typing is', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    const events = record(el, 'vk-change');
    await menuAction(el, 'c1', 'edit');
    const recorder = await recorderIn(el, '.edit-form vk-audio-recorder');
    el.mode = 'participant';
    await el.updateComplete;
    expect(sr(el).querySelector('.edit-form'), 'the form stays open in an editable board').to.not.equal(null);
    const url = 'data:audio/webm;base64,GkXfo59C';
    recorder.dispatchEvent(new CustomEvent('vk-recording', { detail: { url }, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(operations(events)).to.deep.equal([{ type: 'card.update', cardId: 'c1', changes: { audio: { ar: url } } }]);
    expect(announced(el)).to.equal('Stemme lagret for \u2068Norskkurs\u2069');
  });

  // Before: "Bytt bilde" stayed and did nothing there (the picture picker arranges the board, which
  // a participant board does not offer); the form's other actions work.
  it('"Bytt bilde" is not offered; the form keeps its other actions', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    await menuAction(el, 'c1', 'edit');
    expect(sr(el).querySelector('.edit-form .change-picture'), 'offered to the adviser').to.not.equal(null);
    el.mode = 'participant';
    await el.updateComplete;
    expect(sr(el).querySelector('.edit-form'), 'the form stays open').to.not.equal(null);
    expect(sr(el).querySelector('.edit-form .change-picture'), 'not offered now').to.equal(null);
    expect(sr(el).querySelector('.edit-form .remove'), 'remove stays').to.not.equal(null);
    el.mode = 'adviser';
    await el.updateComplete;
    expect(sr(el).querySelector('.edit-form .change-picture'), 'offered again').to.not.equal(null);
  });
});

// Before: with every day taken away by the host, the proposal stayed open and Send asked
// "Hvilken dag?" above no days at all (a dead end); the board went on offering "Foreslå et kort".
describe('plan board: the host removes every day while a proposal is open', () => {
  const noDays = () => ({ ...samplePlan(), columns: [], cards: [] });

  it('the proposal closes and says why; focus stays in the board; nothing is added', async () => {
    const { el, events } = await dentistProposed();
    el.value = noDays();
    await el.updateComplete;
    await el.updateComplete;
    await frame();
    expect(sr(el).querySelector('.vk-popover:popover-open'), 'the proposal is closed').to.equal(null);
    expect(announced(el)).to.equal('Skjemaet ble lukket: planen har ingen dager nå.');
    expect(document.activeElement, 'focus in the board').to.equal(el);
    expect(sr(el).activeElement?.textContent?.trim(), 'on what the board says instead of days').to.equal('Planen har ingen dager ennå.');
    expect(operations(events)).to.have.length(0);
  });

  it('a board with no days offers no proposal; a focused "Foreslå et kort" that goes leaves focus in the board', async () => {
    const empty = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${noDays()}></vk-plan-board>`);
    expect(sr(empty).querySelector('.propose')).to.equal(null);
    expect(sr(empty).querySelector('[part="no-days"]')?.textContent?.trim()).to.equal('Planen har ingen dager ennå.');
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
    (sr(el).querySelector('.propose') as HTMLElement).focus();
    el.value = noDays();
    await el.updateComplete;
    await frame();
    expect(sr(el).querySelector('.propose')).to.equal(null);
    expect(document.activeElement, 'focus in the board').to.equal(el);
  });
});
