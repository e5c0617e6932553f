// Page → runner signals, as console messages "vk-bench:NAME" (bench/cases/frame.js `signal`).
//
// The runner listens passively. It used to poll with Playwright's `waitForFunction` and
// `evaluate`, which are DevTools commands run on the page's main thread: the first one installs
// Playwright's injected script (about 10 ms of main-thread CPU, seen in a trace of the month case
// inside the measured window, every sample, for Veikart and FullCalendar alike). A console
// message costs the page next to nothing and the runner nothing on the page's thread.

/**
 * Starts listening on `tab` (call before `goto`). Returns `wait(name, timeoutMs)`, a promise that
 * settles once the page has sent `vk-bench:name` (at once if it already has).
 */
export function listen(tab) {
  const seen = new Set();
  const waiting = new Map();
  tab.on('console', (message) => {
    const text = message.text();
    if (!text.startsWith('vk-bench:')) return;
    const name = text.slice('vk-bench:'.length);
    seen.add(name);
    for (const resolve of waiting.get(name) ?? []) resolve();
    waiting.delete(name);
  });
  return (name, timeout = 60_000) =>
    seen.has(name)
      ? Promise.resolve()
      : new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`the page sent no "vk-bench:${name}" in ${timeout} ms`)), timeout);
          if (!waiting.has(name)) waiting.set(name, []);
          waiting.get(name).push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
}
