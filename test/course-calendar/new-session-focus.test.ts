/**
 * "Ny økt" on a full day (12 March 2026 in the Innherred preset: three sessions already), then
 * Escape: focus went to the day's "+2 flere", because the new session was hidden behind it and the
 * details popover pointed there. The new session is now drawn (kept, as a session moved last is)
 * and its details point at it, so Escape or "Lukk" returns focus to it: the item the edit touched
 * (docs/accessibility.md, "Focus is never lost"). Below 480 px a month shows no chips: focus goes
 * to the day's markers, which list it. Never `<body>`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleOperation } from '../../src/course-calendar/course-calendar.types.js';
import { createInnherredSchedule } from '../../src/presets/schedule.js';
import { focused, record, shadow } from '../helpers/index.js';

async function calendar(view: string | null, width: number): Promise<VkCourseCalendar> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: ${width}px"><vk-course-calendar .value=${createInnherredSchedule()} date="2026-03-12"></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  if (view) el.view = view as VkCourseCalendar['view'];
  await el.updateComplete;
  return el;
}

/** Focuses "Ny økt" and presses Enter; returns the new session's id once its details are open. */
async function addWithKeyboard(el: VkCourseCalendar): Promise<string> {
  const events = record(el, 'vk-change');
  shadow(el, '[data-action="add"]').focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  expect(events, 'one vk-change').to.have.length(1);
  const operation = (events[0].detail as { operation: ScheduleOperation }).operation;
  expect(operation.type).to.equal('session.add');
  const id = operation.type === 'session.add' ? operation.session.id : '';
  expect(shadow(el, '.vk-popover').matches(':popover-open'), 'its details are open').to.equal(true);
  expect(shadow(el, '.vk-popover').contains(focused(el)), 'focus in the details').to.equal(true);
  expect(shadow(el, '[data-vk-announcer]').textContent).to.include('Ny økt lagt til.');
  return id;
}

/** The new session's control in the 12 March cell (month or week grid), as drawn. */
function chipOf(el: VkCourseCalendar, id: string): HTMLElement | undefined {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(`.day[data-date="2026-03-12"] [data-session="${id}"], .agenda [data-session="${id}"]`)).find((c) => c.checkVisibility());
}

function expectNotLost(el: VkCourseCalendar): void {
  expect(document.activeElement, 'focus stays in the calendar, never <body>').to.equal(el);
}

describe('vk-course-calendar: focus after "Ny økt" on a full day', () => {
  for (const [view, width] of [['month', 1100], ['week', 1100], ['week', 768]] as const) {
    it(`${view} at ${width} px: the new session is drawn, not behind "+N", and Escape returns focus to it`, async () => {
      const el = await calendar(view, width);
      const id = await addWithKeyboard(el);
      const chip = chipOf(el, id);
      expect(chip, 'the new session is drawn in its day').to.not.equal(undefined);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(shadow(el, '.vk-popover').matches(':popover-open')).to.equal(false);
      expect(focused(el)).to.equal(chipOf(el, id));
      expect((focused(el) as HTMLElement).dataset.more, 'not "+N flere"').to.equal(undefined);
      expectNotLost(el);
    });
  }

  it('"Lukk" returns focus to the new session too (week view)', async () => {
    const el = await calendar('week', 1100);
    const id = await addWithKeyboard(el);
    (shadow(el, '.vk-popover [data-action="close"]') as HTMLElement).click();
    await el.updateComplete;
    expect(focused(el)).to.equal(chipOf(el, id));
    expectNotLost(el);
  });

  it('"Slett økt" removes it, says so, and focuses its day', async () => {
    const el = await calendar('month', 1100);
    await addWithKeyboard(el);
    (shadow(el, '.vk-popover [data-action="remove"]') as HTMLElement).click();
    await el.updateComplete;
    expect(shadow(el, '[data-vk-announcer]').textContent).to.match(/Økten \u2068[^\u2069]+\u2069 er slettet\./);
    expect(focused(el)).to.equal(shadow(el, '.day[data-date="2026-03-12"]'));
    expectNotLost(el);
  });

  it('below 480 px (the agenda by default): Escape returns focus to the new session in the list', async () => {
    const el = await calendar(null, 400);
    expect(el.currentView).to.equal('agenda');
    const id = await addWithKeyboard(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(focused(el)).to.equal(chipOf(el, id));
    expectNotLost(el);
  });

  it('a month below 480 px draws no chips: Escape returns focus to the day\'s markers, which list the new session', async () => {
    const el = await calendar('month', 400);
    await addWithKeyboard(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(focused(el)).to.equal(shadow(el, '.markers[data-more="2026-03-12"]'));
    expectNotLost(el);
  });
});

describe('vk-course-calendar: "Slett økt" in the list view', () => {
  // Before: focus went to the month's first session (the list's default), far from where the user
  // was. Now the session after the deleted one in the list takes focus, else the one before.
  async function list(): Promise<VkCourseCalendar> {
    const el = await calendar('agenda', 900);
    expect(el.currentView).to.equal('agenda');
    return el;
  }
  const order = (el: VkCourseCalendar): string[] => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.agenda [data-session]'), (c) => c.dataset.session as string);
  async function removeWithPopover(el: VkCourseCalendar, id: string): Promise<void> {
    (el.shadowRoot!.querySelector(`.agenda [data-session="${id}"]`) as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    (shadow(el, '.vk-popover [data-action="remove"]') as HTMLElement).click();
    await el.updateComplete;
    await el.updateComplete;
  }

  it('a session in the middle: focus on the next one in the list', async () => {
    const el = await list();
    const ids = order(el);
    expect(ids.length, 'the month lists many sessions').to.be.greaterThan(10);
    await removeWithPopover(el, ids[5]);
    expect(shadow(el, '[data-vk-announcer]').textContent).to.match(/Økten \u2068[^\u2069]+\u2069 er slettet\./);
    expect(order(el)).to.not.include(ids[5]);
    expect((focused(el) as HTMLElement | null)?.dataset.session).to.equal(ids[6]);
    expectNotLost(el);
  });

  it('the last session of the list: focus on the one before it', async () => {
    const el = await list();
    const ids = order(el);
    await removeWithPopover(el, ids[ids.length - 1]);
    expect((focused(el) as HTMLElement | null)?.dataset.session).to.equal(ids[ids.length - 2]);
    expectNotLost(el);
  });
});
