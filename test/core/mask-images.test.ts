/**
 * The icon sheets' CSS mask images are loaded and decoded before a first render
 * (src/core/mask-images.ts): every SVG image URL in a widget's stylesheets must be one that the
 * warm-up loaded, character for character — the browser's memory cache matches by URL, so a mask
 * written another way would build its SVG document inside the first frame again — and every one
 * of them must decode (broken markup would show no icon at all). Not checked here: that the
 * decode, not only the load, happens (its gain is measured in docs/benchmarks.md, not testable
 * without timing).
 */
import { expect } from '@open-wc/testing';
import { loadMaskImages, preparedMaskImages, prepareMaskImages, svgMask } from '../../src/core/mask-images.js';
import { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { VkStepTracker } from '../../src/step-tracker/step-tracker.js';

/** Every `url("data:image/svg+xml,…")` in the class's stylesheets, as the CSSOM serializes it. */
function maskUrls(ctor: { elementStyles?: unknown }): string[] {
  // Lit builds `elementStyles` when the class is finalized (at define; none is defined here).
  (ctor as unknown as { finalize(): void }).finalize();
  const urls: string[] = [];
  for (const style of ctor.elementStyles as Array<{ styleSheet?: CSSStyleSheet }>) {
    const text = Array.from(style.styleSheet?.cssRules ?? [], (rule) => rule.cssText).join('\n');
    for (const match of text.matchAll(/url\("(data:image\/svg\+xml,[^"]*)"\)/g)) urls.push(match[1]);
  }
  return urls;
}

const idle = (): Promise<unknown> => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));
const warmedUrls = (): string[] => preparedMaskImages().map((image) => image.getAttribute('src') ?? '');
/** Registers a new mask and tells whether `prepare` got it loaded at the next idle period. */
async function preparesMasks(prepare: () => void, name: string): Promise<boolean> {
  const url = `data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 4 4'><title>${name}</title><rect width='4' height='4'/></svg>`;
  svgMask(url.slice('data:image/svg+xml,'.length));
  prepare();
  await idle();
  const loaded = warmedUrls().includes(url);
  await loadMaskImages(); // tidy up: nothing left waiting for the next test
  return loaded;
}

describe('mask images', () => {
  // No element is defined in this file: nothing has warmed anything yet.

  it('the ladder and the board use exactly the masks they register, each a well-formed data URL', async () => {
    const used = new Set([...maskUrls(VkTaskLadder), ...maskUrls(VkPlanBoard)]);
    expect(maskUrls(VkCourseCalendar), 'the calendar uses no mask image').to.deep.equal([]);
    expect(maskUrls(VkStepTracker), 'the tracker uses no mask image').to.deep.equal([]);
    await loadMaskImages();
    const warmed = new Set(warmedUrls());
    // Both ways: a mask the CSS parser dropped (a `"` in the markup) would be missing from `used`.
    expect([...used].sort()).to.deep.equal([...warmed].sort());
    // The ladder's level (3), record, log, read aloud, no sound and the board's check.
    expect(used.size).to.equal(8);
    for (const url of warmed) expect(url, url.slice(0, 80)).to.not.match(/["\\#\n]/);
  });

  it('every warmed image decodes (its markup is a valid SVG image)', async () => {
    const images = preparedMaskImages();
    expect(images.length).to.equal(8);
    await Promise.all(images.map((image) => image.decode()));
    for (const image of images) expect(image.naturalWidth, image.src.slice(0, 120)).to.be.greaterThan(0);
  });

  it('the ladder and the board warm their masks in prepare(); the calendar and the tracker do not', async () => {
    expect(await preparesMasks(() => VkTaskLadder.prepare(), 'ladder'), 'ladder').to.equal(true);
    expect(await preparesMasks(() => VkPlanBoard.prepare(), 'board'), 'board').to.equal(true);
    svgMask(`<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 4 4'><title>calendar</title></svg>`);
    const before = preparedMaskImages().length;
    VkCourseCalendar.prepare();
    VkStepTracker.prepare();
    await idle();
    expect(preparedMaskImages().length, 'calendar and tracker').to.equal(before);
    await loadMaskImages();
  });

  it('loads each URL once, and only what was registered since the last load', async () => {
    const before = preparedMaskImages().length;
    await loadMaskImages();
    expect(preparedMaskImages().length).to.equal(before);
    const css = svgMask(`<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 4 4'><rect width='4' height='4'/></svg>`);
    expect(css.cssText).to.equal(`url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 4 4'><rect width='4' height='4'/></svg>")`);
    await loadMaskImages();
    expect(preparedMaskImages().length).to.equal(before + 1);
    expect(preparedMaskImages().at(-1)!.getAttribute('src')).to.equal(`data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 4 4'><rect width='4' height='4'/></svg>`);
  });

  it('prepareMaskImages waits for the browser to be idle, not the task it is called in', async () => {
    const before = preparedMaskImages().length;
    svgMask(`<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 4 4'><circle cx='2' cy='2' r='2'/></svg>`);
    prepareMaskImages();
    prepareMaskImages(); // one idle callback for both calls
    expect(preparedMaskImages().length, 'not in the calling task').to.equal(before);
    await idle();
    expect(preparedMaskImages().length, 'loaded when idle').to.equal(before + 1);
  });

  it('stops at the first image that fails (a CSP that blocks data: images blocks them all)', async () => {
    const before = preparedMaskImages().length;
    svgMask(`<svg xmlns='http://www.w3.org/2000/svg'><path d='M0 0L1 1'</svg>`); // broken markup: fails to decode
    svgMask(`<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 4 4'><rect width='3' height='3'/></svg>`);
    await loadMaskImages();
    expect(preparedMaskImages().length, 'only the failing one was tried').to.equal(before + 1);
  });
});
