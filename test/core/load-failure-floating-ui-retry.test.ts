// Floating UI (core/popover.ts, loaded on a page's first popover open) that failed to load is asked
// for again on the next open, as every other lazy part is (load-failure-retry.test.ts): the HTML
// standard fetches a module again after a network or HTTP error (whatwg/html#10327). Until then a
// panel is placed once without it (below or above its control, not following it) and the widget
// says a part could not be loaded; once it loads, the panel is placed by Floating UI and follows its
// control, and the notice goes. A file of its own: the module map is the page's, and any other
// test's popover would load Floating UI for good.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { cardItem, samplePlan } from '../plan-board/helpers.js';
import { block, blockDuring, NOTICE, notice, noticeOf, requested, until } from '../helpers/load-failure.js';


/** Floating UI's `size` middleware sets the panel's inline limit; the placement without it sets only the block one. */
const placedByFloatingUi = (panel: HTMLElement): boolean => panel.style.getPropertyValue('--_vk-popover-max-inline') !== '';

describe('Floating UI that failed to load is asked for again on the next popover open', () => {
  blockDuring(['*floating-ui*']);

  it('board card menu: placed without it and said; still failing, the next open asks again; back, the next open is placed by it, follows, and the notice goes', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    const button = cardItem(el, 'c2').querySelector<HTMLElement>('.menu-button') as HTMLElement;
    const menu = (): HTMLElement | null => el.shadowRoot?.querySelector<HTMLElement>('.vk-popover[role="menu"]:popover-open') ?? null;
    const close = async (): Promise<void> => {
      menu()?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
      await el.updateComplete;
      expect(menu(), 'closed').to.equal(null);
    };

    button.click();
    expect((await noticeOf(el)).textContent?.trim()).to.equal(NOTICE);
    const first = await until(() => menu()?.dataset.positioned === 'true' && menu());
    expect(placedByFloatingUi(first), 'placed without Floating UI').to.equal(false);
    const asked = await requested('floating-ui');
    expect(asked, 'the blocked requests are seen').to.be.at.least(1);

    // Still failing: the next open asks again, is placed without it, and the notice stays (one).
    await close();
    button.click();
    await until(() => menu()?.dataset.positioned === 'true');
    expect(await requested('floating-ui'), 'asked for again').to.be.above(asked);
    expect(el.shadowRoot?.querySelectorAll('[data-vk-failed]').length).to.equal(1);

    // The connection is back: the next open is placed by Floating UI and the notice goes.
    await close();
    await block([]);
    button.click();
    const panel = await until(() => menu()?.dataset.positioned === 'true' && placedByFloatingUi(menu()!) && menu());
    await el.updateComplete;
    expect(notice(el), 'the notice is gone').to.equal(null);
    // Placed by Floating UI, it follows its control when the page moves it (the placement without it stays put).
    const gap = (): number => panel.getBoundingClientRect().top - button.getBoundingClientRect().top;
    const [gapBefore, buttonBefore] = [gap(), button.getBoundingClientRect().top];
    el.style.marginTop = '40px';
    await until(() => button.getBoundingClientRect().top > buttonBefore && Math.abs(gap() - gapBefore) < 1);
    el.style.marginTop = '';
  });
});
