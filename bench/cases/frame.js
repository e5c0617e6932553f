// Shared by every bench page: the clock, "the next frame after layout", long tasks, the result.
const longTasks = [];
try {
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
} catch {
  // no Long Tasks API: longest task reported as null
}

export const params = new URLSearchParams(location.search);

/**
 * Resolves after the next frame has been produced: rAF runs before that frame's style, layout and
 * paint; a message posted from it is delivered after them.
 */
export function afterNextFrame() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
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
}

window.addEventListener('error', (event) => (window.__bench = { error: String(event.message) }));
window.addEventListener('unhandledrejection', (event) => (window.__bench = { error: String(event.reason) }));
