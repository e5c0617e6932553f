// Where the wall-clock time of a bench case goes, on the built pages the last `npm run bench` made
// (node_modules/.cache/veikart-bench: every run empties it and builds only the pages of the cases
// it ran, from src/ as it was then; rebuild after changing src/):
//   node bench/trace.mjs "entry=calendar&n=500&spread=month&view=month" [samples=3]
// ("entry=plan-board&n=300&move=1" looks at the keyboard move's clock instead of the render's.)
// Per sample: the case's clock and the renderer main thread's CPU time inside it (trace `tdur`; a
// task crossing the window's edge counts for its share inside).
// INVALIDATIONS=1 (with TASKS=1) counts the style and layout invalidations of each task, by reason
// and element; CALLS=1 lists its events, timers, layouts and style recalcs with their arguments.
// INNER_OF=Layout (with TASKS=1) sums the trace events nested in each such event, by name (time × count;
// an event nested in another is counted under both names), printed above its task's line;
// TRACE_OUT=file.json writes each sample's trace (file-0.json, …) for chrome://tracing or Perfetto;
// CATEGORIES=a,b adds trace categories (e.g. disabled-by-default-blink.debug.layout).
// THROTTLE=4 slows the page's CPU 4× (DevTools Emulation.setCPUThrottlingRate), as a phone.
// TASKS=1 lists the main thread's tasks in the window (wall, CPU, what ran inside); INNER=1 adds
// every trace event inside tasks over 3 ms of CPU; THREADS=1 the CPU of every thread of every
// Chromium process in the window; WORKER=1 what the renderer's worker threads ran. Wall time far
// above CPU time means the main thread waited for a core (this is how the bench's own DevTools
// polling and a fresh tab's background work were found inside the measured window, 30 Nov).
import { createServer } from 'node:http';
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, normalize, extname } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, checkLaunchArgs } from './chromium-args.mjs';
import { listen } from './signals.mjs';
import { keyboardMove } from './keyboard-move.mjs';
import { firstPanelDriver } from './first-panel.mjs';
import { windowOf, windowTasks } from './cpu-window.mjs';
const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'node_modules/.cache/veikart-bench');
const page = readFileSync(join(root, 'bench/page.html'), 'utf8');
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(page.replace('/ENTRY.js', `/${url.searchParams.get('entry')}.js`)); return; }
  const pic = url.pathname.match(/\/pictograms\/([\w-]+\.svg)$/);
  const base = pic ? join(root, 'src/core/pictograms') : out;
  const file = normalize(join(base, pic ? pic[1] : decodeURIComponent(url.pathname)));
  if (!existsSync(file)) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'content-type': { '.js': 'text/javascript', '.svg': 'image/svg+xml' }[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(5490, '127.0.0.1', r));
const query = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
await checkLaunchArgs(browser);
const N = Number(process.argv[3] ?? 3);
// With move=1 (the plan board) the window is the keyboard move's clock (bench:move), else the render's.
const moving = /(^|&)move=1(&|$)/.test(query ?? '');
// entry=first-panel (bench/cases/first-panel.js): the tap → form clock (bench:open), the runner pressing.
const clicking = /(^|&)entry=(ab\/)?first-panel(&|$)/.test(query ?? ''); // ab/: the --compare build
const clock = moving ? 'move' : clicking ? 'open' : 'render';
if (!query) throw new Error('usage: node bench/trace.mjs "entry=…&…" [samples]');
// Every bench run empties the cache and builds only the pages of the cases it ran (--only).
const entry = new URLSearchParams(query).get('entry');
if (!existsSync(join(out, `${entry}.js`))) throw new Error(`bench/trace.mjs: no built page for entry=${entry} in ${out}; run npm run bench (or npm run bench -- --only ${entry} --samples 1 --no-write) first`);
for (let i = 0; i < N; i++) {
  // A browser context per sample, as bench/run.mjs runs them.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
  const tab = await context.newPage();
  await browser.startTracing(tab, { categories: ['devtools.timeline', 'blink.user_timing', 'toplevel', 'v8.execute', 'v8', 'mojom', 'ipc', 'devtools', 'loading', 'blink', ...(process.env.INVALIDATIONS ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []), ...(process.env.CATEGORIES ? process.env.CATEGORIES.split(',').map((c) => c.trim()).filter(Boolean) : [])] });
  const wait = listen(tab);
  const drive = clicking ? firstPanelDriver(tab) : null;
  if (Number(process.env.THROTTLE) > 1) await (await context.newCDPSession(tab)).send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.THROTTLE) });
  await tab.goto(`http://127.0.0.1:5490/?${query}`);
  if (moving) await keyboardMove(tab, wait);
  if (drive) await drive(wait);
  await wait('done');
  const bench = await tab.evaluate(() => window.__bench);
  if (bench.error) throw new Error(`${query}: the page reported an error: ${bench.error}`);
  const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT.replace(/(\.json)?$/, `-${i}.json`), JSON.stringify({ traceEvents: trace }));
  const mark = trace.find((e) => e.name === `bench:${clock}` && e.ph === 'b');
  const end = trace.find((e) => e.name === `bench:${clock}` && e.ph === 'e');
  // The main thread's tasks in the window (bench/cpu-window.mjs, shared with the A/B tools): a
  // top-level RunTask, or a microtask checkpoint outside any (Chromium runs the microtasks after an
  // input event's dispatch so: a tap's whole click handler can be one).
  const tasks = windowTasks(trace, windowOf(trace, clock));
  let cpu = 0;
  const lines = [];
  for (const t of tasks) {
    // A task that crosses the window's edge counts for the part inside it (its CPU time scaled by
    // the share of its wall time inside), so the sum never exceeds what the window held.
    const inside = Math.min(t.ts + t.dur, end.ts) - Math.max(t.ts, mark.ts);
    cpu += (t.tdur ?? t.dur) * (t.dur > 0 ? inside / t.dur : 1);
    const inner = trace.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X' && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && ['FunctionCall','UpdateLayoutTree','Layout','Paint','PrePaint','Layerize','RunMicrotasks','EvaluateScript','ParseHTML','v8.compile','V8.GC_SCAVENGER','MinorGC','MajorGC','Commit','BeginMainThreadFrame', 'ResourceReceivedData','ResourceFinish','Decode Image','ImageDecodeTask','HitTest','TimerFire','EventDispatch','FireAnimationFrame'].includes(e.name));
    const by = {};
    for (const e of inner) by[e.name] = (by[e.name] ?? 0) + e.dur;
    if (process.env.INNER && (t.tdur ?? 0) > 3000) { const all = {}; for (const e of trace) if (e.pid === t.pid && e.tid === t.tid && e !== t && e.ph === 'X' && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur) all[e.name] = (all[e.name] ?? 0) + e.dur; lines.push('      inner: ' + Object.entries(all).sort((a,b)=>b[1]-a[1]).slice(0,14).map(([k,v])=>`${k} ${(v/1000).toFixed(1)}`).join(', ')); }
    if (process.env.INNER_OF) for (const outer of trace.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X' && e.name === process.env.INNER_OF && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur)) {
      const all = {};
      for (const e of trace) if (e.pid === t.pid && e.tid === t.tid && e !== outer && e.ph === 'X' && e.ts >= outer.ts && e.ts + e.dur <= outer.ts + outer.dur) all[e.name] = [(all[e.name]?.[0] ?? 0) + e.dur, (all[e.name]?.[1] ?? 0) + 1];
      lines.push(`      in ${outer.name} ${(outer.dur / 1000).toFixed(1)} ms: ` + Object.entries(all).sort((a, b) => b[1][0] - a[1][0]).slice(0, 20).map(([k, [v, n]]) => `${k} ${(v / 1000).toFixed(1)}×${n}`).join(', '));
    }
    if (process.env.CALLS) for (const e of trace) if (e.pid === t.pid && e.tid === t.tid && e.ph === 'X' && ['EventDispatch', 'FunctionCall', 'TimerFire', 'UpdateLayoutTree', 'Layout'].includes(e.name) && e.ts >= t.ts && e.ts <= t.ts + t.dur) lines.push(`      ${e.name} ${(e.dur / 1000).toFixed(1)} ms ${JSON.stringify(e.args ?? {}).slice(0, 300)}`);
    if (process.env.INVALIDATIONS) {
      const counts = {};
      for (const e of trace) if (e.pid === t.pid && e.ts >= t.ts && e.ts <= t.ts + t.dur && /Invalidat/.test(e.name)) { const d = e.args?.data ?? {}; const k = `${e.name} ${d.reason ?? ''} ${(d.nodeName ?? '').slice(0, 40)}`; counts[k] = (counts[k] ?? 0) + 1; }
      for (const [k, v] of Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 25)) lines.push(`      ${v} × ${k}`);
    }
    if (process.env.LAYOUTARGS) for (const e of trace) if (e.pid === t.pid && e.tid === t.tid && e.name === 'Layout' && e.ts >= t.ts && e.ts <= t.ts + t.dur) lines.push(`      Layout ${(e.dur / 1000).toFixed(1)} ms ${JSON.stringify(e.args?.beginData ?? {}).slice(0, 200)}`);
    lines.push(`  ${((t.ts - mark.ts) / 1000).toFixed(1).padStart(6)} +${(t.dur / 1000).toFixed(1).padStart(5)} (cpu ${((t.tdur ?? 0) / 1000).toFixed(1)}) ` + Object.entries(by).filter(([, v]) => v > 200).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(', '));
  }
  const names = new Map(trace.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}/${e.tid}`, e.args.name]));
  const pnames = new Map(trace.filter((e) => e.name === 'process_name').map((e) => [e.pid, e.args.name]));
  const per = new Map();
  const top = trace.filter((e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'ThreadPool_RunTask' || e.name === 'RunTask' || e.name==='TaskGraphRunner::RunTask') && e.ts + e.dur > mark.ts && e.ts < end.ts);
  for (const e of top) { const k = `${pnames.get(e.pid) ?? e.pid}:${names.get(`${e.pid}/${e.tid}`) ?? e.tid}`; per.set(k, (per.get(k) ?? 0) + (e.tdur ?? e.dur)); }
  if (process.env.THREADS) console.log([...per].sort((a,b)=>b[1]-a[1]).slice(0,15).map(([k,v])=>`    ${k} ${(v/1000).toFixed(1)}`).join('\n'));
  if (process.env.WORKER) { const w = [...names].filter(([k,v]) => v === 'ThreadPoolForegroundWorker' && k.startsWith(mark.pid + '/')).map(([k]) => Number(k.split('/')[1]));
    const ev = new Map(); for (const e of trace) if (e.pid === mark.pid && w.includes(e.tid) && e.ph === 'X' && e.ts + e.dur > mark.ts && e.ts < end.ts) ev.set(e.name, (ev.get(e.name) ?? 0) + (e.tdur ?? e.dur));
    console.log([...ev].sort((a,b)=>b[1]-a[1]).slice(0,12).map(([k,v])=>`      w ${k} ${(v/1000).toFixed(1)}`).join('\n')); }
  const within = (t) => Math.min(t.ts + t.dur, end.ts) - Math.max(t.ts, mark.ts);
  const longest = tasks.reduce((a, t) => (a && within(a) >= within(t) ? a : t), null);
  console.log(`sample ${i}: ${clock} ${bench[clock].toFixed(1)} ms, main-thread cpu in window ${(cpu / 1000).toFixed(1)} ms, longest task in it ${((longest ? within(longest) : 0) / 1000).toFixed(1)} ms (cpu ${((longest?.tdur ?? 0) / 1000).toFixed(1)})`);
  if (process.env.TASKS) console.log(lines.join('\n'));
  await context.close();
}
await browser.close(); server.close();
