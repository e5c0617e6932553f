import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { settle } from '../helpers/index.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { setSpeechEngine } from '../../src/core/read-aloud.js';
import { endlessSpeech } from '../helpers/speech.js';
import { cardButton, samplePlan } from '../plan-board/helpers.js';
import { sampleLadder } from '../task-ladder/sample.js';

const announced = (el: Element): string => el.shadowRoot!.querySelector('[data-vk-announcer]')?.textContent ?? '';
const readControl = (el: VkTaskLadder, id: string): HTMLElement =>
  ([...el.shadowRoot!.querySelectorAll<HTMLElement>('.task-button')].find((b) => b.dataset.key === id)!.closest('li') as HTMLElement).querySelector<HTMLElement>('.read-control')!;

// As a card removed or a widget hidden mid-reading (reading-gone, reading-hidden): the host switches
// the participant language (ar → ti), or a `lang` around the widget changes, while a card or task
// is read. Before, the old reading went on in the old language (Arabic words under a card that now
// shows Tigrinya), and the press that would stop it started the new one instead. It stops, with
// nothing announced (a stop is no "cannot be read").
describe('the languages a widget reads in change mid-reading: the reading stops', () => {
  afterEach(() => setSpeechEngine(null));

  async function readingBoard(): Promise<{ el: VkPlanBoard; wrapper: HTMLElement; stopped: string[] }> {
    const speech = endlessSpeech();
    setSpeechEngine(speech.engine);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nb"><vk-plan-board mode="participant" .value=${samplePlan()}></vk-plan-board></div>`);
    const el = wrapper.querySelector<VkPlanBoard>('vk-plan-board')!;
    await settle(el);
    cardButton(el, 'c1').click();
    await settle(el);
    expect(speech.stopped, 'reading').to.deep.equal([]);
    return { el, wrapper, stopped: speech.stopped };
  }

  it('plan board: a new participantLanguage stops the card being read; the same one keeps it', async () => {
    const { el, stopped } = await readingBoard();
    el.value = samplePlan();
    await settle(el);
    expect(stopped, 'the same languages: reads on').to.deep.equal([]);
    el.value = { ...samplePlan(), participantLanguage: 'ti' };
    await settle(el);
    expect(stopped).to.deep.equal(['Norskkurs. 09:00–11:30']);
    expect(cardButton(el, 'c1').getAttribute('aria-pressed')).to.equal('false');
    expect(announced(el)).to.equal('');
  });

  it('plan board: a lang switched around it stops the day being read, and no later card is read', async () => {
    const { el, wrapper, stopped } = await readingBoard();
    el.shadowRoot!.querySelector<HTMLElement>('.column[data-column="mon"] .read')!.click();
    await settle(el);
    expect(stopped, 'the card\'s reading gave way to the day\'s').to.deep.equal(['Norskkurs. 09:00–11:30']);
    wrapper.lang = 'en';
    await settle(el);
    await settle(el);
    expect(stopped.length).to.equal(2);
    expect(el.shadowRoot!.querySelector('.column[data-column="mon"] .read')?.getAttribute('aria-pressed')).not.to.equal('true');
    expect(announced(el)).to.equal('');
  });

  it('task ladder: a new participantLanguage, or its own lang changed, stops the task being read', async () => {
    const speech = endlessSpeech();
    setSpeechEngine(speech.engine);
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder mode="participant" .value=${sampleLadder()}></vk-task-ladder>`);
    readControl(el, 't2').click();
    await settle(el);
    el.value = { ...sampleLadder(), participantLanguage: 'so' };
    await settle(el);
    expect(speech.stopped).to.deep.equal(['Kutte grønnsaker']);
    readControl(el, 't2').click();
    await settle(el);
    el.lang = 'en';
    await settle(el);
    expect(speech.stopped).to.deep.equal(['Kutte grønnsaker', 'Kutte grønnsaker']);
    expect(readControl(el, 't2').textContent).to.equal('Les opp');
    expect(announced(el)).to.equal('');
  });
});
