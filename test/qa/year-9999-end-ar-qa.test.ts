// QA of 3c7261b in Arabic (RTL): the end typed past 31 December 9999 is refused, and the reason is
// said in the UI language, inside the calendar's live region with lang="ar". An end that moves only
// within that evening still works; the start moved past the end is refused with the old message.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { record, shadow } from '../helpers/index.js';

const doc = (): ScheduleDocument => ({
  version: 1,
  courses: [{ id: 'c', title: { nb: 'Praksis', ar: 'تدريب' } }],
  sessions: [{ id: 'last', courseId: 'c', start: '9999-12-31T22:00', end: '9999-12-31T23:00', kind: 'practice' }],
});

describe('QA: an end past 9999 in the details, Arabic UI, RTL', () => {
  afterEach(async () => {
    await setLocale('nb');
  });

  it('is refused and said in Arabic; the start past the end says its own reason', async () => {
    await setLocale('ar');
    const wrap = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"><vk-course-calendar .value=${doc()} view="week" date="9999-12-31"></vk-course-calendar></div>`);
    const el = wrap.firstElementChild as VkCourseCalendar;
    await el.updateComplete;
    const events = record(el, 'vk-change');
    shadow(el, '[data-session="last"]').click();
    await el.updateComplete;
    const set = async (name: string, value: string): Promise<HTMLInputElement> => {
      const input = shadow<HTMLInputElement>(el, `.vk-popover input[name="${name}"]`);
      input.value = value;
      input.dispatchEvent(new Event('change'));
      await el.updateComplete;
      return input;
    };
    const announcer = (): string => shadow(el, '[data-vk-announcer]').textContent ?? '';
    const end = await set('end', '01:00');
    expect(events).to.have.length(0);
    expect(end.value).to.equal('23:00');
    expect(announcer()).to.contain('لا يمكن أن تنتهي الحصة بعد سنة 9999.');
    const start = await set('start', '23:30');
    expect(events).to.have.length(0);
    expect(start.value).to.equal('22:00');
    expect(announcer()).to.not.contain('9999');
    await set('end', '23:59');
    expect(el.value!.sessions[0].end).to.equal('9999-12-31T23:59');
  });
});
