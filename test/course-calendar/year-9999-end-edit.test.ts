/**
 * A session on 31 December 9999 whose end time is changed in its details to one before its start
 * (an end before the start means the next day): the end would be in the year 10000, which no
 * document holds (contract §4). The edit is refused, as before, and now the user is told why, as a
 * move past that day says "Flyttingen ble avvist." Before, the field went back to the old time
 * with nothing said: only the console had "Veikart: edit not applied".
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { record, shadow } from '../helpers/index.js';

const doc = (): ScheduleDocument => ({
  version: 1,
  courses: [{ id: 'c', title: 'Praksis' }],
  sessions: [{ id: 'last', courseId: 'c', start: '9999-12-31T22:00', end: '9999-12-31T23:00', kind: 'practice' }],
});

describe('the details of a session on 31 December 9999: an end in the year 10000', () => {
  const warn = console.warn;
  let warned: unknown[][] = [];
  beforeEach(() => {
    warned = [];
    console.warn = (...args: unknown[]) => void warned.push(args);
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('is refused and the reason announced; an end that same evening still works', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${doc()} view="week" date="9999-12-31"></vk-course-calendar>`);
    await el.updateComplete;
    const events = record(el, 'vk-change');
    shadow(el, '[data-session="last"]').click();
    await el.updateComplete;
    const end = shadow<HTMLInputElement>(el, '.vk-popover input[name="end"]');
    end.value = '01:00'; // before 22:00: the next day, 1 January 10000
    end.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(events).to.have.length(0);
    expect(end.value).to.equal('23:00');
    expect(el.value!.sessions[0].end).to.equal('9999-12-31T23:00');
    expect(shadow(el, '[data-vk-announcer]').textContent).to.contain('Økten kan ikke slutte etter år 9999.');
    expect(warned, 'refused before the edit, not by the model').to.deep.equal([]);

    end.value = '23:30';
    end.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value!.sessions[0].end).to.equal('9999-12-31T23:30');
  });
});
