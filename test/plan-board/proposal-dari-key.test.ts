import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { setLocale } from '../../src/core/localize.js';
import { templates as persian } from '../../src/generated/locales/fa.js';
import { record } from '../helpers/index.js';
import { frame, samplePlan } from './helpers.js';

// QA53: a Dari participant (participantLanguage "prs") proposing in a Persian UI sent the picture's
// word under "fa", in a bokmål UI under "prs". The contract keys a card's second line by the
// participant's language, so it is "prs" in both.

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;

async function propose(ui: string): Promise<Record<string, string>> {
  await setLocale(ui);
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${{ ...samplePlan(), participantLanguage: 'prs' }}></vk-plan-board>`);
  (sr(el).querySelector('.propose') as HTMLElement).click();
  await el.updateComplete;
  await waitUntil(() => sr(el).querySelector('.picker-option[data-pictogram="vk:dentist"]'), 'the pictures');
  for (let i = 0; i < 100 && !sr(el).querySelector('.picker-option [lang="prs"]') && ui === 'nb'; i++) await frame();
  (sr(el).querySelector('.picker-option[data-pictogram="vk:dentist"]') as HTMLElement).click();
  await el.updateComplete;
  (sr(el).querySelector('.day-option') as HTMLElement).click();
  await el.updateComplete;
  for (let i = 0; i < 100 && ui !== 'nb' && !sr(el).querySelector('.vk-popover .panel-title [lang="nb"]'); i++) await frame();
  const events = record(el, 'vk-change');
  (sr(el).querySelector('.send') as HTMLElement).click();
  await el.updateComplete;
  const operation = (events[0].detail as { operation: PlanOperation }).operation as Extract<PlanOperation, { type: 'card.add' }>;
  return operation.card.title as Record<string, string>;
}

describe('plan board: a Dari participant\'s proposal', () => {
  afterEach(() => setLocale('nb'));

  for (const ui of ['nb', 'fa']) {
    it(`in a ${ui} UI: the word is keyed "prs", the participant's language, and no "fa" line`, async () => {
      const title = await propose(ui);
      expect(title.prs).to.equal(persian['picto.dentist']);
      expect(title.nb).to.equal('Tannlege');
      expect(Object.keys(title).sort()).to.deep.equal(['nb', 'prs']);
    });
  }
});
