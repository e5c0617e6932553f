import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from './fixtures.js';

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
async function settle(el: VkCourseCalendar): Promise<void> {
  await el.updateComplete;
  await frame();
  await el.updateComplete;
}

// Escape cancels and closes (contract §2; the time fields already put the saved time back). In the
// details' Tittel and Sted fields it closed the popover and the blur that followed committed what
// had been typed: a title typed by mistake and "cancelled" with Escape was saved (one vk-change).
describe('Escape in the session details\' text fields', () => {
  for (const field of ['title', 'place'] as const) {
    it(`${field}: what was typed is thrown away, nothing is committed, focus back on the session`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div><vk-course-calendar style="inline-size: 1000px" view="week" date="2026-03-09" .value=${sampleSchedule()}></vk-course-calendar></div>`);
      const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
      await settle(el);
      const changes: unknown[] = [];
      el.addEventListener('vk-change', (e) => changes.push((e as CustomEvent).detail.operation));
      (el.shadowRoot!.querySelector('[data-session="a1"]') as HTMLElement).focus();
      await sendKeys({ press: 'Enter' });
      let input: HTMLInputElement | null = null;
      for (let i = 0; i < 60 && !(input = el.shadowRoot!.querySelector(`[data-session-details] input[name="${field}"]`)); i++) await settle(el);
      input!.focus();
      await sendKeys({ type: 'Feil' });
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(changes).to.deep.equal([]);
      expect(el.value).to.deep.equal(sampleSchedule());
      expect((el.shadowRoot!.activeElement as HTMLElement).dataset.session).to.equal('a1');
      // Typed and left with Tab, it is saved as before.
      await sendKeys({ press: 'Enter' });
      for (let i = 0; i < 60 && !(input = el.shadowRoot!.querySelector(`[data-session-details] input[name="${field}"]`)); i++) await settle(el);
      input!.focus();
      await sendKeys({ type: 'Ny' });
      await sendKeys({ press: 'Tab' });
      await settle(el);
      expect(changes.length).to.equal(1);
    });
  }
});
