// Shared by the tests of a lazy part that cannot load (test/core/load-failure*.test.ts, test/qa/load-failure*-qa.test.ts).
import { executeServerCommand } from '@web/test-runner-commands';

/** What a widget says, in bokmål, once a part it loads on first use could not be fetched (core/announcer.ts `loadFailed`). */
export const NOTICE = 'Noe kunne ikke lastes. Last inn siden på nytt.';

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
