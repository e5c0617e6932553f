import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument, Task } from '../../src/task-ladder/task-ladder.types.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { setLocale } from '../../src/core/localize.js';
import { sayingSpeech } from '../helpers/speech.js';
import { settle, shadowAll } from '../helpers/index.js';
import { accessibilityTree, type AxNode } from '../a11y/a11y-tree.js';

// The read-aloud rule (one for board and ladder, 7 Dec): where the Norwegian line can be heard but
// the participant-language line cannot (no recording, no voice, no text in it), the read button
// stays enabled and reads what it can, and the card says "Ingen lyd på tigrinja" with the
// crossed-out speaker. Before, the participant's card said nothing: a press read the Norwegian and
// the participant silently missed their language.

function ladder(participantLanguage: string, tasks: Task[]): LadderDocument {
  return { version: 1, title: 'Praksis', participantLanguage, phases: [{ id: 'p1', title: 'Fase 1', tasks }] };
}

const tasks: Task[] = [
  { id: 'both', title: { nb: 'Ta oppvasken', ti: 'ሳሕኒ ምሕጻብ' }, level: 'not-started' },
  { id: 'nb-only', title: { nb: 'Vaske gulv' }, level: 'not-started' },
  { id: 'recorded', title: { nb: 'Tørke av benker' }, audio: { ti: '/recordings/benker-ti.webm' }, level: 'not-started' },
];

async function mount(doc: LadderDocument, mode = 'participant'): Promise<VkTaskLadder> {
  const el = await fixture<VkTaskLadder>(html`<vk-task-ladder mode=${mode} .value=${doc}></vk-task-ladder>`);
  await settle(el);
  return el;
}

const item = (el: VkTaskLadder, id: string): HTMLElement => shadowAll(el, '.task-button').find((b) => b.dataset.key === id)!.closest('li')!;
/** Per task: its badge's words ('' without one) and its read button's state. */
const cards = (el: VkTaskLadder): string[] =>
  shadowAll(el, '.task-button').map((b) => {
    const li = b.closest('li')!;
    const badge = li.querySelector('.task-button .no-sound')?.textContent?.trim() ?? '';
    const read = li.querySelector('.read-control');
    return `${b.dataset.key}: ${badge || '-'} [${read?.getAttribute('aria-disabled') === 'true' ? 'disabled' : 'enabled'}]`;
  });

describe('task ladder: "Ingen lyd på {språk}" where only the Norwegian line can be heard (the read-aloud rule, case 2)', () => {
  afterEach(async () => {
    setSpeechEngine(null);
    await setLocale('nb');
  });

  it('a Norwegian voice only: the tasks the participant cannot hear in Tigrinya say so, their button stays enabled', async () => {
    setSpeechEngine(sayingSpeech(['nb']).engine);
    const el = await mount(ladder('ti', tasks));
    expect(cards(el)).to.deep.equal(['both: Ingen lyd på \u2068tigrinja\u2069 [enabled]', 'nb-only: Ingen lyd på \u2068tigrinja\u2069 [enabled]', 'recorded: - [enabled]']);
    // The crossed-out speaker the ladder draws for "no sound" (ladder-icons.ts), and the words in the task's name.
    const badge = item(el, 'both').querySelector<HTMLElement>('.no-sound')!;
    expect(getComputedStyle(badge, '::before').maskImage, 'its icon: the speaker crossed out').to.contain('M16 9l5 6M21 9l-5 6');
    expect(badge.closest('.task-button'), 'inside the task button: part of its name').to.not.equal(null);
  });

  it('a Tigrinya voice too: only a task with no Tigrinya text says so', async () => {
    setSpeechEngine(sayingSpeech(['nb', 'ti']).engine);
    const el = await mount(ladder('ti', tasks));
    expect(cards(el)).to.deep.equal(['both: - [enabled]', 'nb-only: Ingen lyd på \u2068tigrinja\u2069 [enabled]', 'recorded: - [enabled]']);
  });

  it('pressed, such a task reads the Norwegian it can; the badge is the participant\'s (the adviser is asked to record one)', async () => {
    const speech = sayingSpeech(['nb']);
    setSpeechEngine(speech.engine);
    const el = await mount(ladder('ti', tasks));
    expect(item(el, 'both').querySelector('.no-sound')?.textContent).to.equal('Ingen lyd på \u2068tigrinja\u2069');
    item(el, 'both').querySelector<HTMLElement>('.read-control')!.click();
    await settle(el);
    expect(speech.said).to.deep.equal(['nb:Ta oppvasken']);
    const adviser = await mount(ladder('ti', tasks), 'adviser');
    expect(shadowAll(adviser, '.task-button .no-sound')).to.have.length(0);
    expect(shadowAll(adviser, '.no-voice')).to.have.length(2);
  });

  it('only case 2 has it: not where nothing can be heard (case 3: the aria-disabled button), nor for a Norwegian (nynorsk) participant', async () => {
    setSpeechEngine(sayingSpeech([]).engine);
    const silent = cards(await mount(ladder('ti', tasks.slice(0, 2))));
    setSpeechEngine(sayingSpeech(['nb']).engine);
    const nynorsk = cards(await mount(ladder('nn', tasks.slice(0, 2))));
    const tigrinya = cards(await mount(ladder('ti', tasks.slice(0, 2))));
    expect({ silent, nynorsk, tigrinya }).to.deep.equal({
      silent: ['both: - [disabled]', 'nb-only: - [disabled]'],
      nynorsk: ['both: - [enabled]', 'nb-only: - [enabled]'],
      tigrinya: ['both: Ingen lyd på \u2068tigrinja\u2069 [enabled]', 'nb-only: Ingen lyd på \u2068tigrinja\u2069 [enabled]'],
    });
  });

  it('a screen reader hears it in the task\'s name (the card button in participant mode), the read button enabled and named by its action', async () => {
    setSpeechEngine(sayingSpeech(['nb']).engine);
    await fixture(html`<div id="no-sound-in" role="region" aria-label="test"><vk-task-ladder mode="participant" .value=${ladder('ti', tasks.slice(0, 1))}></vk-task-ladder></div>`);
    await settle(document.querySelector('vk-task-ladder') as VkTaskLadder);
    const buttons: string[] = [];
    const walk = (node: AxNode): void => {
      if (node.role === 'button') buttons.push(`${node.name} [${node.disabled ? 'unavailable' : 'available'}]`);
      (node.children ?? []).forEach(walk);
    };
    walk(await accessibilityTree('#no-sound-in'));
    expect(buttons.find((b) => b.startsWith('Ta oppvasken')), 'the task').to.contain('Ingen lyd på \u2068tigrinja\u2069').and.contain('[available]');
    expect(buttons, 'its read button').to.include('Les opp (Ta oppvasken) [available]');
  });

  // QA (participants who read little): a task with no title and a pictogram (vk:bus) in an Arabic UI
  // for an Arabic participant is read as the picture's Arabic word, yet its card said "No sound in Arabic".
  it('a picture-only task whose word is spoken in the participant language (the UI\'s) has no badge', async () => {
    const speech = sayingSpeech(['nb', 'ar']);
    setSpeechEngine(speech.engine);
    await setLocale('ar');
    const el = await mount(ladder('ar', [{ id: 'bus', title: '', pictogram: 'vk:bus', level: 'not-started' }]));
    item(el, 'bus').querySelector<HTMLElement>('.read-control')!.click();
    await settle(el);
    expect(speech.said, 'read in Arabic').to.have.length(1);
    expect(speech.said[0]).to.match(/^ar:./);
    expect(cards(el)).to.deep.equal(['bus: - [enabled]']);
    // Without an Arabic voice, nothing of it can be heard: case 3, no badge either, the button aria-disabled.
    setSpeechEngine(sayingSpeech(['nb']).engine);
    expect(cards(await mount(ladder('ar', [{ id: 'bus', title: '', pictogram: 'vk:bus', level: 'not-started' }])))).to.deep.equal(['bus: - [disabled]']);
  });

  it('in an Arabic UI: the words and the language name in Arabic, the name isolated', async () => {
    setSpeechEngine(sayingSpeech(['nb']).engine);
    await setLocale('ar');
    const el = await mount(ladder('ti', tasks.slice(0, 1)));
    expect(cards(el)).to.deep.equal(['both: لا يوجد صوت باللغة \u2068التغرينية\u2069 [enabled]']);
  });
});
