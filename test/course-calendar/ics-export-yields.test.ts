// A large iCalendar export no longer freezes the page (a QA's F1, 7 Dec 2026: 21.8 s in one task for
// 200 sessions of 5,000-character titles, a document the calendar accepts): the writer pauses
// between events, so other tasks run while it writes; "Last ned (.ics)" is busy meanwhile and a
// second press saves no second file; the file stays in one language.
import { expect, fixture, html } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { resolveText } from '../../src/core/text.js';
import { writeICS } from '../../src/course-calendar/ics.js';
import { recordAnnouncements, shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

/** 60 sessions with 5,000-character titles (the longest a Text may be): 300,000 characters and more to write. */
function largeSchedule(): ScheduleDocument {
  const sample = sampleSchedule();
  const sessions = Array.from({ length: 60 }, (_, i) => ({ ...sample.sessions[1], id: `big${i}`, title: { nb: 'Ø'.repeat(5000), en: 'E'.repeat(5000) } }));
  return { ...sample, sessions };
}

async function largeCalendar(): Promise<VkCourseCalendar> {
  const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar .value=${largeSchedule()} view="month" date="2026-03-12" lang="nb"></vk-course-calendar>`);
  await el.updateComplete;
  await el.exportICS([]); // the writer's chunk loaded: what follows waits for nothing but the writing
  return el;
}

const events = (text: string): ICAL.Component[] => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

describe('vk-course-calendar: a large iCalendar export', () => {
  it('lets a task queued after exportICS() run before the file is done, and the file is whole', async () => {
    const el = await largeCalendar();
    let otherTaskRan = false;
    let ranBeforeDone: boolean | null = null;
    const writing = el.exportICS().then((text) => ((ranBeforeDone = otherTaskRan), text));
    setTimeout(() => (otherTaskRan = true));
    const text = await writing;
    expect(ranBeforeDone, 'the timer ran before exportICS() resolved').to.equal(true);
    const written = events(text);
    expect(written).to.have.length(60);
    expect(written.every((e) => e.getFirstPropertyValue('summary') === `Renhold og smittevern: ${'Ø'.repeat(5000)}`)).to.equal(true);
  });

  it('"Last ned (.ics)" is busy while the file is written, and a second press meanwhile saves no second file', async () => {
    const el = await largeCalendar();
    const said = recordAnnouncements(el);
    const originalCreate = URL.createObjectURL;
    const originalClick = HTMLAnchorElement.prototype.click;
    const saved: Blob[] = [];
    let firstSaved: () => void = () => undefined;
    const saving = new Promise<void>((resolve) => (firstSaved = resolve));
    URL.createObjectURL = (blob: Blob | MediaSource): string => (saved.push(blob as Blob), 'blob:test');
    HTMLAnchorElement.prototype.click = (): void => firstSaved();
    const button = shadow<HTMLButtonElement>(el, '[data-action="ics"]');
    try {
      button.click();
      await nextTask(); // the writer has paused at least once
      expect(button.getAttribute('aria-busy'), 'busy while the file is written').to.equal('true');
      button.focus();
      button.click();
      await saving;
      await el.exportICS(); // a press that started a second download meanwhile would have saved by now
    } finally {
      URL.createObjectURL = originalCreate;
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(saved, 'files saved').to.have.length(1);
    expect(events(await saved[0].text())).to.have.length(60);
    expect(button.hasAttribute('aria-busy'), 'no longer busy').to.equal(false);
    expect(said.filter((text) => text.includes('kurskalender.ics'))).to.have.length(1);
    expect(el.shadowRoot?.activeElement).to.equal(button);
  });

  it('a lang changed while the file is written does not give it two languages', async () => {
    const el = await largeCalendar();
    const writing = el.exportICS();
    await nextTask(); // queued before the writer starts (after the chunk's import), so before its first pause
    el.lang = 'en';
    const summaries = events(await writing).map((e) => String(e.getFirstPropertyValue('summary')));
    expect(summaries.filter((summary) => summary.startsWith('Renhold og smittevern: Ø'))).to.have.length(60);
  });

  it('the kinds\' names are read before the writer first pauses (a UI language switched meanwhile is not in the file)', async () => {
    let name = 'Norsk';
    const paused = nextTask(); // before the writer's first pause, so it runs between two of its pieces
    const writing = writeICS(largeSchedule(), { text: (t) => resolveText(t, 'nb'), kindLabel: () => name });
    await paused;
    name = 'Language';
    expect(events(await writing).map((e) => e.getFirstPropertyValue('categories'))).to.deep.equal(Array(60).fill('Norsk'));
  });
});
