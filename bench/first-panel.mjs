// The runner's side of bench/cases/first-panel.js, shared by run and trace: the page says where to
// press (`vk-bench:press@x,y`, then `press-again@x,y` for a second panel); the runner moves the
// mouse there (pointerenter: the board's own preload) and presses and releases it, as a tap is.
// Trusted input through the browser (no DevTools command runs on the page while a clock runs).

/**
 * Starts listening on `tab` (call before `goto`). Returns `drive(timeout)`, which presses each
 * target the page names until the page reports `done`.
 */
export function firstPanelDriver(tab) {
  const targets = [];
  let wake = null;
  tab.on('console', (message) => {
    const found = /^vk-bench:(press(?:-again)?)@(\d+),(\d+)$/.exec(message.text());
    if (!found) return;
    targets.push({ x: Number(found[2]), y: Number(found[3]) });
    wake?.();
  });
  return async function drive(wait, timeout = 60_000) {
    let done = false;
    const finished = wait('done', timeout).then(() => (done = true));
    while (!done) {
      const target = targets.shift();
      if (!target) {
        await Promise.race([finished, new Promise((resolve) => (wake = resolve))]);
        continue;
      }
      await tab.mouse.move(target.x, target.y);
      await tab.mouse.down();
      await tab.mouse.up();
    }
    await finished;
  };
}
