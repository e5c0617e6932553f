import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { StepsDocument, StepStatus } from '../../src/step-tracker/step-tracker.types.js';
import { workOrientedCourseSteps } from '../../src/presets/steps.js';

/**
 * A table of compact trackers draws the steps of those on screen before its first frame and the
 * rest after it (src/step-tracker/steps-later.ts): what is painted first is read in a
 * ResizeObserver callback of the first frame (after layout, before paint).
 */

const ROWS = 80;

function participant(i: number): StepsDocument {
  const statuses: StepStatus[] = workOrientedCourseSteps.steps.map((_, j) => (j < i % 8 ? 'done' : j === i % 8 ? 'in-progress' : 'not-started'));
  // Some participants skipped a step: their summary is longer ("· 1 hoppet over").
  if (i % 5 === 4) statuses[1] = 'skipped';
  return { ...workOrientedCourseSteps, steps: workOrientedCourseSteps.steps.map((s, j) => ({ ...s, status: statuses[j] })) };
}

function table(rows = ROWS): HTMLTableElement {
  const el = document.createElement('table');
  const body = el.createTBody();
  for (let i = 0; i < rows; i++) {
    const row = body.insertRow();
    row.insertCell().textContent = `Deltaker ${i + 1}`;
    const tracker = document.createElement('vk-step-tracker');
    tracker.setAttribute('compact', '');
    tracker.value = participant(i);
    row.insertCell().append(tracker);
  }
  return el;
}

const trackersOf = (el: Element): VkStepTracker[] => Array.from(el.querySelectorAll('vk-step-tracker'));
const drawn = (t: VkStepTracker): boolean => (t.shadowRoot?.querySelectorAll('.step-button').length ?? 0) > 0;
const list = (t: VkStepTracker): HTMLElement => t.shadowRoot!.querySelector<HTMLElement>('.steps')!;
const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Waits (at most `frames` frames) until every tracker has drawn its steps. */
async function allDrawn(trackers: VkStepTracker[], frames = 240): Promise<number> {
  for (let i = 0; i < frames; i++) {
    if (trackers.every(drawn)) return i;
    await frame();
  }
  return -1;
}

/** A table of `rows` trackers placed in the page (`style` on the table), once every tracker's `updateComplete` resolved. */
async function placed(rows = ROWS, style = ''): Promise<{ el: HTMLTableElement; trackers: VkStepTracker[] }> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = table(rows);
  el.style.cssText = style;
  host.append(el);
  const trackers = trackersOf(el);
  await Promise.all(trackers.map((t) => t.updateComplete));
  return { el, trackers };
}

/** Places the table in the page and reads `read` in the first frame that paints it. */
async function firstFrameOf<T>(el: HTMLElement, read: () => T, host?: HTMLElement): Promise<T> {
  host ??= await fixture<HTMLDivElement>(html`<div></div>`);
  // Start from a task of its own (a fixture resolves inside a frame callback, and a draw
  // scheduled for "the next frame" would then land in the frame read here).
  await new Promise((resolve) => setTimeout(resolve));
  const seen = new Promise<T>((resolve) => {
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      resolve(read());
    });
    observer.observe(el);
  });
  host.append(el);
  return seen;
}

describe('vk-step-tracker: a table of compact trackers draws what is on screen first', () => {
  before(() => setViewport({ width: 800, height: 600 }));

  it('the first frame has the steps of every tracker on screen; those below it keep an empty, busy list', async () => {
    const el = table();
    const painted = await firstFrameOf(el, () =>
      trackersOf(el).map((t) => ({ top: t.getBoundingClientRect().top, drawn: drawn(t), busy: list(t).getAttribute('aria-busy') })),
    );
    const onScreen = painted.filter((p) => p.top < innerHeight);
    const farBelow = painted.filter((p) => p.top > innerHeight);
    expect(onScreen.length).to.be.greaterThan(5);
    expect(farBelow.length).to.be.greaterThan(10);
    expect(onScreen.every((p) => p.drawn)).to.equal(true);
    expect(farBelow.every((p) => !p.drawn && p.busy === 'true')).to.equal(true);
  });

  it('updateComplete of a tracker on screen resolves with its steps drawn', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = table();
    host.append(el);
    const [first] = trackersOf(el);
    await first.updateComplete;
    expect(first.shadowRoot!.querySelectorAll('.step-button').length).to.equal(7);
    expect(first.shadowRoot!.querySelectorAll('.step-button[tabindex="0"]').length).to.equal(1);
  });

  it('every tracker draws its steps within a few frames, and no row or column moves when they come', async () => {
    const { el, trackers } = await placed();
    expect(trackers.some((t) => !drawn(t)), 'some steps still to come').to.equal(true);
    const boxes = () => trackers.map((t) => { const r = list(t).getBoundingClientRect(); return [r.left, r.top, r.width, r.height].map((v) => Math.round(v * 100) / 100); });
    const before = boxes();
    const frames = await allDrawn(trackers);
    expect(frames, 'frames until every step was drawn').to.be.within(1, 120);
    expect(boxes()).to.deep.equal(before);
    expect(el.getBoundingClientRect().width).to.be.greaterThan(0);
    for (const t of trackers) {
      expect(list(t).hasAttribute('aria-busy')).to.equal(false);
      expect(t.shadowRoot!.querySelectorAll('.step-button').length).to.equal(7);
      // One tab stop per tracker (roving focus), so Tab reaches each of them.
      expect(t.shadowRoot!.querySelectorAll('.step-button[tabindex="0"]').length).to.equal(1);
    }
  });

  it('printing draws every step at once', async () => {
    const { trackers } = await placed();
    expect(trackers.every(drawn)).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(trackers.every(drawn)).to.equal(true);
  });

  it('a tracker taken out before its steps came draws them when it is back', async () => {
    const { trackers } = await placed();
    const last = trackers[trackers.length - 1];
    const cell = last.parentElement!;
    expect(drawn(last)).to.equal(false);
    last.remove();
    expect(await allDrawn(trackers.slice(0, -1))).to.be.at.least(0);
    expect(drawn(last)).to.equal(false);
    cell.append(last);
    await last.updateComplete;
    expect(await allDrawn([last])).to.be.at.least(0);
    expect(last.shadowRoot!.querySelectorAll('.step-button').length).to.equal(7);
  });

  it('a new value for a tracker still waiting shows the new summary, and its steps come with the rest', async () => {
    const { trackers } = await placed();
    const last = trackers[trackers.length - 1];
    expect(drawn(last)).to.equal(false);
    last.value = participant(7);
    await last.updateComplete;
    expect(last.shadowRoot!.querySelector('.summary')!.textContent).to.equal('7 av 7 ferdig');
    expect(await allDrawn(trackers)).to.be.at.least(0);
    expect(Array.from(last.shadowRoot!.querySelectorAll('.step')).map((s) => s.getAttribute('data-status'))).to.deep.equal(participant(7).steps.map((s) => s.status));
  });

  it('a tracker with no box yet (a hidden tab panel) draws its steps after the first frame, before it is shown', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const panel = document.createElement('div');
    panel.hidden = true;
    const hidden = document.createElement('vk-step-tracker');
    hidden.setAttribute('compact', '');
    hidden.value = participant(2);
    panel.append(hidden);
    const el = table(4);
    const wrapper = document.createElement('div');
    wrapper.append(panel, el);
    const first = await firstFrameOf(wrapper, () => ({ hidden: drawn(hidden), shown: trackersOf(el).every(drawn) }), host);
    expect(first).to.deep.equal({ hidden: false, shown: true });
    expect(await allDrawn([hidden])).to.be.at.least(1);
    panel.hidden = false;
    expect(list(hidden).getBoundingClientRect().width).to.be.greaterThan(0);
  });

  // The rows below the screen are drawn top first, about 8 ms of script a frame: how many that is depends on the machine (on
  // a fast one, 7 Dec 2026, one frame drew 149 compact trackers, so rows 100–140 of 200 were drawn by the time row 190 was,
  // near the screen or not). So the row scrolled to is 500 rows beyond the first still waiting, and the rows between are
  // looked at from 300 to 450 beyond it: in the frame that draws the row scrolled to first, one slice cannot reach them.
  it('a tracker the host scrolls to gets its steps before those still far away', async () => {
    const { trackers } = await placed(1000);
    const first = trackers.findIndex((t) => !drawn(t));
    expect(first, 'rows still waiting once placed').to.be.within(1, trackers.length - 501);
    const target = trackers[first + 500];
    target.scrollIntoView({ block: 'center' });
    for (let i = 0; i < 4 && !drawn(target); i++) await frame();
    try {
      expect(drawn(target), 'the row scrolled to').to.equal(true);
      expect(trackers.slice(first + 300, first + 450).some((t) => !drawn(t)), 'rows between still waiting').to.equal(true);
    } finally {
      scrollTo(0, 0);
    }
  });

  // CI, 8 Dec 2026, a busy machine: the frame after the scroll drew the rows above the one scrolled to for its 8 ms, and the
  // frames after it, the scroll forgotten, went on from the top of the table, so the row in the middle of the screen waited.
  it('after a scroll, the rows near the screen keep their turn until drawn, however few a frame draws', async () => {
    const { trackers } = await placed(1000);
    const first = trackers.findIndex((t) => !drawn(t));
    expect(first, 'rows still waiting once placed').to.be.within(1, trackers.length - 501);
    const target = trackers[first + 500];
    const clock = performance.now;
    let later = 0;
    // Every reading of the clock 3 ms after the last one: a frame's slice draws two or three rows, as on a slow machine.
    performance.now = () => clock.call(performance) + (later += 3);
    const away: number[] = [];
    try {
      target.scrollIntoView({ block: 'center' });
      for (let i = 0; i < 60 && !drawn(target); i++) {
        const waiting = trackers.filter((t) => !drawn(t));
        await frame();
        for (const t of waiting) {
          const r = t.getBoundingClientRect();
          if (drawn(t) && (r.bottom < -innerHeight / 2 || r.top > innerHeight * 1.5)) away.push(trackers.indexOf(t));
        }
      }
      expect(drawn(target), 'the row scrolled to').to.equal(true);
      expect(away, 'rows far from the screen drawn before it').to.deep.equal([]);
    } finally {
      performance.now = clock;
      scrollTo(0, 0);
    }
  });

  it('a host styled display: contents still draws the trackers on screen in the first frame', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><style>.contents vk-step-tracker { display: contents; }</style></div>`);
    const el = table(5);
    el.className = 'contents';
    expect(await firstFrameOf(el, () => trackersOf(el).map(drawn), host)).to.deep.equal([true, true, true, true, true]);
  });

  it('in a narrow fixed cell the waiting list keeps the drawn list\'s width', async () => {
    const { trackers } = await placed(ROWS, 'table-layout: fixed; inline-size: 160px');
    const last = trackers[trackers.length - 1];
    expect(drawn(last)).to.equal(false);
    const waitingWidth = list(last).getBoundingClientRect().width;
    expect(await allDrawn(trackers)).to.be.at.least(0);
    expect(list(last).getBoundingClientRect().width).to.be.closeTo(waitingWidth, 0.01);
  });

  it('focus in a full tracker stays when it turns compact off screen', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><div style="block-size: 3000px"></div><vk-step-tracker orientation="vertical"></vk-step-tracker></div>`);
    const t = wrapper.querySelector('vk-step-tracker')!;
    t.value = participant(3);
    await t.updateComplete;
    const step = t.shadowRoot!.querySelectorAll<HTMLElement>('.step-button')[2];
    step.focus({ preventScroll: true });
    const key = step.dataset.key;
    t.compact = true;
    await t.updateComplete;
    for (let i = 0; i < 3; i++) await frame();
    expect(document.activeElement).to.equal(t);
    expect((t.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key).to.equal(key);
  });

  it('a lone compact tracker, and a full one, draw everything before updateComplete resolves', async () => {
    const compact = await fixture<VkStepTracker>(html`<vk-step-tracker compact .value=${participant(3)}></vk-step-tracker>`);
    expect(drawn(compact)).to.equal(true);
    const full = await fixture<VkStepTracker>(html`<div style="block-size: 3000px"></div><vk-step-tracker .value=${participant(3)}></vk-step-tracker>`);
    const below = full.parentElement!.querySelector('vk-step-tracker')!;
    await below.updateComplete;
    expect(below.shadowRoot!.querySelectorAll('.step-button').length).to.equal(7);
  });
});
