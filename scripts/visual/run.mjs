#!/usr/bin/env node
/**
 * npm run test:visual — screenshots of every Storybook story at 360, 768 and 1280 px, in nb and ar,
 * light and forced colours, compared with the committed baselines in test/visual/baselines/
 * (pixelmatch, scripts/visual/compare.mjs: a shot may differ in at most 0.2 % of its pixels, and in at
 * most 8 pixels of any 16×16 square of the stored half-size shot — 32×32 page px — so a marker-sized
 * change fails too; a failure names the square's x, y in page px and its count). Writes
 * docs/visual/contact-sheet.html (all baselines on one page, grouped by widget and story, labelled
 * by width, locale and mode).
 *
 *   npm run test:visual              compare (exit 1 on a difference; diffs in $TMPDIR/veikart-visual)
 *   npm run test:visual -- --update  write the baselines (after an intended visual change)
 *   npm run test:visual -- --filter plan-board   only stories whose id contains the text
 *
 * VISUAL_DEBUG=1 also prints each story's time and, at the end, the densest change any passing
 * shot had (to re-check the square's limit against noise after a Chromium or font update).
 *
 * Chromium is Debian's /usr/bin/chromium (or CHROME_PATH); fonts come from fonts-noto-core, which
 * .ci/run installs, so shots are the same on every machine of this kind. Port: VISUAL_PORT or 5400
 * (or the next free one).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { minifyCssLiterals } from '../bundle-options.mjs';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { compareImages } from './compare.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const update = args.includes('--update');
const filter = args.includes('--filter') ? args[args.indexOf('--filter') + 1] : '';
const widths = [360, 768, 1280];
const locales = ['nb', 'ar'];
const modes = ['light', 'forced'];
const MAX_HEIGHT = 900; // px: tall stories (300 cards) are cut; the top shows the layout
// Baselines are stored at half size (2×2 pixels averaged): 864 shots stay around 15 MB in git,
// and a layout change (a wrapped word, a lost column, a colour) still moves many pixels.
const SCALE = 2;
const LEVELS = 16; // colour channels rounded to 16 levels: a third smaller, no visible banding in UI shots
const baselines = join(repo, 'test', 'visual', 'baselines');
const outDir = join(tmpdir(), 'veikart-visual');
const port = Number(process.env.VISUAL_PORT) || 5400;
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const started = Date.now();
// The stylesheets as they ship (minified css`` templates), so the baselines also guard the minifier.
// Vite's cache under TMPDIR, not node_modules/.vite: worktrees share one node_modules (a symlink),
// and two runs at once re-optimised each other's dependencies.
const server = await createServer({ root: repo, configFile: join(repo, 'vite.config.ts'), cacheDir: join(tmpdir(), 'veikart-visual-vite'), plugins: [minifyCssLiterals], logLevel: 'error', server: { port, strictPort: false, open: false, host: '127.0.0.1' } });
await server.listen();
// The next free port when VISUAL_PORT (or 5400) is taken, e.g. by a CI run beside a worktree.
const serverPort = server.httpServer.address().port;
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none', '--hide-scrollbars'],
});

const shotName = (locale, mode, width) => `${locale}-${mode}-${width}.png`;
const results = { same: 0, written: 0, different: [], missing: [], noise: { count: 0, shot: '' } };

async function openPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`http://127.0.0.1:${serverPort}/scripts/visual/page.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120000 });
  return page;
}

/** Averages SCALE×SCALE blocks and rounds colours: a small PNG that keeps layout, colour and text shapes. */
function shrink(buffer) {
  const src = PNG.sync.read(buffer);
  const width = Math.max(1, Math.floor(src.width / SCALE));
  const height = Math.max(1, Math.floor(src.height / SCALE));
  const out = new PNG({ width, height, colorType: 2, inputHasAlpha: true });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sum = [0, 0, 0, 0];
      for (let dy = 0; dy < SCALE; dy++) {
        for (let dx = 0; dx < SCALE; dx++) {
          const i = ((y * SCALE + dy) * src.width + (x * SCALE + dx)) * 4;
          for (let c = 0; c < 4; c++) sum[c] += src.data[i + c];
        }
      }
      const o = (y * width + x) * 4;
      for (let c = 0; c < 3; c++) out.data[o + c] = Math.min(255, Math.round(sum[c] / (SCALE * SCALE) / LEVELS) * LEVELS);
      out.data[o + 3] = 255;
    }
  }
  return PNG.sync.write(out, { colorType: 2, deflateLevel: 9 });
}

function compare(id, file, shot) {
  const png = shrink(shot);
  const path = join(baselines, id, file);
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, png);
    results.written++;
    return;
  }
  if (!existsSync(path)) {
    results.missing.push(`${id}/${file}`);
    return;
  }
  const expected = PNG.sync.read(readFileSync(path));
  const actual = PNG.sync.read(png);
  const save = () => {
    mkdirSync(join(outDir, id), { recursive: true });
    writeFileSync(join(outDir, id, file), png);
  };
  if (expected.width !== actual.width || expected.height !== actual.height) {
    save();
    results.different.push(`${id}/${file}: size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}`);
    return;
  }
  const result = compareImages(expected.data, actual.data, actual.width, actual.height, { scale: SCALE });
  if (!result.pass) {
    save();
    const diff = new PNG({ width: actual.width, height: actual.height });
    diff.data.set(result.diff);
    writeFileSync(join(outDir, id, file.replace('.png', '.diff.png')), PNG.sync.write(diff));
    results.different.push(`${id}/${file}: ${result.reason}`);
  } else {
    results.same++;
    if (result.densest.count > results.noise.count) results.noise = { count: result.densest.count, shot: `${id}/${file}`, x: result.densest.x * SCALE, y: result.densest.y * SCALE };
  }
}

/** Shoots a share of the stories in one page (two pages run side by side: two cores). */
async function worker(page, stories) {
  for (const mode of modes) {
    await page.emulateMedia({ forcedColors: mode === 'forced' ? 'active' : 'none' });
    for (const width of widths) {
      await page.setViewportSize({ width, height: MAX_HEIGHT });
      for (const locale of locales) {
        for (const story of stories) {
          const t0 = Date.now();
          await page.evaluate(([id, l]) => window.veikartVisual.show(id, l), [story.id, locale]);
          if (process.env.VISUAL_DEBUG) console.log(`${story.id} ${locale} ${mode} ${width}: shown in ${Date.now() - t0} ms`);
          const box = await page.evaluate(() => {
            const r = document.getElementById('story').getBoundingClientRect();
            return { height: Math.ceil(r.height) };
          });
          const height = Math.max(1, Math.min(box.height, MAX_HEIGHT));
          const png = await page.screenshot({ clip: { x: 0, y: 0, width, height }, animations: 'disabled', caret: 'hide' });
          compare(story.id, shotName(locale, mode, width), png);
        }
      }
    }
  }
}

let stories;
try {
  const first = await openPage();
  stories = (await first.evaluate(() => window.veikartVisual.list())).filter((s) => s.id.includes(filter));
  const second = await openPage();
  const half = Math.ceil(stories.length / 2);
  await Promise.all([worker(first, stories.slice(0, half)), worker(second, stories.slice(half))]);
} finally {
  await browser.close();
  await server.close();
}

// The contact sheet: every baseline, grouped by widget and story.
if (!filter) {
  const sheet = join(repo, 'docs', 'visual', 'contact-sheet.html');
  mkdirSync(dirname(sheet), { recursive: true });
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const byWidget = new Map();
  for (const s of stories) byWidget.set(s.widget, [...(byWidget.get(s.widget) ?? []), s]);
  let body = '';
  for (const [widget, list] of byWidget) {
    body += `<section><h2 id="${esc(widget)}">${esc(widget)}</h2>\n`;
    for (const s of list) {
      body += `<details open><summary><h3>${esc(s.name)} <small>${esc(s.id)}</small></h3></summary>\n`;
      for (const mode of modes) {
        for (const locale of locales) {
          body += `<div class="row">`;
          for (const width of widths) {
            const src = relative(dirname(sheet), join(baselines, s.id, shotName(locale, mode, width)));
            body += `<figure><figcaption>${width} px · ${locale} · ${mode === 'forced' ? 'forced colours' : 'light'}</figcaption><a href="${esc(src)}"><img loading="lazy" src="${esc(src)}" alt="${esc(`${s.name}, ${width} px, ${locale}, ${mode}`)}"></a></figure>`;
          }
          body += `</div>\n`;
        }
      }
      body += `</details>\n`;
    }
    body += `</section>\n`;
  }
  const nav = [...byWidget.keys()].map((w) => `<a href="#${esc(w)}">${esc(w)}</a>`).join(' · ');
  writeFileSync(
    sheet,
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Veikart contact sheet</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1rem; }
h3 { display: inline; font-size: 1rem; } small { color: #555; font-weight: normal; }
.row { display: flex; gap: 12px; align-items: flex-start; margin-block: 8px; overflow-x: auto; }
figure { margin: 0; } figcaption { font-size: 0.8rem; color: #333; }
img { display: block; inline-size: 320px; block-size: auto; border: 1px solid #bbb; }
</style></head><body>
<h1>Veikart — every story at 360, 768 and 1280 px, nb and ar, light and forced colours</h1>
<p>Generated by <code>npm run test:visual -- --update</code> from the baselines in <code>test/visual/baselines/</code> (${stories.length} stories, ${stories.length * widths.length * locales.length * modes.length} shots, stored at half size; tall stories are cut at ${MAX_HEIGHT} px). Click a shot to open it.</p>
<nav>${nav}</nav>
${body}</body></html>
`,
  );
}

const seconds = Math.round((Date.now() - started) / 1000);
const total = stories.length * widths.length * locales.length * modes.length;
if (update) {
  console.log(`test:visual: wrote ${results.written} baselines (${stories.length} stories) in ${seconds} s; contact sheet docs/visual/contact-sheet.html`);
} else {
  console.log(`test:visual: ${results.same} of ${total} shots match their baselines (${seconds} s)`);
  if (process.env.VISUAL_DEBUG) {
    const n = results.noise;
    console.log(n.count ? `  densest change in a passing shot: ${n.count} pixels in one square, ${n.shot} at x ${n.x}, y ${n.y}` : '  no passing shot had a changed pixel');
  }
  for (const m of results.missing) console.log(`  missing baseline: ${m}`);
  for (const d of results.different) console.log(`  different: ${d}`);
  if (results.different.length || results.missing.length) {
    console.log(`Shots and diffs: ${outDir}. After an intended change: npm run test:visual -- --update`);
    process.exitCode = 1;
  }
}
