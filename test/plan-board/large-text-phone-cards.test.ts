import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { createAminaPlan } from '../../src/presets/plan.js';
import { setLocale } from '../../src/core/localize.js';

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

// A phone at 200 % text (32 px root): a 320 px screen is 10rem wide, and the column's and the
// card's paddings (0.375rem each side, in rem: 48 px at that size) took 2em of it. A participant's
// card split "Samfunnsku|nnskap" at 320 px and uk "Суспільствозн|авство" at 360 px, and the place
// "Voksenopplæri|ngen" split in both modes, though at word-fit's smallest (0.75 of the size,
// core/word-fit.ts) each would fit the card with thinner paddings. Those now thin to 4px on a board
// that narrow (never at normal text sizes, nor side by side). A participant's uk
// "Суспільствознавство" at 320 px (395 px at 1.1em of 32 px) needs 0.70 of that enlarged size on a
// 275 px line: a participant's words are fitted down to 0.75 of the board's own size instead
// (--_vk-fit-min), so it fits too.

/** Each word of the shown cards' texts (title lines, time, place) drawn over more than one line. */
function splitCardWords(root: ShadowRoot): string[] {
  const split: string[] = [];
  const range = document.createRange();
  for (const block of Array.from(root.querySelectorAll<HTMLElement>('.card-text, .meta'))) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (const match of node.data.matchAll(/[^\s\u2068\u2069]+/gu)) {
        range.setStart(node, match.index ?? 0);
        range.setEnd(node, (match.index ?? 0) + match[0].length);
        const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0.5 && r.height > 0.5);
        const tops = rects.map((r) => r.top).sort((a, b) => a - b);
        if (tops.some((top, i) => i > 0 && top - tops[i - 1] > rects[0].height / 2)) split.push(`${match[0]} (${Math.round(block.getBoundingClientRect().width)} px line)`);
      }
    }
  }
  return split;
}

describe('plan board at 200 % text on a phone: card words stay whole', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  const cases = [
    { width: 320, ui: 'nb', language: 'ar', mode: 'participant' },
    { width: 320, ui: 'uk', language: 'uk', mode: 'participant' },
    { width: 360, ui: 'uk', language: 'uk', mode: 'participant' },
    { width: 320, ui: 'nb', language: 'uk', mode: 'adviser' },
  ] as const;
  for (const { width, ui, language, mode } of cases) {
    it(`${mode}, ${ui} UI, ${language} plan, ${width} px`, async function () {
      this.timeout(20000);
      await setViewport({ width, height: 800 });
      await setLocale(ui);
      document.documentElement.style.fontSize = '32px';
      const board = await fixture<VkPlanBoard>(html`<vk-plan-board mode=${mode} .value=${{ ...createAminaPlan(), participantLanguage: language }}></vk-plan-board>`);
      await document.fonts.ready;
      const root = board.shadowRoot as ShadowRoot;
      await waitUntil(() => root.querySelector('[role="tablist"]'), 'one column at a time');
      const failures: string[] = [];
      for (const tab of Array.from(root.querySelectorAll<HTMLElement>('[role="tab"]'))) {
        tab.click();
        await board.updateComplete;
        await frame();
        await frame();
        failures.push(...splitCardWords(root).map((w) => `${tab.textContent?.trim()}: ${w}`));
      }
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  }

  it('at normal text the paddings stay 0.375rem (6 px) on a 320 px phone', async () => {
    await setViewport({ width: 320, height: 800 });
    const board = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${createAminaPlan()}></vk-plan-board>`);
    const root = board.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('.card'), 'a card');
    for (const selector of ['.column', '.card']) expect(getComputedStyle(root.querySelector(selector) as HTMLElement).paddingInlineStart, selector).to.equal('6px');
  });
});
