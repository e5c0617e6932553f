/**
 * Resolves in a new task: a message, so no timer clamping or background throttling (a
 * `setTimeout(0)` is held to ≥ 4 ms when nested and far longer in a background tab). The port is
 * closed once used (in Node an open port would keep the process running). Where there is no
 * `MessageChannel` (old runtimes), a timer.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `callback` when the browser is next idle (`requestIdleCallback`, at most 2 s later), or
 * after `fallbackMs` where there is none (Safari). For work that only helps later: preloads and
 * warm-ups that must not take time from a first render.
 */
export function whenIdle(callback: () => void, fallbackMs = 50): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 2000 });
  else setTimeout(callback, fallbackMs);
}
