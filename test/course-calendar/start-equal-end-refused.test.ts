/**
 * A newcomer's QA round (54): in the details of a night session (22:00 → 02:00), a start typed
 * equal to its end time (02:00) made a 24-hour session (27 March 02:00 → 28 March 02:00, "Økten er
 * endret"), where a day session's start typed equal to its end is refused ("Slutt må være etter
 * start.", as docs/course-calendar.md says). It is refused now; so is an end typed equal to the start.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { timeChange } from '../../src/course-calendar/session-edits.js';
import type { Session } from '../../src/course-calendar/course-calendar.types.js';
import { record, shadow } from '../helpers/index.js';
import { scheduleWith } from './fixtures.js';

const night: Session = { id: 'n', courseId: 'renhold', start: '2026-03-27T22:00', end: '2026-03-28T02:00', kind: 'practice' };

describe('course calendar details: a start or end typed equal to the other is refused', () => {
  it('timeChange: a night session\'s start typed as its end time is refused, as a day session\'s is', () => {
    expect(timeChange(night, 'start', '02:00')).to.equal(null);
    expect(timeChange({ ...night, start: '2026-03-27T09:00', end: '2026-03-27T14:30' }, 'start', '14:30')).to.equal(null);
    expect(timeChange(night, 'end', '22:00')).to.equal(null);
    // Still accepted: a start just before the end (on the end's date), the start unchanged, a 24-hour session's unchanged start.
    expect(timeChange(night, 'start', '01:00')).to.deep.equal({ start: '2026-03-28T01:00' });
    expect(timeChange(night, 'start', '22:00')).to.deep.equal({});
    expect(timeChange({ ...night, end: '2026-03-28T22:00' }, 'start', '22:00')).to.deep.equal({});
  });

  it('in the popover: start 02:00 on 22:00 → 02:00 changes nothing and shows "Slutt må være etter start."', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${scheduleWith(night)} view="week" date="2026-03-27"></vk-course-calendar>`);
    await el.updateComplete;
    shadow(el, '[data-session="n"]').click();
    await el.updateComplete;
    const events = record(el, 'vk-change');
    const input = shadow<HTMLInputElement>(el, '.vk-popover input[name="start"]');
    input.value = '02:00';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(events).to.have.length(0);
    const session = el.value!.sessions.find((s) => s.id === 'n')!;
    expect([session.start, session.end]).to.deep.equal([night.start, night.end]);
    expect(el.shadowRoot!.querySelector('.vk-popover .times .form-error')?.textContent?.trim()).to.equal('Slutt må være etter start.');
  });
});
