import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { setLocale } from '../../src/core/localize.js';
import { frame, samplePlan } from './helpers.js';

// "Samfunnskunnskap" (138 px of text in a 118 px cell) and uk "Суспільствознавство" ran over their
// picture's border in the pictogram picker (a newcomer's review).

async function picker(): Promise<HTMLElement[]> {
  const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
  (el.shadowRoot!.querySelector('.add[data-add="mon"]') as HTMLElement).click();
  await el.updateComplete;
  await frame();
  await document.fonts.ready;
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.picker-option'));
}

/** Words drawn over more than one line box. */
function splitWords(label: HTMLElement): string[] {
  const node = label.firstChild!;
  const text = node.textContent!;
  const split: string[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const range = document.createRange();
    range.setStart(node, match.index!);
    range.setEnd(node, match.index! + match[0].length);
    const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
    if (tops.size > 1) split.push(match[0]);
  }
  return split;
}

describe('plan board picker: picture words stay inside their picture', () => {
  afterEach(async () => {
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const [lang, width] of [
    ['nb', 1280],
    ['uk', 1280],
    ['nb', 360],
    ['uk', 360],
  ] as const) {
    it(`${lang} at ${width} px: every label inside its button${width === 1280 ? ', no word split' : ''}`, async () => {
      await setViewport({ width, height: 800 });
      await setLocale(lang);
      const options = await picker();
      expect(options.length).to.be.above(40);
      for (const option of options) {
        const label = option.querySelector('span')!;
        const box = option.getBoundingClientRect();
        const text = label.getBoundingClientRect();
        expect(text.left >= box.left && text.right <= box.right, `"${label.textContent}" at ${text.left.toFixed(0)}–${text.right.toFixed(0)} in ${box.left.toFixed(0)}–${box.right.toFixed(0)}`).to.equal(true);
        if (width === 1280) expect(splitWords(label), `"${label.textContent}"`).to.deep.equal([]);
      }
    });
  }
});
