import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { setLocale } from '../../src/core/localize.js';
import { splitWords } from '../a11y/layout-checks.js';
import { menuAction, openMenu, placed, samplePlan } from './helpers.js';

// A newcomer on a 320 px phone at 200 % text (5 Dec): the card menu kept a 12rem minimum (384 px),
// so it scrolled sideways with its items cut ("Видалити Курс норвезької мо…"); the editor's and the
// proposal's heading split "Курс норвезьк|ої" and "Engelskk|urs" beside the pictogram, which now
// goes above the words when their longest one does not fit beside it.
const ukrainianPlan = (): PlanDocument => {
  const doc = samplePlan();
  return { ...doc, participantLanguage: 'uk', cards: doc.cards.map((c) => (c.id === 'c1' ? { ...c, title: { nb: 'Norskkurs', uk: 'Курс норвезької мови' } } : c)) };
};
const splits = (root: Element): string[] => splitWords(root).map((w) => `"${w.word}" over ${w.lines} lines (${w.wordWidth} px in ${w.lineWidth})`);

describe('plan board panels at 200 % text on a 320 px phone', () => {
  before(() => setViewport({ width: 320, height: 740 }));
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await setLocale('nb');
  });
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['nb', 'uk', 'ar'] as const) {
    it(`${lang}: the card menu fits the window: no sideways scroll, every item whole`, async () => {
      await setLocale(lang);
      document.documentElement.style.fontSize = '200%';
      const el = await fixture<VkPlanBoard>(html`<vk-plan-board lang=${lang} .value=${ukrainianPlan()}></vk-plan-board>`);
      const menu = await openMenu(el, 'c1');
      await placed(el);
      expect(menu.scrollWidth, 'no sideways scroll').to.be.at.most(menu.clientWidth);
      const box = menu.getBoundingClientRect();
      expect(box.right).to.be.at.most(320);
      expect(box.left).to.be.at.least(0);
      for (const item of menu.querySelectorAll<HTMLElement>('.menu-item')) expect(item.getBoundingClientRect().right, item.textContent!).to.be.at.most(box.right);
    });
  }

  it('uk: the card editor\'s heading keeps "Курс норвезької мови" whole, its picture above the words', async () => {
    await setLocale('uk');
    document.documentElement.style.fontSize = '200%';
    // No participant language: the card shows its Ukrainian title first, and the heading names it so (with a participant
    // language its first line, and so its name, is the Norwegian "Norskkurs": names-first-line.test.ts).
    const { participantLanguage: _, ...plan } = ukrainianPlan();
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board lang="uk" .value=${plan}></vk-plan-board>`);
    await menuAction(el, 'c1', 'edit');
    await placed(el);
    const title = el.shadowRoot!.querySelector<HTMLElement>('.vk-popover .panel-title')!;
    expect(title.textContent).to.contain('Курс норвезької мови');
    expect(splits(title)).to.deep.equal([]);
  });

  it('nb: the proposal\'s chosen picture heading keeps "Engelskkurs" whole', async () => {
    document.documentElement.style.fontSize = '200%';
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" proposals .value=${samplePlan()}></vk-plan-board>`);
    el.shadowRoot!.querySelector<HTMLElement>('.propose')!.click();
    await el.updateComplete;
    await placed(el);
    el.shadowRoot!.querySelector<HTMLElement>('.picker-option[data-pictogram="vk:english"]')!.click();
    await el.updateComplete;
    await placed(el);
    const title = el.shadowRoot!.querySelector<HTMLElement>('.vk-popover .panel-title')!;
    expect(title.textContent).to.contain('Engelskkurs');
    expect(splits(title)).to.deep.equal([]);
  });
});
