import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { setLocale } from '../../src/core/localize.js';
import { sendKeys } from '@web/test-runner-commands';
import { cardMovedByOthersText, cardPositionText } from '../../src/plan-board/board-text.js';
import type { PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { cardButton, cardItem, openMenu, samplePlan } from './helpers.js';

// A host may send a picture-only card (title ""): the card, its Done box and its menu still need a name.
describe('plan board: a card whose title is empty', () => {
  const board = async (mode = 'adviser'): Promise<VkPlanBoard> => {
    const plan = samplePlan();
    const doc = { ...plan, cards: plan.cards.map((c) => (c.id === 'c3' ? { ...c, title: '' } : c)) }; // c3: vk:bus
    return fixture<VkPlanBoard>(html`<vk-plan-board mode=${mode} .value=${doc}></vk-plan-board>`);
  };

  for (const mode of ['adviser', 'participant']) {
    it(`is named by its pictogram's word, on the card and its Done box (${mode})`, async () => {
      const el = await board(mode);
      const picture = cardButton(el, 'c3').querySelector('img.vk-pictogram') as HTMLImageElement;
      expect(picture.alt).to.equal('Buss');
      const done = cardItem(el, 'c3').querySelector('.done-toggle') as HTMLElement;
      // Its name: the text outside aria-hidden parts (the visible word is hidden from the name, which is one text).
      const named = Array.from(done.querySelectorAll(':scope > :not([aria-hidden="true"])'), (n) => n.textContent).join('');
      expect(named.replace(/\s+/g, ' ').trim()).to.equal('Ferdig: Buss');
    });
  }

  it('names its menu button by the pictogram too ("Handlinger for Buss")', async () => {
    const el = await board();
    expect(cardItem(el, 'c3').querySelector('.menu-button')?.textContent?.trim()).to.equal('Handlinger for Buss');
  });

  it('announcements, undo and the menu name it too ("Buss: ferdig", "Angret. Buss: ikke ferdig", "Flytt Buss")', async () => {
    const el = await board();
    const said = (): string => (el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '');
    (cardItem(el, 'c3').querySelector('.done-toggle input, .done-toggle') as HTMLElement).click();
    await el.updateComplete;
    expect(said()).to.contain('Buss: ferdig');
    el.undo();
    await el.updateComplete;
    expect(said()).to.equal('Angret. Buss: ikke ferdig');
    const menu = await openMenu(el, 'c3');
    expect(menu.getAttribute('aria-label') ?? menu.textContent ?? '').to.contain('Buss');
    (menu.querySelector('[data-action="move"]') as HTMLElement).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('#panel-title')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Flytt Buss');
  });

  it('a card with a title keeps its pictogram decorative (the words name it)', async () => {
    const el = await board();
    expect((cardButton(el, 'c1').querySelector('img.vk-pictogram') as HTMLImageElement).alt).to.equal('');
  });
});

// QA53: a picture-only card whose host picture has no words either (alt "" or blank) was nameless:
// a card button without a name, "Ferdig:", "Handlinger for". It is named by its place in its
// column, as an untitled column is "Kolonne 2".
describe('plan board: a card with no title and a picture without words', () => {
  const picture = { src: 'data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22/%3E', alt: ' ' };
  const plan = (): PlanDocument => {
    const doc = samplePlan();
    return { ...doc, cards: doc.cards.map((c) => (c.id === 'c3' ? { ...c, title: { nb: '', ar: ' ' }, pictogram: picture } : c)) }; // third in Monday
  };
  const hidden = (el: Element): string => Array.from(el.querySelectorAll('.vk-visually-hidden'), (n) => n.textContent).join('').replace(/\s+/g, ' ').trim();
  const said = (el: VkPlanBoard): string => (el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '');
  afterEach(() => setLocale('nb'));

  for (const mode of ['adviser', 'participant']) {
    it(`is "Kort 3" on its button and its Done box (${mode})`, async () => {
      const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode=${mode} .value=${plan()}></vk-plan-board>`);
      expect(hidden(cardButton(el, 'c3'))).to.equal('Kort 3');
      expect(hidden(cardItem(el, 'c3').querySelector('.done-toggle')!)).to.equal('Ferdig: Kort 3');
    });
  }

  it('its menu, announcements and undo say "Kort 3"; after the first card goes, "Kort 2"', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${plan()}></vk-plan-board>`);
    expect(cardItem(el, 'c3').querySelector('.menu-button')?.textContent?.trim()).to.equal('Handlinger for Kort 3');
    (cardItem(el, 'c3').querySelector('.done-toggle') as HTMLElement).click();
    await el.updateComplete;
    expect(said(el)).to.contain('Kort 3: ferdig');
    el.undo();
    await el.updateComplete;
    expect(said(el)).to.equal('Angret. Kort 3: ikke ferdig');
    const doc = el.value!;
    el.value = { ...doc, cards: doc.cards.filter((c) => c.id !== 'c1') };
    await el.updateComplete;
    expect(hidden(cardButton(el, 'c3'))).to.equal('Kort 2');
    expect(cardItem(el, 'c3').querySelector('.menu-button')?.textContent?.trim()).to.equal('Handlinger for Kort 2');
  });

  it('in the UI language: "Картка 3" (uk)', async () => {
    await setLocale('uk');
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${plan()}></vk-plan-board>`);
    expect(hidden(cardButton(el, 'c3'))).to.equal('Картка 3');
  });

  // QA53 round 2: lifted by keyboard it was "Løftet. Kort Kort 3: kolonne …" (the sentence's word and the name's).
  it('a keyboard move says "Kort 3" once: lifted, and in every "Kort …" sentence, in each language', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${plan()}></vk-plan-board>`);
    cardButton(el, 'c3').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(said(el)).to.match(/^Løftet\. Kort 3: kolonne Mandag, plass 3 av 3\./);
    await sendKeys({ press: 'Escape' });
    for (const [locale, name, words, stem] of [['nb', 'Kort 4', 'Kort 4: kolonne', /kort/gi], ['en', 'Card 4', 'Card 4: column', /card/gi], ['uk', 'Картка 4', 'Картка 4: колонка', /картк/gi]] as const) {
      await setLocale(locale);
      expect(cardPositionText(name, 'Tirsdag', 4, 4).replace(/[\u2066-\u2069]/g, ''), locale).to.contain(words);
      // "… moved card 4 …" ("переніс картку 4"): its word once.
      expect(cardMovedByOthersText(name, 'Tirsdag', 4, 4).match(stem)?.length, locale).to.equal(1);
    }
    // A card titled with words that merely start so keeps them: "Kort Kortspill".
    await setLocale('nb');
    expect(cardPositionText('Kortspill', 'Tirsdag', 1, 1).replace(/[\u2066-\u2069]/g, '')).to.contain('Kort Kortspill:');
  });
});
