/**
 * A click on a card's pointer shortcut ("Neste nivå", "Les opp": `tabindex="-1"`), then the arrow
 * keys. Before 7 Dec 2026 (a newcomer's QA: ptr1) the click left focus on the shortcut, where the
 * arrows did nothing until Tab. Now the click leaves focus on the card's task (the roving stop).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { focused, settle, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

async function click(target: HTMLElement): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

const shortcut = (el: VkTaskLadder, id: string, control: string): HTMLElement =>
  shadowAll(el, '.task').find((t) => t.querySelector<HTMLElement>('.task-button')?.dataset.key === id)!.querySelector<HTMLElement>(control)!;

describe('task ladder: a click on a card’s shortcut, then the arrow keys', () => {
  for (const [mode, control, what] of [
    ['adviser', '.level-control', 'Neste nivå'],
    ['participant', '.read-control', 'Les opp'],
  ] as const) {
    it(`${what} (${mode}): focus on the card's task, and ArrowDown moves on to the next task`, async () => {
      const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()} mode=${mode}></vk-task-ladder>`);
      await settle(el);
      // t3: not started, so "Neste nivå" stays on its card after the click (one that goes, as t2's does, already left focus on the task).
      await click(shortcut(el, 't3', control));
      await settle(el);
      expect(shortcut(el, 't3', control).isConnected, 'the shortcut is still there').to.equal(true);
      expect((focused(el) as HTMLElement).dataset.key, 'on the card’s task').to.equal('t3');
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect((focused(el) as HTMLElement).dataset.key).to.equal('t4');
    });
  }
});
