/**
 * The calendar's lazy parts a user's action loads — a session's details (session-popover), the week and agenda views
 * (week-view, agenda-view), "Planlegg kurs" (pattern-dialog) and the .ics writer (ics) — could not be loaded: the calendar said
 * "Noe kunne ikke lastes. Last inn siden på nytt." and nothing more, though each can be asked for again (whatwg/html#10327, as
 * this Chromium does). As the plan board's editing UI (test/plan-board/editing-load-retry.test.ts): the notice has "Prøv igjen",
 * reached by Tab; it re-runs that use — failing again, the notice stays, focus stays on "Prøv igjen" and its words are said again;
 * once the part comes, the use goes ahead as from its control (details and the dialog open, focus in them, Escape back on the
 * control; a view is shown, focus on its button; the file is saved, focus on its button) and the notice goes. Keyboard only; the
 * chunks blocked for this page (CDP, `vk-block-urls`). The page's module map keeps a loaded part, and the calendar's idle preload
 * asks for the views and the details: each test lets in only its own part, in this order.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from './fixtures.js';
import { recordAnnouncements, settle } from '../helpers/index.js';
import { block, deepActive, NOTICE, notice, noticeOf, quietLoadFailures, requested, retryOf, until, words } from '../helpers/load-failure.js';

const $ = (el: VkCourseCalendar, selector: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(selector);
const CHUNKS = ['session-popover', 'week-view', 'agenda-view', 'pattern-dialog', 'ics'];
/** Every part but those already let in (`loaded`) fails. */
const blockAllBut = (...loaded: string[]): Promise<unknown> => block(CHUNKS.filter((c) => !loaded.includes(c)).map((c) => `*/${c}.*`));

async function calendar(): Promise<VkCourseCalendar> {
  const el = (await fixture<HTMLElement>(html`<div style="inline-size: 1000px"><vk-course-calendar date="2026-03-09" .value=${sampleSchedule()}></vk-course-calendar><button>after</button></div>`)).firstElementChild as VkCourseCalendar;
  await settle(el);
  return el;
}

/**
 * From `control` (focused), Enter: the part `chunk` fails, and the notice offers "Prøv igjen", which Tab reaches (the keyboard
 * only). Pressed while the part still fails: asked for again, the notice stays (one), focus on it, its words said again.
 * Then the part is let in (`loaded` with it), and "Prøv igjen" is pressed once more.
 */
async function failThenRetry(el: VkCourseCalendar, control: HTMLElement, chunk: string, loaded: string[]): Promise<void> {
  control.focus();
  await sendKeys({ press: 'Enter' });
  const alert = await noticeOf(el);
  await settle(el);
  expect(words(alert), 'the notice').to.equal(NOTICE);
  expect(retryOf(el)?.textContent?.trim(), 'with its retry').to.equal('Prøv igjen');
  for (let i = 0; i < 40 && deepActive() !== retryOf(el); i++) await sendKeys({ press: 'Tab' });
  expect(deepActive(), 'Tab reaches "Prøv igjen"').to.equal(retryOf(el));

  const said = recordAnnouncements(el);
  const asked = await requested(chunk);
  await sendKeys({ press: 'Enter' });
  await until(() => said.includes(NOTICE));
  await settle(el);
  expect(await requested(chunk), 'the part asked for again').to.be.above(asked);
  expect(el.shadowRoot!.querySelectorAll('[data-vk-failed]').length).to.equal(1);
  expect(deepActive(), 'focus still on "Prøv igjen"').to.equal(retryOf(el));

  await blockAllBut(...loaded, chunk);
  await sendKeys({ press: 'Enter' });
}

describe('course calendar: "Prøv igjen" where a part could not be loaded', () => {
  quietLoadFailures();

  it('a session’s details: "Prøv igjen" opens them from the session once they come', async () => {
    await blockAllBut();
    const el = await calendar();
    const session = $(el, '[role="grid"] [data-session="a1"]')!;
    await failThenRetry(el, session, 'session-popover', []);
    const panel = await until(() => $(el, '.vk-popover:popover-open'));
    await settle(el);
    expect(panel.textContent, 'a1’s details').to.include('Renhold og smittevern');
    expect(panel.contains(deepActive()), 'focus in the details').to.equal(true);
    expect(notice(el), 'the notice went').to.equal(null);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(deepActive(), 'Escape: back on the session').to.equal($(el, '[role="grid"] [data-session="a1"]'));
  });

  for (const [view, chunk, loaded, drawn] of [
    ['week', 'week-view', ['session-popover'], '[data-view="week"] [role="grid"]'],
    ['agenda', 'agenda-view', ['session-popover', 'week-view'], '.agenda [data-session]'],
  ] as const) {
    it(`the ${view} view: "Prøv igjen" shows it once it comes, focus on its button`, async () => {
      await blockAllBut(...loaded);
      const el = await calendar();
      await failThenRetry(el, $(el, `button[data-view="${view}"]`)!, chunk, [...loaded]);
      await until(() => $(el, drawn));
      await settle(el);
      expect(el.currentView).to.equal(view);
      expect(notice(el), 'the notice went').to.equal(null);
      expect(deepActive(), 'focus on the view’s button').to.equal($(el, `button[data-view="${view}"]`));
    });
  }

  it('"Planlegg kurs": "Prøv igjen" opens the dialog once it comes; Escape back on its button', async () => {
    const loaded = ['session-popover', 'week-view', 'agenda-view'];
    await blockAllBut(...loaded);
    const el = await calendar();
    await failThenRetry(el, $(el, '[data-action="plan"]')!, 'pattern-dialog', loaded);
    const dialog = await until(() => $(el, 'dialog[open]'));
    await settle(el);
    expect(dialog.contains(deepActive()), 'focus in the dialog').to.equal(true);
    expect(notice(el), 'the notice went').to.equal(null);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(deepActive(), 'Escape: back on "Planlegg kurs"').to.equal($(el, '[data-action="plan"]'));
  });

  it('"Last ned til kalender (.ics)": "Prøv igjen" saves the file once the writer comes, focus back on its button', async () => {
    const loaded = ['session-popover', 'week-view', 'agenda-view', 'pattern-dialog'];
    await blockAllBut(...loaded);
    const el = await calendar();
    const said = recordAnnouncements(el);
    await failThenRetry(el, $(el, '[data-action="ics"]')!, 'ics', loaded);
    await until(() => said.includes('Kalenderfilen kurskalender.ics er lastet ned.'));
    await settle(el);
    expect(notice(el), 'the notice went').to.equal(null);
    expect(deepActive(), 'focus on the download button').to.equal($(el, '[data-action="ics"]'));
  });
});
