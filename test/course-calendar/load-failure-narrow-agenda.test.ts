// A calendar whose notice already says one part failed (its details) meets another part that failed
// elsewhere (the agenda, in a second calendar) without a use of its own: its width makes it the
// agenda. It waits for that part too, and shows the agenda once a use in the other calendar brings
// it. Before, `#use` skipped any failed part once this calendar's notice was up for any part
// (`part.failed && this.announcer.failed`): it neither said the agenda's failure nor waited for it,
// and kept an empty agenda after the other calendar showed its own. A page of its own: the module
// map is the page's (test/core/load-failure-two-calendars.test.ts).
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { sampleSchedule } from './fixtures.js';
import { blockDuring, notice, noticeOf } from '../helpers/load-failure.js';

const frame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const agendaList = (el: VkCourseCalendar): Element | null | undefined => el.shadowRoot?.querySelector('[data-view="agenda"] .agenda');

describe('a calendar with one failed part meets another part that failed elsewhere', () => {
  blockDuring(['*/agenda-view.*', '*/session-popover.*']);

  it('it waits for that part too, and shows it when another calendar brings it', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <div style="inline-size: 1000px"><vk-course-calendar id="a" date="2026-03-09" .value=${sampleSchedule()}></vk-course-calendar></div>
      <vk-course-calendar id="b" view="agenda" date="2026-03-09" .value=${sampleSchedule()}></vk-course-calendar>
    </div>`);
    const a = page.querySelector<VkCourseCalendar>('#a')!;
    const b = page.querySelector<VkCourseCalendar>('#b')!;
    await noticeOf(b); // the agenda failed, in b
    await a.updateComplete;
    expect(a.currentView).to.equal('month');
    a.shadowRoot!.querySelector<HTMLElement>('[role="grid"] [data-session="a1"]')!.click(); // its details: they fail, in a
    await noticeOf(a);

    (a.parentElement as HTMLElement).style.inlineSize = '360px'; // narrow: the agenda, not a use
    for (let i = 0; i < 100 && a.currentView !== 'agenda'; i++) await frame();
    await a.updateComplete;
    expect(a.currentView).to.equal('agenda');
    expect(agendaList(a)).to.equal(null);

    await executeServerCommand('vk-block-urls', { urls: ['*/session-popover.*'] }); // the agenda can load now
    b.date = '2026-03-16'; // a use in b
    for (let i = 0; i < 100 && !(agendaList(b) && agendaList(a)); i++) await frame();
    expect(agendaList(b), 'the calendar used shows its agenda').to.not.equal(null);
    expect(agendaList(a), 'the other calendar shows its agenda too').to.not.equal(null);
    expect(notice(a), 'its details still cannot load: the notice stays').to.not.equal(null);
  });
});
