import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { nextFrame } from '@open-wc/testing';
import { settle } from '../helpers/index.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { endlessSpeech } from '../helpers/speech.js';
import { cardButton, readingBoard } from '../plan-board/helpers.js';
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
    expect(speech.stopped).to.deep.equal(['Norskkurs']);
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
});
