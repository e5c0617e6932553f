import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { setLocale } from '../../src/core/localize.js';
import { splitWords } from '../a11y/layout-checks.js';
import { sampleLadder } from './sample.js';

// QA54: a participant on a 320 px phone at 200 % text (the page's margins leave the ladder 254 px)
// saw the card's shortcuts run past their buttons, cut at the border: uk "Написати в щоденник"
// 235 px in 220, "Прочитати вголос" 243 in 220, so "Ku qor buugga diiwaanka" 224 in 220 (the
// picture beside the longest word was wider than the button). The words go under the picture,
// whole, the button growing.

const languages = ['nb', 'nn', 'en', 'ar', 'fa', 'prs', 'ti', 'so', 'uk'];
const rtl = (lang: string): boolean => ['ar', 'fa', 'prs'].includes(lang);
const frame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));

describe('<vk-task-ladder> participant card shortcuts at 200 % text in a 254 px ladder', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setLocale('nb');
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of languages) {
    it(`${lang}: every shortcut's words inside its button, whole`, async () => {
      await setViewport({ width: 320, height: 800 });
      await setLocale(lang);
      document.documentElement.style.fontSize = '32px';
      const wrapper = await fixture<HTMLElement>(
        html`<div dir=${rtl(lang) ? 'rtl' : 'ltr'} style="inline-size: 254px"><vk-task-ladder mode="participant" .value=${sampleLadder()}></vk-task-ladder></div>`,
      );
      const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
      await document.fonts.ready;
      await el.updateComplete;
      await frame();
      await frame();
      const buttons = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.task-controls button'));
      expect(buttons.some((b) => b.classList.contains('log-control')), 'Skriv i loggboka shown').to.equal(true);
      expect(buttons.some((b) => b.classList.contains('read-control')), 'Les opp shown').to.equal(true);
      const out = buttons.flatMap((button) => {
        const box = button.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(button);
        return Array.from(range.getClientRects())
          .filter((r) => r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5))
          .map((r) => `"${button.textContent!.trim()}": [${Math.round(r.left)}, ${Math.round(r.right)}] in [${Math.round(box.left)}, ${Math.round(box.right)}]`);
      });
      expect([...out, ...buttons.flatMap((b) => splitWords(b).map((w) => `"${w.word}" split in ${w.where}`))]).to.deep.equal([]);
      wrapper.remove();
    });
  }
});
