import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { scheduleWith } from './fixtures.js';

const said = (el: Element): string => (el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '');
type Committing = { commit(op: object): boolean };
const settle = async (el: VkCourseCalendar): Promise<void> => {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  }
};

// A newcomer's QA round (54): the month grid shows the neighbouring months' first and last days.
// Undo or redo of an edit on such a day switched the month (the calendar shows the session's day)
// and the new month's title ("Januar 2026") replaced "Angret. …": the title was quieted only when
// the day lay outside the grid shown, and these days lie inside it.
describe('course calendar: undo and redo on a neighbouring month\'s day in the grid say the edit, not the month', () => {
  it('a move from 29 January to 1 February: undo in February\'s grid says "Angret. …", redo in January\'s "Gjort om igjen. …"', async () => {
    const doc = scheduleWith({ id: 'f', courseId: 'butikk', start: '2026-01-29T09:00', end: '2026-01-29T10:00', kind: 'practice' });
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${doc} view="month" date="2026-02-01"></vk-course-calendar>`);
    (el as unknown as Committing).commit({ type: 'session.move', sessionId: 'f', from: { start: '2026-01-29T09:00', end: '2026-01-29T10:00' }, to: { start: '2026-02-01T09:00', end: '2026-02-01T10:00' } });
    await settle(el);
    expect(el.range.start <= '2026-01-29', 'February\'s grid shows 29 January').to.equal(true);
    el.undo();
    await settle(el);
    expect(el.focusDate).to.equal('2026-01-29');
    expect(said(el)).to.match(/^Angret\. Salg og service: /);
    expect(el.range.end > '2026-02-01', 'January\'s grid shows 1 February').to.equal(true);
    el.redo();
    await settle(el);
    expect(el.focusDate).to.equal('2026-02-01');
    expect(said(el)).to.match(/^Gjort om igjen\. Salg og service: /);
  });

  it('a session deleted on 27 February, then March shown: undo says "Angret: slettet …", not "Februar 2026"', async () => {
    const doc = scheduleWith({ id: 'g', courseId: 'butikk', start: '2026-02-27T09:00', end: '2026-02-27T10:00', kind: 'practice' });
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${doc} view="month" date="2026-02-27"></vk-course-calendar>`);
    (el as unknown as Committing).commit({ type: 'session.remove', sessionId: 'g' });
    await settle(el);
    el.date = '2026-03-02';
    await settle(el);
    expect(el.range.start <= '2026-02-27').to.equal(true);
    el.undo();
    await settle(el);
    expect(el.value!.sessions.some((s) => s.id === 'g')).to.equal(true);
    expect(el.focusDate).to.equal('2026-02-27');
    expect(said(el)).to.equal('Angret: slettet Salg og service');
  });
});
