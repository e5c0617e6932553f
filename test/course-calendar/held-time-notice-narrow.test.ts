/**
 * The notice for a typed time the host changed under, in details at 200 % text on a 320 px phone. Before (7 Dec,
 * pass 55) it was drawn after both time fields (stacked: below the end, not the start typed in), under the sticky
 * "Slett økt" / "Lukk", its buttons out of view and never scrolled to. Now it follows its field and comes into view.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { heldTimeNotice, roomBetweenEnds } from './held-typing.js';

describe('course calendar: a held time notice at 200 % text on a 320 × 900 px phone (room between the sticky ends for the whole notice)', () => {
  before(() => setViewport({ width: 320, height: 900 }));
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  after(() => setViewport({ width: 800, height: 600 }));

  it('is drawn under the start field typed in (above the end) and scrolled into view clear of the sticky heading and buttons', async () => {
    document.documentElement.style.fontSize = '200%';
    const { root, panel, start, notice } = await heldTimeNotice();
    const box = (e: Element) => e.getBoundingClientRect();
    const end = root.querySelector('[data-session-details] input[name="end"]')!;
    expect(box(notice).top, 'below the start field').to.be.at.least(box(start).bottom);
    expect(box(notice).bottom, 'above the end field').to.be.at.most(box(end).top);
    const { top, bottom } = roomBetweenEnds(root, panel);
    for (const part of [notice.querySelector('p')!, notice.querySelector('.keep-mine')!, notice.querySelector('.use-theirs')!]) {
      expect(box(part).top, `${part.className || 'the words'} not under the heading`).to.be.at.least(top - 1);
      expect(box(part).bottom, `${part.className || 'the words'} not under the buttons`).to.be.at.most(bottom + 1);
    }
  });
});
