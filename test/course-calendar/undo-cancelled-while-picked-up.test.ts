/**
 * Ctrl+Z (or Ctrl+Shift+Z) while a session is picked up, and the host refuses the undo (its
 * `vk-change` listener calls preventDefault, contract.md "Edit conflicts"): the held session goes
 * back where it was picked up, nothing else changes. Focus fell to the session's day (month and
 * week: the chip drawn back there is a new element, and nothing sent focus to it), and the words
 * were the core's generic "Endring avbrutt." with the state of the edit the undo left standing. Now
 * focus is on the held session's own chip (in its own period, when the arrows had taken it out of
 * the one shown), and the words say the put-back and that the undo was refused.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from './fixtures.js';
import { historyKeys, settleFrames } from './focus-helpers.js';

const said = (el: Element): string => (el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').trim();
const chip = (el: VkCourseCalendar, id: string): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(`[role="grid"] [data-session="${id}"], .agenda [data-session="${id}"]`)!;

async function keys(el: VkCourseCalendar, ...presses: string[]): Promise<void> {
  for (const key of presses) await sendKeys({ press: key }), await settleFrames(el);
}

/** The sample schedule on 9 March with a1 moved a day on (an edit to undo), then every vk-change refused. */
async function refusingCalendar(view: string, undone = false): Promise<VkCourseCalendar> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: ${view === 'agenda' ? 360 : 1000}px"><vk-course-calendar .value=${sampleSchedule()} view=${view} date="2026-03-09"></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  chip(el, 'a1').focus();
  await keys(el, ' ', 'ArrowRight', ' ');
  expect(el.value!.sessions.find((s) => s.id === 'a1')!.start, 'a1 moved').to.equal('2026-03-10T09:00');
  if (undone) await historyKeys(el, 'undo'); // an edit to redo
  el.addEventListener('vk-change', (e) => e.preventDefault());
  return el;
}

describe('vk-course-calendar: an undo the host refuses while a session is picked up', () => {
  for (const view of ['month', 'week', 'agenda'] as const) {
    it(`${view}: focus on the held session's chip, back where it was; the words say the undo was refused`, async () => {
      const el = await refusingCalendar(view);
      chip(el, 'a4').focus(); // Salg og service, "Prøve", 12 March 10:00–12:00
      await keys(el, ' ', 'ArrowRight');
      await historyKeys(el, 'undo');
      expect(el.shadowRoot!.querySelector('[data-grabbed]'), 'nothing picked up').to.equal(null);
      expect(el.value!.sessions.find((s) => s.id === 'a1')!.start, 'the undo refused: a1 stays moved').to.equal('2026-03-10T09:00');
      expect(el.value!.sessions.find((s) => s.id === 'a4')!.start, 'a4 back').to.equal('2026-03-12T10:00');
      const focused = el.shadowRoot!.activeElement as HTMLElement | null;
      expect(focused?.dataset.session, 'focus on the held session').to.equal('a4');
      expect(focused?.dataset.on ?? '2026-03-12', 'its piece where it was').to.equal('2026-03-12');
      expect(said(el)).to.equal('Flytting avbrutt. Økten i Salg og service er satt tilbake til torsdag 12. mars 2026, 10:00–12:00. Angre ble avvist. Ingenting ble endret.');
    });
  }

  it('week: held out of the week shown, Ctrl+Z refused: back to its own week, focus on it', async () => {
    const el = await refusingCalendar('week');
    await historyKeys(el, 'undo'); // refused: a1 stays on 10 March, the entry stays on the undo list
    el.shadowRoot!.querySelector<HTMLElement>('[data-session="a4"]')!.focus();
    await keys(el, ' ', ...Array<string>(7).fill('ArrowRight'));
    expect(el.shadowRoot!.querySelector('[data-date="2026-03-19"]'), 'the next week shown').to.not.equal(null);
    await historyKeys(el, 'undo');
    expect(el.shadowRoot!.querySelector('[data-grabbed]'), 'nothing picked up').to.equal(null);
    expect(el.shadowRoot!.querySelector('[data-date="2026-03-12"]'), 'its own week shown again').to.not.equal(null);
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.session, 'focus on the held session').to.equal('a4');
    expect(said(el)).to.match(/satt tilbake til torsdag 12\. mars 2026, 10:00–12:00\. Angre ble avvist\./);
  });

  it('month: Ctrl+Shift+Z refused: focus on the held session, the words say the redo was refused', async () => {
    const el = await refusingCalendar('month', true);
    chip(el, 'a4').focus();
    await keys(el, ' ', 'ArrowRight');
    await historyKeys(el, 'redo');
    expect(el.value!.sessions.find((s) => s.id === 'a1')!.start, 'the redo refused: a1 stays back').to.equal('2026-03-09T09:00');
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.session, 'focus on the held session').to.equal('a4');
    expect(said(el)).to.equal('Flytting avbrutt. Økten i Salg og service er satt tilbake til torsdag 12. mars 2026, 10:00–12:00. Gjør om ble avvist. Ingenting ble endret.');
  });
});
