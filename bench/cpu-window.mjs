// The renderer main thread's CPU time inside a bench window (the page's `performance.measure`
// "bench:<clock>"), read from a Chromium trace, and its split into script / style / layout /
// paint. Shared by bench/ab-cpu.mjs, bench/ab-built.mjs, bench/trace.mjs and bench/profile.mjs, and
// the A/B loop and report of the two A/B tools.
import { loadavg } from 'node:os';

/** Trace categories the A/B tools record (each added category costs the page CPU of its own). */
export const abCategories = ['devtools.timeline', 'blink.user_timing', 'toplevel', 'v8.execute'];

/** Trace event names of each kind (Chromium 156; DevTools' own grouping). */
export const kinds = {
  // Script: callbacks, module evaluation, microtask checkpoints (Lit renders in a promise microtask:
  // `RunMicrotasks`, category v8.execute), V8's compiling and GC inside them (no kind of their own).
  script: ['FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'RunMicrotasks', 'FireAnimationFrame', 'TimerFire', 'EventDispatch'],
  style: ['UpdateLayoutTree', 'RecalculateStyles'],
  layout: ['Layout'],
  paint: ['Paint', 'PrePaint', 'Layerize', 'Commit', 'PaintImage', 'UpdateLayer', 'CompositeLayers'],
};

/** The window `bench:<clock>`: its begin and end (trace µs) and the renderer main thread that marked it. */
export function windowOf(events, clock) {
  const begin = events.find((e) => e.name === `bench:${clock}` && e.ph === 'b');
  const end = events.find((e) => e.name === `bench:${clock}` && e.ph === 'e');
  if (!begin || !end) throw new Error(`the trace holds no bench:${clock} measure`);
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === begin.pid);
  return { from: begin.ts, to: end.ts, pid: main.pid, tid: main.tid };
}

/** The part of `e`'s wall time inside the window, as a share of its wall time (0–1). */
const share = (e, w) => (e.dur > 0 ? Math.max(0, Math.min(e.ts + e.dur, w.to) - Math.max(e.ts, w.from)) / e.dur : 1);
/** Thread (CPU) time of `e` inside the window: its `tdur` scaled by its share of wall time inside. */
const cpuInside = (e, w) => (e.tdur ?? e.dur) * share(e, w);
const onMain = (e, w) => e.pid === w.pid && e.tid === w.tid && e.ph === 'X' && e.ts + e.dur > w.from && e.ts < w.to;

/**
 * The main thread's tasks overlapping the window: top-level RunTasks, and microtask checkpoints
 * outside any (Chromium runs the microtasks after an input event's dispatch so: a key's whole
 * handler can be one), each once (none nested in another).
 */
export function windowTasks(events, w) {
  return events
    .filter((e) => onMain(e, w) && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint'))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur)
    .filter((e, i, all) => !all.slice(0, i).some((o) => o.ts <= e.ts && e.ts + e.dur <= o.ts + o.dur));
}

/** CPU time (ms) of `tasks` inside the window; a task crossing its edge counts for its share inside. */
export const windowCpu = (tasks, w) => tasks.reduce((sum, t) => sum + cpuInside(t, w), 0) / 1000;

/**
 * Time (ms) of each kind on the main thread inside the window. Trace events nest (a forced
 * Layout inside a FunctionCall, FunctionCalls inside RunMicrotasks, a Paint's inner events), so
 * each instant counts once, for the innermost event that has a kind: an event's self time is its
 * CPU time less that of the events of any kind nested in it, and goes to its kind. A forced layout
 * in a script is layout, not script; a FunctionCall inside RunMicrotasks is script once; events of
 * no kind (V8 compiling, GC, RunTask) count for the kind around them, or for none ("other": the
 * task's own overhead, HTML parsing, …). Times are thread time (`tdur`), as the CPU total.
 */
export function breakdown(events, w, byKind = kinds) {
  const kindOf = new Map(Object.entries(byKind).flatMap(([kind, names]) => names.map((name) => [name, kind])));
  const out = Object.fromEntries(Object.keys(byKind).map((kind) => [kind, 0]));
  // Outer events first (same start: the longer one), then a stack of the enclosing kinded events.
  const list = events.filter((e) => onMain(e, w) && kindOf.has(e.name)).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  for (const e of list) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const time = cpuInside(e, w);
    out[kindOf.get(e.name)] += time;
    const parent = stack.at(-1);
    if (parent && e.ts + e.dur <= parent.ts + parent.dur) out[kindOf.get(parent.name)] -= time;
    stack.push(e);
  }
  return Object.fromEntries(Object.entries(out).map(([kind, us]) => [kind, us / 1000]));
}

/** One sample's row: wall (the page's clock), cpu, the kinds, other (cpu less the kinds). */
export function windowRow(events, clock, wall) {
  const w = windowOf(events, clock);
  const cpu = windowCpu(windowTasks(events, w), w);
  const parts = breakdown(events, w);
  return { wall, cpu, ...parts, other: cpu - Object.values(parts).reduce((a, b) => a + b, 0) };
}

const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => sorted(values)[values.length >> 1];

/**
 * The A/B loop: two warm-up samples (A, B) discarded, then `rounds` rounds of one A and one B,
 * the order flipped each round (AB, BA, AB, …). `sample(i)` (0 = A, 1 = B) returns a row.
 * Prints each side's medians (and cpu's quartiles and minimum), the paired (same round) B − A
 * differences of cpu, and the load average (other processes on the cores widen every spread).
 */
export async function abRounds(labels, rounds, sample) {
  const load = [loadavg()[0]];
  await sample(0);
  await sample(1);
  const results = [[], []];
  for (let k = 0; k < rounds; k++) for (const i of k % 2 ? [1, 0] : [0, 1]) results[i].push(await sample(i));
  for (const [i, rows] of results.entries()) {
    const row = Object.fromEntries(Object.keys(rows[0]).map((key) => [key, Number(median(rows.map((r) => r[key])).toFixed(1))]));
    const cpu = sorted(rows.map((r) => r.cpu));
    console.log(`${i ? 'B' : 'A'} ${labels[i]} (median of ${rows.length}, ms):`, JSON.stringify(row), `cpu p25–p75 ${cpu[(cpu.length - 1) >> 2].toFixed(1)}–${cpu[Math.ceil((cpu.length - 1) * 0.75)].toFixed(1)}, min ${cpu[0].toFixed(1)}`);
  }
  load.push(loadavg()[0]);
  const d = results[0].map((a, k) => results[1][k].cpu - a.cpu);
  console.log(`paired cpu B − A (ms): median ${median(d).toFixed(1)}, mean ${(d.reduce((s, x) => s + x, 0) / d.length).toFixed(1)}, per round ${d.map((x) => x.toFixed(1)).join(' ')}; load average ${load.map((l) => l.toFixed(1)).join(' → ')}`);
  return results;
}
