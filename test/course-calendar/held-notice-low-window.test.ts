/**
 * The notice for a typed time the host changed under, in details at 200 % text in a 320 × 640 px window (a phone
 * upright): the heading and buttons kept sticky (sticky-ends.ts) left less room between them than the notice's words
 * and its two buttons take, so part of it was always under "Slett økt" / "Lukk" however the panel scrolled (before,
 * 7 Dec, pass 56). Now the ends scroll with the rest where the notice would not fit between them, and every part of
 * the notice can be scrolled into view and seen. As it appears it is brought into view with the ends' new scroll
 * padding: with the old (sticky ends, a host value set from a task) its buttons stayed below the panel's edge.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { heldTimeNotice, roomBetweenEnds } from './held-typing.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const box = (e: Element) => e.getBoundingClientRect();

/** True where `element` is drawn over everything else near its top, middle and bottom (not under a sticky end). */
function seen(element: Element): boolean {
  const at = box(element);
  const root = element.getRootNode() as ShadowRoot;
  return [at.top + 2, at.top + at.height / 2, at.bottom - 2].every((y) => {
    const top = root.elementFromPoint(at.left + at.width / 2, y);
    return top !== null && (top === element || element.contains(top));
  });
}

describe('course calendar: a held time notice at 200 % text in a 320 × 640 px window (taller than the room between sticky ends)', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  after(() => setViewport({ width: 800, height: 600 }));

  it('shows its words and both buttons whole, clear of the heading and buttons, each when scrolled to', async () => {
    document.documentElement.style.fontSize = '200%';
    const { root, panel, notice } = await heldTimeNotice();
    expect(panel.scrollHeight, 'the details scroll').to.be.above(panel.clientHeight);
    // As it appears (brought into view, session-popover.ts): whole, between the ends.
    const room = roomBetweenEnds(root, panel);
    expect(box(notice).top, 'the notice shown: not under the heading').to.be.at.least(room.top - 1);
    expect(box(notice).bottom, 'the notice shown: not under the buttons').to.be.at.most(room.bottom + 1);
    for (const part of [notice.querySelector('p')!, notice.querySelector('.keep-mine')!, notice.querySelector('.use-theirs')!]) {
      const name = part.className || 'the words';
      part.scrollIntoView({ block: 'nearest' });
      for (let i = 0; i < 3; i++) await frame();
      const { top, bottom } = roomBetweenEnds(root, panel);
      expect(box(part).top, `${name} not under the heading`).to.be.at.least(top - 1);
      expect(box(part).bottom, `${name} not under the buttons`).to.be.at.most(bottom + 1);
      expect(seen(part), `${name} seen`).to.equal(true);
    }
    // The notice as a whole: its words and buttons seen together where the panel has the room.
    notice.scrollIntoView({ block: 'nearest' });
    for (let i = 0; i < 3; i++) await frame();
    const { top, bottom } = roomBetweenEnds(root, panel);
    expect(box(notice).height, 'the notice fits in the room between the ends').to.be.at.most(bottom - top + 1);
  });
});
