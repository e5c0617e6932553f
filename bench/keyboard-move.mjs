// The plan board's keyboard move as a person does it, shared by every bench tool (run, profile,
// trace, ab-cpu): Tab to card "Kort 0"; let the board settle; Space (pick up) and, once the
// pick-up's frame is drawn (the page's `picked` signal), ArrowRight; the page's move clock runs
// from that keydown to the next frame (`moved`); after a random 0–16.7 ms ArrowRight again (the
// move clock at any phase of the frame interval, `moved-again`); then Space (drop). bench/cases/plan-board.js is
// the page side. Trusted key presses throughout.

/**
 * Runs the keyboard move on `tab` (a bench page opened with `move=1`); `wait` is
 * bench/signals.mjs `listen(tab)`. Throws if Tab never reaches the first card.
 */
export async function keyboardMove(tab, wait, timeout = 60_000) {
  await wait('ready', timeout);
  await focusFirstCard(tab);
  // A person's Tab and Space are never a few ms apart: let the board settle after the focus
  // (its updateComplete, then a frame) before the pick-up. The first focus preloads the
  // editing chunk, and updateComplete waits for it; without this pause the move clock, which
  // ends at updateComplete's next frame, counted that chunk's fetch (about 8 ms) as the move's.
  await tab.evaluate(() => document.querySelector('vk-plan-board').updateComplete.then(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))));
  await tab.keyboard.press('Space');
  // The pick-up's own frame is not the move's: ArrowRight comes after it, as a person's would.
  await wait('picked', timeout);
  await tab.keyboard.press('ArrowRight');
  await wait('moved', timeout);
  // Again, at a random point of the frame interval (16.7 ms), as a person's key comes.
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 16.7));
  await tab.keyboard.press('ArrowRight');
  // The drop waits for the move clocks to end: its work is not the moves'.
  await wait('moved-again', timeout);
  await tab.keyboard.press('Space');
  await tab.evaluate(() => window.__dropped());
}

/** Tab from the page into the board until focus is on card "Kort 0" (keyboard only). */
async function focusFirstCard(tab) {
  for (let i = 0; i < 40; i++) {
    await tab.keyboard.press('Tab');
    const text = await tab.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.textContent ?? '';
    });
    if (/\bKort 0\b/.test(text)) return;
  }
  throw new Error('plan board: Tab never reached the first card');
}
