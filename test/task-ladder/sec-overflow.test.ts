// A task title or a participant's log entry full of combining marks ("Zalgo": hundreds of accents
// stacked on one letter) draws far above and below its line. It drew over the phase's heading and
// progress bar (measured at 300 marks a letter); a task's text now clips what it holds.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/task-ladder/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { createLadder } from '../../src/presets/index.js';

const zalgo = [...'Zalgo'].map((c, i) => c + Array.from({ length: 300 }, (_, j) => String.fromCharCode(0x300 + ((i * 7 + j) % 0x70))).join('')).join('');

describe('hostile task text', () => {
  it("a task's text (title, level, sign-off, latest log entry) is clipped to its card", async () => {
    const doc = createLadder('care', { mentor: { name: 'Eva' } }) as ReturnType<typeof createLadder> & { phases: Array<{ tasks: Array<Record<string, unknown>> }> };
    const task = doc.phases[0].tasks[0];
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder></vk-task-ladder>`);
    el.value = { ...doc, phases: [{ ...doc.phases[0], tasks: [{ ...task, title: zalgo, log: [{ date: '2026-03-02', by: 'participant', text: zalgo }] }, ...doc.phases[0].tasks.slice(1)] }, ...doc.phases.slice(1)] };
    await el.updateComplete;
    expect(el.error).to.equal(null);
    const text = el.shadowRoot?.querySelector<HTMLElement>('.task-text');
    expect(text?.textContent).to.include(zalgo.slice(0, 50));
    expect(getComputedStyle(text as HTMLElement).overflow).to.equal('clip');
  });
});
