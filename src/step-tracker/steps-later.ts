/**
 * Compact trackers whose steps wait until the first frame is painted: "render only what is
 * visible" for a table of hundreds of participants (issue 14).
 *
 * A compact tracker's first render draws its header and an empty, exactly sized step list
 * (`aria-busy`), and hands itself here. One microtask later, after every tracker connected in the
 * same task has done the same, `measure()` reads all their boxes at once (one layout of the
 * placeholders, then writes: no read between two trackers' renders) and draws the steps of those
 * within half a viewport of the screen before the frame. The rest are drawn after it, in document
 * order, about 8 ms of script a frame, so within a second every step button is in the page and in
 * the accessibility tree (unlike `content-visibility: auto`, which kept off-screen buttons out of
 * it for as long as they were off screen). Printing draws them all at once.
 */

type Show = () => void;

/** Placeholders rendered since the last measure. */
const waiting = new Map<Element, Show>();
/** Measured off screen: drawn after the first frame, a few per frame. */
const later = new Map<Element, Show>();
let measured: Promise<void> | undefined;
let framing = false;
let printing = false;

/**
 * Defers `host`'s steps: `show` draws them now (it must update the tracker synchronously). Call it
 * from the tracker's render. Returns a promise that settles once the tracker is measured: seen
 * ones are drawn by then.
 */
export function deferSteps(host: Element, show: Show): Promise<void> {
  if (!later.has(host)) waiting.set(host, show);
  measured ??= Promise.resolve().then(measure);
  return measured;
}

/** Forgets a tracker that left the page (it defers again when it renders after coming back). */
export function forgetSteps(host: Element): void {
  waiting.delete(host);
  later.delete(host);
}

function measure(): void {
  measured = undefined;
  const height = window.innerHeight || 900;
  const seen: Show[] = [];
  // Reads first (the first one lays the placeholders out), writes after.
  for (const [host, show] of waiting) {
    const box = host.isConnected ? host.getBoundingClientRect() : null;
    if (box && (box.width > 0 || box.height > 0) && box.bottom > -height / 2 && box.top < height * 1.5) seen.push(show);
    else later.set(host, show);
  }
  waiting.clear();
  for (const show of seen) show();
  if (later.size > 0 && !framing) {
    framing = true;
    // The outer callback runs in the frame about to be painted; the inner one in the next.
    requestAnimationFrame(() => requestAnimationFrame(() => draw(8)));
  }
  if (!printing) {
    printing = true;
    window.addEventListener('beforeprint', () => draw(Infinity));
  }
}

/** Draws deferred steps in page order for about `ms` of script, then goes on in the next frame. */
function draw(ms: number): void {
  const until = performance.now() + ms;
  for (const [host, show] of later) {
    later.delete(host);
    show();
    if (performance.now() >= until) break;
  }
  if (later.size > 0) {
    if (ms < Infinity) requestAnimationFrame(() => draw(ms));
  } else framing = false;
}
