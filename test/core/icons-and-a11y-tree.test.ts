import { expect } from '@open-wc/testing';
import { ladderIconStyles } from '../../src/task-ladder/ladder-icons.js';
import { stepTrackerStyles } from '../../src/step-tracker/step-tracker.styles.js';
import { taskLadderStyles } from '../../src/task-ladder/task-ladder.styles.js';
import { planBoardStyles } from '../../src/plan-board/plan-board.styles.js';

/** Every `url("data:image/svg+xml,…")` in a stylesheet, decoded. */
function svgDataUrls(cssText: string): string[] {
  return [...cssText.matchAll(/url\("data:image\/svg\+xml,(.*?)"\)/g)].map((m) => decodeURIComponent(m[1]!));
}

describe('task ladder icons (CSS masks)', () => {
  it('every icon is well-formed SVG: a mask whose image fails to parse paints nothing (the crossed speaker once did)', () => {
    const icons = svgDataUrls(ladderIconStyles.cssText);
    expect(icons.length).to.be.at.least(7);
    for (const source of icons) {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      expect(doc.getElementsByTagName('parsererror').length, source).to.equal(0);
      expect(doc.documentElement.localName, source).to.equal('svg');
    }
  });

  it('every icon loads as an image (the browser decodes it)', async () => {
    for (const source of svgDataUrls(ladderIconStyles.cssText)) {
      const img = new Image();
      img.src = `data:image/svg+xml,${encodeURIComponent(source)}`;
      await img.decode();
      expect(img.naturalWidth, source).to.be.greaterThan(0);
    }
  });
});

describe('off-screen content stays in the accessibility tree', () => {
  // `content-visibility: auto` made long ladders and tables of compact trackers cheaper to render,
  // but Chromium then left the controls of off-screen cards and step lists out of the accessibility
  // tree (read over the DevTools protocol: 189 of 1,795 step buttons; 122 of 912 buttons of a
  // 300-card board). No stylesheet may skip their content.
  it('no `content-visibility: auto` in the ladder, the step tracker or the plan board', () => {
    const rules = (cssText: string): string => cssText.replace(/\/\*[\s\S]*?\*\//g, '');
    for (const sheet of [taskLadderStyles, stepTrackerStyles, planBoardStyles]) expect(rules(sheet.cssText)).to.not.match(/content-visibility\s*:\s*auto/);
  });
});
