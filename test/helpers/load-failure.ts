// Shared by the tests of a lazy part that cannot load (test/core/load-failure*.test.ts, test/qa/load-failure*-qa.test.ts).
import { executeServerCommand } from '@web/test-runner-commands';

/** What a widget says, in bokmål, once a part it loads on first use could not be fetched (core/announcer.ts `loadFailed`). */
export const NOTICE = 'Noe kunne ikke lastes. Last inn siden på nytt.';

/** The notice's words, without the "Prøv igjen" a use with a retry gives it (core/announcer.ts `loadFailed`; the plan board's editing UI). */
export const words = (alert: Element | null): string | undefined => (alert ? Array.from(alert.childNodes, (n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : '')).join('').trim() : undefined);

/** The widget's load-failure notice, or null. */
export const notice = (el: Element): HTMLElement | null => el.shadowRoot?.querySelector<HTMLElement>('[data-vk-failed]') ?? null;

/** Waits until the widget shows the notice (the failed fetch settles in a later task); throws after about 2 s. */
export async function noticeOf(el: Element & { updateComplete: Promise<boolean> }): Promise<HTMLElement> {
  for (let i = 0; i < 100 && !notice(el); i++) {
    await el.updateComplete;
    if (!notice(el)) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const found = notice(el);
  if (!found) throw new Error('no load-failure notice');
  return found;
}

/**
 * In the `describe` it is called in: requests whose URL matches one of `urls` fail as a lost
 * connection would (`vk-block-urls`, web-test-runner.config.mjs), and the widgets' console warning
 * about it is silenced; both undone after its tests.
 */
export function blockDuring(urls: string[]): void {
  const warn = console.warn;
  before(async () => {
    await executeServerCommand('vk-block-urls', { urls });
    console.warn = () => {};
  });
  after(async () => {
    console.warn = warn;
    await executeServerCommand('vk-block-urls', { urls: [] });
  });
}

/** Blocks `urls` (substrings) at the test server until unblocked with `[]` (the `vk-block-urls` command). */
export const block = (urls: string[]): Promise<unknown> => executeServerCommand('vk-block-urls', { urls });
const requestedNow = async (contains: string): Promise<number> => ((await executeServerCommand('vk-requested', { contains })) as string[]).length;
/**
 * How many requests for `contains` the browser has made, once that number holds still: the browser
 * reports them to the test runner on a channel of its own, which may lag the page's own view.
 */
export async function requested(contains: string): Promise<number> {
  let count = await requestedNow(contains);
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await requestedNow(contains);
    if (again === count) break;
    count = again;
  }
  return count;
}
/** A frame, then a task. */
export const frame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
/** Waits (up to 100 frames, about 2 s) for `found` to return something truthy. */
export async function until<T>(found: () => T | null | undefined | false): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = found();
    if (value) return value;
    await frame();
  }
  throw new Error('never came');
}

/** The notice's "Prøv igjen" (a use that failed and can be asked for again), or null. */
export const retryOf = (el: Element): HTMLButtonElement | null => notice(el)?.querySelector('button') ?? null;

/** The focused element, through open shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** In the `describe` it is called in: the widgets' console warning about a part that failed silenced, and every block lifted after its tests. */
export function quietLoadFailures(): void {
  const warn = console.warn;
  before(() => (console.warn = () => undefined));
  after(async () => {
    console.warn = warn;
    await executeServerCommand('vk-block-urls', { urls: [] });
  });
}
