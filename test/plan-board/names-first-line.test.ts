import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanColumn, PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { setLocale } from '../../src/core/localize.js';
import { cardItem, deepActive, frame, key, keys, samplePlan } from './helpers.js';

// A board whose text locale is not a staff locale (lang="uk" on a Norwegian page, or a Tigrinya
// page) with an Arabic participant SHOWS each card's and day's Norwegian line first ("Norskkurs /
// دورة…", bilingual() → firstLocale), but NAMED them in the text locale: "Ferdig: Курс норвезької
// мови", "Legg til kort i Понеділок", "Понеділок, 1 з 3" above the heading "Mandag" (WCAG 2.5.3:
// the visible label was not in the name; Ukrainian words inside lang="nb"). Names, descriptions
// and announcements now quote a line the card shows: the UI language's where it is shown (an
// Arabic UI with an Arabic participant: the second line), else the Norwegian first line; a quoted
// name in another language than the UI's sentence is in a <bdi lang> of its own (WCAG 3.1.2).

const CYRILLIC = /\p{Script=Cyrillic}/u;
const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;
const said = (el: VkPlanBoard): string => sr(el).querySelector('[data-vk-announcer]')?.textContent ?? '';
/** The visually hidden names of a card's Done box and menu button, and of a column's read and add buttons. */
const names = (el: VkPlanBoard): HTMLElement[] => [
  cardItem(el, 'c1').querySelector<HTMLElement>('.done-toggle .vk-visually-hidden')!,
  cardItem(el, 'c1').querySelector<HTMLElement>('.menu-button .vk-visually-hidden')!,
  sr(el).querySelector<HTMLElement>('[data-roving="r:mon"] .vk-visually-hidden')!,
  sr(el).querySelector<HTMLElement>('[data-roving="a:mon"] .vk-visually-hidden')!,
];

/** samplePlan() with Ukrainian titles for Norskkurs and Mandag/Tirsdag, Tigrinya ones for Norskkurs and Mandag. */
function ukPlan(participantLanguage: string | null = 'ar'): PlanDocument {
  const { participantLanguage: _, ...doc } = samplePlan();
  const columns = doc.columns.map((c, i): PlanColumn => (i === 0 ? { ...c, title: { nb: 'Mandag', uk: 'Понеділок', ti: 'ሰኑይ', ar: 'الاثنين' } } : i === 1 ? { ...c, title: { nb: 'Tirsdag', uk: 'Вівторок', ar: 'الثلاثاء' } } : c));
  const cards = doc.cards.map((c) => (c.id === 'c1' ? { ...c, title: { nb: 'Norskkurs', uk: 'Курс норвезької мови', ti: 'ትምህርቲ ቋንቋ ኖርወይ', ar: 'دورة اللغة النرويجية' } } : c));
  return { ...doc, columns, cards, ...(participantLanguage ? { participantLanguage } : {}) };
}

async function board(doc: PlanDocument, lang: string | null, width = 1000): Promise<VkPlanBoard> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang ?? ''} style="inline-size: ${width}px"><vk-plan-board editable .value=${doc}></vk-plan-board></div>`);
  if (lang === null) wrapper.removeAttribute('lang');
  const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
  await el.updateComplete;
  for (let i = 0; i < 3; i++) await frame();
  await el.updateComplete;
  return el;
}

describe('plan board: names quote the line a card or day shows first', () => {
  afterEach(async () => {
    await setLocale('nb');
  });

  it('lang="uk" on a Norwegian page, Arabic participant: Done, menu, read and add name the Norwegian titles, in the Norwegian sentence, with no Ukrainian', async () => {
    const el = await board(ukPlan(), 'uk');
    expect(cardItem(el, 'c1').querySelector('.card-button [lang]')?.textContent).to.equal('Norskkurs'); // what the card shows first
    const [done, menu, read, add] = names(el);
    expect(done.textContent).to.equal('Ferdig: Norskkurs');
    expect(menu.textContent).to.equal('Handlinger for Norskkurs');
    expect(read.textContent).to.equal('Les opp kolonnen Mandag');
    expect(add.textContent).to.equal('Legg til kort i Mandag');
    for (const name of names(el)) expect(name.querySelector('bdi'), 'Norwegian in the Norwegian board: nothing to mark').to.equal(null);
    expect(sr(el).querySelector('.board')!.getAttribute('lang')).to.equal('nb');
  });

  it('lang="uk", Arabic participant: Done, a keyboard move and its undo are announced with the Norwegian titles', async () => {
    const el = await board(ukPlan(), 'uk');
    cardItem(el, 'c1').querySelector<HTMLElement>('.done-toggle')!.click();
    await el.updateComplete;
    expect(said(el)).to.equal('\u2068Norskkurs\u2069: ferdig');
    cardItem(el, 'c1').querySelector<HTMLElement>('.card-button')!.focus();
    await keys(el, ' ', 'ArrowRight', ' ');
    expect(said(el)).to.contain('\u2068Norskkurs\u2069').and.contain('\u2068Tirsdag\u2069');
    expect(said(el)).to.not.match(CYRILLIC);
    await key(el, deepActive() as HTMLElement, 'z', { ctrlKey: true });
    expect(said(el)).to.contain('\u2068Norskkurs\u2069').and.contain('\u2068Mandag\u2069');
    expect(said(el)).to.not.match(CYRILLIC);
  });

  it('lang="uk", Arabic participant, one day at a time: the day tab, the status above the heading and a day switch say "Mandag"', async () => {
    const el = await board(ukPlan(), 'uk', 400);
    expect(sr(el).querySelector('.board[data-narrow]'), 'one day at a time').to.not.equal(null);
    const tab = sr(el).querySelector<HTMLElement>('#tab-name-0')!;
    expect(tab.textContent).to.equal('Mandag');
    expect(tab.getAttribute('lang')).to.equal('nb');
    expect(sr(el).querySelector('.switcher-position')!.textContent).to.equal('\u2068Mandag\u2069, 1 av 3');
    sr(el).querySelector<HTMLElement>('#tab-0')!.focus();
    await keys(el, 'ArrowRight');
    // Chosen on its tab the day is not said again (the focused tab says it, since 0a4dad75): the status above the heading quotes it.
    expect(sr(el).querySelector('.switcher-position')!.textContent).to.equal('\u2068Tirsdag\u2069, 2 av 3');
  });

  it('a Tigrinya page, Arabic participant: the Tigrinya sentences quote the Norwegian titles, each in a <bdi lang="nb">', async () => {
    await setLocale('ti');
    const el = await board(ukPlan(), null);
    expect(sr(el).querySelector('.board')!.getAttribute('lang')).to.equal('ti');
    for (const name of names(el)) {
      const bdi = name.querySelector('bdi');
      expect(bdi?.textContent, name.textContent!).to.be.oneOf(['Norskkurs', 'Mandag']);
      expect(bdi!.getAttribute('lang')).to.equal('nb');
      expect(name.textContent).to.not.equal(bdi!.textContent); // the Tigrinya words are around it
    }
    cardItem(el, 'c1').querySelector<HTMLElement>('.done-toggle')!.click();
    await el.updateComplete;
    expect(said(el)).to.contain('\u2068Norskkurs\u2069');
  });

  it('an Arabic page, Arabic participant: the names quote the Arabic line the card shows second, in the Arabic sentence', async () => {
    await setLocale('ar');
    const el = await board(ukPlan(), null);
    for (const name of names(el)) {
      expect(name.textContent, name.textContent!).to.match(/دورة اللغة النرويجية|الاثنين/);
      expect(name.textContent).to.not.match(/Norskkurs|Mandag/);
    }
    cardItem(el, 'c1').querySelector<HTMLElement>('.done-toggle')!.click();
    await el.updateComplete;
    expect(said(el)).to.contain('دورة اللغة النرويجية');
  });

  it('nb page and text: the names are as before, with no marks', async () => {
    const el = await board(ukPlan(), 'nb');
    const [done, menu, read, add] = names(el);
    expect([done, menu, read, add].map((n) => n.innerHTML.replace(/<!--[^>]*-->/g, ''))).to.deep.equal(['Ferdig: Norskkurs', 'Handlinger for Norskkurs', 'Les opp kolonnen Mandag', 'Legg til kort i Mandag']);
  });

  it('lang="uk" with no participant language: Ukrainian is shown and named, the Ukrainian name in a <bdi lang="uk"> inside the Norwegian sentence', async () => {
    const el = await board(ukPlan(null), 'uk');
    const [done, , , add] = names(el);
    expect(done.textContent).to.equal('Ferdig: Курс норвезької мови');
    expect(done.querySelector('bdi')?.getAttribute('lang')).to.equal('uk');
    expect(add.querySelector('bdi')?.textContent).to.equal('Понеділок');
  });
});
