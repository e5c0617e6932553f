/**
 * Screen-reader QA #6 (7 Dec 2026): the board's popovers (move, edit, new card, proposal) were always `<h2>`, whatever the
 * board's `heading-level`: with the default (2) a popover's heading was the board title's level, with `heading-level="4"` above
 * it. The tracker's and the ladder's details follow the level. A popover's heading is now one level below the board's title,
 * at most 6, as the columns are.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { accessibilityTree, type AxNode } from '../a11y/a11y-tree.js';
import { frame, menuAction, samplePlan } from './helpers.js';

const all = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(all)];
const sr = (el: VkPlanBoard): ShadowRoot => el.shadowRoot as ShadowRoot;

let hosts = 0;
async function board(level: string | null, mode: 'adviser' | 'participant' = 'adviser'): Promise<{ el: VkPlanBoard; id: string }> {
  const id = `panel-level-host-${++hosts}`;
  const wrapper = await fixture<HTMLDivElement>(html`<div id=${id} role="group" aria-label="Host"><vk-plan-board mode=${mode} ?proposals=${mode === 'participant'} heading-level=${level ?? ''} .value=${samplePlan()}></vk-plan-board></div>`);
  const el = wrapper.querySelector('vk-plan-board') as VkPlanBoard;
  await el.updateComplete;
  return { el, id };
}

/** The level of the open popover's heading (its `#panel-title`), as the accessibility tree has it, waiting for its chunk. */
async function panelLevel(el: VkPlanBoard, id: string, expected: string): Promise<number | undefined> {
  for (let i = 0; i < 200 && !(sr(el).querySelector('.vk-popover #panel-title')?.textContent ?? '').includes(expected); i++) await frame();
  const title = sr(el).querySelector('.vk-popover #panel-title');
  expect(title?.textContent, 'the popover heading').to.contain(expected);
  const heading = all(await accessibilityTree(`#${id}`)).find((n) => n.role === 'heading' && (n.name ?? '').includes(expected));
  expect(heading, `a heading "${expected}"`).to.not.equal(undefined);
  return heading!.level;
}

const opens: Array<[string, string, 'adviser' | 'participant', (el: VkPlanBoard) => Promise<void>]> = [
  ['move', 'Flytt', 'adviser', (el) => menuAction(el, 'c1', 'move')],
  ['edit', 'Norskkurs', 'adviser', (el) => menuAction(el, 'c1', 'edit')],
  ['new card', 'Nytt kort', 'adviser', async (el) => {
    sr(el).querySelector<HTMLElement>('.add[data-add="tue"]')!.click();
    await el.updateComplete;
  }],
  ['proposal: picture', 'Foreslå et kort', 'participant', async (el) => {
    sr(el).querySelector<HTMLElement>('.propose')!.click();
    await el.updateComplete;
  }],
  ['proposal: day', 'Tannlege', 'participant', async (el) => {
    sr(el).querySelector<HTMLElement>('.propose')!.click();
    await el.updateComplete;
    for (let i = 0; i < 200 && !sr(el).querySelector('.vk-popover .picker-option[data-pictogram="vk:dentist"]'); i++) await frame();
    sr(el).querySelector<HTMLElement>('.vk-popover .picker-option[data-pictogram="vk:dentist"]')!.click();
    await el.updateComplete;
  }],
];

describe('plan board: a popover heading is one level below the board title', () => {
  for (const [what, words, mode, open] of opens) {
    for (const [level, expected] of [[null, 3], ['4', 5], ['6', 6]] as const) {
      it(`${what}, heading-level ${level ?? 'default (2)'}: level ${expected}`, async () => {
        const { el, id } = await board(level, mode);
        await open(el);
        expect(await panelLevel(el, id, words)).to.equal(expected);
      });
    }
  }
});
