// A press of a picture-only card whose words failed to load waits (at most 2 s) for the words it asked for again
// (picture-words-press-waits.test.ts). The browser has one voice, so the latest press or reading wins: a reading begun
// anywhere meanwhile — another board's, any widget's core ReadAloud — or another board's press drops the waiting one, and
// the waiting card shows it is being read (pressed, data-speaking, aria-busy) from the press, so a second press is a
// visible "stop". Before (QA round 2, F1 and F3): board 1's press woke when its words came and cut off board 2's reading,
// and the waiting card showed nothing.
//
// Its own file: the Arabic words must not be loaded (here they never are: held, then failed).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { PlanCard, PlanDocument } from '../../src/plan-board/plan-board.types.js';
import { ReadAloud, setSpeechEngine } from '../../src/core/read-aloud.js';
import { loaders } from '../../src/core/localize.js';
import { cardButton, frame } from './helpers.js';
import { collect } from '../core/leak-helpers.js';

const plan = (card: Pick<PlanCard, 'id' | 'title' | 'pictogram'>): PlanDocument => ({
  version: 1,
  participantLanguage: 'ar',
  columns: [{ id: 'mon', title: { nb: 'Mandag' } }],
  cards: [{ ...card, columnId: 'mon' }],
});
const BUS = plan({ id: 'p1', title: '', pictogram: 'vk:bus' });
const TITLED = plan({ id: 't1', title: { nb: 'Norskkurs' }, pictogram: 'vk:norwegian-class' });

const settled = async (...els: VkPlanBoard[]): Promise<void> => {
  for (let i = 0; i < 4; i++) await frame();
  for (const el of els) await el.updateComplete;
};

describe('plan board: a press waiting for picture words', () => {
  const load = loaders.ar;
  let said: string[];
  let stopped: string[];
  /** The Arabic words: held until `release()`, then failed. */
  let release: () => void;
  beforeEach(() => {
    said = [];
    stopped = [];
    // Each utterance lasts until it is stopped: a reading cut off shows in `stopped`.
    setSpeechEngine({
      hasVoice: () => true,
      play: async () => true,
      speak: (text, lang, signal) => new Promise<void>((done) => {
        said.push(`${lang}:${text}`);
        signal.addEventListener('abort', () => (stopped.push(`${lang}:${text}`), done()));
      }),
    });
    let gate!: () => void;
    const held = new Promise<void>((open) => (gate = open));
    release = gate;
    // They fail once released (loaded, they would stay so for the page's next tests, which would not wait).
    loaders.ar = () => held.then(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
  });
  afterEach(() => {
    release();
    loaders.ar = load;
    setSpeechEngine(null);
  });

  /** Two participant boards, `first` and `second`. */
  async function boards(first: PlanDocument, second: PlanDocument): Promise<[VkPlanBoard, VkPlanBoard]> {
    const wrap = await fixture<HTMLElement>(html`<div>
      <vk-plan-board mode="participant" .value=${first}></vk-plan-board>
      <vk-plan-board mode="participant" .value=${second}></vk-plan-board>
    </div>`);
    const els = [...wrap.querySelectorAll('vk-plan-board')] as [VkPlanBoard, VkPlanBoard];
    await settled(...els);
    return els;
  }

  it("is dropped by a reading begun on another board: that reading is not cut off when the words come", async () => {
    const [one, two] = await boards(BUS, TITLED);
    cardButton(one, 'p1').click(); // waits for the Arabic words
    await settled(one, two);
    cardButton(two, 't1').click();
    await settled(one, two);
    expect(said, 'board 2 reads').to.deep.equal(['nb:Norskkurs']);
    release();
    await settled(one, two);
    expect(stopped, "board 2's reading goes on").to.deep.equal([]);
    expect(said, 'board 1 reads nothing late').to.deep.equal(['nb:Norskkurs']);
    expect(cardButton(one, 'p1').getAttribute('aria-pressed'), 'board 1 shows no reading').to.equal('false');
    expect(cardButton(one, 'p1').hasAttribute('aria-busy')).to.equal(false);
  });

  it('is dropped by a reading begun by any widget (core ReadAloud)', async () => {
    const [one] = await boards(BUS, TITLED);
    cardButton(one, 'p1').click();
    await settled(one);
    // Another widget's reader: a host that is no element (no visibility to watch), as any widget's ReadAloud.
    const other = new ReadAloud({ addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) });
    void other.read('x', [{ text: 'Steg 1', lang: 'nb' }]);
    await settled(one);
    expect(cardButton(one, 'p1').hasAttribute('aria-busy'), 'the waiting card drops its busy state at once').to.equal(false);
    release();
    await settled(one);
    expect(stopped, "the other widget's reading goes on").to.deep.equal([]);
    expect(said).to.deep.equal(['nb:Steg 1']);
    other.stop();
  });

  it("is dropped by another board's press that waits too: one reading, the latest press's", async () => {
    const [one, two] = await boards(BUS, BUS);
    cardButton(one, 'p1').click();
    await settled(one, two);
    cardButton(two, 'p1').click();
    await settled(one, two);
    expect(cardButton(one, 'p1').getAttribute('aria-pressed'), 'board 1 no longer waits').to.equal('false');
    expect(cardButton(two, 'p1').getAttribute('aria-pressed')).to.equal('true');
    release();
    await settled(one, two);
    expect(said[0], `board 2's card read once, with its word: ${said}`).to.equal('nb:Buss');
    expect(said.filter((words) => words == 'nb:Buss').length, String(said)).to.equal(1);
    expect(stopped).to.deep.equal([]);
  });

  it('shows the card pressed, speaking and busy from the press; a second press stops it, visibly, and nothing is read', async () => {
    const [one, two] = await boards(BUS, TITLED);
    const button = cardButton(one, 'p1');
    button.click();
    await settled(one);
    expect(button.getAttribute('aria-busy'), 'busy while it waits').to.equal('true');
    expect(button.getAttribute('aria-pressed'), 'pressed while it waits').to.equal('true');
    expect(button.closest('.card')!.hasAttribute('data-speaking'), 'shown as being read').to.equal(true);
    button.click();
    await settled(one);
    expect(button.hasAttribute('aria-busy')).to.equal(false);
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(button.closest('.card')!.hasAttribute('data-speaking')).to.equal(false);
    release();
    await settled(one, two);
    expect(said, 'the stopped press reads nothing').to.deep.equal([]);
  });

  it('is no longer busy once it reads: pressed and speaking, without aria-busy', async () => {
    const [one] = await boards(BUS, TITLED);
    const button = cardButton(one, 'p1');
    button.click();
    await settled(one);
    release();
    await settled(one);
    expect(said[0]).to.equal('nb:Buss');
    expect(button.hasAttribute('aria-busy')).to.equal(false);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
  });

  it('keeps no removed board: the last press that waited is held weakly (core waiting-press.ts)', async () => {
    const refs = await pressAndRemove(10);
    release(); // the waits end
    for (let i = 0; i < 4; i++) await frame();
    await collect();
    expect(refs.filter((ref) => ref.deref()).length, 'removed boards still reachable').to.equal(0);
  });
});

/** Mounts boards, each pressed (its press waits for the words), pressed again (stopped) and removed; weak references to them. */
async function pressAndRemove(count: number): Promise<Array<WeakRef<VkPlanBoard>>> {
  const refs: Array<WeakRef<VkPlanBoard>> = [];
  for (let i = 0; i < count; i++) {
    const el = document.createElement('vk-plan-board');
    el.mode = 'participant';
    el.value = BUS;
    document.body.append(el);
    await settled(el);
    cardButton(el, 'p1').click();
    await settled(el);
    if (cardButton(el, 'p1').getAttribute('aria-busy') != 'true') throw new Error('the press did not wait');
    cardButton(el, 'p1').click(); // pressed again: stopped, so no reading of its own clears the page's waiting press
    await settled(el);
    refs.push(new WeakRef(el));
    el.remove();
  }
  return refs;
}
