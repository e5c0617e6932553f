// Shared by every bench page: the clock, "the next frame after layout", long tasks, the result.
const longTasks = [];
try {
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
} catch {
  // no Long Tasks API: longest task reported as null
}

export const params = new URLSearchParams(location.search);

/**
 * Tells the runner something happened (bench/signals.mjs): a console message it listens for, so
 * it never has to run a DevTools command on this page while a clock is running.
 */
export function signal(name) {
  console.debug(`vk-bench:${name}`);
}

/**
 * Waits for the page and the browser to settle before a clock starts: `?settle=ms` (default 400)
 * of quiet, then the next frame. A fresh tab's first half second also holds the browser's own
 * work: the closed previous tab's renderer shutting down and a spare renderer process starting
 * for the next navigation. On 2 cores that work took the CPU from the measured page (a trace of
 * the month case: the frame task ran 113 ms for 37 ms of CPU, another renderer's worker used 79 ms
 * inside the window). Veikart and FullCalendar wait alike.
 */
export async function settled() {
  const ms = Number(params.get('settle') ?? 400);
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
  return afterNextFrame();
}

/**
 * The next frame: `frame`, when it began (the requestAnimationFrame time), and `end`, when a
 * message posted from its requestAnimationFrame callback arrived, after its style, layout and paint.
 */
export function nextFrame() {
  return new Promise((resolve) =>
    requestAnimationFrame((frame) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ frame, end: performance.now() });
      channel.port2.postMessage(null);
    }),
  );
}

/**
 * Resolves after the next frame has been produced: rAF runs before that frame's style, layout and
 * paint; a message posted from it is delivered after them.
 */
export function afterNextFrame() {
  return nextFrame().then(({ end }) => end);
}

/**
 * The longest long task (≥ 50 ms, the API's threshold) overlapping [start, end], or 0. Cases start
 * their clock at the top of a fresh task (after `afterNextFrame()`), so a task overlapping the
 * window holds only measured work.
 */
function longestIn(start, end) {
  return Math.max(0, ...longTasks.filter((t) => t.startTime + t.duration > start && t.startTime < end).map((t) => t.duration));
}

/**
 * Publishes the sample. `metrics` maps a name to `{ start, end }` (performance.now() values);
 * long tasks are read after a pause so the observer has delivered them.
 */
export async function report(metrics, extra = {}) {
  await new Promise((resolve) => setTimeout(resolve, 120));
  const out = { ...extra };
  for (const [name, { start, end }] of Object.entries(metrics)) {
    performance.measure(`bench:${name}`, { start, end }); // the window bench/profile.mjs looks at
    out[name] = end - start;
    out[`${name}:longest`] = longestIn(start, end);
  }
  window.__bench = out;
  signal('done');
}

window.addEventListener('error', (event) => {
  window.__bench = { error: String(event.message) };
  signal('done');
});
window.addEventListener('unhandledrejection', (event) => {
  window.__bench = { error: String(event.reason) };
  signal('done');
});
