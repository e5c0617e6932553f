/**
 * Compact trackers whose steps wait until the first frame is painted: "render only what is
 * visible" for a table of hundreds of participants (issue 14).
 *
 * A compact tracker's first render draws its header and an empty, exactly sized step list
 * (`aria-busy`), and hands itself here (idempotent: a tracker already waiting is not added twice).
 * One microtask later, after every tracker connected in the same task has done the same,
 * `measure()` reads all their lists' boxes at once (one layout of the placeholders, then writes:
 * no read between two trackers' renders) and draws the steps of those on screen before the frame
 * (until 3 Dec 2026 also those within half a viewport of it: a third more drawing in the first
 * frame of a 500-row table, 266 → 249 ms of main-thread CPU; the rows below come in the frames
 * right after, top first). The rest are drawn after it, about 8 ms of script a frame: first those
 * near the screen then (within half a viewport of it: a host that scrolled to a row, a scroll
 * container; a frame after a scroll reads the waiting lists' boxes, in its clean layout, before
 * it draws), then the others in the order they rendered, so within a second every step button is
 * in the page and in the accessibility tree (unlike `content-visibility: auto`, which kept
 * off-screen buttons out of it for as long as they were off screen). A hidden page, where frames
 * do not run, draws them on timers. Printing draws them all at once.
 */

type Show = () => void;

/** Placeholders rendered since the last measure. */
const waiting = new Map<Element, Show>();
/** Measured off screen (or not laid out): drawn after the first frame. Keyed by host; the value's box is its placeholder list. */
const later = new Map<Element, [show: Show, box: Element]>();
let measured: Promise<void> | undefined;
let framing = false;
let printing = false;
/** Something scrolled since the last `drawSome`: a waiting list may have come near the screen. */
let scrolled = false;

/** Script time (ms) a frame gives to drawing deferred steps. */
const SLICE_MS = 8;

/**
 * Defers `host`'s steps: `show` draws them now (it must update the tracker synchronously). Call it
 * from the tracker's render: the measure is queued before the render's update resolves, so a
 * tracker on screen has its steps when `updateComplete` resolves.
 */
export function deferSteps(host: Element, show: Show): void {
  if (!later.has(host)) waiting.set(host, show);
  measured ??= Promise.resolve().then(measure);
}

/** Forgets a tracker that left the page (it defers again when it renders after coming back). */
export function forgetSteps(host: Element): void {
  waiting.delete(host);
  later.delete(host);
}

/** The box that says where the steps will be: the placeholder list (a host may be `display: contents`). */
function boxOf(host: Element): Element {
  return host.shadowRoot?.querySelector('[aria-busy]') ?? host;
}

/** Runs `show`, reporting (not throwing) what goes wrong, so one tracker cannot stop the rest. */
function run(show: Show): void {
  try {
    show();
  } catch (error) {
    setTimeout(() => {
      throw error;
    });
  }
}

/** True when `box` is laid out and within `margin` viewports of the screen (0: on it). */
function near(box: Element, margin: number): boolean {
  const rect = box.getBoundingClientRect();
  const height = window.innerHeight || 900;
  return (rect.width > 0 || rect.height > 0) && rect.bottom > -margin * height && rect.top < (1 + margin) * height;
}

function measure(): void {
  measured = undefined;
  const seen: Show[] = [];
  // Reads first (the first one lays the placeholders out), writes after.
  for (const [host, show] of waiting) {
    const box = host.isConnected ? boxOf(host) : null;
    if (box && near(box, 0)) seen.push(show);
    else later.set(host, [show, box ?? host]);
  }
  waiting.clear();
  seen.forEach(run);
  if (later.size === 0) return;
  if (!framing) {
    framing = true;
    // The outer callback runs in the frame about to be painted; the inner one in the next.
    nextFrame(() => nextFrame(drawSome));
  }
  if (!printing) {
    printing = true;
    window.addEventListener('beforeprint', () => [...later.keys()].forEach(draw));
    // Any scroll, the page's or a container's (capturing: a scroll event does not bubble).
    window.addEventListener('scroll', () => (scrolled = true), true);
  }
}

/** The next frame; a hidden page, which runs none, gets a timer instead. */
function nextFrame(callback: () => void): void {
  if (document.hidden) setTimeout(callback, 16);
  else requestAnimationFrame(callback);
}

function draw(host: Element): void {
  const show = later.get(host)?.[0];
  later.delete(host);
  if (show) run(show);
}

/** Waiting trackers found near the screen after the last scroll, on screen first: drawn before the rest, until drawn or the next scroll. */
let soon: Element[] = [];

/**
 * Draws deferred steps for about `SLICE_MS` of script, then goes on in the next frame: after a
 * scroll, those then on the screen first, then those near it (all boxes read before the first
 * draw), then in the order they rendered (top first, without a scroll: the measure found those on
 * screen). Those near the screen keep their turn in the frames after, as long as they wait: on a
 * busy machine (CI, 8 Dec 2026) one frame's slice drew the rows above the one scrolled to and the
 * next frame, the scroll forgotten, went on from the top of the table.
 */
function drawSome(): void {
  if (scrolled) {
    const on: Element[] = [];
    const by: Element[] = [];
    for (const [host, [, box]] of later) if (near(box, 0.5)) (near(box, 0) ? on : by).push(host);
    soon = [...on, ...by];
  }
  scrolled = false;
  const until = performance.now() + SLICE_MS;
  for (const host of [...soon, ...later.keys()]) {
    if (!later.has(host)) continue;
    draw(host);
    if (performance.now() >= until) break;
  }
  soon = soon.filter((host) => later.has(host));
  framing = later.size > 0;
  if (framing) nextFrame(drawSome);
}
