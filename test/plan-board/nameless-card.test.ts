import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
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
