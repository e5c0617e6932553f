/**
 * The icon sheets' CSS mask images are loaded and decoded before a first render
 * (src/core/mask-images.ts): every SVG image URL in a widget's stylesheets must be one that
 * `prepareMaskImages()` warmed, character for character — the browser's memory cache matches by
 * URL, so a mask written another way would build its SVG document inside the first frame again —
 * and every one of them must decode (broken markup would show no icon at all).
 */
import { expect } from '@open-wc/testing';
import { loadMaskImages, preparedMaskImages, prepareMaskImages, svgMask } from '../../src/core/mask-images.js';
import { veikartElements } from '../../src/api.js';
import '../../src/define.js';

/** Every `url("data:image/svg+xml,…")` in the class's adopted stylesheets, as the CSSOM serializes it. */
function maskUrls(tag: string): string[] {
  const ctor = customElements.get(tag) as unknown as { elementStyles: Array<{ styleSheet?: CSSStyleSheet }> };
  const urls: string[] = [];
  for (const style of ctor.elementStyles) {
    const text = Array.from(style.styleSheet?.cssRules ?? [], (rule) => rule.cssText).join('\n');
    for (const match of text.matchAll(/url\("(data:image\/svg\+xml,[^"]*)"\)/g)) urls.push(match[1]);
  }
  return urls;
}

describe('mask images', () => {
  before(async () => {
    await Promise.all(Object.keys(veikartElements).map((tag) => customElements.whenDefined(tag)));
    // defineElement runs prepare() in a task after the define, which loads the images when the
    // browser is idle: wait for both.
    await new Promise((resolve) => setTimeout(resolve));
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));
  });

  it('warms every SVG mask the widgets use, by the same URL', () => {
    const warmed = new Set(preparedMaskImages().map((image) => image.getAttribute('src')));
    let checked = 0;
    for (const tag of Object.keys(veikartElements)) {
      for (const url of maskUrls(tag)) {
        expect(warmed.has(url), `${tag}: ${url.slice(0, 120)}…`).to.equal(true);
        checked++;
      }
    }
    // The ladder's level, record, log, read-aloud and no-sound icons and the board's check.
    expect(checked).to.be.at.least(8);
  });

  it('every warmed image decodes (its markup is a valid SVG image)', async () => {
    const images = preparedMaskImages();
    expect(images.length).to.be.at.least(8);
    await Promise.all(images.map((image) => image.decode()));
    for (const image of images) expect(image.naturalWidth, image.src.slice(0, 120)).to.be.greaterThan(0);
  });

  it('loads each URL once, and only what was registered since the last call', () => {
    const before = preparedMaskImages().length;
    loadMaskImages();
    expect(preparedMaskImages().length).to.equal(before);
    const css = svgMask(`<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 4 4'><rect width='4' height='4'/></svg>`);
    expect(css.cssText).to.equal(`url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 4 4'><rect width='4' height='4'/></svg>")`);
    loadMaskImages();
    expect(preparedMaskImages().length).to.equal(before + 1);
    expect(preparedMaskImages().at(-1)!.getAttribute('src')).to.equal(`data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 4 4'><rect width='4' height='4'/></svg>`);
  });

  it('prepareMaskImages waits for the browser to be idle, not the task it is called in', async () => {
    const before = preparedMaskImages().length;
    svgMask(`<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 4 4'><circle cx='2' cy='2' r='2'/></svg>`);
    prepareMaskImages();
    prepareMaskImages(); // one idle callback for both calls
    expect(preparedMaskImages().length, 'not in the calling task').to.equal(before);
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));
    expect(preparedMaskImages().length, 'loaded when idle').to.equal(before + 1);
  });
});
