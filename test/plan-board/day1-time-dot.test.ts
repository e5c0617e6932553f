import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { record } from '../helpers/index.js';
import { frame, menuAction, placed, samplePlan } from './helpers.js';

// An adviser typed the dentist's time as "14.00" — the Norwegian way to write a time (and the
// only separator on many tablets' number pad, which inputmode="numeric" brought up then) — and got
// "Skriv tiden som 09:00 eller 09:00-11:30.".
/** Card c2's edit form, `typed` in its time field, submitted; the vk-change events that followed. */
async function saveTime(typed: string) {
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
  await menuAction(el, 'c2', 'edit');
  await placed(el);
  const form = el.shadowRoot?.querySelector('.edit-form') as HTMLFormElement;
  (form.querySelector('[name="time"]') as HTMLInputElement).value = typed;
  const events = record(el, 'vk-change');
  form.requestSubmit();
  await el.updateComplete;
  await frame();
  return { el, events };
}

describe('plan board: day1 — a time written with a full stop is saved', () => {
  for (const [typed, saved] of [
    ['14.00', '14:00'],
    ['09.00-11.30', '09:00-11:30'],
    ['9.00', '09:00'],
    ['8:15 - 9.45', '08:15 - 09:45'],
  ] as const) {
    it(`"${typed}" is saved as "${saved}"`, async () => {
      const { el, events } = await saveTime(typed);
      expect(el.shadowRoot?.querySelector('.edit-form'), 'the form closed: no error').to.equal(null);
      const ops = events.map((e) => (e.detail as { operation: PlanOperation }).operation);
      expect(ops).to.deep.equal([{ type: 'card.update', cardId: 'c2', changes: { time: saved } }]);
    });
  }
});

// Before: every lone digit was padded, the minutes' too: "9:5" was saved as 09:05 without a word,
// when the adviser may have meant 09:50.
describe('plan board: a one-digit minute is not guessed', () => {
  for (const typed of ['9:5', '09:00-11:3', '9.5']) {
    it(`"${typed}" is refused with the time error, nothing saved`, async () => {
      const { el, events } = await saveTime(typed);
      expect(events).to.have.length(0);
      expect(el.shadowRoot?.getElementById('time-error')?.textContent).to.equal('Skriv tiden som 09:00 eller 09:00-11:30.');
    });
  }
});
