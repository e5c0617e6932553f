import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { shadowAll } from '../helpers/index.js';
import { applyForcedColorRules, lowContrastTexts } from './contrast.js';
import { sampleLadder } from './sample.js';

describe('<vk-task-ladder> contrast', () => {
  afterEach(() => setSpeechEngine(null));

  for (const mode of ['adviser', 'participant']) {
    it(`every text is at least 4.5:1 over what it sits on (${mode}; current phase tint, levels, notices)`, async () => {
      setSpeechEngine({ hasVoice: () => false, speak: async () => {}, play: async () => {} });
      const el = await fixture<VkTaskLadder>(html`<vk-task-ladder mode=${mode} .value=${sampleLadder()}></vk-task-ladder>`);
      await el.updateComplete;
      if (mode === 'participant') {
        shadowAll(el, '.task-button')[1].click();
        await el.updateComplete;
        await el.updateComplete;
      }
      expect(lowContrastTexts(el.shadowRoot as ShadowRoot)).to.deep.equal([]);
    });
  }

  it('a task being read (highlighted) keeps its text at 4.5:1', async () => {
    setSpeechEngine({ hasVoice: () => true, speak: () => new Promise<void>(() => {}), play: async () => {} });
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder mode="participant" .value=${sampleLadder()}></vk-task-ladder>`);
    await el.updateComplete;
    shadowAll(el, '.task-button')[0].click();
    await el.updateComplete;
    expect(shadowAll(el, '.task[data-reading]')).to.have.length(1);
    expect(lowContrastTexts(el.shadowRoot as ShadowRoot)).to.deep.equal([]);
  });
});

describe('<vk-task-ladder> in forced colours', () => {
  it('the current phase has a double border and the focused task a solid outline', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    await el.updateComplete;
    applyForcedColorRules(el.shadowRoot as ShadowRoot);
    const phase = el.shadowRoot?.querySelector('.phase[aria-current="step"]') as HTMLElement;
    expect(getComputedStyle(phase).borderTopStyle).to.equal('double');
    const task = shadowAll(el, '.task-button')[0];
    task.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    expect(getComputedStyle(task).outlineStyle).to.equal('solid');
  });
});
