// A/B of two source trees on the BUILT bench pages, by main-thread CPU time in the measured window.
//   node bench/ab-built.mjs DIR_A DIR_B ["entry=calendar&n=500&spread=month&view=month"] [samples=11]
// Each DIR holds `src/` and `tsconfig.json` (this checkout, or a copy of another commit:
// `mkdir -p bench/.ab/old && git archive HEAD~1 src tsconfig.json | tar -x -C bench/.ab/old`).
// Both trees are built exactly as `npm run bench` builds its pages (bench/pages.mjs: production,
// minified, scripts/bundle-options.mjs's plugins, V8's compile hint), the case page from this
// checkout's bench/cases/ and only the imports that land in src/ from DIR/src/, into
// node_modules/.cache/veikart-ab/A and …/B, and served statically (ports 5480+PORT_OFFSET and
// 5481+PORT_OFFSET). So the numbers are the bench's, with no dev-server compiling in them;
// bench/ab-cpu.mjs (Vite's dev server) is for quicker loops and source-line profiles
// (docs/benchmarks.md, Method). Any case page (entry=calendar, plan-board, task-ladder,
// step-trackers, …); with "entry=plan-board&n=300&move=1" the window is the keyboard move's clock.
// Every sample is a fresh page in a browser context of its own (as npm run bench); two warm-ups
// (A, B), then A and B alternating with the order flipped each round. Prints medians of wall (the
// page's clock), cpu (main-thread CPU inside the window) and its split (bench/cpu-window.mjs
// `breakdown`: script / style / layout / paint, each instant counted once), and the paired B − A
// of cpu. TRACE_OUT=file writes every sample's trace (file-A-0.json, …; -A-0 and -B-0 are the warm-ups).
// AB_OUT=dir builds into dir/A and dir/B instead (worktrees that share node_modules through a
// symlink share node_modules/.cache too); PORT_OFFSET=n moves the two ports.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, checkLaunchArgs } from './chromium-args.mjs';
import { listen } from './signals.mjs';
import { keyboardMove } from './keyboard-move.mjs';
import { firstPanelDriver } from './first-panel.mjs';
import { buildPages, pageServer, root, variantSource } from './pages.mjs';
import { abCategories, abRounds, windowRow } from './cpu-window.mjs';

const [dirA, dirB, query = 'entry=calendar&n=500&spread=month&view=month', n = '11'] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: node bench/ab-built.mjs DIR_A DIR_B [query] [samples]');
  process.exit(2);
}
const dirs = [resolve(dirA), resolve(dirB)];
const entry = new URLSearchParams(query).get('entry');
if (!entry || !existsSync(join(root, `bench/cases/${entry}.js`))) throw new Error(`bench/ab-built.mjs: the query names no case page (entry=… of bench/cases/): ${query}`);
for (const dir of dirs) if (!existsSync(join(dir, 'src')) || !existsSync(join(dir, 'tsconfig.json'))) throw new Error(`bench/ab-built.mjs: ${dir} needs src/ and tsconfig.json`);
// The window: the keyboard move's clock (move=1), the first panel's tap → form (first-panel), else the render's.
const moving = /(^|&)move=1(&|$)/.test(query);
const clicking = entry === 'first-panel';
const clock = moving ? 'move' : clicking ? 'open' : 'render';

const outs = [];
const servers = [];
try {
  for (const [i, dir] of dirs.entries()) {
    const out = join(process.env.AB_OUT ?? join(root, 'node_modules/.cache/veikart-ab'), i ? 'B' : 'A');
    rmSync(out, { recursive: true, force: true });
    // This checkout's own src/ needs no redirect; another tree's does.
    await buildPages(out, [entry], resolve(dir) === resolve(root) ? [] : [variantSource(dir)]);
    outs.push(out);
    const server = pageServer(out, join(dir, 'src/core/pictograms'));
    await new Promise((ok, fail) => server.once('error', fail).listen(5480 + i + Number(process.env.PORT_OFFSET ?? 0), '127.0.0.1', ok));
    servers.push(server);
  }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  try {
    await checkLaunchArgs(browser);
    const count = [0, 0];
    await abRounds(dirs, Number(n), async (i) => {
      // A browser context per sample (its own renderer process), as bench/run.mjs runs them.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
      try {
        const tab = await context.newPage();
        const errors = [];
        tab.on('pageerror', (error) => errors.push(error.message));
        await browser.startTracing(tab, { categories: abCategories });
        const wait = listen(tab);
        const drive = clicking ? firstPanelDriver(tab) : null;
        await tab.goto(`http://127.0.0.1:${servers[i].address().port}/?${query}`);
        if (moving) await keyboardMove(tab, wait, 120_000);
        if (drive) await drive(wait, 120_000);
        await wait('done', 120_000);
        const bench = await tab.evaluate(() => window.__bench);
        const raw = await browser.stopTracing();
        if (bench.error || errors.length) throw new Error(`${dirs[i]}: ${bench.error ?? errors.join('; ')}`);
        if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT.replace(/(\.json)?$/, `-${i ? 'B' : 'A'}-${count[i]++}.json`), raw);
        return windowRow(JSON.parse(raw.toString()).traceEvents, clock, bench[clock]);
      } finally {
        await context.close();
      }
    });
  } finally {
    await browser.close();
  }
} finally {
  for (const server of servers) server.close();
}
