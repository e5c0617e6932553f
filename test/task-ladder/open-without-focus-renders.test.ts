/**
 * A long ladder's first frame shows a screenful of tasks (the rest follow after it is painted, or at the first focus in the
 * ladder: `#preload`). A task opened by a click that put no focus first (a host's `click()`, a screen reader's) opens the
 * details, which take focus: that first focus rendered every task after the update that opened them, inside it (Lit's
 * dev-mode warning "Element vk-task-ladder scheduled an update … after an update completed", change-in-update). Now the open
 * renders every task in its own update.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { loadPanel } from '../../src/task-ladder/ladder-lazy.js';
import { countUpdates, focused, litWarnings, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

const frame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));

/** The sample ladder with 60 more tasks in its first phase: longer than a screenful. */
function longLadder(): LadderDocument {
  const doc = sampleLadder();
  const more = Array.from({ length: 60 }, (_, i) => ({ id: `x${i}`, title: `Oppgave ${i}`, level: 'not-started' as const }));
  return { ...doc, phases: doc.phases.map((phase, i) => (i ? phase : { ...phase, tasks: [...phase.tasks, ...more] })) };
}

describe('vk-task-ladder: a long ladder’s task opened by a click with no focus first', () => {
  before(() => loadPanel());

  it('opens the details with every task rendered, in one update, without Lit’s change-in-update warning', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${longLadder()}></vk-task-ladder>`);
    await el.updateComplete;
    expect(shadowAll(el, '.task-button').length, 'the first frame: a screenful').to.be.below(64);
    const updates = countUpdates(el);
    const warnings = await litWarnings(async () => {
      shadowAll(el, '.task-button')[1].click();
      await el.updateComplete;
      await frame();
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('after an update completed')), 'Lit warnings').to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'open').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('.vk-popover')!.contains(focused(el)), 'focus in the details').to.equal(true);
    expect(shadowAll(el, '.task-button').length, 'every task').to.equal(64);
    expect(updates.count, 'updates').to.equal(1);
  });
});
