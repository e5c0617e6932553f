// QA of 034b72f (Floating UI asked for again after a failed load; the notice goes once it loads), by
// a newcomer: a board and a calendar on one page both fail to load it and both show the notice.
// With the connection back, the board's next open loads it: the board's notice goes. The calendar's
// stays until its own next use (as its other lazy parts: "a use here brings the notice down",
// course-calendar.ts retryOnUse); then its details are placed by Floating UI at once and its notice
// goes too. A file of its own: the module map is the page's.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { detailsPart } from '../../src/course-calendar/calendar-parts.js';
import { cardItem, samplePlan } from '../plan-board/helpers.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { blockDuring, notice, noticeOf, until } from '../helpers/load-failure.js';

const placedByFloatingUi = (panel: HTMLElement): boolean => panel.style.getPropertyValue('--_vk-popover-max-inline') !== '';
const escape = (panel: HTMLElement | null): void => void panel?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));

describe('QA: Floating UI failed in two widgets on one page, then back', () => {
  before(() => detailsPart.load()); // the details' own chunk is not what this test blocks
  blockDuring(['*floating-ui*']);

  it('each widget\'s notice goes with its own next open, placed by Floating UI', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <vk-plan-board .value=${samplePlan()}></vk-plan-board>
      <vk-course-calendar style="inline-size: 1000px" view="week" date="2026-03-09" .value=${sampleSchedule()}></vk-course-calendar>
    </div>`);
    const board = page.querySelector('vk-plan-board') as VkPlanBoard;
    const cal = page.querySelector('vk-course-calendar') as VkCourseCalendar;
    await cal.updateComplete;
    const menu = (): HTMLElement | null => board.shadowRoot?.querySelector<HTMLElement>('.vk-popover[role="menu"]:popover-open') ?? null;
    const details = (): HTMLElement | null => cal.shadowRoot?.querySelector<HTMLElement>('.vk-popover:popover-open') ?? null;
    const openMenu = (): void => cardItem(board, 'c2').querySelector<HTMLElement>('.menu-button')!.click();
    const openDetails = (): void => cal.shadowRoot!.querySelector<HTMLElement>('[data-session="a1"]')!.click();

    openMenu();
    await noticeOf(board);
    await until(() => menu()?.dataset.positioned === 'true');
    escape(menu());
    await board.updateComplete;
    openDetails();
    await noticeOf(cal);
    await until(() => details()?.dataset.positioned === 'true');
    escape(details());
    await cal.updateComplete;

    await executeServerCommand('vk-block-urls', { urls: [] });
    openMenu();
    await until(() => menu()?.dataset.positioned === 'true' && placedByFloatingUi(menu()!));
    await board.updateComplete;
    expect(notice(board), 'the board\'s notice').to.equal(null);
    escape(menu());
    await board.updateComplete;

    openDetails();
    const panel = await until(() => details()?.dataset.positioned === 'true' && details());
    expect(placedByFloatingUi(panel), 'placed by Floating UI at once').to.equal(true);
    await cal.updateComplete;
    expect(notice(cal), 'the calendar\'s notice').to.equal(null);
    expect(document.activeElement, 'never <body>').to.not.equal(document.body);
  });
});
