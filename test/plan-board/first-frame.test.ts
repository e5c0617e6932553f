import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { LadderDocument } from '../../src/task-ladder/task-ladder.types.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { bigPlan } from './helpers.js';

/**
 * A long board's or ladder's first frame renders a measured screenful (windowing.ts FirstFrame,
 * ladder-first-frame.ts tasksToFill). What is painted is read in a ResizeObserver callback of the first
 * frame: after layout and the widgets' own observers and their updates, before paint.
 */
function inFirstFrame<T>(target: Element, read: () => T): Promise<T> {
  return new Promise((resolve) => {
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      resolve(read());
    });
    observer.observe(target);
  });
}

/** Lit's dev-mode warnings (e.g. "change-in-update") printed while `run` runs, and two frames after. */
async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  };
  try {
    await run();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  } finally {
    console.warn = original;
  }
  return seen;
}

/** Two phases of 60 one-line tasks: far more than a screenful, and shorter cards than the probe assumes. */
function longLadder(): LadderDocument {
  const doc = sampleLadder();
  return { ...doc, phases: [0, 1].map((p) => ({ ...doc.phases[p], tasks: Array.from({ length: 60 }, (_, t) => ({ id: `p${p}t${t}`, title: `Oppgave ${p + 1}.${t + 1}`, level: 'not-started' as const })) })) };
}

describe('first frame of a long board or ladder', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  // First in the file: Lit prints each warning once per element name and page.
  it('a board whose first frame grows by measure prints no Lit warning (no update requested inside an update)', async () => {
    await setViewport({ width: 1200, height: 2000 });
    // One line of title beside the pictogram: short cards, so the probe ends mid-screen and grows.
    const big = bigPlan(300);
    const plan = { version: big.version, columns: big.columns, cards: big.cards.map(({ time: _time, ...card }) => ({ ...card, title: `K${card.id}` })) };
    let el: VkPlanBoard | undefined;
    const warnings = await warningsDuring(async () => (el = await fixture<VkPlanBoard>(html`<vk-plan-board readonly .value=${plan}></vk-plan-board>`)));
    expect(warnings.filter((w) => /update/i.test(w))).to.deep.equal([]);
    expect(el?.shadowRoot?.querySelectorAll('.card').length).to.equal(300);
  });

  it('a narrow board (one day at a time) in a tall viewport fills the shown day to the bottom in its first frame', async () => {
    await setViewport({ width: 1000, height: 1400 });
    const big = bigPlan(300);
    const plan = { ...big, cards: big.cards.map((card) => ({ ...card, title: { nb: `Et ganske langt kortnavn ${card.id}`, ar: 'بطاقة طويلة' } })) };
    const wrapper = document.createElement('div');
    wrapper.style.width = '460px';
    document.body.append(wrapper);
    try {
      const el = document.createElement('vk-plan-board') as VkPlanBoard;
      el.readonly = true;
      el.value = plan;
      wrapper.append(el);
      const shown = await inFirstFrame(wrapper, () => {
        const root = el.shadowRoot as ShadowRoot;
        const column = [...root.querySelectorAll<HTMLElement>('ul.cards')].find((list) => list.getBoundingClientRect().height > 0);
        const cards = column?.querySelectorAll('.card') ?? [];
        return { narrow: root.querySelector('.board')?.hasAttribute('data-narrow'), count: cards.length, bottom: cards[cards.length - 1]?.getBoundingClientRect().bottom ?? 0 };
      });
      expect(shown.narrow).to.equal(true);
      expect(shown.count).to.be.lessThan(60);
      expect(shown.bottom).to.be.greaterThan(window.innerHeight);
    } finally {
      wrapper.remove();
    }
  });

  /**
   * A long widget rendered while hidden, then shown before its first frame is painted: in the
   * frame that first shows it, every list (`lists`) of 60 items not yet complete (`items`) must
   * reach below the bottom of the viewport.
   */
  async function hiddenThenShown(el: HTMLElement & { updateComplete: Promise<boolean> }, lists: string, items: string): Promise<void> {
    await setViewport({ width: 1200, height: 2000 });
    el.hidden = true;
    document.body.append(el);
    try {
      await el.updateComplete;
      el.hidden = false;
      const bottoms = await inFirstFrame(el, () =>
        [...(el.shadowRoot as ShadowRoot).querySelectorAll(lists)].map((list) => {
          const shown = list.querySelectorAll(items);
          return shown.length < 60 ? shown[shown.length - 1].getBoundingClientRect().bottom : Infinity;
        }),
      );
      for (const bottom of bottoms) expect(bottom).to.be.greaterThan(window.innerHeight);
    } finally {
      el.remove();
    }
  }

  it('a board hidden at its first render and shown before it is painted fills the viewport in the frame it first shows', async () => {
    const el = document.createElement('vk-plan-board') as VkPlanBoard;
    el.readonly = true;
    el.value = bigPlan(300);
    await hiddenThenShown(el, 'ul.cards', '.card');
  });

  it('a ladder hidden at its first render and shown before it is painted fills the viewport in the frame it first shows', async () => {
    const el = document.createElement('vk-task-ladder') as VkTaskLadder;
    el.value = longLadder();
    await hiddenThenShown(el, '.tasks', '.task');
  });

  it('a ladder whose first frame grows by measure prints no Lit warning either', async () => {
    await setViewport({ width: 1200, height: 2000 });
    const long = longLadder();
    let el: VkTaskLadder | undefined;
    const warnings = await warningsDuring(async () => (el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${long}></vk-task-ladder>`)));
    expect(warnings.filter((w) => /update/i.test(w))).to.deep.equal([]);
    expect(el?.shadowRoot?.querySelectorAll('.task').length).to.equal(120);
  });
});
