import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
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

describe('plan board picker: the pictures are one Tab stop, arrow keys move in rows', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`arrows, Home/End (${dir}); Tab goes on to "Avbryt", Shift+Tab back to the picture focused last`, async () => {
      await setViewport({ width: 1280, height: 800 });
      const wrapper = await fixture<HTMLElement>(html`<div dir=${dir}><vk-plan-board .value=${samplePlan()}></vk-plan-board></div>`);
      const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
      (el.shadowRoot!.querySelector('.add[data-add="mon"]') as HTMLElement).click();
      await el.updateComplete;
      await frame();
      const options = (): HTMLElement[] => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.picker-option'));
      const at = (): number => options().indexOf(el.shadowRoot!.activeElement as HTMLElement);
      const press = async (key: string): Promise<void> => {
        await sendKeys({ press: key });
        await el.updateComplete;
      };
      expect(options().filter((o) => o.tabIndex === 0)).to.deep.equal([options()[0]]);
      const columns = options().filter((o) => o.offsetTop === options()[0]!.offsetTop).length;
      expect(columns, 'more than one picture a row').to.be.above(1);
      options()[0]!.focus();
      await press(dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight');
      expect(at(), 'the next picture in reading order').to.equal(1);
      await press('ArrowDown');
      expect(at(), 'a row down').to.equal(1 + columns);
      await press('ArrowUp');
      expect(at()).to.equal(1);
      await press('End');
      expect(at()).to.equal(options().length - 1);
      await press('Home');
      expect(at()).to.equal(0);
      await press('ArrowDown');
      await press('Tab');
      expect((el.shadowRoot!.activeElement as HTMLElement).classList.contains('cancel'), 'Tab leaves the pictures').to.equal(true);
      await sendKeys({ down: 'Shift' });
      await press('Tab');
      await sendKeys({ up: 'Shift' });
      expect(at(), 'Shift+Tab comes back to the picture focused last').to.equal(columns);
    });
  }
});
