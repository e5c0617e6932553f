import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { setLocale } from '../../src/core/localize.js';
import { accessibilityTree, type AxNode } from '../a11y/a11y-tree.js';
import { sayingSpeech } from '../helpers/speech.js';
import { samplePlan } from './helpers.js';

// A column's read-aloud button was named by its state where nothing could be heard: "Kolonnen
// Mandag kan ikke leses opp" instead of the action. A control's name says what it does; that it
// cannot do it now is its state (aria-disabled) and its description ("Opplesing ikke
// tilgjengelig", what a press announces). The name is the same whether a voice exists or not,
// so a speech-input user says the same words, and a screen reader hears one button.

const silentEngine = { hasVoice: () => false, speak: async () => {}, play: async () => {} };

/** Each column read-aloud button (the first button after a column's heading) in Chromium's accessibility tree: `name [state] : description`. */
async function readButtons(mode = 'adviser'): Promise<string[]> {
  const root = await fixture<HTMLElement>(html`<div id="read-names" role="region" aria-label="test"><vk-plan-board mode=${mode} .value=${samplePlan()}></vk-plan-board></div>`);
  await (root.firstElementChild as VkPlanBoard).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const found: string[] = [];
  const walk = (node: AxNode): void => {
    const kids = node.children ?? [];
    const heading = kids.findIndex((k) => k.role === 'heading');
    const button = heading >= 0 ? kids.slice(heading + 1).find((k) => k.role === 'button') : undefined;
    if (node.role === 'group' && button) found.push(`${button.name} [${button.disabled ? 'unavailable' : 'available'}] : ${button.description ?? ''}`);
    kids.forEach(walk);
  };
  walk(await accessibilityTree('#read-names'));
  return found;
}

describe('plan board: a column\'s read-aloud button is named by its action, in every state', () => {
  afterEach(async () => {
    setSpeechEngine(null);
    await setLocale('nb');
  });

  for (const mode of ['adviser', 'participant']) {
    it(`no voice (${mode}): "Les opp kolonnen Mandag", unavailable (aria-disabled), described "Opplesing ikke tilgjengelig"`, async () => {
      setSpeechEngine(silentEngine);
      expect(await readButtons(mode)).to.deep.equal([
        'Les opp kolonnen Mandag [unavailable] : Opplesing ikke tilgjengelig',
        'Les opp kolonnen Tirsdag [unavailable] : Opplesing ikke tilgjengelig',
        'Les opp kolonnen Onsdag [unavailable] : Opplesing ikke tilgjengelig',
      ]);
    });
  }

  it('with a voice: the same name, available, no description', async () => {
    setSpeechEngine(sayingSpeech(['nb', 'ar']).engine);
    expect(await readButtons()).to.deep.equal(['Les opp kolonnen Mandag [available] : ', 'Les opp kolonnen Tirsdag [available] : ', 'Les opp kolonnen Onsdag [available] : ']);
  });

  it('in the UI language (Arabic): the action as its name, why it is unavailable as its description', async () => {
    setSpeechEngine(silentEngine);
    await setLocale('ar');
    expect((await readButtons())[0]).to.equal('قراءة العمود الاثنين بصوت عالٍ [unavailable] : القراءة بصوت عالٍ غير متاحة');
  });
});
