import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { record, settle } from '../helpers/index.js';
import { menuAction, placed, samplePlan } from './helpers.js';

// A text is at most 5,000 characters (core textSchema). The edit form's text fields took more:
// Save then committed a card.update the model refused, which the board only logged to the console —
// the form closed, nothing saved, nothing said (the step tracker's title field had the same fault,
// fixed with maxlength on 5 Dec).
describe('plan board: the edit form\'s text fields hold no more than a text may', () => {
  for (const name of ['title', 'title2', 'place', 'place2', 'note']) {
    it(`${name}: typing past 5,000 characters stops at 5,000, and Save saves them`, async () => {
      const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
      await menuAction(el, 'c1', 'edit');
      await placed(el);
      const form = el.shadowRoot!.querySelector('.edit-form') as HTMLFormElement;
      const field = form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
      const events = record(el, 'vk-change');
      field.focus();
      field.value = 'x'.repeat(4999);
      field.setSelectionRange(4999, 4999);
      await sendKeys({ type: 'yz' });
      form.requestSubmit();
      await settle(el);
      expect(events.length, 'one card.update').to.equal(1);
      const card = el.value!.cards.find((c) => c.id === 'c1')! as unknown as Record<string, unknown>;
      const key = name.replace('2', '');
      const lang = name.endsWith('2') ? 'ar' : 'nb';
      const text = card[key] as string | Record<string, string>;
      expect(typeof text === 'string' ? text : text[lang]).to.equal(`${'x'.repeat(4999)}y`);
    });
  }
});
