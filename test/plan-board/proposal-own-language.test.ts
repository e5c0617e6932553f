import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument, PlanOperation } from '../../src/plan-board/plan-board.types.js';
import { setLocale } from '../../src/core/localize.js';
import { builtInPictograms } from '../../src/core/pictogram-catalog.js';
import { templates as arabic } from '../../src/generated/locales/ar.js';
import { templates as ukrainian } from '../../src/generated/locales/uk.js';
import { record } from '../helpers/index.js';
import { splitWords } from '../a11y/layout-checks.js';
import { cardItem, frame, samplePlan } from './helpers.js';

// A participant proposing a card on a bilingual board (Norwegian UI, the plan in Arabic too) chose
// among pictures named only in Norwegian ("Tannlege"), and the card they sent had only that word,
// though every other card they see has their own language under the Norwegian. The card model
// holds both (a Text { nb, ar }); the words are Veikart's own translations of the pictures' names.
// A proposal stays typing-free (contract §1): the participant sees the words, and sends them.

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const lines = (element: Element): string[][] => Array.from(element.querySelectorAll<HTMLElement>('[lang]'), (n) => [n.lang, n.dir, n.textContent ?? '']);

async function openProposal(doc: PlanDocument, language?: string): Promise<VkPlanBoard> {
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${doc}></vk-plan-board>`);
  (sr(el).querySelector('.propose') as HTMLElement).click();
  await el.updateComplete;
  if (language) for (let i = 0; i < 100 && !sr(el).querySelector(`.picker-option [lang="${language}"]`); i++) await frame();
  await el.updateComplete;
  return el;
}

async function send(el: VkPlanBoard, pictogram: string): Promise<PlanOperation[]> {
  const events = record(el, 'vk-change');
  (sr(el).querySelector(`.picker-option[data-pictogram="${pictogram}"]`) as HTMLElement).click();
  await el.updateComplete;
  (sr(el).querySelector('.day-option[data-column="wed"]') as HTMLElement).click();
  await el.updateComplete;
  (sr(el).querySelector('.send') as HTMLElement).click();
  await el.updateComplete;
  await frame();
  return events.map((e) => (e.detail as { operation: PlanOperation }).operation);
}

describe('plan board: a participant proposes in their own language too', () => {
  afterEach(async () => {
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  it('each picture is named in Norwegian and, under it, in Arabic; the card sent has both and shows both', async () => {
    const el = await openProposal(samplePlan(), 'ar');
    const bus = sr(el).querySelector('.picker-option[data-pictogram="vk:bus"]') as HTMLElement;
    expect(lines(bus)).to.deep.equal([
      ['nb', 'ltr', 'Buss'],
      ['ar', 'rtl', arabic['picto.bus']],
    ]);
    // As plain as the Norwegian: this is their language to read.
    const [nb, ar] = Array.from(bus.querySelectorAll<HTMLElement>('[lang]'), (n) => getComputedStyle(n).color);
    expect(ar).to.equal(nb);
    (sr(el).querySelector('.picker-option[data-pictogram="vk:dentist"]') as HTMLElement).click();
    await el.updateComplete;
    expect(lines(sr(el).querySelector('.vk-popover .panel-title') as HTMLElement), 'the picture chosen, above the days').to.deep.equal([
      ['nb', 'ltr', 'Tannlege'],
      ['ar', 'rtl', arabic['picto.dentist']],
    ]);
    (sr(el).querySelector('.back') as HTMLElement).click();
    await el.updateComplete;
    const ops = await send(el, 'vk:dentist');
    const add = ops[0] as Extract<PlanOperation, { type: 'card.add' }>;
    expect(add.card.title).to.deep.equal({ nb: 'Tannlege', ar: arabic['picto.dentist'] });
    expect(lines(cardItem(el, add.card.id).querySelector('.card-text') as HTMLElement)).to.deep.equal([
      ['nb', 'ltr', 'Tannlege'],
      ['ar', 'rtl', arabic['picto.dentist']],
    ]);
    expect(sr(el).querySelector('[data-vk-announcer]')?.textContent).to.equal('Forslaget \u2068Tannlege\u2069 er sendt');
  });

  it('Ukrainian on a 320 px phone: no word of a picture\'s two names is split', async () => {
    await setViewport({ width: 320, height: 700 });
    const el = await openProposal({ ...samplePlan(), participantLanguage: 'uk' }, 'uk');
    await document.fonts.ready;
    await frame();
    const society = sr(el).querySelector('.picker-option[data-pictogram="vk:social-studies"]') as HTMLElement;
    expect(lines(society)[1]).to.deep.equal(['uk', 'ltr', ukrainian['picto.social-studies']]);
    const grid = sr(el).querySelector('.vk-popover .picker-grid') as HTMLElement;
    const failures = splitWords(grid).map((w) => `"${w.word}" over ${w.lines} lines (${w.wordWidth} px word, ${w.lineWidth} px line)`);
    expect([...new Set(failures)], failures.join('\n')).to.deep.equal([]);
  });

  it('in their own UI language (Arabic), the Norwegian word comes first, as on every card, and is sent: the adviser reads "Buss"', async () => {
    await setLocale('ar');
    const arabicUi = await openProposal(samplePlan(), 'nb');
    expect(lines(sr(arabicUi).querySelector('.picker-option[data-pictogram="vk:bus"]') as HTMLElement)).to.deep.equal([
      ['nb', 'ltr', 'Buss'],
      ['ar', 'rtl', arabic['picto.bus']],
    ]);
    expect(((await send(arabicUi, 'vk:bus'))[0] as Extract<PlanOperation, { type: 'card.add' }>).card.title).to.deep.equal({ nb: 'Buss', ar: arabic['picto.bus'] });
  });

  it('the Norwegian words loaded for that are the catalogue\'s own (pictogram-words-nb.ts), every one', async () => {
    const { templates } = await import('../../src/plan-board/pictogram-words-nb.js');
    expect(Object.keys(templates).length).to.equal(builtInPictograms.length);
    for (const p of builtInPictograms) expect(templates[`picto.${p.name}`], p.name).to.equal(p.alt());
  });

  it('one name where Veikart has no words in the participant language', async () => {
    await setLocale('nb');
    const pashto = await openProposal({ ...samplePlan(), participantLanguage: 'ps' });
    await frame();
    expect(lines(sr(pashto).querySelector('.picker-option[data-pictogram="vk:bus"]') as HTMLElement)).to.deep.equal([['nb', 'ltr', 'Buss']]);
    expect(((await send(pashto, 'vk:bus'))[0] as Extract<PlanOperation, { type: 'card.add' }>).card.title).to.deep.equal({ nb: 'Buss' });
  });
});
