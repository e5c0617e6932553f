// Shared by the tests of a lazy part that cannot load (test/core/load-failure*.test.ts, test/qa/load-failure*-qa.test.ts).

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
