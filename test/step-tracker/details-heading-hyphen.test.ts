import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import { setLocale } from '../../src/core/localize.js';
import { createWorkOrientedCourseSteps } from '../../src/presets/steps.js';
import { shadow } from '../helpers/index.js';
import { accessibilityTree, type AxNode } from '../a11y/a11y-tree.js';

// QA: a step's details in Somali at 200 % text on a 320 px phone, participant mode: the heading
// "Baro ka-qaybgalayaasha" was drawn "Baro ka-" beside the 96 px pictogram and "qaybgalayaasha" on
// the next line, and smaller for nothing (word-fit sized the whole word to the heading's full
// line). A hyphen that joins a part of 1–3 letters keeps its word whole (core/keep-together.ts
// `keepHyphens`, as the tracker's step titles and the calendar's chips do): the word goes to the
// next line, as large as that line lets it be.

/** The words of `root`'s text drawn on more than one line (a Range per word, its rects' tops). */
function splitWords(root: Element): string[] {
  const split: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (const match of node.data.matchAll(/\S+/gu)) {
      range.setStart(node, match.index!);
      range.setEnd(node, match.index! + match[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0.5).map((r) => Math.round(r.top)));
      if (tops.size > 1) split.push(match[0]);
    }
  }
  return split;
}

describe('vk-step-tracker details: a heading word with a short part\'s hyphen at 200 % text on a phone', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await setLocale('nb');
  });
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [locale, width] of [['so', 320], ['so', 360], ['nb', 320], ['uk', 320], ['ar', 320]] as const) {
    for (const mode of ['participant', 'adviser']) {
      it(`no word of the heading is split (${locale}, ${width} px, ${mode})`, async () => {
        await setViewport({ width, height: 800 });
        await setLocale(locale);
        document.documentElement.style.fontSize = '200%';
        const doc = createWorkOrientedCourseSteps();
        const wrap = await fixture<HTMLDivElement>(html`<div id="hyphen-details" role="group" aria-label="Host"><vk-step-tracker mode=${mode} .value=${doc}></vk-step-tracker></div>`);
        const el = wrap.firstElementChild as VkStepTracker;
        await el.updateComplete;
        shadow(el, `.step-button[data-key="${doc.steps[0].id}"]`).focus();
        await sendKeys({ press: 'Enter' });
        // The details load on first use; the word fit writes its size a microtask after the render, a frame lays it out.
        for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('#details-title'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
        await document.fonts.ready;
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const heading = shadow(el, '#details-title');
        expect(splitWords(heading), heading.textContent!).to.deep.equal([]);
        // Whole, and inside the popover: no word pushed past its edge.
        expect(heading.scrollWidth, 'inside the heading').to.be.at.most(heading.clientWidth);
        if (locale === 'so') {
          // The dialog is named by the heading as written, the word whole with its own hyphen.
          const all = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(all)];
          const dialog = all(await accessibilityTree('#hyphen-details')).find((n) => n.role === 'dialog');
          expect(dialog?.name).to.equal('Baro ka-qaybgalayaasha');
        }
      });
    }
  }
});
