import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleOperation } from '../../src/course-calendar/course-calendar.types.js';
import { sampleSchedule } from './fixtures.js';

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
async function settle(el: VkCourseCalendar): Promise<void> {
  await el.updateComplete;
  await frame();
  await el.updateComplete;
}

// A text is at most 5,000 characters (core textSchema). The details' Tittel and Sted fields took
// more: leaving the field sent a session.update the model refused, which the calendar only logged
// to the console (nothing saved, nothing said), as the board's and tracker's fields did before.
describe('the session details\' text fields hold no more than a text may', () => {
  for (const field of ['title', 'place'] as const) {
    it(`${field}: typing past 5,000 characters stops at 5,000, and leaving the field saves them`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div><vk-course-calendar style="inline-size: 1000px" view="week" date="2026-03-09" .value=${sampleSchedule()}></vk-course-calendar></div>`);
      const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
      await settle(el);
      const changes: ScheduleOperation[] = [];
      el.addEventListener('vk-change', (e) => changes.push((e as CustomEvent).detail.operation));
      (el.shadowRoot!.querySelector('[data-session="a1"]') as HTMLElement).focus();
      await sendKeys({ press: 'Enter' });
      let input: HTMLInputElement | null = null;
      for (let i = 0; i < 60 && !(input = el.shadowRoot!.querySelector(`[data-session-details] input[name="${field}"]`)); i++) await settle(el);
      input!.focus();
      input!.value = 'x'.repeat(4999);
      input!.setSelectionRange(4999, 4999);
      await sendKeys({ type: 'yz' });
      await sendKeys({ press: 'Tab' });
      await settle(el);
      expect(changes.length, 'one session.update').to.equal(1);
      const session = el.value!.sessions.find((s) => s.id === 'a1')! as unknown as Record<string, unknown>;
      expect(session[field]).to.equal(`${'x'.repeat(4999)}y`);
    });
  }
});
