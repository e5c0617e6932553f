import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { record } from '../helpers/index.js';
import { frame, menuAction, placed, samplePlan } from './helpers.js';

// QA (qdst F1): a Persian, Dari or Arabic adviser typed the time in the digits their keyboard types by
// default (۰۹:۰۰-۱۲:۰۰), the digits the board itself writes times in, and got "Skriv tiden som 09:00
// eller 09:00-11:30." with nothing saved. F5: the field asked phones for inputmode="numeric", a pad
// of digits alone (no ":" and no "-"), so a range could not be typed on a phone at all.

/** Card `id`'s edit form, `typed` in its time field, submitted; the vk-change events that followed. */
async function saveTime(typed: string, id = 'c2') {
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
  await menuAction(el, id, 'edit');
  await placed(el);
  const form = el.shadowRoot?.querySelector('.edit-form') as HTMLFormElement;
  (form.querySelector('[name="time"]') as HTMLInputElement).value = typed;
  const events = record(el, 'vk-change');
  form.requestSubmit();
  await el.updateComplete;
  await frame();
  return { el, events, operations: events.map((e) => (e.detail as { operation: PlanOperation }).operation) };
}

describe('plan board: a time typed in any decimal digits is saved in ASCII', () => {
  for (const [typed, saved, what] of [
    ['۰۹:۰۰-۱۲:۰۰', '09:00-12:00', 'Persian (fa, prs) digits, a range'],
    ['٠٩:٠٠', '09:00', 'Arabic-Indic digits'],
    ['٠٩:٠٠-١١:٣٠', '09:00-11:30', 'Arabic-Indic digits, a range'],
    ['۹٫۳۰', '09:30', 'a one-digit hour and the Arabic decimal separator'],
    ['۰۹:۰۰–۱۱:۳۰', '09:00–11:30', 'the en dash the board writes'],
    ['\u2068۰۹:۰۰\u2069', '09:00', 'isolates copied with it from right-to-left text'],
    ['０９:３０', '09:30', 'full-width digits (a CJK keyboard)'],
    ['𝟗:𝟑𝟎', '09:30', 'mathematical digits (a run of five sets of ten)'],
  ] as const) {
    it(`${what}: "${typed}" is saved as "${saved}"`, async () => {
      const { el, operations } = await saveTime(typed);
      expect(el.shadowRoot?.getElementById('time-error'), 'no error').to.equal(null);
      expect(operations).to.deep.equal([{ type: 'card.update', cardId: 'c2', changes: { time: saved } }]);
    });
  }

  it('a number that is no time is still refused in any digits ("۲۴:۰۰", "۹:۵")', async () => {
    for (const typed of ['۲۴:۰۰', '۹:۵', '٠٩٠٠']) {
      const { el, events } = await saveTime(typed);
      expect(events, typed).to.have.length(0);
      expect(el.shadowRoot?.getElementById('time-error')?.textContent, typed).to.equal('Skriv tiden som 09:00 eller 09:00-11:30.');
    }
  });

  describe('in Persian', () => {
    before(() => setLocale('fa'));
    after(() => setLocale('nb'));
    it('the time the card shows, typed back in its own digits, is the time it stands for', async () => {
      const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
      const shown = el.shadowRoot?.querySelector('[data-card="c1"] .meta-time')?.textContent?.trim() ?? '';
      expect(shown, 'the board writes Persian digits').to.match(/^[۰-۹]{2}:[۰-۹]{2}–[۰-۹]{2}:[۰-۹]{2}$/);
      const { operations } = await saveTime(shown.replace(/۱۱/, '۱۲'), 'c1'); // ۰۹:۰۰–۱۲:۳۰
      expect(operations).to.deep.equal([{ type: 'card.update', cardId: 'c1', changes: { time: '09:00–12:30' } }]);
    });
  });
});

describe('plan board: the time field asks a phone for a keyboard with ":" and "-"', () => {
  it('no digits-only pad (inputmode numeric, decimal or tel): a range can be typed', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    await menuAction(el, 'c2', 'edit');
    await placed(el);
    const field = el.shadowRoot?.querySelector('.edit-form [name="time"]') as HTMLInputElement;
    expect(['', 'text']).to.include(field.inputMode);
  });

  for (const [typed, saved] of [
    ['9,00', '09:00'],
    ['9,00-11,30', '09:00-11:30'],
    ['09:00—11:30', '09:00-11:30'],
    ['09:00 − 11:30', '09:00 - 11:30'],
  ] as const) {
    it(`what a phone's keyboard or autocorrect types: "${typed}" is saved as "${saved}"`, async () => {
      const { operations } = await saveTime(typed);
      expect(operations).to.deep.equal([{ type: 'card.update', cardId: 'c2', changes: { time: saved } }]);
    });
  }
});
