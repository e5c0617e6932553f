import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { setLocale } from '../../src/core/localize.js';
import { templates as arabic } from '../../src/generated/locales/ar.js';
import { templates as ukrainian } from '../../src/generated/locales/uk.js';
import { record } from '../helpers/index.js';
import { frame, samplePlan } from './helpers.js';

// A proposal keeps the picture it was given (id, category and its name in the UI locale of that
// moment). When the UI language changed after the pick (nb → ar, a participant switching the page
// to their own language), the name picked in Norwegian was filed under the new UI language: in an
// Arabic UI the heading lost its Arabic line (the "Arabic" word was "Tannlege", the same as the
// Norwegian line), and Send sent { nb: 'Tannlege', ar: 'Tannlege' }; in a Ukrainian UI it sent
// uk: 'Tannlege', and said "Tannlege" in the Ukrainian announcement. The name is now the picture's
// in the UI locale at the time it is shown or sent.

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const lines = (element: Element): string[][] => Array.from(element.querySelectorAll<HTMLElement>('[lang]'), (n) => [n.lang, n.dir, n.textContent ?? '']);
const heading = (el: VkPlanBoard): string[][] => lines(sr(el).querySelector('.vk-popover .panel-title') as HTMLElement);

/** A participant's proposal (plan in Arabic too) with the dentist picked on Monday, in a Norwegian UI. */
async function picked(): Promise<VkPlanBoard> {
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
  (sr(el).querySelector('.propose') as HTMLElement).click();
  await el.updateComplete;
  for (let i = 0; i < 100 && !sr(el).querySelector('.picker-option [lang="ar"]'); i++) await frame();
  (sr(el).querySelector('.picker-option[data-pictogram="vk:dentist"]') as HTMLElement).click();
  await el.updateComplete;
  expect(heading(el)).to.deep.equal([
    ['nb', 'ltr', 'Tannlege'],
    ['ar', 'rtl', arabic['picto.dentist']],
  ]);
  return el;
}

/** The UI language changes under the open proposal; its words (the Norwegian ones load in another UI) are in. */
async function switchUi(el: VkPlanBoard, locale: string): Promise<void> {
  await setLocale(locale);
  await el.updateComplete;
  for (let i = 0; i < 100 && heading(el).length < 2; i++) await frame();
}

async function send(el: VkPlanBoard): Promise<Extract<PlanOperation, { type: 'card.add' }>> {
  const events = record(el, 'vk-change');
  (sr(el).querySelector('.send') as HTMLElement).click();
  await el.updateComplete;
  await frame();
  return (events[0].detail as { operation: PlanOperation }).operation as Extract<PlanOperation, { type: 'card.add' }>;
}

describe('plan board: the UI language changes under a proposal whose picture is picked', () => {
  afterEach(() => setLocale('nb'));

  it('Norwegian → Arabic UI: the heading keeps its Arabic line, marked Arabic; the card sent has the Arabic word', async () => {
    const el = await picked();
    await switchUi(el, 'ar');
    expect(heading(el)).to.deep.equal([
      ['nb', 'ltr', 'Tannlege'],
      ['ar', 'rtl', arabic['picto.dentist']],
    ]);
    expect((await send(el)).card.title).to.deep.equal({ nb: 'Tannlege', ar: arabic['picto.dentist'] });
  });

  it('Norwegian → Ukrainian UI: no Norwegian word is sent as Ukrainian, or said in the Ukrainian announcement', async () => {
    const el = await picked();
    await switchUi(el, 'uk');
    const add = await send(el);
    expect(add.card.title).to.deep.equal({ nb: 'Tannlege', uk: ukrainian['picto.dentist'], ar: arabic['picto.dentist'] });
    const said = sr(el).querySelector('[data-vk-announcer]')?.textContent ?? '';
    expect(said).to.contain(ukrainian['picto.dentist']);
    expect(said).to.not.contain('Tannlege');
  });
});
