import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { setLocale } from '../../src/core/localize.js';
import { accessibilityTree, type AxNode } from '../a11y/a11y-tree.js';
import { frame, samplePlan } from './helpers.js';

// A review (7 Dec 2026) of de55263 ("a day tab's name has the card count it shows"): the point was
// WCAG 2.5.3, label in name: a tab shows "Mandag 3", so its name starts "Mandag 3" and a
// speech-input user who says what they see ("klikk Mandag 3") hits it. The count's words are
// translated, and in Arabic ("عدد البطاقات: 3", "number of cards: 3") and Ukrainian ("Карток: 3")
// the number came after its noun: the names "Mandag عدد البطاقات: 3" and "Mandag Карток: 3" did not
// contain the visible "Mandag 3". Now the number comes first in every UI language.

async function narrowBoard(): Promise<VkPlanBoard> {
  const root = await fixture<HTMLElement>(html`<div id="tab-names" role="region" aria-label="test" style="inline-size: 360px"><vk-plan-board .value=${samplePlan()}></vk-plan-board></div>`);
  const el = root.querySelector('vk-plan-board') as VkPlanBoard;
  await el.updateComplete;
  for (let i = 0; i < 4; i++) await frame();
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('[role=tablist]'), 'one day at a time').to.not.equal(null);
  return el;
}

const all = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(all)];
const shown = (el: VkPlanBoard): string[] =>
  Array.from(el.shadowRoot!.querySelectorAll('[role=tab]'), (tab) => `${tab.querySelector('span[lang]')!.textContent!.trim()} ${tab.querySelector('.tab-count')!.textContent!.trim()}`);

describe('plan board: a day tab\'s name starts with what it shows, in every UI language', () => {
  afterEach(() => setLocale('nb'));
  for (const locale of ['ar', 'uk', 'en', 'fa', 'so', 'ti', 'nn'] as const) {
    it(`${locale}: the name starts with the visible title and count`, async () => {
      await setLocale(locale);
      const el = await narrowBoard();
      const tabs = all(await accessibilityTree('#tab-names')).filter((n) => n.role === 'tab').map((n) => n.name);
      const labels = shown(el);
      expect(tabs).to.have.length(labels.length);
      labels.forEach((label, i) => expect(tabs[i], `"${label}" in "${tabs[i]}"`).to.satisfy((name: string) => name.startsWith(label)));
    });
  }
});
