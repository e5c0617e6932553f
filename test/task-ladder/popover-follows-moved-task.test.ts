import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { focused, settle, shadow, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

// docs/task-ladder.md: "A host value that moves the open panel's task to another phase: the panel
// follows it." host-change-focus.test.ts checks the panel's left edge at 1000 px (phases side by
// side). Here the popover's box against the task's, before and after, in the wide layout (1280 px)
// and stacked on a phone (360 px), where the task goes up or down the page, not sideways: the
// panel stands next to the task at its new place (below it, or above it where there is no room
// below), not at the place the task left.

async function frames(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** The sample with task `id` moved to the top of the other phase. */
function movedToOtherPhase(id: string): LadderDocument {
  const doc = sampleLadder();
  const task = doc.phases.flatMap((p) => p.tasks).find((t) => t.id === id)!;
  return { ...doc, phases: doc.phases.map((p) => ({ ...p, tasks: p.tasks.some((t) => t.id === id) ? p.tasks.filter((t) => t.id !== id) : [task, ...p.tasks] })) };
}

const taskBox = (el: VkTaskLadder, id: string): DOMRect => shadowAll(el, '.task-button').find((b) => b.dataset.key === id)!.getBoundingClientRect();
const px = (b: DOMRect): string => `${Math.round(b.left)}–${Math.round(b.right)} × ${Math.round(b.top)}–${Math.round(b.bottom)}`;

/** The panel just below the task (6 px apart) or just above it, overlapping it across. */
function expectBeside(panel: DOMRect, task: DOMRect, when: string): void {
  const below = Math.abs(panel.top - (task.bottom + 6)) <= 1;
  const above = Math.abs(panel.bottom - (task.top - 6)) <= 1;
  expect(below || above, `${when}: panel ${px(panel)} below or above the task ${px(task)}`).to.equal(true);
  expect(panel.left < task.right && panel.right > task.left, `${when}: panel ${px(panel)} across the task ${px(task)}`).to.equal(true);
}

describe('<vk-task-ladder> details open on a task a host value moves to another phase', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [1280, 360]) {
    for (const [id, where] of [
      ['t4', 'from phase 2 to the top of phase 1'],
      ['t1', 'from phase 1 to the top of phase 2'],
    ] as const) {
      it(`${width} px: ${id} ${where}: the popover is placed beside the task where it now is, focus kept in it`, async () => {
        await setViewport({ width, height: 1200 });
        const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
        await settle(el);
        await waitUntil(() => shadowAll(el, '.task-button').length === 4, 'every task drawn');
        window.scrollTo(0, 0);
        shadowAll(el, '.task-button').find((b) => b.dataset.key === id)!.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => el.shadowRoot?.querySelector('.vk-popover[data-positioned="true"]'), 'the details open and are placed', { timeout: 5000 });
        await frames(2);
        const panel = shadow(el, '.vk-popover');
        const was = taskBox(el, id);
        expectBeside(panel.getBoundingClientRect(), was, 'opened');
        el.value = movedToOtherPhase(id);
        await settle(el);
        await frames(3);
        const now = taskBox(el, id);
        expect(Math.abs(now.top - was.top) + Math.abs(now.left - was.left), `the task moved (${px(was)} → ${px(now)})`).to.be.above(100);
        expect(shadow(el, '.vk-popover'), 'the same panel, still open').to.equal(panel);
        expect(panel.matches(':popover-open')).to.equal(true);
        expectBeside(panel.getBoundingClientRect(), now, 'moved');
        expect(panel.contains(focused(el)), 'focus in the panel').to.equal(true);
        // Escape: focus back on the task at its new place.
        await sendKeys({ press: 'Escape' });
        await settle(el);
        expect((focused(el) as HTMLElement | null)?.dataset.key).to.equal(id);
      });
    }
  }
});
