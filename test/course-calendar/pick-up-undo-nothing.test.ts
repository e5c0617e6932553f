/**
 * Ctrl+Z or Ctrl+Y with nothing to undo or redo while a session is picked up by keyboard: the
 * keyboard table (docs/course-calendar.md) says "put it back (as Escape), then undo or redo". The
 * put-back happened only inside commit, which an empty history never reaches: the user heard
 * "Ingenting å angre." while still holding the session, and the next Space dropped it. Now it is
 * put back as Escape does (focus on it), and one message says both (two in one task: the last is heard).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { record, shadow } from '../helpers/index.js';
import { fixClock } from '../helpers/clock.js';
import { sampleSchedule } from './fixtures.js';

const said = (el: Element): string => (el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').trim();

async function ctrl(key: string, el: VkCourseCalendar): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
  await el.updateComplete;
}

describe('vk-course-calendar: Ctrl+Z or Ctrl+Y with nothing to do while a session is picked up', () => {
  let restore: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });

  for (const [view, key, nothing] of [
    ['month', 'z', 'Ingenting å angre.'],
    ['week', 'y', 'Ingenting å gjøre om.'],
  ] as const) {
    it(`${view}, Ctrl+${key.toUpperCase()}: put back as Escape, and both facts said`, async () => {
      restore = await fixClock(Date.UTC(2026, 2, 12, 11), 'UTC');
      const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: 1100px"><vk-course-calendar .value=${sampleSchedule()} view=${view}></vk-course-calendar></div>`);
      const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
      await el.updateComplete;
      const events = record(el, 'vk-change');
      shadow(el, '[data-session="a2"]').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(said(el)).to.contain('onsdag 11. mars 2026');
      await ctrl(key, el);
      expect(el.shadowRoot!.querySelector('[data-grabbed]'), 'nothing picked up').to.equal(null);
      expect(said(el)).to.equal(`Flytting avbrutt. Økten er satt tilbake. ${nothing}`);
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.closest('[data-session]')?.getAttribute('data-session'), 'focus on it, back on its day').to.equal('a2');
      await sendKeys({ press: 'Space' }); // picks it up again: no drop
      await el.updateComplete;
      expect(el.value!.sessions.find((s) => s.id === 'a2')!.start, 'not moved').to.equal('2026-03-10T09:00');
      expect(events, 'nothing committed').to.have.length(0);
    });
  }
});
