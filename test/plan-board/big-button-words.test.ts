import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { createAminaPlan } from '../../src/presets/plan.js';
import { setLocale } from '../../src/core/localize.js';
import { splitWords } from '../a11y/layout-checks.js';
import { frame, lateLoaded } from './helpers.js';

// A newcomer's check (QA53): a Ukrainian participant on a 320 px phone at 200 % text (the page's
// margins leave the board 254 px) saw "Запропонувати картку" ("Foreslå et kort"), a 268 px word in a
// 254 px button, run past the button and the page scroll sideways; in the proposal, Send
// ("Надіслати пропозицію") was clipped at 320 px. A big button's words wrap between words, whole,
// under its picture when they do not fit beside it, smaller only when a word is wider than the button.

const languages = ['nb', 'nn', 'en', 'ar', 'fa', 'prs', 'ti', 'so', 'uk'];
const rtl = (lang: string): boolean => ['ar', 'fa', 'prs'].includes(lang);

/** The parts of `button`'s visible words outside its border box (px), one line each. */
function outside(button: HTMLElement): string[] {
  const box = button.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(button.querySelector('span')!);
  return Array.from(range.getClientRects())
    .filter((line) => line.width > 0 && (line.left < box.left - 0.5 || line.right > box.right + 0.5))
    .map((line) => `"${button.textContent!.trim()}": line [${Math.round(line.left)}, ${Math.round(line.right)}] in button [${Math.round(box.left)}, ${Math.round(box.right)}]`);
}

async function phoneBoard(lang: string): Promise<{ wrapper: HTMLElement; board: VkPlanBoard }> {
  await setViewport({ width: 320, height: 800 });
  await setLocale(lang);
  document.documentElement.style.fontSize = '32px';
  const wrapper = await fixture<HTMLElement>(
    html`<div dir=${rtl(lang) ? 'rtl' : 'ltr'} style="inline-size: 254px"><vk-plan-board mode="participant" proposals .value=${createAminaPlan()}></vk-plan-board></div>`,
  );
  const board = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
  await document.fonts.ready;
  await lateLoaded(board);
  await board.updateComplete;
  await frame();
  await frame();
  return { wrapper, board };
}

describe('plan board: the participant\'s big buttons at 200 % text in a 254 px board', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of languages) {
    it(`${lang}: "Foreslå et kort" and Send keep their words whole inside the button and the widget`, async function () {
      this.timeout(20000);
      const { wrapper, board } = await phoneBoard(lang);
      const root = board.shadowRoot!;
      const propose = root.querySelector<HTMLElement>('.propose')!;
      const edge = board.getBoundingClientRect();
      const split = (): string[] => splitWords(propose).map((w) => `"${w.word}" split in ${w.where}`);
      expect([...outside(propose), ...split()]).to.deep.equal([]);
      const box = propose.getBoundingClientRect();
      expect(box.left >= edge.left - 0.5 && box.right <= edge.right + 0.5, 'the button inside the board').to.equal(true);
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);

      propose.click();
      await board.updateComplete;
      const dialog = root.querySelector<HTMLElement>('.vk-popover')!;
      await waitUntil(() => dialog.querySelector('.picker-option'), 'the pictures');
      dialog.querySelector<HTMLElement>('.picker-option')!.click();
      await board.updateComplete;
      dialog.querySelector<HTMLElement>('.day-option')!.click();
      await board.updateComplete;
      await waitUntil(() => dialog.querySelector('.send'), 'the Send step');
      await frame();
      await frame();
      const send = dialog.querySelector<HTMLElement>('.send')!;
      expect([...outside(send), ...splitWords(send).map((w) => `"${w.word}" split in ${w.where}`)]).to.deep.equal([]);
      const sendBox = send.getBoundingClientRect();
      expect(sendBox.left >= -0.5 && sendBox.right <= 320.5, 'Send inside the screen').to.equal(true);
      wrapper.remove();
    });
  }
});

// QA54: a Ukrainian participant at 320 px / 200 % text saw Undo's and Redo's words ("Відмінити",
// "Повторити", 280 px of picture and word in a 252 px button) run past their buttons, cut at the
// border. Their words go under the picture where they do not fit beside it, whole.
describe('plan board: a participant\'s Undo and Redo at 200 % text in a 254 px board', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of languages) {
    it(`${lang}: the picture and the word inside each button, the word whole`, async () => {
      const { wrapper, board } = await phoneBoard(lang);
      const tools = Array.from(board.shadowRoot!.querySelectorAll<HTMLElement>('.tool'));
      expect(tools.map((t) => t.dataset.history)).to.deep.equal(['undo', 'redo']);
      const out = tools.flatMap((tool) => {
        const box = tool.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(tool);
        return Array.from(range.getClientRects())
          .filter((r) => r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5))
          .map((r) => `"${tool.textContent!.trim()}": [${Math.round(r.left)}, ${Math.round(r.right)}] in [${Math.round(box.left)}, ${Math.round(box.right)}]`);
      });
      expect([...out, ...tools.flatMap((t) => splitWords(t).map((w) => `"${w.word}" split in ${w.where}`))]).to.deep.equal([]);
      wrapper.remove();
    });
  }
});

// QA53: a Somali participant at 320 px / 200 % text saw Done's "Dhammaaday" end 4 px past its
// button and the box sit over the start border (box, gap and word were wider than the button).
describe('plan board: a participant card\'s Done at 200 % text on a 320 px phone', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of ['320px', '254px']) {
    for (const lang of languages) {
      it(`${lang}, a ${width} board: the box and the word inside the button, the word whole`, async () => {
        await setViewport({ width: 320, height: 800 });
        await setLocale(lang);
        document.documentElement.style.fontSize = '32px';
        const wrapper = await fixture<HTMLElement>(
          html`<div dir=${rtl(lang) ? 'rtl' : 'ltr'} style=${`inline-size: ${width}`}><vk-plan-board mode="participant" .value=${createAminaPlan()}></vk-plan-board></div>`,
        );
        const board = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
        await document.fonts.ready;
        await lateLoaded(board);
        await frame();
        await frame();
        const toggle = board.shadowRoot!.querySelector<HTMLElement>('.done-toggle')!;
        const edge = toggle.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(toggle.querySelector('.done-label')!);
        const parts = [...Array.from(range.getClientRects()), toggle.querySelector('.box')!.getBoundingClientRect()];
        const out = parts.filter((r) => r.width > 0 && (r.left < edge.left + 0.5 || r.right > edge.right - 0.5)).map((r) => `[${Math.round(r.left)}, ${Math.round(r.right)}] in [${Math.round(edge.left)}, ${Math.round(edge.right)}]`);
        expect([...out, ...splitWords(toggle).map((w) => `"${w.word}" split`)]).to.deep.equal([]);
        wrapper.remove();
      });
    }
  }
});
