/**
 * Deleting a session said "Økten er slettet." and its undo "Angret: slettet en økt", never which
 * session, where adding one says "Angret: la til ⁨Renhold og smittevern⁩". A deleted session is now
 * named by its course in the announcement, its undo and its redo (after a redo the session is gone
 * from the document: the calendar names it from the session it removed).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { describeScheduleOperation } from '../../src/course-calendar/calendar-edits.js';
import { shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

const named = (text: string): string => text.replace(/[\u2068\u2069]/g, '');

describe('course calendar: a deleted session is named', () => {
  it('"Slett økt": "Økten Renhold og smittevern er slettet.", undo "Angret: slettet Renhold og smittevern", redo "Gjort om igjen: slettet …"', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar lang="nb" .value=${sampleSchedule()} view="week" date="2026-03-12"></vk-course-calendar>`);
    shadow(el, '[data-session="a1"]').click();
    await el.updateComplete;
    shadow(el, '.vk-popover [data-action="remove"]').click();
    await el.updateComplete;
    const announced = (): string => shadow(el, '[data-vk-announcer]').textContent!.trim();
    expect(announced()).to.contain('Økten \u2068Renhold og smittevern\u2069 er slettet.');
    expect(el.value!.sessions.some((s) => s.id === 'a1')).to.equal(false);
    el.undo();
    await el.updateComplete;
    expect(named(announced())).to.contain('Angret: slettet Renhold og smittevern');
    el.redo();
    await el.updateComplete;
    expect(named(announced())).to.contain('Gjort om igjen: slettet Renhold og smittevern');
  });

  it('several sessions removed are counted, one is named', () => {
    const doc = sampleSchedule();
    expect(describeScheduleOperation({ type: 'session.remove', sessionId: 'a4' }, doc, 'nb')).to.equal('slettet \u2068Salg og service\u2069');
    expect(describeScheduleOperation({ type: 'sessions.remove', sessionIds: ['a1'] }, doc, 'nb')).to.equal('slettet \u2068Renhold og smittevern\u2069');
    expect(describeScheduleOperation({ type: 'sessions.remove', sessionIds: ['a1', 'a4'] }, doc, 'nb')).to.equal('fjernet 2 økter');
  });
});
