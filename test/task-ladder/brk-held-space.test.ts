import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { press, record, shadow } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

// Space held down sends keydown again and again (`repeat: true`). Each one advanced the level (an
// adviser's slow release cycled a task through every level) or, in participant mode, started and
// stopped reading in turn. A button acts on Space once per press.
describe('task ladder: Space held down', () => {
  afterEach(() => setSpeechEngine(null));

  it('adviser: advances the level once', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    const events = record(el, 'vk-change');
    const task = shadow(el, '.task-button[data-key="t3"]');
    task.focus();
    press(task, ' ');
    for (let i = 0; i < 4; i++) press(task, ' ', { repeat: true });
    expect(events.length).to.equal(1);
    expect(el.value?.phases[0].tasks[2].level).to.equal('with-support');
  });

  it('participant: starts reading once and keeps reading', async () => {
    const spoken: string[] = [];
    // A voice that speaks until stopped.
    setSpeechEngine({
      hasVoice: () => true,
      speak: (words, _lang, signal) => (spoken.push(words), new Promise((resolve) => signal.addEventListener('abort', () => resolve()))),
      play: async () => undefined,
    });
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder mode="participant" .value=${sampleLadder()}></vk-task-ladder>`);
    const task = shadow(el, '.task-button[data-key="t3"]');
    task.focus();
    press(task, ' ');
    await el.updateComplete;
    for (let i = 0; i < 3; i++) {
      press(task, ' ', { repeat: true });
      await el.updateComplete;
    }
    expect(spoken.length, 'read once').to.equal(1);
    expect(task.getAttribute('aria-pressed'), 'still reading').to.equal('true');
  });
});
