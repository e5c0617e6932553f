import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { Session } from '../../src/course-calendar/course-calendar.types.js';
import { focused, shadow, shadowAll } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

/** Six sessions on Wednesday 18 March 2026: the month cell shows two and "+4 flere". */
const busyDay: Session[] = Array.from({ length: 6 }, (_, i) => ({ id: `m${i}`, courseId: 'renhold', start: `2026-03-18T0${i + 1}:00`, end: `2026-03-18T0${i + 2}:00`, kind: 'theory' }));

async function calendar(dir?: 'rtl', editable = false): Promise<VkCourseCalendar> {
  const doc = sampleSchedule();
  const wrapper = await fixture<HTMLElement>(html`<div dir=${dir ?? 'ltr'}><vk-course-calendar .value=${{ ...doc, sessions: [...doc.sessions, ...busyDay] }} view="month" date="2026-03-18" ?editable=${editable}></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  return el;
}

async function press(el: VkCourseCalendar, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Opens the day's "+N flere" popover with the keyboard only: the day, Enter, Down to "+N", Enter. */
async function openDayList(el: VkCourseCalendar): Promise<HTMLElement> {
  shadow(el, '.day[data-date="2026-03-18"]').focus();
  await press(el, 'Enter');
  for (let i = 0; i < 3 && !(focused(el) as HTMLElement | null)?.dataset.more; i++) await press(el, 'ArrowDown');
  const more = focused(el) as HTMLElement;
  expect(more.dataset.more, 'focus on "+N flere"').to.equal('2026-03-18');
  await press(el, 'Enter');
  await waitUntil(() => focused(el)?.closest('.vk-popover'), 'focus moves into the day’s popover');
  return more;
}

/** The popover list's sessions, in order. */
const listed = (el: VkCourseCalendar): HTMLElement[] => shadowAll(el, '.vk-popover .day-list [data-session]');

/** Records each keydown that reaches the window, to read `defaultPrevented` once it has been handled. */
function keydowns(): { events: KeyboardEvent[]; stop(): void } {
  const events: KeyboardEvent[] = [];
  const listener = (event: KeyboardEvent): void => void events.push(event);
  window.addEventListener('keydown', listener);
  return { events, stop: () => window.removeEventListener('keydown', listener) };
}

describe('vk-course-calendar: keys in a day’s "+N flere" list', () => {
  it('describes a listed session by the keys it takes there: Enter opens it, no "Mellomrom plukker opp"', async () => {
    const el = await calendar(undefined, true);
    await openDayList(el);
    const first = focused(el) as HTMLElement;
    const hint = el.shadowRoot!.getElementById(first.getAttribute('aria-describedby')!);
    expect(hint?.textContent?.trim()).to.equal('Enter åpner økten.');
    expect(shadow(el, '#session-hint').textContent, 'the grid’s chips still offer the move').to.include('Mellomrom');
    await press(el, ' ');
    await waitUntil(() => shadow(el, '.vk-popover').querySelector('[data-session-details="m0"]'), 'Space opens the session, as the hint implies');
  });

  it('ArrowDown/ArrowUp move to the next/previous session in the list', async () => {
    const el = await calendar();
    await openDayList(el);
    expect(listed(el).map((s) => s.dataset.session)).to.deep.equal(['m0', 'm1', 'm2', 'm3', 'm4', 'm5']);
    expect(focused(el)).to.equal(listed(el)[0]);
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(el.shadowRoot?.activeElement).to.equal(listed(el)[2]);
    await press(el, 'ArrowUp');
    expect(el.shadowRoot?.activeElement).to.equal(listed(el)[1]);
  });

  it('End and Home go to the last and first session; the arrows stop at the ends, as in the agenda', async () => {
    const el = await calendar();
    await openDayList(el);
    await press(el, 'End');
    expect(focused(el)).to.equal(listed(el)[5]);
    await press(el, 'ArrowDown');
    expect(focused(el), 'no wrap past the last').to.equal(listed(el)[5]);
    await press(el, 'Home');
    expect(focused(el)).to.equal(listed(el)[0]);
    await press(el, 'ArrowUp');
    expect(focused(el), 'no wrap before the first').to.equal(listed(el)[0]);
  });

  it('takes the keys it handles and lets every other key go on (not defaultPrevented)', async () => {
    const el = await calendar();
    await openDayList(el);
    const seen = keydowns();
    try {
      for (const key of ['ArrowDown', 'ArrowUp', 'End', 'Home']) await press(el, key);
      expect(seen.events.map((e) => [e.key, e.defaultPrevented])).to.deep.equal([
        ['ArrowDown', true],
        ['ArrowUp', true],
        ['End', true],
        ['Home', true],
      ]);
      seen.events.length = 0;
      for (const key of ['ArrowLeft', 'ArrowRight', 'PageDown', 'PageUp', 'a']) await press(el, key);
      expect(seen.events.map((e) => [e.key, e.defaultPrevented])).to.deep.equal([
        ['ArrowLeft', false],
        ['ArrowRight', false],
        ['PageDown', false],
        ['PageUp', false],
        ['a', false],
      ]);
      expect(focused(el), 'unhandled keys leave focus where it was').to.equal(listed(el)[0]);
    } finally {
      seen.stop();
    }
  });

  it('the list is one Tab stop: Tab leaves it for "Lukk", Shift+Tab comes back to the session focused last', async () => {
    const el = await calendar(undefined, true);
    await openDayList(el);
    expect(listed(el).map((s) => s.tabIndex), 'at first the first session').to.deep.equal([0, -1, -1, -1, -1, -1]);
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    await press(el, 'Tab');
    expect((focused(el) as HTMLElement).dataset.action, 'one Tab from the third session').to.equal('close');
    await sendKeys({ down: 'Shift' });
    await press(el, 'Tab');
    await sendKeys({ up: 'Shift' });
    expect(focused(el)).to.equal(listed(el)[2]);
    expect(listed(el).filter((s) => s.tabIndex === 0)).to.deep.equal([listed(el)[2]]);
    listed(el)[4]!.click();
    await waitUntil(() => shadow(el, '.vk-popover').querySelector('[data-session-details="m4"]'), 'a click still opens a listed session');
  });

  it('Escape closes the list and returns focus to "+N flere"', async () => {
    const el = await calendar();
    const more = await openDayList(el);
    await press(el, 'ArrowDown');
    await press(el, 'Escape');
    expect(shadow(el, '.vk-popover').matches(':popover-open')).to.equal(false);
    expect(focused(el)).to.equal(more);
  });

  // A session opened from the list used to point at its chip in the grid when the cell showed it,
  // so Escape left the user there, not where they had opened the list.
  for (const [which, pick] of [
    ['also shown in the grid', 'Home'],
    ['hidden behind "+N"', 'End'],
  ] as const) {
    it(`a session opened from the list (${which}): Escape returns focus to "+N flere"`, async () => {
      const el = await calendar(undefined, true);
      const more = await openDayList(el);
      await press(el, pick);
      const id = (focused(el) as HTMLElement).dataset.session!;
      if (pick === 'Home') expect(shadowAll(el, `[role="grid"] [data-session="${id}"]`).some((c) => c.checkVisibility()), 'the grid shows it too').to.equal(true);
      await press(el, 'Enter');
      await waitUntil(() => shadow(el, '.vk-popover').querySelector(`[data-session-details="${id}"]`), 'the session’s details open');
      await waitUntil(() => focused(el)?.closest('.vk-popover'), 'focus is in the details');
      await press(el, 'Escape');
      expect(shadow(el, '.vk-popover').matches(':popover-open')).to.equal(false);
      expect(focused(el)).to.equal(more);
    });
  }

  it('Up and Down are not flipped under a dir="rtl" ancestor', async () => {
    const el = await calendar('rtl');
    await openDayList(el);
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal(listed(el)[1]);
    await press(el, 'ArrowUp');
    expect(focused(el)).to.equal(listed(el)[0]);
  });
});
