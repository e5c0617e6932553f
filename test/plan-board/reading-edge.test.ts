import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { sampleLadder } from '../task-ladder/sample.js';
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

  it('the crossed-out speakers of "Ingen lyd" face the reading direction, as the read buttons do (board and ladder)', async () => {
    setSpeechEngine({ hasVoice: () => false, speak: async () => {}, play: async () => false });
    try {
      const flips = (root: ShadowRoot, selector: string, pseudo?: string) =>
        Array.from(root.querySelectorAll(selector)).map((i) => getComputedStyle(i, pseudo).transform);
      for (const [dir, expected] of [['ltr', 'none'], ['rtl', 'matrix(-1, 0, 0, 1, 0, 0)']] as const) {
        const el = await board(dir, 'participant');
        const badges = flips(el.shadowRoot!, '.silent-badge .icon');
        expect(badges.length, 'silent cards').to.be.greaterThan(0);
        expect(new Set([...badges, ...flips(el.shadowRoot!, '.read .icon')]), `board, ${dir}`).to.deep.equal(new Set([expected]));
        const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir}><vk-task-ladder mode="participant" .value=${sampleLadder()}></vk-task-ladder></div>`);
        const ladder = wrapper.querySelector<VkTaskLadder>('vk-task-ladder')!;
        await ladder.updateComplete;
        // The ladder says "Ingen lyd for denne ennå" once a press could not be heard.
        ladder.shadowRoot!.querySelector<HTMLElement>('.read-control')!.click();
        await new Promise<void>((resolve) => setTimeout(resolve));
        await ladder.updateComplete;
        const notices = flips(ladder.shadowRoot!, '.no-sound', '::before');
        expect(notices.length, 'silent tasks').to.be.greaterThan(0);
        expect(new Set([...notices, ...flips(ladder.shadowRoot!, '.read-control', '::before')]), `ladder, ${dir}`).to.deep.equal(new Set([expected]));
      }
    } finally {
      setSpeechEngine(null);
    }
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
