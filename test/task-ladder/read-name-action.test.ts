import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { setLocale } from '../../src/core/localize.js';
import { accessibilityTree, type AxNode } from '../a11y/a11y-tree.js';
import { endlessSpeech, sayingSpeech } from '../helpers/speech.js';
import { settle, shadowAll } from '../helpers/index.js';
import { sampleLadder } from './sample.js';

// A task's read-aloud button was named by its state where nothing could be heard: "Kan ikke leses
// opp (Ta oppvasken)" instead of the action. A control's name says what it does; that it cannot
// do it now is its state (aria-disabled) and its description (the words a press announces). The
// name and the visible words are the same whether a voice exists or not, so a speech-input user
// says the same words, and a screen reader hears one button (as the plan board's columns, 5bf169f6).

const silentEngine = { hasVoice: () => false, speak: async () => {}, play: async () => {} };
const unavailable = 'Kan ikke leses opp: ingen lydopptak og ingen stemme for dette språket.';

/** `name [unavailable|available] : description` of a button node. */
const line = (b: AxNode): string => `${b.name} [${b.disabled ? 'unavailable' : 'available'}] : ${b.description ?? ''}`;
/** `name [pressed|not pressed]` of a button node. */
const toggle = (b: AxNode): string => `${b.name} [${b.pressed ? 'pressed' : 'not pressed'}]`;

async function ladder(doc: LadderDocument, mode: string): Promise<{ el: VkTaskLadder; root: HTMLElement }> {
  const root = await fixture<HTMLElement>(html`<div id="read-names" role="region" aria-label="test"><vk-task-ladder mode=${mode} .value=${doc}></vk-task-ladder></div>`);
  const el = root.firstElementChild as VkTaskLadder;
  await settle(el);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return { el, root };
}

/** Each task card's read-aloud button (the last control of its list item) in Chromium's accessibility tree. */
async function cardReadButtons(show = line): Promise<string[]> {
  const found: string[] = [];
  const walk = (node: AxNode): void => {
    if (node.role === 'listitem') {
      const buttons = (node.children ?? []).filter((k) => k.role === 'button');
      if (buttons.length > 1) found.push(show(buttons[buttons.length - 1]));
    }
    (node.children ?? []).forEach(walk);
  };
  walk(await accessibilityTree('#read-names'));
  return found;
}

/** The details dialog's read-aloud button (its first button). */
async function panelReadButton(el: VkTaskLadder, id: string): Promise<string> {
  shadowAll(el, '.task-button').find((b) => b.dataset.key === id)!.click();
  await settle(el);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  let button: AxNode | undefined;
  const walk = (node: AxNode, inDialog: boolean): void => {
    const here = inDialog || node.role === 'dialog';
    if (here && !button && node.role === 'button') button = node;
    (node.children ?? []).forEach((k) => walk(k, here));
  };
  walk(await accessibilityTree('#read-names'), false);
  return button ? line(button) : 'no button in the details';
}

/** The sample with one phase of two tasks, so the lists are short. */
function twoTasks(): LadderDocument {
  const doc = sampleLadder();
  return { ...doc, phases: [{ ...doc.phases[0], tasks: doc.phases[0].tasks.slice(0, 2) }] };
}

describe('task ladder: a task\'s read-aloud button is named by its action, in every state', () => {
  afterEach(async () => {
    setSpeechEngine(null);
    await setLocale('nb');
  });

  it('no voice, no recording (participant cards): "Les opp (task)", unavailable (aria-disabled), described by why', async () => {
    setSpeechEngine(silentEngine);
    const { el } = await ladder(twoTasks(), 'participant');
    expect(await cardReadButtons()).to.deep.equal([`Les opp (Ta oppvasken) [unavailable] : ${unavailable}`, `Les opp (Kutte grønnsaker) [unavailable] : ${unavailable}`]);
    // The words on the button are its name's (label in name), the same as when it can read.
    expect(shadowAll(el, '.read-control').map((b) => b.textContent?.trim())).to.deep.equal(['Les opp', 'Les opp']);
  });

  it('with a voice: the same name, available, no description', async () => {
    setSpeechEngine(sayingSpeech(['nb', 'ar']).engine);
    await ladder(twoTasks(), 'participant');
    expect(await cardReadButtons()).to.deep.equal(['Les opp (Ta oppvasken) [available] : ', 'Les opp (Kutte grønnsaker) [available] : ']);
  });

  // While it read, the button was renamed "Stopp opplesning (Ta oppvasken)": a speech-input user
  // saying "Les opp" found no such button, and a screen reader heard another control. As the plan
  // board's column button: one name, `aria-pressed` while reading, the stop shown by its icon only.
  it('while it reads: the same name, pressed; the same words on it; not pressed once stopped', async () => {
    setSpeechEngine(endlessSpeech().engine);
    const { el } = await ladder(twoTasks(), 'participant');
    expect(await cardReadButtons(toggle)).to.deep.equal(['Les opp (Ta oppvasken) [not pressed]', 'Les opp (Kutte grønnsaker) [not pressed]']);
    const first = shadowAll(el, '.read-control')[0];
    first.click();
    await settle(el);
    expect(await cardReadButtons(toggle)).to.deep.equal(['Les opp (Ta oppvasken) [pressed]', 'Les opp (Kutte grønnsaker) [not pressed]']);
    expect(first.textContent?.trim(), 'its visible words').to.equal('Les opp');
    // The stop state by its icon: a square (the unmasked box, at half size) instead of the speaker.
    const stop = getComputedStyle(first, '::before');
    expect([stop.maskImage, stop.scale]).to.deep.equal(['none', '0.5']);
    first.click();
    await settle(el);
    expect(await cardReadButtons(toggle)).to.deep.equal(['Les opp (Ta oppvasken) [not pressed]', 'Les opp (Kutte grønnsaker) [not pressed]']);
    expect(getComputedStyle(first, '::before').maskImage).to.contain('M16 9a4 4');
  });

  it('the details\' read-aloud button (adviser mode) keeps the same name where nothing can be heard', async () => {
    setSpeechEngine(silentEngine);
    const { el } = await ladder(twoTasks(), 'adviser');
    expect(await panelReadButton(el, 't2')).to.equal(`Les opp (Kutte grønnsaker) [unavailable] : ${unavailable}`);
  });

  it('in the UI language (Arabic): the action as its name, why it is unavailable as its description', async () => {
    setSpeechEngine(silentEngine);
    await setLocale('ar');
    await ladder(twoTasks(), 'participant');
    expect((await cardReadButtons())[0]).to.equal('قراءة بصوت عالٍ (غسل الأطباق) [unavailable] : لا يمكن القراءة بصوت عالٍ: لا يوجد تسجيل صوتي ولا صوت لهذه اللغة.');
  });
});
