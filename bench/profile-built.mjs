// Where a case's main-thread CPU goes, by function, on the BUILT bench pages (as bench/ab-built.mjs
// builds them, but not minified, so functions keep their names), summed over many fresh pages:
//   node bench/profile-built.mjs "entry=calendar&n=5000&spread=year&view=month" [samples=10] [top=40] [DIR=.]
// (DIR: another tree's src/, as ab-built's DIR_B.) Prints the medians of the window's CPU and its
// split (bench/cpu-window.mjs, as ab-built), then per function, in ms per sample, its self time
// and its inclusive time inside the render window (`bench:render`; the first sample is a warm-up
// and not counted). Run it for two queries (100 and 5,000 sessions a year) and compare the lists.
//
// Why not bench/profile.mjs (Vite's dev server): there the modules are compiled inside the window
// (no compile hint), which is not the work the bench measures. And two ways a CPU profile misleads
// on these pages, both handled here (seen 7 Dec 2026, fifty-sixth pass):
//  - V8 compiles the bench's chunks eagerly without source positions (the compile hint); when the
//    profiler first needs a function's positions it parses that function again, and the time lands
//    on whichever function was sampled first (a 5,000-session month "spent" 24 ms in the holiday
//    table's `names`). Chromium runs with --no-enable-lazy-source-positions here;
//  - a sample's time delta is wall time: on a loaded 2-core machine a sample taken just after the
//    thread waited for a core carries that wait. Each sample counts as one interval (INTERVAL µs,
//    default 200) instead, so the self times add up to about the window's CPU; BY_DELTA=1 sums deltas.
// PORT_OFFSET=n moves the port (5490 + n); OUT=dir the build (default node_modules/.cache/veikart-profile-built).
import { join, resolve } from 'node:path';
import { existsSync, rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, checkLaunchArgs } from './chromium-args.mjs';
import { listen } from './signals.mjs';
import { buildPages, pageServer, root, variantSource } from './pages.mjs';
import { windowRow } from './cpu-window.mjs';

const [query, samples = '10', top = '40', dir = root] = process.argv.slice(2);
const entry = query && new URLSearchParams(query).get('entry');
if (!entry || !existsSync(join(root, `bench/cases/${entry}.js`))) {
  console.error('usage: node bench/profile-built.mjs "entry=…&…" [samples=10] [top=40] [DIR=.]');
  process.exit(2);
}
const interval = Number(process.env.INTERVAL ?? 200);
const out = process.env.OUT ?? join(root, 'node_modules/.cache/veikart-profile-built');
rmSync(out, { recursive: true, force: true });
await buildPages(out, [entry], resolve(dir) === resolve(root) ? [] : [variantSource(resolve(dir))], { minify: false });
const server = pageServer(out, join(resolve(dir), 'src/core/pictograms'));
await new Promise((ok, fail) => server.once('error', fail).listen(5490 + Number(process.env.PORT_OFFSET ?? 0), '127.0.0.1', ok));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...chromiumArgs, '--js-flags=--no-enable-lazy-source-positions'] });
const self = new Map();
const total = new Map();
const rows = [];
const name = (f) => `${f.functionName || '(anonymous)'}  ${f.url.replace(/.*\//, '')}:${f.lineNumber + 1}`;
try {
  await checkLaunchArgs(browser);
  for (let s = 0; s <= Number(samples); s++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    try {
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval });
      await browser.startTracing(tab, { categories: ['devtools.timeline', 'blink.user_timing', 'toplevel', 'v8.execute'] });
      await cdp.send('Profiler.start');
      const wait = listen(tab);
      await tab.goto(`http://127.0.0.1:${server.address().port}/?${query}`);
      await wait('done', 120_000);
      const { profile } = await cdp.send('Profiler.stop');
      const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
      const bench = await tab.evaluate(() => window.__bench);
      if (bench.error) throw new Error(`${query}: the page reported an error: ${bench.error}`);
      if (s === 0) continue; // warm-up
      rows.push(windowRow(events, 'render', bench.render));
      // Profile timestamps are the trace's clock.
      const from = events.find((e) => e.name === 'bench:render' && e.ph === 'b').ts;
      const to = events.find((e) => e.name === 'bench:render' && e.ph === 'e').ts;
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      let clock = profile.startTime;
      profile.samples.forEach((id, i) => {
        clock += profile.timeDeltas[i] ?? 0;
        if (clock < from || clock > to) return;
        const us = process.env.BY_DELTA ? (profile.timeDeltas[i + 1] ?? 0) : interval;
        const key = name(byId.get(id).callFrame);
        self.set(key, (self.get(key) ?? 0) + us);
        const seen = new Set();
        for (let n = id; n !== undefined; n = parent.get(n)) {
          const k = name(byId.get(n).callFrame);
          if (!seen.has(k)) seen.add(k), total.set(k, (total.get(k) ?? 0) + us);
        }
      });
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
console.log(`${query} (built, not minified; median of ${rows.length} samples, ms):`, JSON.stringify(Object.fromEntries(Object.keys(rows[0]).map((k) => [k, Number(median(rows.map((r) => r[k])).toFixed(1))]))));
const list = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([key, us]) => `  ${(us / 1000 / rows.length).toFixed(2).padStart(7)}  ${key}`).join('\n');
console.log(`self time in the window (ms per sample; "(program)" is the browser's own work: style, layout, paint, parsing):\n${list(self, Number(top))}`);
console.log(`inclusive time (ms per sample):\n${list(total, Number(top))}`);
