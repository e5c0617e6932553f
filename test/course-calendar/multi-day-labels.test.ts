/**
 * A session longer than a day in week view (26 March 08:00 → 28 March 16:00): its last piece is
 * drawn from 00:00 to 16:00 but was labelled "08:00–16:00 fortsatt fra tor. 26. mars", which reads
 * as that Saturday's own hours (the agenda said "08:00–28. mars 16:00"). Every piece of a session
 * of a day or longer now gives its end with the date, in its text and its accessible name; a night
 * session shorter than a day keeps "22:00–02:00" on the piece after midnight (docs/course-calendar.md).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument, Session } from '../../src/course-calendar/course-calendar.types.js';
import { shadowAll } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { sessionButtonNames } from './focus-helpers.js';

const long: Session = { id: 'm1', courseId: 'renhold', start: '2026-03-26T08:00', end: '2026-03-28T16:00', kind: 'theory' };

async function calendar(session: Session, view: string, date: string): Promise<VkCourseCalendar> {
  const doc: ScheduleDocument = { ...sampleSchedule(), sessions: [session] };
  const wrapper = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: 1100px"><vk-course-calendar id="cal" .value=${doc} view=${view} date=${date}></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  return el;
}

/** The text drawn (a week slot's "fortsatt fra" day is drawn as the column headers give it, "tor. 26.3.", the name has it in full). */
const text = (piece: HTMLElement): string => {
  const box = piece.querySelector('.session-text')!.cloneNode(true) as HTMLElement;
  for (const hidden of box.querySelectorAll('.continued-from > .vk-visually-hidden')) hidden.remove();
  return (box.textContent ?? '').replace(/\s+/g, ' ').trim();
};

describe('vk-course-calendar: the pieces of a session longer than a day (week view)', () => {
  it('the last piece, drawn from 00:00, gives the end with its date, not "08:00–16:00"', async () => {
    const el = await calendar(long, 'week', '2026-03-28');
    const pieces = shadowAll(el, '[role="grid"] [data-session="m1"]');
    expect(pieces.map((p) => p.dataset.on)).to.deep.equal(['2026-03-26', '2026-03-27', '2026-03-28']);
    const saturday = pieces[2];
    expect(Number((saturday.closest('.slot') as HTMLElement).style.getPropertyValue('--_vk-top')), 'drawn from 00:00').to.equal(0);
    expect(text(saturday)).to.match(/^08:00–28\. mars 16:00 fortsatt fra tor\. 26\.3\. Renhold/);
    expect(text(saturday)).not.to.include('08:00–16:00');
  });

  it('every piece says the same whole time, as the agenda does, in its text and its accessible name', async () => {
    const el = await calendar(long, 'week', '2026-03-28');
    const pieces = shadowAll(el, '[role="grid"] [data-session="m1"]');
    expect(pieces.map(text)).to.deep.equal([
      '08:00–28. mars 16:00 Renhold og smittevern Teori fortsetter',
      '08:00–28. mars 16:00 fortsatt fra tor. 26.3. Renhold og smittevern Teori fortsetter',
      '08:00–28. mars 16:00 fortsatt fra tor. 26.3. Renhold og smittevern Teori',
    ]);
    expect(await sessionButtonNames()).to.deep.equal([
      '08:00–28. mars 16:00 Renhold og smittevern Teori fortsetter',
      '08:00–28. mars 16:00 fortsatt fra tor. 26. mars Renhold og smittevern Teori fortsetter',
      '08:00–28. mars 16:00 fortsatt fra tor. 26. mars Renhold og smittevern Teori',
    ]);
    el.view = 'agenda';
    await el.updateComplete;
    const rows = shadowAll(el, '.agenda [data-session="m1"]');
    expect(rows.map((r) => r.dataset.on)).to.deep.equal(['2026-03-26', '2026-03-27', '2026-03-28']);
    expect(text(rows[2])).to.match(/^08:00–28\. mars 16:00 fortsatt fra tor\. 26\. mars /);
  });

  it('a night session of 25 hours gives its end date after midnight too', async () => {
    const el = await calendar({ id: 'n1', courseId: 'renhold', start: '2026-03-11T22:00', end: '2026-03-12T23:00', kind: 'practice' }, 'week', '2026-03-12');
    expect(text(shadowAll(el, '[data-session="n1"]')[1])).to.match(/^22:00–12\. mars 23:00 fortsatt fra ons\. 11\.3\. /);
    expect(await sessionButtonNames()).to.include('22:00–12. mars 23:00 fortsatt fra ons. 11. mars Renhold og smittevern Praksis');
  });

  it('a night session shorter than a day keeps "22:00–02:00" after midnight (its end cannot be read as that day\'s hours)', async () => {
    const el = await calendar({ id: 'n2', courseId: 'renhold', start: '2026-03-11T22:00', end: '2026-03-12T02:00', kind: 'practice' }, 'week', '2026-03-12');
    expect(text(shadowAll(el, '[data-session="n2"]')[1])).to.match(/^22:00–02:00 fortsatt fra ons\. 11\.3\. /);
    expect(await sessionButtonNames()).to.include('22:00–02:00 fortsatt fra ons. 11. mars Renhold og smittevern Praksis');
  });
});
