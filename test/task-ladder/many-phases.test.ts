/**
 * More phases than three (the schema allows 10). Before 7 Dec 2026 (a newcomer's QA: h3–h5) every
 * phase took a column from 54em: at 7 phases in a 1,264 px ladder the phases were 11em wide and text
 * spilled from 14 buttons; at 10 words split and the page overflowed 53 px. The docs promise phases
 * side by side "about 17.5em at least". Now as many sit side by side as fit at that width; the rest
 * wrap to the next row, in reading order, which is the DOM's and the arrow keys' order.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { createLadder } from '../../src/presets/ladder-templates.js';
import { settle, shadowAll } from '../helpers/index.js';
import { overflowing, splitWords } from './words.js';

/** `count` phases, each with the kitchen template's tasks of one of its three phases. */
function phases(count: number): LadderDocument {
  const doc = createLadder('kitchen', { participantLanguage: 'ar', mentor: 'Kari Nordmann' });
  return {
    ...doc,
    phases: Array.from({ length: count }, (_, p) => {
      const from = doc.phases[p % doc.phases.length]!;
      return { ...from, id: `p${p}`, tasks: from.tasks.slice(0, 2).map((task) => ({ ...task, id: `p${p}-${task.id}` })) };
    }),
  };
}

async function mount(width: number, count: number): Promise<VkTaskLadder> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"><vk-task-ladder .value=${phases(count)}></vk-task-ladder></div>`);
  const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
  await settle(el);
  await settle(el);
  return el;
}

/** Buttons whose text is drawn past their box. */
function spilling(el: VkTaskLadder): string[] {
  return shadowAll<HTMLButtonElement>(el, 'button')
    .filter((button) => {
      const box = button.getBoundingClientRect();
      if (!box.width) return false;
      const range = document.createRange();
      range.selectNodeContents(button);
      const text = range.getBoundingClientRect();
      return text.right > box.right + 1 || text.left < box.left - 1;
    })
    .map((button) => button.textContent?.trim() ?? '');
}

/** Rows of phases, top to bottom, each its phases' ids from the inline start. */
function rows(el: VkTaskLadder): string[][] {
  const byTop = new Map<number, Array<{ id: string; left: number }>>();
  for (const phase of shadowAll(el, '.phase')) {
    const box = phase.getBoundingClientRect();
    const top = Math.round(box.top);
    byTop.set(top, [...(byTop.get(top) ?? []), { id: phase.dataset.phase ?? '', left: box.left }]);
  }
  return [...byTop.entries()].sort(([a], [b]) => a - b).map(([, row]) => row.sort((a, b) => a.left - b.left).map((p) => p.id));
}

describe('task ladder: more than three phases side by side', () => {
  for (const [width, count, perRow] of [
    [1264, 5, 4],
    [1264, 7, 4],
    [1264, 10, 4],
    [900, 4, 3],
    [900, 10, 3],
  ] as const) {
    it(`${count} phases in a ${width} px ladder: ${perRow} a row, each at least 17.5em, the rest wrapping in reading order; nothing spills`, async () => {
      const el = await mount(width, count);
      const em = parseFloat(getComputedStyle(el).fontSize);
      const widths = shadowAll(el, '.phase').map((phase) => phase.getBoundingClientRect().width / em);
      expect(Math.min(...widths), 'the narrowest phase, in em').to.be.at.least(17.5 - 0.05);
      const drawn = rows(el);
      expect(drawn.map((row) => row.length)).to.deep.equal(Array.from({ length: Math.ceil(count / perRow) }, (_, r) => Math.min(perRow, count - r * perRow)));
      // Reading order (rows, then the inline direction) is the DOM's, which the arrow keys follow.
      expect(drawn.flat()).to.deep.equal(shadowAll(el, '.phase').map((phase) => phase.dataset.phase));
      expect(el.shadowRoot!.querySelector('[data-stacked]'), 'side by side: the element does not reorder them').to.equal(null);
      expect(overflowing(el)).to.deep.equal([]);
      expect(spilling(el)).to.deep.equal([]);
      expect(splitWords(el.shadowRoot!)).to.deep.equal([]);
    });
  }

  it('three phases still share one row at 54em (864 px), and two or three share the whole width of a wide ladder', async () => {
    const narrow = await mount(864, 3);
    expect(rows(narrow).map((row) => row.length)).to.deep.equal([3]);
    const wide = await mount(1264, 3);
    const [first] = shadowAll(wide, '.phase');
    expect(first!.getBoundingClientRect().width, 'a third of the width each, no empty fourth column').to.be.above(1264 / 3 - 12);
  });
});
