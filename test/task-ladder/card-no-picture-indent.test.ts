/**
 * A card without a pictogram. Before 7 Dec 2026 (a newcomer's QA: odd1 at 1280 px) its shortcuts
 * and "Ingen stemme …" line were still indented past the picture it did not have, 3.75rem in from
 * its title. Now the shortcuts start where the title starts, with a picture or without.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { settle, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

function card(el: VkTaskLadder, id: string): HTMLElement {
  return shadowAll(el, '.task').find((t) => t.querySelector<HTMLElement>('.task-button')?.dataset.key === id)!;
}

/** Where the card's first shortcut starts, from where its title starts (px, in the inline direction). */
function indent(task: HTMLElement): number {
  const rtl = getComputedStyle(task).direction === 'rtl';
  const title = task.querySelector('.task-title')!.getBoundingClientRect();
  const shortcut = task.querySelector('.task-controls > button')!.getBoundingClientRect();
  return Math.round(rtl ? title.right - shortcut.right : shortcut.left - title.left);
}

describe('task ladder: a card without a pictogram', () => {
  for (const dir of ['ltr', 'rtl']) {
    it(`its shortcuts start where its title starts, as a pictured card's do (${dir}, 1100 px)`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} style="inline-size: 1100px"><vk-task-ladder .value=${sampleLadder()}></vk-task-ladder></div>`);
      const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
      await settle(el);
      // t3 has no pictogram; t2 has one.
      expect(card(el, 't3').querySelector('.vk-pictogram')).to.equal(null);
      expect(indent(card(el, 't3')), 'no picture: no indent').to.equal(0);
      expect(indent(card(el, 't2')), 'with its picture: in line with its title, as before').to.equal(0);
    });
  }
});
