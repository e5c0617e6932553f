import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { formatDate } from '../../src/core/dates.js';
import { sampleSchedule } from './fixtures.js';

const said = (el: Element): string => (el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '');
const FULL: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

// This pass made undo and redo of a state say what is true now ("Angret. Kort Norskkurs: kolonne
// Mandag, …"), the board's moves among them. The calendar's moves kept "Angret: flyttet Norsk til
// tirsdag 17. mars 2026": after the undo the session is on 10 March again, and the only date a
// listener heard was the one it is no longer on. Undo and redo of a move say where it is now, with
// the course's name (focus may be on a host's own Undo button, not on the session).
describe('course calendar: undo and redo of a move say where the session is now', () => {
  it('"Angret. Renhold og smittevern: tirsdag 10. mars 2026, 09:00–14:30", then the redo\'s 17 March', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${sampleSchedule()} view="month" date="2026-03-12"></vk-course-calendar>`);
    const session = el.value!.sessions.find((s) => s.id === 'a2')!;
    const from = { start: session.start, end: session.end };
    const to = { start: `2026-03-17${session.start.slice(10)}`, end: `2026-03-17${session.end.slice(10)}` };
    (el as unknown as { commit(op: object): boolean }).commit({ type: 'session.move', sessionId: 'a2', from, to });
    await el.updateComplete;
    el.undo();
    await el.updateComplete;
    expect(el.value!.sessions.find((s) => s.id === 'a2')!.start).to.equal(from.start);
    const undone = said(el);
    expect(undone).to.match(/^Angret\. Renhold og smittevern: /);
    expect(undone).to.contain(formatDate('2026-03-10', 'nb', FULL));
    expect(undone).to.contain(`${from.start.slice(11)}–${from.end.slice(11)}`);
    expect(undone).to.not.contain(formatDate('2026-03-17', 'nb', FULL));
    el.redo();
    await el.updateComplete;
    expect(said(el)).to.match(/^Gjort om igjen\. Renhold og smittevern: /);
    expect(said(el)).to.contain(formatDate('2026-03-17', 'nb', FULL));
  });
});
