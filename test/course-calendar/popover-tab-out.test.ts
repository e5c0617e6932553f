/**
 * Tab from the last control of the session details goes on to the calendar's next Tab stop after the session they belong to,
 * and they close (WAI-ARIA APG non-modal dialog: the panel sits after its opener in the Tab order); Shift+Tab from their first
 * control goes back to the session. The panel is drawn after the views, so the browser's own Tab went past the rest of the
 * calendar to the page: in a month's agenda of more than 200 rows, over "Vis flere økter", the one Tab stop after the list
 * (8 Dec 2026). In the month and week grids the grid is one Tab stop (Tab from a session in it leaves the calendar, tab-out.test.ts),
 * with the toolbar and the legend before it: Tab from the details goes on to the page, never back to the grid's day.
 * Real key presses (sendKeys), in nb (ltr) and Arabic (rtl).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { focused } from '../helpers/index.js';
import { busyMarch } from './fixtures.js';

const frames = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** The panel's controls in Tab order (none has a positive tabindex). */
const tabbable = (panel: HTMLElement): HTMLElement[] => Array.from(panel.querySelectorAll<HTMLElement>('*')).filter((c) => c.tabIndex >= 0 && !c.matches(':disabled'));

const where = (el: VkCourseCalendar): string => {
  const at = focused(el) ?? document.activeElement;
  return at === document.body ? '<body>' : (at?.outerHTML.slice(0, 90) ?? 'nothing');
};

/** An editable calendar of March 2026 (more than 200 sessions: its agenda draws 200 and "Vis flere økter"), between two buttons. */
async function page(view: 'month' | 'week' | 'agenda', dir: 'ltr' | 'rtl'): Promise<{ el: VkCourseCalendar; after: HTMLElement }> {
  const lang = dir == 'rtl' ? 'ar' : 'nb';
  await setLocale(lang);
  const root = await fixture<HTMLElement>(html`<div dir=${dir} lang=${lang} style="inline-size: 1100px">
    <button id="before">before</button>
    <vk-course-calendar .value=${busyMarch()} view=${view} date="2026-03-12" editable></vk-course-calendar>
    <button id="after">after</button>
  </div>`);
  const el = root.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  return { el, after: root.querySelector<HTMLElement>('#after')! };
}

async function press(el: VkCourseCalendar, key: string, shift = false): Promise<void> {
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  if (shift) await sendKeys({ up: 'Shift' });
  await el.updateComplete;
  await frames(2);
  await el.updateComplete;
}

/** Session `id` (drawn once the view's part has loaded). */
async function session(el: VkCourseCalendar, id: string): Promise<HTMLElement> {
  const find = (): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(`:is([role="grid"], .agenda) [data-session="${id}"]`);
  for (let i = 0; i < 120 && !find(); i++) await frames(1);
  return find()!;
}

/** Opens `anchor`'s details (or a day's list) with Enter, as a keyboard user does; returns the open panel, focus inside. */
async function open(el: VkCourseCalendar, anchor: HTMLElement): Promise<HTMLElement> {
  anchor.focus();
  await press(el, 'Enter');
  let panel: HTMLElement | null = null;
  for (let i = 0; i < 120 && !(panel = el.shadowRoot!.querySelector<HTMLElement>(':popover-open[data-positioned="true"]')); i++) await frames(1);
  expect(panel?.contains(focused(el)), 'the details opened with focus inside').to.equal(true);
  return panel!;
}

describe('vk-course-calendar: Tab and Shift+Tab past the ends of the session details', () => {
  afterEach(() => setLocale('nb'));

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`${dir}: agenda — Tab from the last control goes on to "Vis flere økter", not past the calendar`, async () => {
      const { el } = await page('agenda', dir);
      const more = el.shadowRoot!.querySelector<HTMLElement>('[data-action="agenda-more"]');
      expect(more, 'the agenda has more rows than it drew').to.not.equal(null);
      const panel = await open(el, await session(el, 'a2'));
      tabbable(panel).at(-1)!.focus();
      await press(el, 'Tab');
      expect(focused(el), `focus on "Vis flere økter", not ${where(el)}`).to.equal(more);
      expect(panel.matches(':popover-open'), 'the details closed').to.equal(false);
    });

    it(`${dir}: agenda — Shift+Tab from the first control goes back to the session`, async () => {
      const { el } = await page('agenda', dir);
      const anchor = await session(el, 'a2');
      const panel = await open(el, anchor);
      tabbable(panel)[0].focus();
      await press(el, 'Tab', true);
      expect(focused(el), `focus on the session, not ${where(el)}`).to.equal(anchor);
      expect(panel.matches(':popover-open'), 'the details closed').to.equal(false);
    });

    for (const view of ['month', 'week'] as const) {
      // The month's cells show two sessions of the day's eleven, and "+9 flere": its list is the popover there.
      const what = view == 'month' ? `a day's "+N flere" list` : 'the details of a session';
      it(`${dir}: ${view} — from ${what} before the focus date's day (the grid's Tab stop), Tab goes on to the page`, async () => {
        const { el, after } = await page(view, dir);
        const panel = await open(el, view == 'month' ? el.shadowRoot!.querySelector<HTMLElement>('[role="grid"] [data-more="2026-03-09"]')! : await session(el, 'a1'));
        tabbable(panel).at(-1)!.focus();
        await press(el, 'Tab');
        expect(document.activeElement, `focus after the calendar, not ${where(el)}`).to.equal(after);
        expect(panel.matches(':popover-open'), 'the details closed').to.equal(false);
      });
    }
  }
});
