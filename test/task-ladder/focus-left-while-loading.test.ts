import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { VkAudioRecorder } from '../../src/core/recorder.js';
import { settle, shadow, shadowAll } from '../helpers/index.js';
import { settled } from '../core/hold-updates.js';
import { sampleLadder } from './sample.js';
import { openTaskRecorder } from './recorder-steps.js';

// Focus the ladder moved later than the user's own key or press — once a lazy chunk arrived, or a take
// was converted — was moved even when the user had gone on to the page's next control meanwhile: taken
// back from where the user had put it (as the board, calendar and tracker did; core/roving-focus.ts `focusOurs`).
async function ladder(): Promise<{ el: VkTaskLadder; after: HTMLButtonElement }> {
  const wrap = await fixture<HTMLDivElement>(html`<div><vk-task-ladder .value=${sampleLadder()}></vk-task-ladder><button id="after">Lagre</button></div>`);
  const el = wrap.querySelector('vk-task-ladder') as VkTaskLadder;
  await settle(el);
  await waitUntil(() => shadowAll(el, '.task-button').length > 0, 'tasks drawn');
  return { el, after: wrap.querySelector('#after') as HTMLButtonElement };
}

/** Starts the details' recorder and waits until it has recorded something (a take to convert on Save). */
async function recording(recorder: VkAudioRecorder): Promise<void> {
  recorder.maxSeconds = 30;
  await recorder.record();
  for (let i = 0; (recorder as unknown as { elapsed: number }).elapsed < 1 && i < 600; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

// Resource timing keeps 250 entries by default and drops the rest: in a whole run this page's own modules can fill it first.
performance.setResourceTimingBufferSize(100_000);

describe('task ladder: focus the user moved on while the ladder was still busy', () => {
  // First: the details' chunk must not be loaded yet on this page.
  it('Enter on a task, then on to the page’s control before the details’ chunk arrived: the details stay closed, focus stays', async () => {
    const { el, after } = await ladder();
    const button = shadow(el, '.task-button[tabindex="0"]');
    button.focus();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    after.focus();
    await waitUntil(() => performance.getEntriesByType('resource').some((e) => /task-panel\.(ts|js)/.test(e.name)), 'the chunk requested');
    await settled();
    await settled();
    expect(document.activeElement, 'focus stays where the user put it').to.equal(after);
    expect(el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'the details stay closed').to.equal(null);
  });

  for (const stay of [false, true]) {
    it(`"Lagre nivå" while the details' take is converted, ${stay ? 'focus left in the details: focus back on the task' : 'then on to the page’s control: level and take saved, focus stays there'}`, async () => {
      const { el, after } = await ladder();
      const recorder = await openTaskRecorder(el, 't1');
      await recording(recorder);
      shadowAll<HTMLInputElement>(el, '.level-form input[name="level"]').find((r) => r.value === 'independent')!.checked = true;
      const save = shadow<HTMLButtonElement>(el, '.level-form .save-level');
      save.focus();
      // In one task: Lagre nivå (the take starts converting), then (or not) on to the page's control.
      save.click();
      if (!stay) after.focus();
      await waitUntil(() => !el.shadowRoot!.querySelector('.vk-popover:popover-open'), 'the details close', { timeout: 8000 });
      await settled();
      const task = el.value!.phases.flatMap((p) => p.tasks).find((t) => t.id === 't1')!;
      expect(task.level, 'the level saved').to.equal('independent');
      expect(task.audio, 'the take saved').to.not.equal(undefined);
      if (stay) expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key, 'focus back on the task').to.equal('t1');
      else expect(document.activeElement, 'focus stays where the user put it').to.equal(after);
    });
  }
});
