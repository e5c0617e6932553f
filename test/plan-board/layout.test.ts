import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanCard, PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { setLocale } from '../../src/core/localize.js';
import { cardButton, frame, samplePlan } from './helpers.js';

/** A week whose cards carry the words that used to split ("Samfunnsk|unnskap"). */
function wordsPlan(): PlanDocument {
  const days = [
    ['mon', 'Mandag', 'الاثنين'],
    ['tue', 'Tirsdag', 'الثلاثاء'],
    ['wed', 'Onsdag', 'الأربعاء'],
    ['thu', 'Torsdag', 'الخميس'],
    ['fri', 'Fredag', 'الجمعة'],
  ];
  return {
    version: 1,
    title: { nb: 'Aminas uke', ar: 'أسبوع أمينة' },
    participantLanguage: 'ar',
    columns: days.map(([id, nb, ar]) => ({ id, title: { nb, ar } })),
    cards: days.flatMap(([id], i): PlanCard[] => [
      { id: `s${i}`, columnId: id, title: { nb: 'Samfunnskunnskap', ar: 'الدراسات الاجتماعية' }, pictogram: 'vk:social-studies', time: '12:30-14:00', place: { nb: 'Voksenopplæringen', ar: 'مركز تعليم الكبار' }, done: i % 2 === 0 },
      { id: `v${i}`, columnId: id, title: { nb: 'Voksenopplæringen' }, pictogram: 'vk:course' },
      { id: `a${i}`, columnId: id, title: { nb: 'Arbeidspraksis: renhold', ar: 'تدريب عملي: التنظيف' }, pictogram: 'vk:work-practice', place: 'Foreldreveiledning' },
    ]),
  };
}

/** Words (in any shadow text) whose Range spans two line boxes although the word alone fits its line. */
function splitWords(el: VkPlanBoard): string[] {
  const root = el.shadowRoot as ShadowRoot;
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.closest('.vk-visually-hidden, [data-vk-announcer], .vk-popover, .ghost-layer')) continue;
    const text = node.data;
    const pattern = /\S+/g;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      const lines = new Set(rects.map((r) => Math.round(r.top)));
      if (lines.size < 2) continue;
      const width = rects.reduce((sum, r) => sum + r.width, 0);
      const line = parent.getBoundingClientRect().width;
      if (width <= line + 0.5) found.push(m[0]);
    }
  }
  return found;
}

async function mount(width: number, lang: 'nb' | 'ar', mode: string, doc: PlanDocument = wordsPlan()): Promise<VkPlanBoard> {
  await setLocale(lang);
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style=${`inline-size: ${width}px`}><vk-plan-board mode=${mode} .value=${doc}></vk-plan-board></div>`,
  );
  const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
  await el.updateComplete;
  await frame();
  await el.updateComplete;
  return el;
}

describe('plan board: every size', () => {
  afterEach(async () => {
    await setLocale('nb');
  });

  for (const lang of ['nb', 'ar'] as const) {
    for (const mode of ['adviser', 'participant']) {
      for (const width of [320, 480, 720, 1100]) {
        it(`splits no word that fits its line (${lang}, ${mode}, ${width} px)`, async () => {
          const el = await mount(width, lang, mode);
          const columns = el.shadowRoot?.querySelector('.columns') as HTMLElement;
          // Every column in turn (the narrow board shows one at a time; a wide one scrolls).
          const tabs = Array.from(el.shadowRoot?.querySelectorAll<HTMLElement>('[role="tab"]') ?? []);
          const split: string[] = [];
          if (tabs.length > 0) {
            for (const tab of tabs) {
              tab.click();
              await el.updateComplete;
              split.push(...splitWords(el));
            }
          } else split.push(...splitWords(el));
          expect(split, `split words: ${split.join(', ')}`).to.deep.equal([]);
          expect(el.getBoundingClientRect().width).to.be.at.most(width + 0.5);
          expect(columns.getBoundingClientRect().width).to.be.at.most(width + 0.5);
        });
      }
    }
  }

  // An adviser column is a size container, so its width cannot follow its words by itself: the
  // board measures the longest and widens every column to hold it (board-words.ts).
  for (const lang of ['nb', 'ar'] as const) {
    for (const width of [720, 1100]) {
      it(`an adviser column widens to its longest word: Ukrainian "Суспільствознавство", "Introduksjonsprogrammet", a place "Arbeidsmarkedsopplæringskurset" (${lang}, ${width} px)`, async () => {
        const doc = wordsPlan();
        const uk = { ...doc, participantLanguage: 'uk', cards: doc.cards.map((card) => (card.id === 's0' ? { ...card, title: { nb: 'Samfunnskunnskap', uk: 'Суспільствознавство' } } : card.id === 'v1' ? { ...card, title: { nb: 'Introduksjonsprogrammet', uk: 'Програма' } } : card)) };
        const el = await mount(width, lang, 'adviser', uk);
        expect(splitWords(el), 'split words').to.deep.equal([]);
        // Each long word on one line (splitWords leaves out a word wider than its line: these were).
        // A place's word (smaller type, after its pin) alone widens the columns too.
        const place = await mount(width, lang, 'adviser', { ...doc, cards: doc.cards.map((card) => ({ ...card, title: 'Norsk', place: card.id === 'a2' ? 'Arbeidsmarkedsopplæringskurset' : undefined })) });
        for (const [board, word] of [[el, 'Суспільствознавство'], [el, 'Introduksjonsprogrammet'], [place, 'Arbeidsmarkedsopplæringskurset']] as const) {
          const shown = Array.from(board.shadowRoot!.querySelectorAll('.card-text .vk-text, .meta-text .vk-text')).filter((t) => t.textContent === word);
          expect(shown.length, word).to.be.greaterThan(0);
          for (const text of shown) {
            const range = document.createRange();
            range.selectNodeContents(text);
            expect(new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size, word).to.equal(1);
          }
        }
        // Short words leave the columns at their default width (13rem), however many there are.
        const short = await mount(width, lang, 'adviser', { ...doc, participantLanguage: 'uk', cards: doc.cards.map((card) => ({ ...card, title: 'Norsk', place: undefined })) });
        expect(short.shadowRoot!.querySelector<HTMLElement>('.columns')!.style.getPropertyValue('--_vk-plan-word')).to.equal('');
        expect(short.shadowRoot!.querySelector('.column')!.getBoundingClientRect().width).to.be.at.most(Math.max(208, (width - 4 * 10) / 5) + 0.5);
      });
    }
  }

  it('the split-word check itself catches a word broken across lines (break-all)', async () => {
    const el = await mount(320, 'nb', 'adviser');
    const style = document.createElement('style');
    style.textContent = '.card-text { word-break: break-all; } .card-button { inline-size: 150px; }';
    el.shadowRoot?.append(style);
    expect(splitWords(el)).to.not.deep.equal([]);
    style.remove();
  });

  it('lays out by its own width: one column with a day switcher below 480 px, all columns from 480 px', async () => {
    const narrow = await mount(479, 'nb', 'adviser');
    expect(narrow.shadowRoot?.querySelectorAll('.column').length).to.equal(1);
    expect(narrow.shadowRoot?.querySelector('[role="tablist"]')).to.not.equal(null);
    const wide = await mount(480, 'nb', 'adviser');
    expect(wide.shadowRoot?.querySelectorAll('.column').length).to.equal(5);
    expect(wide.shadowRoot?.querySelector('[role="tablist"]')).to.equal(null);
  });

  it('with 200% text (32 px root) the tier scales (30rem): one column at 624 px, its words whole; all columns from 960 px', async () => {
    document.documentElement.style.fontSize = '32px';
    try {
      const narrow = await mount(624, 'nb', 'adviser');
      expect(narrow.shadowRoot?.querySelectorAll('.column').length).to.equal(1);
      expect(narrow.shadowRoot?.querySelector('[role="tablist"]')).to.not.equal(null);
      expect(splitWords(narrow)).to.deep.equal([]);
      const wide = await mount(960, 'nb', 'adviser');
      expect(wide.shadowRoot?.querySelectorAll('.column').length).to.equal(5);
      // Only the text size changes (the width stays): the board follows.
      document.documentElement.style.fontSize = '';
      const resized = await mount(800, 'nb', 'adviser');
      expect(resized.shadowRoot?.querySelectorAll('.column').length).to.equal(5);
      document.documentElement.style.fontSize = '32px';
      await waitUntil(() => resized.shadowRoot?.querySelectorAll('.column').length === 1, 'one column once the text is 32 px');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('the day switcher is a tablist named by the column titles that says where the participant is ("Tirsdag, 2 av 5")', async () => {
    const el = await mount(320, 'nb', 'participant');
    const tablist = el.shadowRoot?.querySelector('[role="tablist"]') as HTMLElement;
    expect(tablist.getAttribute('aria-label')).to.contain('5');
    const tabs = Array.from(tablist.querySelectorAll<HTMLElement>('[role="tab"]'));
    expect(tabs.map((t) => t.querySelector('span[lang]')?.textContent?.trim())).to.deep.equal(['Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag']);
    expect(tabs.map((t) => t.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    const panel = el.shadowRoot?.querySelector('[role="tabpanel"]') as HTMLElement;
    // Named by its tab's title (the tab's own name also has its card count, day-tab-count-named.test.ts).
    expect(el.shadowRoot!.getElementById(panel.getAttribute('aria-labelledby') ?? '')?.closest('[role="tab"]')).to.equal(tabs[0]);
    tabs[1].click();
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('.switcher-position')?.textContent?.replace(/[\u2068\u2069]/g, '').trim()).to.equal('Tirsdag, 2 av 5');
    expect(el.shadowRoot?.querySelector('.column')?.getAttribute('data-column')).to.equal('tue');
  });

  it('arrow keys, Home and End on the tabs reach every column at 320 px (flipped in RTL)', async () => {
    for (const lang of ['nb', 'ar'] as const) {
      const el = await mount(320, lang, 'adviser');
      const shown = (): string | null | undefined => el.shadowRoot?.querySelector('.column')?.getAttribute('data-column');
      const press = async (k: string): Promise<void> => {
        const tab = el.shadowRoot?.activeElement as HTMLElement;
        tab.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));
        await el.updateComplete;
        await el.updateComplete;
      };
      (el.shadowRoot?.querySelector('[role="tab"][aria-selected="true"]') as HTMLElement).focus();
      const forward = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';
      const seen = [shown()];
      for (let i = 0; i < 4; i++) {
        await press(forward);
        seen.push(shown());
      }
      expect(seen).to.deep.equal(['mon', 'tue', 'wed', 'thu', 'fri']);
      expect((el.shadowRoot?.activeElement as HTMLElement).getAttribute('aria-selected')).to.equal('true');
      await press('Home');
      expect(shown()).to.equal('mon');
      await press('End');
      expect(shown()).to.equal('fri');
    }
  });

  it('a horizontal swipe on the column shows the next or previous one', async () => {
    const el = await mount(320, 'nb', 'participant');
    const columns = el.shadowRoot?.querySelector('.columns') as HTMLElement;
    const r = columns.getBoundingClientRect();
    const swipe = async (dx: number): Promise<void> => {
      const init = { bubbles: true, composed: true, pointerId: 3, pointerType: 'touch', isPrimary: true, clientY: r.top + 40 };
      columns.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: r.left + 160 }));
      columns.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: r.left + 160 + dx }));
      await el.updateComplete;
    };
    await swipe(-120);
    expect(el.shadowRoot?.querySelector('.column')?.getAttribute('data-column')).to.equal('tue');
    await swipe(120);
    expect(el.shadowRoot?.querySelector('.column')?.getAttribute('data-column')).to.equal('mon');
  });

  for (const lang of ['nb', 'ar'] as const) {
    it(`a swipe with a card focused moves focus to the same place in the day it shows, never to <body> (${lang})`, async () => {
      const el = await mount(320, lang, 'participant');
      const columns = el.shadowRoot?.querySelector('.columns') as HTMLElement;
      const r = columns.getBoundingClientRect();
      cardButton(el, 'v0').focus();
      // The finger moves against the reading direction: the next day.
      const dx = lang === 'ar' ? 120 : -120;
      const init = { bubbles: true, composed: true, pointerId: 3, pointerType: 'touch', isPrimary: true, clientY: r.top + 40 };
      columns.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: r.left + 160 }));
      columns.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: r.left + 160 + dx }));
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('.column')?.getAttribute('data-column')).to.equal('tue');
      expect(document.activeElement).to.equal(el);
      expect((el.shadowRoot?.activeElement as HTMLElement | null)?.dataset.key).to.equal('v1');
    });
  }

  it('a finger can pinch-zoom the page anywhere on a narrow participant board (the swipe keeps horizontal pans only)', async () => {
    const el = await mount(320, 'nb', 'participant');
    const blocked = Array.from(el.shadowRoot?.querySelectorAll<HTMLElement>('*') ?? [])
      .map((node) => [node.className, getComputedStyle(node).touchAction] as const)
      .filter(([, action]) => action !== 'auto' && action !== 'manipulation' && !action.includes('pinch-zoom'));
    expect(blocked).to.deep.equal([]);
    // And the swipe still owns horizontal moves (the browser does not pan sideways).
    expect(getComputedStyle(el.shadowRoot?.querySelector('.columns') as HTMLElement).touchAction).to.not.include('pan-x');
  });

  it('arrow keys from a card reach the cards of the next column on a narrow board', async () => {
    const el = await mount(320, 'nb', 'adviser');
    cardButton(el, 's0').focus();
    cardButton(el, 's0').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect((el.shadowRoot?.activeElement as HTMLElement).dataset.key).to.equal('s1');
    expect(el.shadowRoot?.querySelector('.switcher-position')?.textContent?.replace(/[\u2068\u2069]/g, '').trim()).to.equal('Tirsdag, 2 av 5');
  });

  for (const lang of ['nb', 'ar'] as const) {
    it(`a card moves to another day by keyboard on a narrow board, the day following it (${lang})`, async () => {
      const el = await mount(320, lang, 'adviser', samplePlan());
      const key = (k: string): void => {
        (el.shadowRoot?.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));
      };
      const announced = (): string => el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '';
      cardButton(el, 'c1').focus();
      key(' ');
      await el.updateComplete;
      key(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
      await el.updateComplete;
      await frame();
      await frame();
      // Still lifted, shown in Tuesday, with focus on it.
      expect(announced()).to.not.match(/avbrutt/);
      expect(el.shadowRoot?.querySelector('.column')?.getAttribute('data-column')).to.equal('tue');
      expect((el.shadowRoot?.activeElement as HTMLElement | null)?.dataset.key).to.equal('c1');
      key(' ');
      await el.updateComplete;
      await frame();
      expect((el.value as PlanDocument).cards.find((c) => c.id === 'c1')?.columnId).to.equal('tue');
      expect((el.shadowRoot?.activeElement as HTMLElement | null)?.dataset.key).to.equal('c1');
      expect(document.activeElement === el, 'focus is in the board').to.equal(true);
    });
  }

  it('long unbroken words (100 and 200 characters) wrap inside and never widen the page', async () => {
    for (const length of [100, 200]) {
      const doc = samplePlan() as unknown as { title: unknown; cards: Array<Record<string, unknown>>; columns: Array<Record<string, unknown>> };
      doc.title = 'W'.repeat(length);
      doc.cards[0].title = 'x'.repeat(length);
      doc.cards[0].place = 'y'.repeat(length);
      doc.columns[0].title = 'z'.repeat(length);
      for (const width of [320, 720]) {
        for (const mode of ['adviser', 'participant']) {
          const el = await mount(width, 'nb', mode, doc as unknown as PlanDocument);
          expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
          const host = el.getBoundingClientRect();
          // Inside its column (a participant column grows with its longest word up to 30rem, and
          // columns that do not fit scroll sideways inside the board); the board's title inside the board.
          for (const part of el.shadowRoot?.querySelectorAll<HTMLElement>('.title, .card-text, .column-title, .meta') ?? []) {
            const r = part.getBoundingClientRect();
            const column = part.closest('.column');
            const box = column?.getBoundingClientRect() ?? host;
            expect(r.right, `${part.className} at ${width}, ${mode}`).to.be.at.most(box.right + 0.5);
            expect(r.left, `${part.className} at ${width}, ${mode}`).to.be.at.least(box.left - 0.5);
            if (column) expect(box.width, `a column at ${width}, ${mode}: at most 30rem`).to.be.at.most(480.5);
          }
        }
      }
    }
  });
});
