// QA (qdst F3): a session moved or typed to 02:00–02:59 on the last Sunday of March (a time Oslo's
// clocks skip that night) was accepted and drawn where written with no word, though every clock
// shows 03:15 when the details say 02:15, and the .ics reads it an hour later. The details now say
// so under the time (and describe the time fields by it), and a time typed into that hour says it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { recordAnnouncements, shadow } from '../helpers/index.js';
import { scheduleWith } from './fixtures.js';
import { typeTime } from './held-typing.js';

const plain = (text: string | null | undefined): string => (text ?? '').replace(/[\u2066-\u2069]/g, '').trim();

/** The week of 29 March 2026 (clocks forward) with session `id` open in its details. */
async function details(id: string): Promise<VkCourseCalendar> {
  const doc = scheduleWith(
    { id: 'starts-in-gap', courseId: 'renhold', kind: 'practice', start: '2026-03-29T02:30', end: '2026-03-29T03:15' },
    { id: 'ends-in-gap', courseId: 'renhold', kind: 'practice', start: '2026-03-29T01:00', end: '2026-03-29T02:45' },
    { id: 'around-gap', courseId: 'renhold', kind: 'practice', start: '2026-03-29T01:00', end: '2026-03-29T04:00' },
    { id: 'both-in-gap', courseId: 'renhold', kind: 'practice', start: '2026-03-29T02:15', end: '2026-03-29T02:30' },
    { id: 'a-week-before', courseId: 'renhold', kind: 'practice', start: '2026-03-22T02:30', end: '2026-03-22T03:15' },
  );
  const page = await fixture<HTMLElement>(html`<div style="inline-size: 1100px"><vk-course-calendar lang="nb" .value=${doc} view="week" date=${id === 'a-week-before' ? '2026-03-22' : '2026-03-29'}></vk-course-calendar></div>`);
  const el = page.firstElementChild as VkCourseCalendar;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot?.querySelector(`.week [data-session="${id}"]`), 'the week drawn', { timeout: 5000 });
  shadow(el, `.week [data-session="${id}"]`).click();
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot?.querySelector(`.vk-popover [data-session-details="${id}"]`), 'the details open', { timeout: 5000 });
  return el;
}

const note = (el: VkCourseCalendar): string => plain(el.shadowRoot?.querySelector('.vk-popover #gap-note')?.textContent);
const describedBy = (el: VkCourseCalendar, field: string): string[] => (shadow(el, `.vk-popover input[name="${field}"]`).getAttribute('aria-describedby') ?? '').split(' ');

describe('course calendar details: a time the clocks skip is said', () => {
  it('a start at 02:30 on 29 March 2026: "02:30 finnes ikke denne natta (sommertid)." under the time, both time fields described by it', async () => {
    const el = await details('starts-in-gap');
    expect(note(el)).to.equal('02:30 finnes ikke denne natta (sommertid).');
    expect(describedBy(el, 'start')).to.include('gap-note');
    expect(describedBy(el, 'end')).to.include('gap-note');
  });

  // QA round 2, F8: with both in that hour the note named only the start, and the end field was described by it.
  it('a start at 02:15 and an end at 02:30 that night: both named, both fields described by the note', async () => {
    const el = await details('both-in-gap');
    expect(note(el)).to.equal('02:15 finnes ikke denne natta (sommertid). 02:30 finnes ikke denne natta (sommertid).');
    expect(describedBy(el, 'end')).to.include('gap-note');
  });

  it('an end at 02:45 that night: that time', async () => {
    const el = await details('ends-in-gap');
    expect(note(el)).to.equal('02:45 finnes ikke denne natta (sommertid).');
  });

  it('around the hour (01:00–04:00), and 02:30 a Sunday before: no note, the fields described as before', async () => {
    for (const id of ['around-gap', 'a-week-before']) {
      const el = await details(id);
      expect(el.shadowRoot?.querySelector('.vk-popover #gap-note'), id).to.equal(null);
      expect(describedBy(el, 'start'), id).not.to.include('gap-note');
    }
  });

  it('02:15 typed into the start that night: "Økten er endret." and the note are said, and the note is shown', async () => {
    const el = await details('around-gap');
    const said = recordAnnouncements(el);
    const start = shadow<HTMLInputElement>(el, '.vk-popover input[name="start"]');
    start.focus();
    await typeTime('02:15');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value!.sessions.find((s) => s.id === 'around-gap')!.start, 'kept as typed').to.equal('2026-03-29T02:15');
    expect(said.map(plain)).to.deep.equal(['Økten er endret. 02:15 finnes ikke denne natta (sommertid).']);
    expect(note(el)).to.equal('02:15 finnes ikke denne natta (sommertid).');
  });

  it('03:15 typed there instead: only "Økten er endret."', async () => {
    const el = await details('around-gap');
    const said = recordAnnouncements(el);
    shadow<HTMLInputElement>(el, '.vk-popover input[name="start"]').focus();
    await typeTime('03:15');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(said.map(plain)).to.deep.equal(['Økten er endret.']);
  });
});
