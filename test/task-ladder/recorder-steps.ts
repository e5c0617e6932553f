import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VkAudioRecorder } from '../../src/core/recorder.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { settle, shadowAll } from '../helpers/index.js';

/** Opens the details of task `key` by keyboard (focus, Enter) and returns their recorder once it is defined and rendered. */
export async function openTaskRecorder(el: VkTaskLadder, key = 't1'): Promise<VkAudioRecorder> {
  shadowAll(el, '.task-button').find((b) => b.dataset.key === key)!.focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
  await waitUntil(() => el.shadowRoot!.querySelector('.vk-popover vk-audio-recorder') && customElements.get('vk-audio-recorder'), 'no recorder');
  const recorder = el.shadowRoot!.querySelector<VkAudioRecorder>('.vk-popover vk-audio-recorder')!;
  await recorder.updateComplete;
  return recorder;
}

/** The recorder in the ladder's open panel (details or "Ta opp stemme"), if any. */
export const popoverRecorder = (el: VkTaskLadder): VkAudioRecorder | null => el.shadowRoot!.querySelector<VkAudioRecorder>('.vk-popover vk-audio-recorder');

/** Opens the first task's "Ta opp stemme" view (its card's record control) and returns its recorder once it is defined. */
export async function openRecordView(el: VkTaskLadder): Promise<VkAudioRecorder> {
  shadowAll(el, '.record-control')[0].click();
  await settle(el);
  await waitUntil(() => popoverRecorder(el) && customElements.get('vk-audio-recorder'), 'no recorder');
  return popoverRecorder(el)!;
}

/** Records a one-second take with Chromium's fake microphone, until the recorder offers it for review. */
export async function recordTake(recorder: VkAudioRecorder): Promise<void> {
  recorder.maxSeconds = 1;
  void recorder.record();
  await waitUntil(() => recorder.state === 'review', 'no take under review', { timeout: 8000 });
}
