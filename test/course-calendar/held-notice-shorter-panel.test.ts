/**
 * The notice for typing the host changed under, in details that then get shorter (an on-screen keyboard, a lower
 * window): core/popover.ts scrolls the panel back to the focused field. Before (7 Dec, pass 55) only to the field, and
 * the notice's buttons under it stayed under the sticky "Slett økt" / "Lukk". Now the notice that describes the field
 * (aria-describedby) is kept in view with it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { heldTimeNotice, roomBetweenEnds } from './held-typing.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const box = (e: Element) => e.getBoundingClientRect();

describe('course calendar: a held time notice in details that get shorter (360 px phone, 150 % text: room between the sticky ends for the field and the whole notice)', () => {
  before(() => setViewport({ width: 360, height: 900 }));
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  after(() => setViewport({ width: 800, height: 600 }));

  it('stays in view with the focused field, clear of the sticky buttons, as the panel is placed again shorter', async () => {
    document.documentElement.style.fontSize = '150%';
    const { root, panel, start, notice } = await heldTimeNotice();
    expect(root.activeElement, 'focus still in the start field').to.equal(start);
    // The panel gets shorter (as under an on-screen keyboard) and is placed again.
    const before = panel.clientHeight;
    await setViewport({ width: 360, height: 600 });
    await waitUntil(() => panel.clientHeight < before, 'the panel shorter', { timeout: 5000 });
    for (let i = 0; i < 6; i++) await frame();
    const { top, bottom } = roomBetweenEnds(root, panel);
    expect(box(start).top, 'the field not under the heading').to.be.at.least(top - 1);
    for (const part of [notice.querySelector('p')!, notice.querySelector('.keep-mine')!, notice.querySelector('.use-theirs')!]) {
      expect(box(part).top, `${part.className || 'the words'} not under the heading`).to.be.at.least(top - 1);
      expect(box(part).bottom, `${part.className || 'the words'} not under the buttons`).to.be.at.most(bottom + 1);
    }
  });
});
