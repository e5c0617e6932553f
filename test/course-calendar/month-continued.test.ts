/**
 * A night that began before the month grid's first day (Sunday 29 March 22:00 → Monday 30 March
 * 06:00 in April's grid, which starts on Monday 30 March) is drawn once, on the Monday. It was
 * marked "fortsetter" with a "→", though it ends that morning, and its visible "22:00" read as the
 * Monday's start. Now: continued ("fortsatt fra", a "←" before the time), not continuing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument, Session } from '../../src/course-calendar/course-calendar.types.js';
import { shadowAll } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

const night: Session = { id: 'n1', courseId: 'renhold', start: '2026-03-29T22:00', end: '2026-03-30T06:00', kind: 'practice' };

async function month(session: Session, dir = 'ltr', lang = 'nb'): Promise<VkCourseCalendar> {
  const doc: ScheduleDocument = { ...sampleSchedule(), sessions: [session] };
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir} style="inline-size: 1100px"><vk-course-calendar .value=${doc} view="month" date="2026-04-15"></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  return el;
}

const arrow = (piece: HTMLElement, pseudo: '::before' | '::after', part: Element = piece): string => getComputedStyle(part, pseudo).content;

describe('vk-course-calendar month view: a night that began before the grid', () => {
  it('is continued on the grid\'s first day, not continuing: no "fortsetter", no "→"', async () => {
    const el = await month(night);
    const [piece] = shadowAll(el, '[role="grid"] [data-session="n1"]');
    expect(piece.dataset.on).to.equal('2026-03-30');
    expect(piece.hasAttribute('data-continued')).to.equal(true);
    expect(piece.hasAttribute('data-continues'), 'it ends on this day').to.equal(false);
    const name = piece.getAttribute('aria-label') ?? '';
    expect(name).to.include('fortsatt fra');
    expect(name).not.to.include('fortsetter');
    expect(arrow(piece, '::after')).to.equal('none');
  });

  it('shows an arrow from the past before its time, mirrored in right-to-left', async () => {
    const el = await month(night);
    const [piece] = shadowAll(el, '[role="grid"] [data-session="n1"]');
    expect(arrow(piece, '::before', piece.querySelector('.session-text')!)).to.include('←');
    const rtl = await month(night, 'rtl', 'ar');
    const [mirrored] = shadowAll(rtl, '[role="grid"] [data-session="n1"]');
    expect(arrow(mirrored, '::before', mirrored.querySelector('.session-text')!)).to.include('→');
  });

  it('a night that starts inside the grid keeps its "→" and "fortsetter"', async () => {
    const el = await month({ ...night, start: '2026-04-14T22:00', end: '2026-04-15T06:00' });
    const [piece] = shadowAll(el, '[role="grid"] [data-session="n1"]');
    expect(piece.hasAttribute('data-continues')).to.equal(true);
    expect(piece.hasAttribute('data-continued')).to.equal(false);
    expect(arrow(piece, '::after')).to.include('→');
  });
});
