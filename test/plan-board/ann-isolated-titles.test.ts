import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanCard, PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { setLocale } from '../../src/core/localize.js';
import { cardItem, frame, menuAction, samplePlan } from './helpers.js';

// An Arabic UI on a Norwegian page: every announcement is an Arabic sentence quoting the card's or
// day's Norwegian title. Only the move announcements isolated their titles; "Norskkurs: ferdig",
// "… fjernet", "… endret", "Stemme lagret for …", "Kort … lagt til i …", "Forslaget … er godtatt" and
// the undo/redo descriptions ("Angret: la til … i …") put them in bare, so a Latin title and the
// colon or full stop next to it were reordered inside the right-to-left sentence. Each quoted title
// is now an isolate (U+2068 … U+2069), as in "Kort ⁨Norskkurs⁩: kolonne ⁨Tirsdag⁩, plass 1 av 2".

const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const said = (el: VkPlanBoard): string => sr(el).querySelector('[data-vk-announcer]')?.textContent ?? '';
/** The announcement without its isolated parts (and the key name Ctrl+Z, which is not translated). */
const outside = (text: string): string => text.replace(/\u2068[^\u2069]*\u2069/gu, '').replace('Ctrl+Z', '');
const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;

/** `text` quotes each of `titles` as an isolate, and has no Latin letter outside them. */
function quotes(text: string, ...titles: string[]): void {
  for (const title of titles) expect(text, text).to.contain(`\u2068${title}\u2069`);
  expect(outside(text), text).to.match(ARABIC);
  expect(outside(text), `no Latin word outside the isolates: ${text}`).to.not.match(LATIN);
}

async function board(doc: PlanDocument = samplePlan()): Promise<VkPlanBoard> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="nb"><vk-plan-board .value=${doc}></vk-plan-board></div>`);
  const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
  await el.updateComplete;
  return el;
}

async function step(el: VkPlanBoard, act: () => unknown): Promise<string> {
  act();
  await el.updateComplete;
  return said(el);
}

async function settle(el: VkPlanBoard): Promise<void> {
  await el.updateComplete;
  await frame();
  await el.updateComplete;
}

async function editForm(el: VkPlanBoard): Promise<HTMLFormElement> {
  let form = sr(el).querySelector<HTMLFormElement>('.edit-form');
  for (let i = 0; !form && i < 50; i++) {
    await frame();
    form = sr(el).querySelector<HTMLFormElement>('.edit-form');
  }
  expect(form, 'edit form').to.not.equal(null);
  return form as HTMLFormElement;
}

describe('plan board: a Norwegian title quoted in an Arabic announcement is an isolate', () => {
  beforeEach(() => setLocale('ar'));
  afterEach(() => setLocale('nb'));

  it('Done, and its undo and redo: "⁨Norskkurs⁩: تم"', async () => {
    const el = await board();
    quotes(await step(el, () => (cardItem(el, 'c1').querySelector('.done-toggle') as HTMLElement).click()), 'Norskkurs');
    quotes(await step(el, () => el.undo()), 'Norskkurs');
    quotes(await step(el, () => el.redo()), 'Norskkurs');
  });

  it('a removal, and its undo and redo ("تم التراجع: إزالة ⁨Norskkurs⁩")', async () => {
    const el = await board();
    await menuAction(el, 'c1', 'remove');
    quotes(said(el), 'Norskkurs');
    quotes(await step(el, () => el.undo()), 'Norskkurs');
    quotes(await step(el, () => el.redo()), 'Norskkurs');
  });

  it('an edit saved, and its undo', async () => {
    const el = await board();
    await menuAction(el, 'c1', 'edit');
    const form = await editForm(el);
    (form.querySelector('input[name="title"]') as HTMLInputElement).value = 'Norskkurs A';
    (form.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle(el);
    quotes(said(el), 'Norskkurs A');
    quotes(await step(el, () => el.undo()), 'Norskkurs');
  });

  it('a voice saved for a card: "تم حفظ الصوت لـ ⁨Norskkurs⁩"', async () => {
    const el = await board();
    await menuAction(el, 'c1', 'edit');
    const form = await editForm(el);
    let recorder = form.querySelector('vk-audio-recorder');
    for (let i = 0; !recorder && i < 50; i++) {
      await frame();
      recorder = form.querySelector('vk-audio-recorder');
    }
    recorder!.dispatchEvent(new CustomEvent('vk-recording', { detail: { url: 'data:audio/webm;base64,GkXfo59C' }, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    quotes(said(el), 'Norskkurs');
  });

  it('a card added from the pictures: the picture\'s word and the day isolated, and the undo keeps the day\'s capital', async () => {
    const el = await board();
    (sr(el).querySelector('.add[data-add="mon"]') as HTMLElement).click();
    await settle(el);
    // The picker fetches the pictures' Norwegian words as it opens: the new card is titled in both.
    const { templates: norwegian } = await import('../../src/plan-board/pictogram-words-nb.js');
    await settle(el);
    const option = sr(el).querySelector('.picker-option') as HTMLElement;
    const word = option.textContent!.trim();
    const nb = norwegian[`picto.${option.dataset.pictogram!.slice(3)}`];
    option.click();
    await settle(el);
    quotes(said(el), word, 'Mandag');
    (sr(el).querySelector('.edit-form .cancel') as HTMLElement).click();
    await settle(el);
    // "تم التراجع: إضافة ⁨…⁩ إلى ⁨Mandag⁩": "mandag" is how a Norwegian sentence writes the day, not an
    // Arabic one; the card is named as on this Norwegian-text board, by its Norwegian word.
    quotes(await step(el, () => el.undo()), nb, 'Mandag');
    quotes(await step(el, () => el.redo()), nb, 'Mandag');
  });

  it('a proposal accepted, and its undo ("قبول الاقتراح ⁨Tannlege⁩")', async () => {
    const doc = samplePlan();
    const proposal: PlanCard = { id: 'p1', columnId: 'tue', title: { nb: 'Tannlege' }, pictogram: 'vk:dentist', proposedBy: 'participant' };
    const el = await board({ ...doc, cards: [...doc.cards, proposal] });
    await menuAction(el, 'p1', 'accept');
    quotes(said(el), 'Tannlege');
    quotes(await step(el, () => el.undo()), 'Tannlege');
  });
});

describe('plan board: a day named in an undo announcement', () => {
  afterEach(() => setLocale('nb'));

  it('is lower-cased in a Norwegian sentence ("Angret: la til ⁨…⁩ i ⁨mandag⁩"), whatever the page\'s language', async () => {
    for (const page of ['nb', 'en']) {
      const el = await board();
      el.parentElement!.lang = page;
      await el.updateComplete;
      (sr(el).querySelector('.add[data-add="mon"]') as HTMLElement).click();
      await settle(el);
      (sr(el).querySelector('.picker-option') as HTMLElement).click();
      await settle(el);
      // The announcement of the add names the day as its undo does.
      expect(said(el), page).to.match(/^Kort \u2068[^\u2069]+\u2069 lagt til i \u2068mandag\u2069$/u);
      (sr(el).querySelector('.edit-form .cancel') as HTMLElement).click();
      await settle(el);
      expect(await step(el, () => el.undo()), page).to.match(/^Angret: la til \u2068[^\u2069]+\u2069 i \u2068mandag\u2069$/u);
    }
  });

  it('keeps its capital in another UI language on a Norwegian page ("Undone: added ⁨…⁩ to ⁨Mandag⁩")', async () => {
    await setLocale('en');
    const el = await board();
    (sr(el).querySelector('.add[data-add="mon"]') as HTMLElement).click();
    await settle(el);
    (sr(el).querySelector('.picker-option') as HTMLElement).click();
    await settle(el);
    (sr(el).querySelector('.edit-form .cancel') as HTMLElement).click();
    await settle(el);
    const text = await step(el, () => el.undo());
    expect(text).to.contain('\u2068Mandag\u2069');
    expect(text).to.not.contain('mandag');
  });
});
