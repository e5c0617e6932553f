/**
 * QA F7 (7 Dec 2026): "Ny økt" adds to the first course the legend shows, and a session's details had
 * no course field, so an adviser who wanted a session in the second course had to hide the first in
 * the legend before pressing "Ny økt". Now the details have a "Kurs" menu (a native select: its own
 * keys, no new widget) right after the title, with every course of the document: choosing one is one
 * `session.update {changes: {courseId}}` (the contract's update of any session field but its id), one
 * undo step, said ("Økten hører nå til ⁨Salg og service⁩."); the details stay open on the session with
 * focus on the menu. A course the legend hides is shown when a session is put in it, so the session
 * stays in sight (as "Ny økt" shows the course it adds to). With one course the menu is left out;
 * read-only there are no fields.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument, ScheduleOperation } from '../../src/course-calendar/course-calendar.types.js';
import { record, recordAnnouncements, shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { historyKeys, settleFrames } from './focus-helpers.js';

async function calendar(value: ScheduleDocument = sampleSchedule(), readonly = false): Promise<VkCourseCalendar> {
  const page = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px"><vk-course-calendar lang="nb" view="week" date="2026-03-12" ?readonly=${readonly} .value=${value}></vk-course-calendar></div>`);
  const el = page.querySelector('vk-course-calendar') as VkCourseCalendar;
  await settleFrames(el);
  return el;
}

const details = (el: VkCourseCalendar): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>('[data-session-details]');
const courseMenu = (el: VkCourseCalendar): HTMLSelectElement | null => el.shadowRoot!.querySelector<HTMLSelectElement>('[data-session-details] select[name="course"]');

/** Opens session `id`'s details with Enter on its chip. */
async function open(el: VkCourseCalendar, id: string): Promise<HTMLElement> {
  el.shadowRoot!.querySelector<HTMLElement>(`[data-session="${id}"]`)!.focus();
  await sendKeys({ press: 'Enter' });
  for (let i = 0; i < 30 && !details(el); i++) await settleFrames(el);
  return details(el)!;
}

/** Chooses `courseId` in the open details' course menu, as the browser does (value, then `change`). */
async function choose(el: VkCourseCalendar, courseId: string): Promise<void> {
  const menu = courseMenu(el)!;
  menu.focus();
  menu.value = courseId;
  menu.dispatchEvent(new Event('change', { bubbles: true }));
  await settleFrames(el);
}

describe('course calendar: a session\'s course chosen in its details (QA F7)', () => {
  it('the details have a "Kurs" menu after the title, with every course, the session\'s chosen and named', async () => {
    const el = await calendar();
    const panel = await open(el, 'a4');
    const menu = courseMenu(el);
    expect(menu, 'a course menu').to.not.equal(null);
    expect(menu!.closest('label')!.textContent!.trim().startsWith('Kurs'), 'labelled "Kurs"').to.equal(true);
    expect([...menu!.options].map((o) => [o.value, o.textContent!.trim()])).to.deep.equal([
      ['renhold', 'Renhold og smittevern'],
      ['butikk', 'Salg og service'],
    ]);
    expect(menu!.value).to.equal('butikk');
    const fields = [...panel.querySelectorAll<HTMLElement>('input, select')].map((f) => f.getAttribute('name'));
    expect(fields.slice(0, 3), 'title, then course, then place').to.deep.equal(['title', 'course', 'place']);
  });

  it('choosing a course is one session.update {courseId}, said, the details still open with focus on the menu', async () => {
    const el = await calendar();
    await open(el, 'a4');
    const events = record(el, 'vk-change');
    const said = recordAnnouncements(el);
    await choose(el, 'renhold');
    expect(events, 'one vk-change').to.have.length(1);
    const operation = (events[0].detail as { operation: ScheduleOperation }).operation;
    expect(operation).to.deep.equal({ type: 'session.update', sessionId: 'a4', changes: { courseId: 'renhold' } });
    expect(el.value!.sessions.find((s) => s.id === 'a4')!.courseId).to.equal('renhold');
    expect(said.join(' | ')).to.include('Økten hører nå til \u2068Renhold og smittevern\u2069.');
    expect(details(el), 'the details stay open').to.not.equal(null);
    expect(shadow(el, '.vk-popover').matches(':popover-open')).to.equal(true);
    expect(shadow(el, '[data-session-details] h3').textContent).to.include('Renhold og smittevern');
    expect(el.shadowRoot!.activeElement, 'focus stays on the menu').to.equal(courseMenu(el));
    expect(courseMenu(el)!.value).to.equal('renhold');
  });

  it('by keyboard: Tab from the title of a new session reaches the menu, and an arrow key there moves the session to the next course; Ctrl+Z puts it back', async () => {
    const el = await calendar();
    shadow(el, '[data-action="add"]').focus();
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 30 && !details(el); i++) await settleFrames(el);
    const added = el.value!.sessions.at(-1)!;
    expect(added.courseId, '"Ny økt" adds to the first course shown').to.equal('renhold');
    expect((el.shadowRoot!.activeElement as HTMLInputElement).name, 'focus in the title').to.equal('title');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'Tab: the course menu').to.equal(courseMenu(el));
    await sendKeys({ press: 'ArrowDown' });
    await settleFrames(el);
    expect(el.value!.sessions.find((s) => s.id === added.id)!.courseId, 'now in the second course').to.equal('butikk');
    await sendKeys({ press: 'Escape' });
    await settleFrames(el);
    await historyKeys(el, 'undo');
    expect(el.value!.sessions.find((s) => s.id === added.id)!.courseId, 'one undo step puts it back').to.equal('renhold');
  });

  it('a course the legend hides is shown when a session is put in it, and the session stays drawn with its details open', async () => {
    const el = await calendar();
    shadow(el, '.legend-item[data-course="butikk"]').click();
    await settleFrames(el);
    await open(el, 'a2');
    await choose(el, 'butikk');
    expect(shadow(el, '.legend-item[data-course="butikk"]').getAttribute('aria-pressed'), 'the course is shown again').to.equal('true');
    expect(el.shadowRoot!.querySelector('.week [data-session="a2"]'), 'the session is still drawn').to.not.equal(null);
    expect(details(el)).to.not.equal(null);
  });

  it('a host that refuses the change (preventDefault) keeps the session in its course and the menu on it', async () => {
    const el = await calendar();
    await open(el, 'a4');
    el.addEventListener('vk-change', (e) => e.preventDefault(), { once: true });
    await choose(el, 'renhold');
    expect(el.value!.sessions.find((s) => s.id === 'a4')!.courseId).to.equal('butikk');
    expect(courseMenu(el)!.value).to.equal('butikk');
  });

  it('no menu with one course, and none read-only', async () => {
    const one = sampleSchedule();
    const el = await calendar({ ...one, courses: one.courses.slice(0, 1), sessions: one.sessions.filter((s) => s.courseId === 'renhold') });
    await open(el, 'a2');
    expect(details(el)).to.not.equal(null);
    expect(courseMenu(el), 'one course: nothing to choose').to.equal(null);
    const ro = await calendar(sampleSchedule(), true);
    await open(ro, 'a4');
    expect(details(ro)).to.not.equal(null);
    expect(courseMenu(ro), 'read-only').to.equal(null);
  });
});
