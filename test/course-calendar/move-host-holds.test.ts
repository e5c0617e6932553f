/**
 * A host that writes back every vk-change value with a field of its own ("savedAt": a common
 * controlled host) holds the move: the session is on its new day. VkElement.commit then says the
 * edit's state there (contract, "Edit conflicts"), but the calendar's keyboard drop took `commit`'s
 * false for a refusal and said "Flyttingen ble avvist." after it, and sent focus to the day the
 * session had left. The board already tells the two apart (board-moves.ts: only an unchanged
 * document is a cancellation).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { focused, press, recordAnnouncements, shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

async function key(el: VkCourseCalendar, k: string): Promise<void> {
  press(focused(el) as HTMLElement, k);
  await el.updateComplete;
  await el.updateComplete;
}

const chip = (el: VkCourseCalendar, id: string): HTMLElement => shadow(el, `[role="grid"] [data-session="${id}"]`);

describe('vk-course-calendar: a keyboard move the host holds in its own value', () => {
  it('is not said to be refused, and focus follows the session to its new day', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${sampleSchedule()} view="month" date="2026-03-12"></vk-course-calendar>`);
    el.addEventListener('vk-change', (event) => (el.value = { ...(event as CustomEvent).detail.value, savedAt: '2026-03-12T10:00' }));
    chip(el, 'a1').focus();
    await key(el, ' ');
    await key(el, 'ArrowRight');
    const said = recordAnnouncements(el);
    await key(el, ' ');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(el.value?.sessions.find((s) => s.id === 'a1')?.start).to.equal('2026-03-10T09:00');
    expect(said, 'not said to be refused').to.not.include('Flyttingen ble avvist.');
    expect(said.join(' ').replace(/[\u2066-\u2069]/g, '')).to.contain('10. mars');
    expect(focused(el)).to.equal(chip(el, 'a1'));
    expect(chip(el, 'a1').closest('.day')?.getAttribute('data-date')).to.equal('2026-03-10');
  });
});
