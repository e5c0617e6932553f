// A/B of two source trees by main-thread CPU time, for a loaded machine. `npm run bench` measures
// wall-clock time (what users wait for), which swings ±30% when other processes share the cores;
// the CPU time the renderer's main thread spends inside the measured window (Chromium trace
// `tdur` of its tasks) moves far less, so a change of a few milliseconds shows.
//   node bench/ab-cpu.mjs DIR_A DIR_B ["entry=calendar&n=500&spread=month&view=month"] [samples=11]
// Each DIR holds `src/` and `tsconfig.json` (e.g. this checkout and a copy of another commit made
// with `mkdir -p bench/.ab/old && git archive HEAD~1 src tsconfig.json | tar -x -C bench/.ab/old`;
// inside this repository so node_modules resolve). Compare only such trees: a git worktree elsewhere
// (even with node_modules linked) gets its own Vite dependency bundles, and on a loaded machine that
// alone showed ±20 % CPU, in either direction, for a change that measured no different from one root. This checkout's bench pages are copied into
// the other DIR on every run. Pages come from a Vite dev server per DIR (unbundled: absolute numbers are not
// `npm run bench`'s; compare A with B only). Fresh page per sample, A and B alternating, two
// warm-up samples discarded, the order flipped each round; prints medians of: wall (the case's own
// clock), cpu (main-thread task time in the window; a task crossing its edge counts for its share),
// and script / style / layout / paint inside it
// (bench/cpu-window.mjs `breakdown`: each instant once, for the innermost kind), and the paired
// B − A of cpu. The dev server compiles each module on first request and V8 gets no compile hint
// (about 8 ms of compiling in the ladder's window; two identical trees read 50.2 and 56.0 ms of
// CPU): to decide whether a change costs time, use bench/ab-built.mjs (the built pages, as
// npm run bench measures them; docs/benchmarks.md, Method).
// With "entry=plan-board&n=300&move=1" the window is the keyboard move's clock, not the render's.
// PORT_OFFSET=n moves the two servers' ports (5470+n, 5471+n); TASKS=1 lists each sample's tasks.
import { createServer } from 'vite';
import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, checkLaunchArgs } from './chromium-args.mjs';
import { listen } from './signals.mjs';
import { keyboardMove } from './keyboard-move.mjs';
import { abCategories, abRounds, windowOf, windowRow, windowTasks } from './cpu-window.mjs';

const here = new URL('..', import.meta.url).pathname;
const [dirA, dirB, query = 'entry=calendar&n=500&spread=month&view=month', n = '11'] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: node bench/ab-cpu.mjs DIR_A DIR_B [query] [samples]');
  process.exit(2);
}
const roots = [resolve(dirA), resolve(dirB)];
// With move=1 (the plan board) the window is the keyboard move's clock (bench/keyboard-move.mjs).
const moving = /(^|&)move=1(&|$)/.test(query);
const clock = moving ? 'move' : 'render';
// The bench pages come from this checkout, copied afresh on every run (a copy left from an
// earlier run would measure with an older page: its signals could differ).
for (const root of roots) {
  if (resolve(root) === resolve(here)) continue;
  for (const file of ['bench/profile.html', 'bench/data.js', 'bench/cases']) cpSync(`${here}${file}`, `${root}/${file}`, { recursive: true, force: true });
}
const servers = [];
for (const [i, root] of roots.entries()) {
  const port = 5470 + i + Number(process.env.PORT_OFFSET ?? 0);
  const server = await createServer({ root, configFile: false, logLevel: 'error', resolve: { conditions: ['production'] }, server: { host: '127.0.0.1', port, strictPort: true, fs: { strict: false } }, define: { 'process.env.NODE_ENV': '"production"' } });
  await server.listen();
  servers.push(server);
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
await checkLaunchArgs(browser);
async function sample(i) {
  const origin = servers[i].resolvedUrls.local[0].replace(/\/$/, '');
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await browser.startTracing(tab, { categories: abCategories });
  const wait = listen(tab);
  await tab.goto(`${origin}/bench/profile.html?${query}`);
  if (moving) await keyboardMove(tab, wait, 120_000);
  await wait('done', 120_000);
  const bench = await tab.evaluate(() => window.__bench);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  await tab.close();
  if (bench.error) throw new Error(`${roots[i]}: ${bench.error}`);
  const events = trace.traceEvents;
  const out = windowRow(events, clock, bench[clock]);
  if (process.env.TASKS) {
    const w = windowOf(events, clock);
    for (const t of windowTasks(events, w)) if ((t.tdur ?? 0) > 300) console.log(`  ${i ? 'B' : 'A'} task at +${((t.ts - w.from) / 1000).toFixed(1)} ms: wall ${(t.dur / 1000).toFixed(1)}, cpu ${((t.tdur ?? 0) / 1000).toFixed(1)}`);
  }
  return out;
}

try {
  await abRounds(roots, Number(n), sample);
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
