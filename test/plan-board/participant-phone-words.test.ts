import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanCard, PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { createAminaPlan } from '../../src/presets/plan.js';
import { builtInPictograms } from '../../src/core/pictogram-catalog.js';
import { setLocale } from '../../src/core/localize.js';
import { splitWords } from '../a11y/layout-checks.js';

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

// A phone review: a Ukrainian participant's board on a phone in landscape (780×360) showed
// "Суспільствознавств|о" (a 194 px word on a 187 px line: the 14rem participant column). A word
// split mid-word looks broken to a participant, so no card word may split on phones, in landscape
// (the columns side by side at their smallest width) or portrait (one column at a time).
const phones = [
  [568, 320],
  [640, 360],
  [780, 360],
  [844, 390],
  [915, 412],
  [360, 780],
  [390, 844],
] as const;
const languages = ['uk', 'nb', 'ar', 'ti', 'so', 'fa'] as const;

/**
 * The demo's week in the participant's language (the Norwegian line first, theirs under it), plus
 * one card per built-in pictogram titled with its word in the UI locale, as a participant's
 * proposal makes it: the longest picture words there are.
 */
function phonePlan(lang: string): PlanDocument {
  const plan = createAminaPlan();
  const columns = plan.columns.map((c) => c.id);
  const proposals = builtInPictograms.map(
    (p, i): PlanCard => ({ id: `p${i}`, columnId: columns[i % columns.length], title: { [lang]: p.alt() }, pictogram: `vk:${p.name}`, category: p.category, proposedBy: 'participant' }),
  );
  return { ...plan, participantLanguage: lang === 'nb' ? 'ar' : lang, cards: [...plan.cards, ...proposals] };
}

describe('plan board, participant mode on phones: no card word splits', () => {
  afterEach(async () => {
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of languages) {
    for (const [width, height] of phones) {
      it(`${lang} at ${width}×${height}`, async function () {
        this.timeout(30000);
        await setViewport({ width, height });
        await setLocale(lang);
        const doc = phonePlan(lang);
        const wrapper = await fixture<HTMLElement>(
          html`<div dir=${lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr'}><vk-plan-board mode="participant" proposals .value=${doc}></vk-plan-board></div>`,
        );
        const board = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
        await document.fonts.ready;
        const root = board.shadowRoot as ShadowRoot;
        // The board lays out by its own width (observed after its first layout): below 480 px, one column at a time.
        await waitUntil(() => !!root.querySelector('[role="tablist"]') === width < 480, 'one column at a time in portrait, all side by side in landscape');
        const tabs = Array.from(root.querySelectorAll<HTMLElement>('[role="tab"]'));
        const failures: string[] = [];
        // Every column: the narrow board shows one at a time.
        for (const tab of tabs.length ? tabs : [null]) {
          tab?.click();
          await board.updateComplete;
          // The first frame renders a screenful of each column; the rest follow.
          const complete = (): boolean => {
            const shown = Array.from(root.querySelectorAll<HTMLElement>('.column'));
            const expected = shown.reduce((sum, column) => sum + doc.cards.filter((c) => c.columnId === column.dataset.column).length, 0);
            return shown.length > 0 && root.querySelectorAll('.card').length === expected;
          };
          await waitUntil(complete, 'every card of the shown columns rendered');
          await frame();
          for (const w of splitWords(wrapper)) failures.push(`"${w.word}" over ${w.lines} lines (${w.wordWidth} px word, ${w.lineWidth} px line) in ${w.where}`);
        }
        expect(failures, failures.join('\n')).to.deep.equal([]);
      });
    }
  }
});

describe('plan board, participant mode side by side: columns as wide as their words need', () => {
  // A column's width follows its longest word (min-content, between --vk-plan-column-width and
  // 30rem), so a typed compound no picture word is as long as stays whole, and a week whose words
  // are short fits where a fixed participant width would scroll it sideways.
  const columnWidths = (board: VkPlanBoard): number[] => Array.from((board.shadowRoot as ShadowRoot).querySelectorAll<HTMLElement>('.column')).map((c) => c.getBoundingClientRect().width);
  async function mount(doc: PlanDocument, width: number): Promise<{ wrapper: HTMLElement; board: VkPlanBoard }> {
    const wrapper = await fixture<HTMLElement>(html`<div style=${`inline-size: ${width}px`}><vk-plan-board mode="participant" .value=${doc}></vk-plan-board></div>`);
    const board = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
    await document.fonts.ready;
    await waitUntil(() => (board.shadowRoot as ShadowRoot).querySelectorAll('.card').length === doc.cards.length, 'every card rendered');
    await frame();
    return { wrapper, board };
  }
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('the demo week (nb and ar) fits five columns in a 1,206 px board: no sideways scrolling, no split word', async () => {
    await setViewport({ width: 1280, height: 900 });
    const { wrapper, board } = await mount(createAminaPlan(), 1206);
    const row = (board.shadowRoot as ShadowRoot).querySelector('.columns') as HTMLElement;
    expect(row.scrollWidth, 'the row does not scroll sideways').to.be.at.most(row.clientWidth);
    expect(columnWidths(board).length).to.equal(5);
    expect(splitWords(wrapper)).to.deep.equal([]);
  });

  it('a typed compound longer than any picture word widens its column and stays whole; a longer "word" wraps at 30rem', async () => {
    await setViewport({ width: 1280, height: 900 });
    const plan = createAminaPlan();
    const monday = plan.columns[0].id;
    const long = 'Arbeidsmarkedsopplæringskurset';
    const garbage = 'X'.repeat(120);
    const doc: PlanDocument = {
      ...plan,
      cards: [...plan.cards, { id: 'typed', columnId: monday, title: { nb: long }, pictogram: 'vk:course' }, { id: 'garbage', columnId: plan.columns[1].id, title: { nb: garbage }, pictogram: 'vk:course' }],
    };
    const { wrapper, board } = await mount(doc, 800);
    const [mon, tue, ...rest] = columnWidths(board);
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const split = splitWords(wrapper).map((w) => w.word);
    expect(split, 'the compound is whole').to.not.include(long);
    expect(mon, 'Monday is wider than the 13rem floor').to.be.greaterThan(13 * rem + 1);
    expect(tue, 'the 120-letter "word" stops its column at 30rem').to.be.closeTo(30 * rem, 1);
    for (const width of rest) expect(width, 'the other columns keep the 13rem floor').to.be.closeTo(13 * rem, 1);
    // The garbage word wraps inside its card (break-word), within the column.
    const card = (board.shadowRoot as ShadowRoot).querySelector('[data-card="garbage"]') as HTMLElement;
    const text = card.querySelector('.card-text') as HTMLElement;
    expect(text.getBoundingClientRect().right, 'inside its card').to.be.at.most(card.getBoundingClientRect().right + 0.5);
    expect(text.getBoundingClientRect().height, 'over several lines').to.be.greaterThan(3 * 20);
  });
});
