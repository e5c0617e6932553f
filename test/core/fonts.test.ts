import { expect } from '@open-wc/testing';
import { baseFontPx, DEFAULT_FONT_FAMILY, fontShorthands, prepareFonts } from '../../src/core/fonts.js';
import { tokens } from '../../src/core/tokens.js';

// Resource timing keeps 250 entries by default and drops the rest: in a whole run this page's own modules can fill it first.
performance.setResourceTimingBufferSize(100_000);

/** A computed-style-like object with a font size and some custom properties. */
function rootStyle(fontSize: string, properties: Record<string, string> = {}): CSSStyleDeclaration {
  return { fontSize, getPropertyValue: (name: string) => properties[name] ?? '' } as unknown as CSSStyleDeclaration;
}

describe('fonts: instances built before the first render', () => {
  it('the default font stack is the one the tokens fall back to', () => {
    expect(tokens.cssText).to.contain(`var(--ds-font-family, ${DEFAULT_FONT_FAMILY})`);
  });

  it('finds the base size in px from --vk-font-size, then --ds-body-md-font-size, then the root font size', () => {
    expect(baseFontPx(rootStyle('16px'))).to.equal(16);
    expect(baseFontPx(rootStyle('20px'))).to.equal(20);
    expect(baseFontPx(rootStyle('16px', { '--vk-font-size': ' 18px' }))).to.equal(18);
    expect(baseFontPx(rootStyle('20px', { '--vk-font-size': '1.125rem' }))).to.equal(22.5);
    expect(baseFontPx(rootStyle('16px', { '--ds-body-md-font-size': '1.0625rem' }))).to.equal(17);
    expect(baseFontPx(rootStyle('16px', { '--vk-font-size': '18px', '--ds-body-md-font-size': '1rem' })), '--vk-font-size first').to.equal(18);
  });

  it('gives up (null) on a base size it cannot resolve at the root', () => {
    for (const token of ['1.2em', '110%', 'calc(1rem + 2px)', 'large']) expect(baseFontPx(rootStyle('16px', { '--vk-font-size': token })), token).to.equal(null);
  });

  it('writes the font shorthands at the base size, rounded to 1/100 px', () => {
    expect(fontShorthands([[1, 400], [0.8, 600], [1.15, 600]], 16, 'Inter, sans-serif')).to.deep.equal(['400 16px Inter, sans-serif', '600 12.8px Inter, sans-serif', '600 18.4px Inter, sans-serif']);
    expect(fontShorthands([[0.875, 400]], 17, 'x')).to.deep.equal(['400 14.88px x']);
  });

  /** Runs `run` with the canvas's `font` setter recorded, and `--vk-font-family` set on the root. */
  function recordingCanvasFonts(family: string, run: () => void): string[] {
    const fonts: string[] = [];
    const descriptor = Object.getOwnPropertyDescriptor(OffscreenCanvasRenderingContext2D.prototype, 'font')!;
    Object.defineProperty(OffscreenCanvasRenderingContext2D.prototype, 'font', {
      configurable: true,
      get: descriptor.get,
      set(this: OffscreenCanvasRenderingContext2D, value: string) {
        fonts.push(value);
        descriptor.set!.call(this, value);
      },
    });
    document.documentElement.style.setProperty('--vk-font-family', family);
    try {
      run();
    } finally {
      Object.defineProperty(OffscreenCanvasRenderingContext2D.prototype, 'font', descriptor);
      document.documentElement.style.removeProperty('--vk-font-family');
    }
    return fonts;
  }

  it('prepareFonts measures each instance on a canvas, in the page font family', () => {
    const fonts = recordingCanvasFonts('Georgia, serif', () => prepareFonts([[1, 400], [0.7, 600]]));
    expect(fonts).to.deep.equal(['400 16px Georgia, serif', '600 11.2px Georgia, serif']);
  });

  it('skips a font the page would still have to download, and fetches nothing', async () => {
    const face = new FontFace('Zz Never Loaded', 'url(/zz-never-loaded-font.woff2)');
    document.fonts.add(face);
    try {
      const fonts = recordingCanvasFonts("'Zz Never Loaded', serif", () => prepareFonts([[1, 400]]));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(fonts, 'fonts measured').to.deep.equal([]);
      expect(face.status).to.equal('unloaded');
      expect(performance.getEntriesByType('resource').filter((entry) => entry.name.includes('zz-never-loaded-font'))).to.deep.equal([]);
    } finally {
      document.fonts.delete(face);
    }
  });
});
