// Where a bench case spends its time: one sample under the Vite dev server (modules unbundled, so
// hot functions point at source files and lines), with a Chromium trace (script / style /
// layout / paint split of the measured window) and a CPU profile (top functions by self time).
//   node bench/profile.mjs "entry=calendar&n=500&spread=month&view=month" [top=25] [window=render]
// (window=move with "entry=plan-board&n=300&move=1" looks at the keyboard move instead.)
import { createServer } from 'vite';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, checkLaunchArgs } from './chromium-args.mjs';
import { listen } from './signals.mjs';
import { keyboardMove } from './keyboard-move.mjs';
import { breakdown, kinds as traceKinds } from './cpu-window.mjs';

const query = process.argv[2] ?? 'entry=calendar&n=500&spread=month&view=month';
const top = Number(process.argv[3] ?? 25);
const windowName = `bench:${process.argv[4] ?? 'render'}`;
const root = new URL('..', import.meta.url).pathname;
const server = await createServer({ root, configFile: false, logLevel: 'error', resolve: { conditions: ['production'] }, server: { host: '127.0.0.1', port: Number(process.env.PROFILE_PORT ?? 5452) }, define: { 'process.env.NODE_ENV': '"production"' } });
await server.listen();
const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: ['/usr/bin/chromium'].find(existsSync), args: chromiumArgs });
await checkLaunchArgs(browser);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Warm the dev server's transform cache first (the same path, so the editing chunks a move
  // loads are transformed too), then measure on a fresh page.
  const warm = listen(page);
  await page.goto(`${origin}/bench/profile.html?${query}`);
  if (query.includes('move=1')) await keyboardMove(page, warm, 120_000);
  await warm('done', 120_000);
  await page.close();
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await browser.startTracing(tab, { categories: ['devtools.timeline', 'blink.user_timing', 'v8.execute', ...(process.env.PROFILE_TASKS ? ['toplevel'] : [])] });
  await cdp.send('Profiler.start');
  const wait = listen(tab);
  await tab.goto(`${origin}/bench/profile.html?${query}`);
  // The same keyboard path as bench/run.mjs.
  if (query.includes('move=1')) await keyboardMove(tab, wait, 120_000);
  await wait('done', 120_000);
  const { profile } = await cdp.send('Profiler.stop');
  const trace = JSON.parse((await browser.stopTracing()).toString());
  if (process.env.PROFILE_DUMP) (await import('node:fs')).writeFileSync(process.env.PROFILE_DUMP, JSON.stringify(trace));
  const bench = await tab.evaluate(() => window.__bench);
  console.log(`${query}: ${windowName} ${bench[windowName.slice(6)]?.toFixed(1)} ms (dev server, unbundled: slower than npm run bench)`);

  if (bench.error) throw new Error(`${query}: the page reported an error: ${bench.error}`);
  // Trace: time by kind on the renderer main thread inside the measured window (bench:render).
  // The main thread of the process that marked the window: a trace can hold more than one renderer
  // (the first, with a cold Vite cache, was another page's).
  const windowMark = trace.traceEvents.find((e) => e.name === windowName && e.ph === 'b');
  const main = trace.traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && (windowMark ? e.pid === windowMark.pid : trace.traceEvents.some((x) => x.pid === e.pid && x.name === 'FunctionCall')));
  const windowEnd = trace.traceEvents.find((e) => e.name === windowName && e.ph === 'e');
  const inWindow = (e) => !windowMark || !windowEnd || (e.ts >= windowMark.ts && e.ts <= windowEnd.ts);
  // GC as a kind of its own here (the A/B tools count it for the kind around it).
  const kinds = { ...traceKinds, gc: ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase'] };
  // Each instant once, for the innermost event of a kind (bench/cpu-window.mjs `breakdown`): a
  // forced layout inside a script is layout. Until 7 Dec the outermost event of each kind counted,
  // so a FunctionCall's forced Layout was counted as script and as layout.
  const span = windowMark && windowEnd ? { from: windowMark.ts, to: windowEnd.ts } : { from: -Infinity, to: Infinity };
  const totals = Object.fromEntries(Object.entries(breakdown(trace.traceEvents, { ...span, pid: main?.pid, tid: main?.tid }, kinds)).map(([kind, ms]) => [kind, `${ms.toFixed(1)} ms`]));
  console.log(windowMark ? `main thread inside ${windowName} (${((windowEnd.ts - windowMark.ts) / 1000).toFixed(1)} ms):` : 'main thread over the whole sample:', totals);

  // PROFILE_TASKS=1: the main thread's tasks inside the window, in order, with what each spent on.
  if (process.env.PROFILE_TASKS) {
    const onMain = trace.traceEvents.filter((e) => e.pid === main?.pid && e.tid === main?.tid && e.ph === 'X' && (inWindow(e) || (windowMark && e.ts < windowMark.ts && e.ts + e.dur > windowMark.ts)));
    const tasks = onMain.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur > 300).sort((a, b) => a.ts - b.ts);
    const base = windowMark?.ts ?? tasks[0]?.ts ?? 0;
    for (const t of tasks) {
      const inner = {};
      for (const e of onMain) {
        if (e === t || e.ts < t.ts || e.ts + e.dur > t.ts + t.dur) continue;
        const kind = Object.entries(kinds).find(([, names]) => names.includes(e.name))?.[0];
        if (kind) inner[kind] = Math.max(inner[kind] ?? 0, 0) + e.dur;
      }
      console.log(`  task at ${((t.ts - base) / 1000).toFixed(1).padStart(6)} ms: ${(t.dur / 1000).toFixed(1).padStart(5)} ms ` + Object.entries(inner).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(', '));
    }
  }

  // CPU profile: self time per function, inside the window too (profile times are the trace's clock).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  let clock = profile.startTime;
  profile.samples.forEach((id, i) => {
    clock += dt[i] ?? 0;
    if (windowMark && windowEnd && (clock < windowMark.ts || clock > windowEnd.ts)) return;
    const n = byId.get(id);
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'}  ${f.url.replace(origin, '').replace(/\?.*$/, '')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0));
  });
  if (process.env.PROFILE_TOTAL) {
    // Inclusive time per function (each sample counts once per distinct function on its stack).
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const total = new Map();
    let clock2 = profile.startTime;
    profile.samples.forEach((id, i) => {
      clock2 += dt[i] ?? 0;
      if (windowMark && windowEnd && (clock2 < windowMark.ts || clock2 > windowEnd.ts)) return;
      const seen = new Set();
      for (let n = id; n !== undefined; n = parent.get(n)) {
        const f = byId.get(n).callFrame;
        const key = `${f.functionName || '(anonymous)'}  ${f.url.replace(origin, '').replace(/\?.*$/, '')}:${f.lineNumber + 1}`;
        if (seen.has(key)) continue;
        seen.add(key);
        total.set(key, (total.get(key) ?? 0) + (dt[i] ?? 0));
      }
    });
    if (process.env.PROFILE_CALLERS) {
      // Who calls the named function, by time in it (its callers' frames, one level up).
      const callers = new Map();
      let clock3 = profile.startTime;
      profile.samples.forEach((id, i) => {
        clock3 += dt[i] ?? 0;
        if (windowMark && windowEnd && (clock3 < windowMark.ts || clock3 > windowEnd.ts)) return;
        for (let n = id; n !== undefined; n = parent.get(n)) {
          if (byId.get(n).callFrame.functionName !== process.env.PROFILE_CALLERS) continue;
          const up = byId.get(parent.get(n))?.callFrame;
          const key = up ? `${up.functionName || '(anonymous)'}  ${up.url.replace(origin, '')}:${up.lineNumber + 1}` : '(none)';
          callers.set(key, (callers.get(key) ?? 0) + (dt[i] ?? 0));
          break;
        }
      });
      console.log(`callers of ${process.env.PROFILE_CALLERS} (ms):`);
      for (const [key, us] of [...callers].sort((a, b) => b[1] - a[1])) console.log(`  ${(us / 1000).toFixed(1).padStart(7)}  ${key}`);
    }
    console.log('inclusive time (ms):');
    for (const [key, us] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${(us / 1000).toFixed(1).padStart(7)}  ${key}`);
  }
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log('top self time (ms):');
  for (const [key, us] of rows) console.log(`  ${(us / 1000).toFixed(1).padStart(7)}  ${key}`);
} finally {
  await browser.close();
  await server.close();
}
