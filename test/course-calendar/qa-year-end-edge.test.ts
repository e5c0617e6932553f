import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { settleFrames } from './focus-helpers.js';

// December 9999's grid and last week show 1–2 January 10000, and January 1000's grid the last days
// of 999: dates the calendar cannot focus (`focusDate` takes them for today). Reaching them by
// keyboard or click jumped to today's month; a picked-up session carried there ended its move
// far from where it was.
const doc = (): ScheduleDocument => ({
  version: 1,
  courses: [{ id: 'c', title: 'Praksis' }],
  sessions: [
    { id: 's', courseId: 'c', start: '9999-12-31T09:00', end: '9999-12-31T10:00', kind: 'practice' },
    { id: 'late', courseId: 'c', start: '9999-12-31T22:00', end: '9999-12-31T23:59', kind: 'practice' },
  ],
});

async function calendar(view: string, date: string): Promise<VkCourseCalendar> {
  const page = await fixture<HTMLDivElement>(html`<div lang="nb" style="inline-size: 1000px"><vk-course-calendar view=${view} date=${date} .value=${doc()}></vk-course-calendar></div>`);
  const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  return el;
}

const focused = (el: VkCourseCalendar): HTMLElement | null => el.shadowRoot?.activeElement as HTMLElement | null;

async function press(el: VkCourseCalendar, key: string): Promise<void> {
  const shift = key.startsWith('Shift+');
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key.replace('Shift+', '') });
  if (shift) await sendKeys({ up: 'Shift' });
  await settleFrames(el);
}

describe('the calendar’s first and last days', () => {
  for (const [view, key, date] of [['month', 'ArrowRight', '9999-12-31'], ['month', 'ArrowDown', '9999-12-31'], ['month', 'End', '9999-12-31'], ['month', 'PageDown', '9999-12-31'], ['week', 'ArrowRight', '9999-12-31'], ['week', 'PageDown', '9999-12-31'], ['month', 'ArrowLeft', '1000-01-01'], ['month', 'PageUp', '1000-01-01']] as const) {
    it(`${view}: ${key} on ${date} stays there, focus on its day`, async () => {
      const el = await calendar(view, date);
      (el.shadowRoot?.querySelector('.day[tabindex="0"]') as HTMLElement).focus();
      await press(el, key);
      expect([el.date, el.focusDate, focused(el)?.dataset.date]).to.deep.equal([date, date, date]);
    });
  }

  it('PageDown in December 9999 goes to its last day, and PageUp back to the day of month it left', async () => {
    const el = await calendar('month', '9999-12-15');
    (el.shadowRoot?.querySelector('.day[tabindex="0"]') as HTMLElement).focus();
    await press(el, 'PageDown');
    expect(el.focusDate).to.equal('9999-12-31');
    await press(el, 'PageUp');
    expect(el.focusDate).to.equal('9999-11-15');
  });

  it('the toolbar’s “next” in December 9999 stays in December 9999', async () => {
    const el = await calendar('month', '9999-12-15');
    (el.shadowRoot?.querySelector('[data-action="next"]') as HTMLElement).click();
    await settleFrames(el);
    expect(el.focusDate).to.equal('9999-12-31');
    expect(el.range.start).to.equal('9999-11-29');
  });

  it('a click on 1 January 10000 in December 9999’s grid stays in December 9999', async () => {
    const el = await calendar('month', '9999-12-15');
    (el.shadowRoot?.querySelector('.day[data-date="10000-01-01"]') as HTMLElement).click();
    await settleFrames(el);
    expect([el.focusDate, focused(el)?.dataset.date]).to.deep.equal(['9999-12-31', '9999-12-31']);
  });

  for (const [view, keys] of [['month', ['ArrowRight']], ['week', ['ArrowDown', 'ArrowDown', 'ArrowDown']], ['week', ['Shift+ArrowDown']]] as const) {
    it(`${view}: a picked-up session is not moved past 31 December 9999 (${keys.join(' ')})`, async () => {
      const el = await calendar(view, '9999-12-31');
      const changes: unknown[] = [];
      el.addEventListener('vk-change', (e) => changes.push((e as CustomEvent).detail.operation));
      const chip = el.shadowRoot?.querySelector('[data-session="late"]') as HTMLElement;
      chip.focus();
      await press(el, ' ');
      for (const key of keys) await press(el, key);
      // Still picked up, on its day, in December 9999: the move goes on from where it was.
      expect([el.focusDate, focused(el)?.dataset.session]).to.deep.equal(['9999-12-31', 'late']);
      expect(el.shadowRoot?.querySelector('[aria-live]')?.textContent ?? '').to.include('Flyttingen ble avvist.');
      await press(el, 'ArrowUp');
      await press(el, ' ');
      expect(changes.length).to.equal(1);
      expect((el.value?.sessions[1].start ?? '~') < '9999-12-31T22:00').to.equal(true);
    });
  }
});
