/**
 * What Ctrl+Z or Ctrl+Shift+Z says while a session is picked up by keyboard. The pick-up ends
 * first (undo-while-picked-up.test.ts), then the undo or redo runs; but only the undo's words were
 * heard ("Angret. Renhold og smittevern: mandag 9. mars 2026, 09:00–14:30": the put-back's words
 * were replaced in the same task), and focus went to the session the undo changed: the user was
 * never told the session they held was let go, nor where it is. Now one message says both, the
 * put-back first: where the held session is back ("Flytting avbrutt. Økten i Salg og service er
 * satt tilbake til torsdag 12. mars 2026, 10:00–12:00."), or, when the undo itself moved that
 * session, "Flytting avbrutt." and the undo's words, which say where it is now.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { record } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { historyKeys, settleFrames } from './focus-helpers.js';

const said = (el: Element): string => (el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').trim();

async function calendar(view: 'month' | 'agenda'): Promise<VkCourseCalendar> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: ${view === 'agenda' ? 360 : 1000}px"><vk-course-calendar .value=${sampleSchedule()} view=${view} date="2026-03-09"></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  return el;
}

async function keys(el: VkCourseCalendar, ...presses: string[]): Promise<void> {
  for (const key of presses) await sendKeys({ press: key }), await settleFrames(el);
}

const chip = (el: VkCourseCalendar, id: string): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(`[role="grid"] [data-session="${id}"], .agenda [data-session="${id}"]`)!;

/** a1 (Renhold, 9 March 09:00) moved a day on by keyboard: an edit to undo. */
async function moveA1(el: VkCourseCalendar): Promise<void> {
  chip(el, 'a1').focus();
  await keys(el, ' ', 'ArrowRight', ' ');
  expect(el.value!.sessions.find((s) => s.id === 'a1')!.start).to.equal('2026-03-10T09:00');
}

describe('vk-course-calendar: undo or redo while picked up says both the put-back and the undo', () => {
  for (const view of ['month', 'agenda'] as const) {
    it(`${view}: another session held: where it is back, then the undo's words`, async () => {
      const el = await calendar(view);
      await moveA1(el);
      chip(el, 'a4').focus(); // Salg og service, "Prøve", 12 March 10:00–12:00
      await keys(el, ' ', 'ArrowRight');
      expect(said(el)).to.contain('fredag 13. mars 2026');
      const events = record(el, 'vk-change');
      await historyKeys(el, 'undo');
      expect(el.shadowRoot!.querySelector('[data-grabbed]'), 'nothing picked up').to.equal(null);
      expect(events.map((e) => (e.detail as { source: string }).source), 'one undo, no move of a4').to.deep.equal(['undo']);
      expect(said(el)).to.equal('Flytting avbrutt. Økten i Salg og service er satt tilbake til torsdag 12. mars 2026, 10:00–12:00. Angret. Renhold og smittevern: mandag 9. mars 2026, 09:00–14:30');
    });
  }

  it('month: Ctrl+Shift+Z with another session held: where it is back, then the redo\'s words', async () => {
    const el = await calendar('month');
    await moveA1(el);
    await historyKeys(el, 'undo');
    chip(el, 'a2').focus(); // Renhold, 10 March 09:00–14:30
    await keys(el, ' ', 'ArrowDown');
    await historyKeys(el, 'redo');
    expect(el.shadowRoot!.querySelector('[data-grabbed]'), 'nothing picked up').to.equal(null);
    expect(said(el)).to.equal('Flytting avbrutt. Økten i Renhold og smittevern er satt tilbake til tirsdag 10. mars 2026, 09:00–14:30. Gjort om igjen. Renhold og smittevern: tirsdag 10. mars 2026, 09:00–14:30');
  });

  it('month: the session the undo moves held: "Flytting avbrutt." and the undo\'s words, where it is now', async () => {
    const el = await calendar('month');
    await moveA1(el);
    chip(el, 'a1').focus();
    await keys(el, ' ', 'ArrowRight');
    await historyKeys(el, 'undo');
    expect(el.shadowRoot!.querySelector('[data-grabbed]'), 'nothing picked up').to.equal(null);
    expect(el.value!.sessions.find((s) => s.id === 'a1')!.start).to.equal('2026-03-09T09:00');
    expect(said(el)).to.equal('Flytting avbrutt. Angret. Renhold og smittevern: mandag 9. mars 2026, 09:00–14:30');
  });
});
