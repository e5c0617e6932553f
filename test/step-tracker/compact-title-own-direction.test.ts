import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { sampleSteps } from '../helpers/index.js';
import { inkOf, onlyShowing, pixelsAround } from '../helpers/pixels.js';

// A compact tracker's title is one line, cut with an ellipsis. In a right-to-left tracker a Latin
// title (a Norwegian plan's plain-string title on an Arabic page) was laid out as a right-to-left
// paragraph: the ellipsis stood at the line's left, where the Latin text starts, so a long unbroken
// word showed its middle ("…beidsmarkedsopplærin": cut at both ends). A title now takes its
// paragraph direction from its own text, as each line of a second language does: its start shown,
// the ellipsis at its end (a Latin title's right). UI in Arabic and in Norwegian (the page's
// direction other than the UI's: core/ui-bidi.ts, which aligned every line right).
const LONG = 'Arbeidsmarkedsopplæringskursdeltakeroppfølgingsplan';

describe('step tracker: a compact title in the other direction shows its own start', () => {
  after(() => setLocale('nb'));
  for (const ui of ['ar', 'nb'] as const) {
    it(`Latin title in an RTL tracker, UI ${ui}: its first letter is painted at the line's left, the ellipsis at the right`, async () => {
      await setLocale(ui);
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl" style="inline-size: 260px; padding: 8px"><vk-step-tracker compact .value=${{ ...sampleSteps(), title: LONG }}></vk-step-tracker></div>`);
      const el = wrapper.querySelector('vk-step-tracker') as VkStepTracker;
      await el.updateComplete;
      const title = el.shadowRoot!.querySelector<HTMLElement>('.title')!;
      const box = title.getBoundingClientRect();
      const text = document.createTreeWalker(title, NodeFilter.SHOW_TEXT).nextNode()!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 1);
      const a = [...range.getClientRects()].find((r) => r.width > 0)!;
      expect(a.left - box.left, "the 'A' at the title's left edge").to.be.below(1);
      // The ink of the 'A' (its upper half: an ellipsis drawn in its place is dots on the baseline).
      const top = new DOMRect(a.left + 1, a.top + a.height * 0.2, Math.max(1, a.width - 2), a.height * 0.3);
      const ink = await onlyShowing(el.shadowRoot!, '.title', async () => inkOf(await pixelsAround(top, 0), (r, g, b) => r + g + b < 384));
      expect(ink.size, "the 'A' is painted, not an ellipsis").to.be.above(5);
      // At the right end, the ellipsis: dots, nothing in the upper half of the line.
      const end = new DOMRect(box.right - 6, a.top + a.height * 0.2, 5, a.height * 0.3);
      const endInk = await onlyShowing(el.shadowRoot!, '.title', async () => inkOf(await pixelsAround(end, 0), (r, g, b) => r + g + b < 384));
      expect(endInk.size, 'the line ends in the ellipsis at the right').to.equal(0);
    });
  }
});
