// QA of 87ecb38 and 939e2a1: a board inside a host application's own component (in its shadow
// root), the `lang` and the `visibility: hidden` on that component, outside the shadow root the
// board is in. The reading stops as for an ancestor in the same tree.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { settle } from '../helpers/index.js';
import { setSpeechEngine, type SpeechEngine } from '../../src/core/read-aloud.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { cardButton, samplePlan } from '../plan-board/helpers.js';

/** An engine whose each line lasts until `finish()` ends it (or it is stopped); `said` lists the lines begun. */
function steppedSpeech(): { engine: SpeechEngine; said: string[]; stopped: string[]; finish: () => void } {
  const said: string[] = [];
  const stopped: string[] = [];
  let end: (() => void) | undefined;
  const line = (what: string, signal: AbortSignal): Promise<void> =>
    new Promise((resolve) => {
      said.push(what);
      end = resolve;
      signal.addEventListener('abort', () => (stopped.push(what), resolve()));
    });
  return { said, stopped, finish: () => end?.(), engine: { hasVoice: () => true, speak: (text, _lang, signal) => line(text, signal), play: (url, signal) => line(url, signal) } };
}

async function boardInComponent(): Promise<{ outer: HTMLElement; el: VkPlanBoard }> {
  const outer = await fixture<HTMLDivElement>(html`<div lang="nb"></div>`);
  const root = outer.attachShadow({ mode: 'open' });
  const el = document.createElement('vk-plan-board') as VkPlanBoard;
  el.setAttribute('mode', 'participant');
  el.value = samplePlan();
  root.append(el);
  await settle(el);
  return { outer, el };
}

describe('QA: reading stops for a lang or visibility: hidden on a component around the board', () => {
  afterEach(() => setSpeechEngine(null));

  it('lang switched on the shadow host the board is in stops the card being read', async () => {
    const speech = steppedSpeech();
    setSpeechEngine(speech.engine);
    const { outer, el } = await boardInComponent();
    cardButton(el, 'c1').click();
    await settle(el);
    expect(speech.said).to.deep.equal(['Norskkurs. 09:00–11:30']);
    outer.lang = 'en';
    await settle(el);
    await settle(el);
    expect(speech.stopped).to.deep.equal(['Norskkurs. 09:00–11:30']);
    expect(cardButton(el, 'c1').getAttribute('aria-pressed')).to.equal('false');
  });

  it('visibility: hidden on the shadow host: the line being said ends, the next is not read', async () => {
    const speech = steppedSpeech();
    setSpeechEngine(speech.engine);
    const { outer, el } = await boardInComponent();
    cardButton(el, 'c1').click();
    await settle(el);
    expect(speech.said).to.deep.equal(['Norskkurs. 09:00–11:30']);
    outer.style.visibility = 'hidden';
    speech.finish();
    await settle(el);
    expect(speech.said, 'the Arabic line is not begun').to.deep.equal(['Norskkurs. 09:00–11:30']);
    outer.style.visibility = '';
    await settle(el);
    expect(cardButton(el, 'c1').getAttribute('aria-pressed')).to.equal('false');
  });
});
