import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { Session } from '../../src/course-calendar/course-calendar.types.js';
import { focused } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

// Tab from a session (or "+N") reached with Enter inside a day went back to the calendar's first
// toolbar button, so a keyboard user could not leave the calendar from there (a newcomer's review).

const busy: Session[] = Array.from({ length: 6 }, (_, i) => ({ id: `b${i}`, courseId: 'renhold', start: '2026-03-12T13:00', end: '2026-03-12T14:00', kind: 'theory' }));

async function page(view: 'month' | 'week'): Promise<{ el: VkCourseCalendar; before: HTMLElement; after: HTMLElement }> {
  const doc = sampleSchedule();
  const root = await fixture<HTMLElement>(html`<div style="inline-size: 1100px">
    <button id="before">before</button>
    <vk-course-calendar .value=${{ ...doc, sessions: [...doc.sessions, ...busy] }} view=${view} date="2026-03-12" editable></vk-course-calendar>
    <button id="after">after</button>
  </div>`);
  const el = root.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  return { el, before: root.querySelector('#before')!, after: root.querySelector('#after')! };
}

async function key(el: VkCourseCalendar, press: string): Promise<void> {
  await sendKeys({ press });
  await el.updateComplete;
}

describe('vk-course-calendar: Tab leaves the calendar from inside a day', () => {
  for (const view of ['month', 'week'] as const) {
    it(`${view}: from a session and from "+N", Tab goes on past the calendar; Shift+Tab comes back to the day`, async () => {
      const { el, after } = await page(view);
      const day = el.shadowRoot!.querySelector<HTMLElement>('.day[data-date="2026-03-12"]')!;
      for (const target of ['session', 'more'] as const) {
        day.focus();
        await key(el, 'Enter');
        if (target === 'more') for (let i = 0; i < 8 && !(focused(el) as HTMLElement).dataset.more; i++) await key(el, 'ArrowDown');
        const from = focused(el) as HTMLElement;
        expect(from.dataset[target], `focus on a ${target}`).to.not.equal(undefined);
        await key(el, 'Tab');
        expect(document.activeElement, `Tab from a ${target}`).to.equal(after);
        await sendKeys({ down: 'Shift' });
        await key(el, 'Tab');
        await sendKeys({ up: 'Shift' });
        expect(focused(el), 'Shift+Tab returns to the day, the calendar’s Tab stop').to.equal(day);
      }
    });
  }
});
