/**
 * Every story at container widths 320, 480, 720 and 1100 px: no word split across lines while it
 * fits on one, nothing showing outside the widget's box, no sideways scrolling of the host page.
 * One test file per UI locale (layout-nb.test.ts, layout-ar.test.ts).
 *
 * With `{ textSpacing: true }` (layout-spacing-*.test.ts) the same checks run with WCAG 1.4.12's
 * text spacing on every element (text-spacing.ts) at phone widths: 320 and 360 px containers, and
 * 304 and 344 px — what a 320 or 360 px screen leaves a widget inside a host page with the
 * browser's 8 px body margin.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { loadStories, mountStory, settle } from './story-harness.js';
import { overflows, pageScrollsSideways, splitWords } from './layout-checks.js';
import { knownSplitWords, knownSplitWordsWithTextSpacing } from './known-layout-failures.js';
import { useTextSpacing } from './text-spacing.js';

export const widths = [320, 480, 720, 1100] as const;
export const textSpacingWidths = [304, 320, 344, 360] as const;

const stories = await loadStories();

/**
 * Chromium reports "ResizeObserver loop completed with undelivered notifications" as a window
 * error when a widget's ResizeObserver callback changes its own size while the container is
 * resized. The spec calls it a notice (the notifications are delivered next frame), but host pages
 * with error monitoring log it, so it is counted per story and printed (and reported), instead of
 * failing the layout test that it has nothing to do with.
 */
const resizeLoops = new Map<string, number>();
let currentStory = '';
function countResizeLoops(event: ErrorEvent): void {
  if (!/ResizeObserver loop/.test(event.message)) return;
  event.stopImmediatePropagation();
  event.preventDefault();
  resizeLoops.set(currentStory, (resizeLoops.get(currentStory) ?? 0) + 1);
}

export function layoutMatrix(locale: string, options: { textSpacing?: boolean } = {}): void {
  const spacing = options.textSpacing === true;
  const sizes: readonly number[] = spacing ? textSpacingWidths : widths;
  const knownSplits = spacing ? knownSplitWordsWithTextSpacing : knownSplitWords;
  describe(`layout: every story in ${locale} at ${sizes.join(', ')} px${spacing ? ' with text spacing (WCAG 1.4.12)' : ''}`, () => {
    before(async () => {
      // Capture phase: at the target Chromium runs capturing listeners before mocha's onerror.
      window.addEventListener('error', countResizeLoops, true);
      await setViewport({ width: 1280, height: 900 });
      if (spacing) useTextSpacing(true);
    });
    after(() => {
      if (spacing) useTextSpacing(false);
      window.removeEventListener('error', countResizeLoops, true);
      for (const [story, count] of resizeLoops) console.log(`RESIZE-OBSERVER-LOOP ${locale}${spacing ? ' text-spacing' : ''} ${story}: ${count} (reported)`);
    });

    for (const story of stories) {
      const known = knownSplits[story.id]?.[locale] ?? [];
      const title = known.length ? `${story.id}: no overflow; no split words besides the reported ones at ${known.join(', ')} px` : `${story.id}: no split words, no overflow`;
      it(title, async function () {
        this.timeout(60000);
        currentStory = story.id;
        const mounted = await mountStory(story, { locale, inlineSize: sizes[0] });
        const failures: string[] = [];
        try {
          for (const width of sizes) {
            mounted.container.style.setProperty('inline-size', `${width}px`);
            await settle(mounted.container);
            const split = splitWords(mounted.container).map((w) => `${width}px: split word "${w.word}" over ${w.lines} lines (${w.wordWidth} px word, ${w.lineWidth} px line, ${w.containerWidth} px widget) in ${w.where}`);
            if (known.includes(width)) {
              if (split.length === 0) console.log(`LAYOUT-KNOWN ${locale}${spacing ? ' text-spacing' : ''} ${story.id} ${width}px now passes: remove it from known-layout-failures.ts`);
              else console.log(`LAYOUT-KNOWN ${locale}${spacing ? ' text-spacing' : ''} ${story.id} ${width}px: ${split.length} split words (reported), e.g. ${split[0]}`);
            } else failures.push(...split);
            for (const widget of mounted.widgets) {
              for (const o of overflows(widget)) failures.push(`${width}px: ${o.where} shows ${o.left ? `${o.left} px left` : ''}${o.left && o.right ? ' and ' : ''}${o.right ? `${o.right} px right` : ''} of the widget's box`);
            }
            if (pageScrollsSideways()) failures.push(`${width}px: the host page scrolls sideways`);
          }
        } finally {
          mounted.unmount();
        }
        // One line per failure in the browser log too: the assertion diff below is truncated.
        for (const f of failures) console.log(`LAYOUT ${locale}${spacing ? ' text-spacing' : ''} ${story.id} ${f}`);
        expect(failures, `${story.id} [${locale}]\n${failures.join('\n')}`).to.deep.equal([]);
      });
    }
  });
}
