import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { bigPlan, samplePlan } from './helpers.js';

// Two languages stacked in one card (Norwegian over the participant's Arabic) both start at the
// widget's reading edge: a line in the other direction does not jump to its own script's side
// (audit of 1 Dec: in Arabic widgets wrapped Norwegian lines hugged the left edge, while titles,
// levels and buttons sat on the right). A centred participant card centres both.

async function board(dir: 'ltr' | 'rtl', mode = 'adviser'): Promise<VkPlanBoard> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} style="inline-size: 900px"><vk-plan-board .value=${samplePlan()} mode=${mode}></vk-plan-board></div>`);
  const el = wrapper.querySelector('vk-plan-board')!;
  await el.updateComplete;
  return el;
}

/** The physical side each of a card's two language lines starts from. */
function sides(el: VkPlanBoard, card: string): string[] {
  const lines = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(`.card[data-card="${card}"] .card-text .vk-text`));
  expect(lines.length, 'a Norwegian and an Arabic line').to.be.at.least(2);
  expect(new Set(lines.map((l) => l.dir))).to.deep.equal(new Set(['ltr', 'rtl']));
  return lines.map((l) => getComputedStyle(l).textAlign);
}

describe('plan board: reading edge, reading direction and the column count (visual audit, 1 Dec)', () => {
  it('in a left-to-right widget, the Arabic line is aligned left like the Norwegian one', async () => {
    for (const side of sides(await board('ltr'), 'c1')) expect(side).to.equal('left');
  });

  it('in a right-to-left widget, the Norwegian line is aligned right like the Arabic one', async () => {
    for (const side of sides(await board('rtl'), 'c1')) expect(side).to.equal('right');
  });

  it('a participant card centres both lines', async () => {
    for (const side of sides(await board('rtl', 'participant'), 'c1')) expect(side).to.equal('center');
  });

  it('the undo and redo arrows point back and forward along the reading direction', async () => {
    const transform = (el: VkPlanBoard) => Array.from(el.shadowRoot!.querySelectorAll('.tool .icon')).map((i) => getComputedStyle(i).transform);
    expect(transform(await board('ltr'))).to.deep.equal(['none', 'none']);
    expect(transform(await board('rtl'))).to.deep.equal(['matrix(-1, 0, 0, 1, 0, 0)', 'matrix(-1, 0, 0, 1, 0, 0)']);
  });

  it('a column count of three digits stays inside its badge, with room at both ends', async () => {
    const plan = bigPlan(600);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px"><vk-plan-board .value=${plan}></vk-plan-board></div>`);
    const el = wrapper.querySelector('vk-plan-board')!;
    await el.updateComplete;
    const counts = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.count')).filter((c) => c.textContent!.trim().length >= 3);
    expect(counts.length).to.be.greaterThan(0);
    for (const count of counts) {
      const range = document.createRange();
      range.selectNodeContents(count);
      const text = range.getBoundingClientRect();
      const box = count.getBoundingClientRect();
      expect(text.left - box.left, 'start room').to.be.at.least(2);
      expect(box.right - text.right, 'end room').to.be.at.least(2);
    }
  });
});
