import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { nextFrame } from '@open-wc/testing';
import { settle } from '../helpers/index.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { setSpeechEngine, type SpeechEngine } from '../../src/core/read-aloud.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { endlessSpeech } from '../helpers/speech.js';
import { cardButton, readingBoard, samplePlan } from '../plan-board/helpers.js';
import { sampleLadder } from '../task-ladder/sample.js';

const frames = async (): Promise<void> => {
  await nextFrame();
  await nextFrame();
};

// A host hides the widget while it reads: its own `hidden`, or a tab panel closed around it (the
// demo page's tabs). Before, the words went on, and the card, its highlight and the press that
// would stop them were gone from the screen with the widget.
describe('a widget hidden while it reads aloud stops reading', () => {
  afterEach(() => setSpeechEngine(null));

  it('plan board: `hidden` on the element stops the card being read; shown, it reads on until then', async () => {
    const { el, speech } = await readingBoard('c1');
    await frames();
    expect(speech.stopped, 'still reading while shown').to.deep.equal([]);
    expect(cardButton(el, 'c1').getAttribute('aria-pressed'), 'the card shows as being read').to.equal('true');
    el.hidden = true;
    await frames();
    expect(speech.stopped).to.deep.equal(['Norskkurs. 09:00–11:30']);
    el.hidden = false;
    await settle(el);
    expect(cardButton(el, 'c1').getAttribute('aria-pressed'), 'shown again: not being read').to.equal('false');
  });

  it('task ladder: a display: none ancestor (a closed tab panel) stops the task being read', async () => {
    const speech = endlessSpeech();
    setSpeechEngine(speech.engine);
    const panel = await fixture<HTMLDivElement>(html`<div><vk-task-ladder mode="participant" .value=${sampleLadder()}></vk-task-ladder></div>`);
    const el = panel.querySelector<VkTaskLadder>('vk-task-ladder')!;
    await settle(el);
    const task = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.task-button')].find((b) => b.dataset.key === 't2')!;
    (task.closest('li') as HTMLElement).querySelector<HTMLElement>('.read-control')!.click();
    await settle(el);
    await frames();
    expect(speech.stopped, 'still reading while shown').to.deep.equal([]);
    panel.style.display = 'none';
    await frames();
    expect(speech.stopped).to.deep.equal(['Kutte grønnsaker']);
  });

  it('task ladder: a <details> closed around it (an accordion) stops the task being read', async () => {
    // A closed <details> keeps its content's boxes, skipped (content-visibility: hidden): no resize is reported.
    const speech = endlessSpeech();
    setSpeechEngine(speech.engine);
    const details = await fixture<HTMLDetailsElement>(html`<details open><summary>Oppgaver</summary><vk-task-ladder mode="participant" .value=${sampleLadder()}></vk-task-ladder></details>`);
    const el = details.querySelector<VkTaskLadder>('vk-task-ladder')!;
    await settle(el);
    const task = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.task-button')].find((b) => b.dataset.key === 't2')!;
    (task.closest('li') as HTMLElement).querySelector<HTMLElement>('.read-control')!.click();
    await settle(el);
    await frames();
    expect(speech.stopped, 'still reading while open').to.deep.equal([]);
    details.open = false;
    await frames();
    expect(speech.stopped).to.deep.equal(['Kutte grønnsaker']);
  });

  // `visibility: hidden` (an ancestor's, as a host's own tabs or a fading dialog may use) keeps the
  // box in place: no resize, still in the viewport, and `checkVisibility()` without options says
  // rendered. Before, a day went on card after card out of sight. Nothing reports the change, so
  // the line being said ends by itself; the next is not read.
  it('plan board: visibility: hidden around it stops a day\'s reading before its next line, with nothing announced', async () => {
    const { engine, said, next } = stepSpeech();
    setSpeechEngine(engine);
    const wrapper = await fixture<HTMLDivElement>(html`<div><vk-plan-board mode="participant" .value=${samplePlan()}></vk-plan-board></div>`);
    const el = wrapper.querySelector<VkPlanBoard>('vk-plan-board')!;
    await settle(el);
    el.shadowRoot!.querySelector<HTMLElement>('.column[data-column="mon"] .read')!.click();
    await settle(el);
    next();
    await settle(el);
    expect(said, 'shown: the day reads on').to.deep.equal(['Mandag', 'الاثنين']);
    wrapper.style.visibility = 'hidden';
    next();
    await settle(el);
    await settle(el);
    expect(said, 'hidden: nothing after the line being said').to.deep.equal(['Mandag', 'الاثنين']);
    wrapper.style.visibility = '';
    await settle(el);
    expect(el.shadowRoot!.querySelector('.column[data-column="mon"] .read')?.getAttribute('aria-pressed')).to.equal('false');
    expect(el.shadowRoot!.querySelector('[data-vk-announcer]')?.textContent ?? '').to.equal('');
  });

  it('task ladder: visibility: hidden on it stops the task before its participant-language line', async () => {
    const { engine, said, next } = stepSpeech();
    setSpeechEngine(engine);
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder mode="participant" .value=${sampleLadder()}></vk-task-ladder>`);
    const task = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.task-button')].find((b) => b.dataset.key === 't2')!;
    (task.closest('li') as HTMLElement).querySelector<HTMLElement>('.read-control')!.click();
    await settle(el);
    expect(said).to.deep.equal(['Kutte grønnsaker']);
    el.style.visibility = 'hidden';
    next();
    await settle(el);
    expect(said).to.deep.equal(['Kutte grønnsaker']);
    expect(task.getAttribute('aria-pressed')).to.equal('false');
  });
});

/** A speech engine with every voice whose lines end one at a time, when the test calls `next()` (or when stopped). */
function stepSpeech(): { engine: SpeechEngine; said: string[]; next: () => void } {
  const said: string[] = [];
  let end: (() => void) | undefined;
  const speak = (text: string, signal: AbortSignal): Promise<void> =>
    new Promise((resolve) => {
      said.push(text);
      end = resolve;
      signal.addEventListener('abort', () => resolve());
    });
  return { said, next: () => end?.(), engine: { hasVoice: () => true, speak: (text, _lang, signal) => speak(text, signal), play: (url, signal) => speak(url, signal) } };
}
