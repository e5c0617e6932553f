import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { settle } from '../helpers/index.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { endlessSpeech } from '../helpers/speech.js';
import { sampleLadder } from './sample.js';

const task = (el: VkTaskLadder, id: string): HTMLElement =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.task-button')].find((b) => b.dataset.key === id)!.closest('li') as HTMLElement;

// As the board (6 Dec): a task being read aloud went on being read after the ladder was disabled,
// still shown as being read, and the second press that stops it did nothing (a disabled ladder
// takes no press), so the participant could not stop it.
describe('task ladder: disabled while a task is being read aloud', () => {
  afterEach(() => setSpeechEngine(null));

  for (const how of ['disabled', 'fieldset'] as const) {
    it(`${how}: the reading stops and the task is no longer shown as being read`, async () => {
      const speech = endlessSpeech();
      setSpeechEngine(speech.engine);
      const form = await fixture<HTMLFormElement>(html`<form><fieldset><vk-task-ladder mode="participant" .value=${sampleLadder()}></vk-task-ladder></fieldset></form>`);
      const el = form.querySelector('vk-task-ladder') as VkTaskLadder;
      await el.updateComplete;
      task(el, 't1').querySelector<HTMLElement>('.read-control')!.click();
      await settle(el);
      expect(task(el, 't1').hasAttribute('data-reading'), 'being read').to.equal(true);
      if (how === 'disabled') el.disabled = true;
      else form.querySelector('fieldset')!.disabled = true;
      await settle(el);
      expect(speech.stopped, 'the voice stopped').to.deep.equal(['Ta oppvasken']);
      expect(task(el, 't1').hasAttribute('data-reading')).to.equal(false);
    });
  }
});
