/**
 * The agenda's Tab stop (WAI-ARIA APG roving tabindex): it was always the month's first session,
 * so a user Tabbing into the list of a long course on 16 March landed on 2 March. It is now the
 * first session on or after the focus date, where the month and week grids have their Tab stop
 * (the last one when all are before it), and then the session the user focused last. One Tab stop.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument, Session } from '../../src/course-calendar/course-calendar.types.js';
import { focused, shadowAll } from '../helpers/index.js';
import { settleFrames } from './focus-helpers.js';

const day = (id: string, date: string): Session => ({ id, courseId: 'c', start: `${date}T09:00`, end: `${date}T14:30`, kind: 'theory' });

/** A course through March 2026, with a night shift from Tuesday 17 into Wednesday 18 March. */
function course(): ScheduleDocument {
  return {
    version: 1,
    courses: [{ id: 'c', title: 'Helsefagarbeider', color: '#36c' }],
    sessions: [
      day('m02', '2026-03-02'),
      day('m04', '2026-03-04'),
      day('m09', '2026-03-09'),
      day('m16', '2026-03-16'),
      { id: 'night', courseId: 'c', start: '2026-03-17T22:00', end: '2026-03-18T02:00', kind: 'practice' },
      day('m18', '2026-03-18'),
      day('m25', '2026-03-25'),
    ],
  };
}

async function page(date: string): Promise<{ el: VkCourseCalendar; after: HTMLElement }> {
  const root = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: 360px">
    <vk-course-calendar .value=${course()} view="agenda" date=${date}></vk-course-calendar>
    <button id="after">after</button>
  </div>`);
  const el = root.querySelector('vk-course-calendar') as VkCourseCalendar;
  for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('.agenda [data-session]'); i++) await settleFrames(el);
  return { el, after: root.querySelector<HTMLElement>('#after')! };
}

/** `<session>@<day>` of the agenda's only Tab stop. */
function tabStop(el: VkCourseCalendar): string {
  const stops = shadowAll(el, '.agenda [tabindex="0"]');
  expect(stops, 'one Tab stop in the list').to.have.length(1);
  return `${stops[0].dataset.session}@${stops[0].dataset.on}`;
}

/** Shift+Tab from the button after the calendar: the list is its last Tab stop. Returns `<session>@<day>` focused. */
async function tabBackIn(el: VkCourseCalendar, after: HTMLElement): Promise<string> {
  after.focus();
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
  await settleFrames(el);
  expect(document.activeElement, 'focus in the calendar').to.equal(el);
  const piece = focused(el) as HTMLElement | null;
  return `${piece?.dataset.session}@${piece?.dataset.on}`;
}

describe('vk-course-calendar: the agenda\'s Tab stop', () => {
  it('is the first session on or after the focus date, not the month\'s first', async () => {
    const { el, after } = await page('2026-03-16');
    expect(tabStop(el)).to.equal('m16@2026-03-16');
    expect(await tabBackIn(el, after), 'Tab into the list').to.equal('m16@2026-03-16');
  });

  it('the session Tab lands on is in a list named by its day, so a screen reader hears the day it landed on (and each new day on ↑/↓)', async () => {
    const { el, after } = await page('2026-03-16');
    await tabBackIn(el, after);
    const names = (): string => {
      const list = (focused(el) as HTMLElement).closest('ul')!;
      const ids = list.getAttribute('aria-labelledby') ?? '';
      return ids.split(' ').map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim() ?? '').join(' ');
    };
    expect(names()).to.contain('16. mars 2026');
    await sendKeys({ press: 'ArrowDown' });
    await settleFrames(el);
    expect(names(), 'the next day, the night shift\'s piece on 17 March').to.contain('17. mars 2026');
  });

  it('moving in the list moves the focus date, as in the grids: the week view then opens on that day', async () => {
    const { el, after } = await page('2026-03-16');
    await tabBackIn(el, after);
    await sendKeys({ press: 'ArrowUp' });
    await settleFrames(el);
    expect(el.date).to.equal('2026-03-09');
    el.view = 'week';
    await settleFrames(el);
    expect(el.range.start, 'the week of 9 March').to.equal('2026-03-09');
  });

  it('a focus date without a session: the next session after it', async () => {
    const { el, after } = await page('2026-03-19');
    expect(tabStop(el)).to.equal('m25@2026-03-25');
    expect(await tabBackIn(el, after)).to.equal('m25@2026-03-25');
  });

  it('a night shift still running on the focus date: its piece after midnight, before that day\'s own sessions', async () => {
    const { el } = await page('2026-03-18');
    expect(tabStop(el)).to.equal('night@2026-03-18');
  });

  it('every session before the focus date: the last one', async () => {
    const { el, after } = await page('2026-03-30');
    expect(tabStop(el)).to.equal('m25@2026-03-25');
    expect(await tabBackIn(el, after)).to.equal('m25@2026-03-25');
  });

  it('the next session beyond the rendered batch (a month of hundreds): the last one rendered, the nearest shown', async () => {
    const busy: Session[] = Array.from({ length: 240 }, (_, i) => day(`b${i}`, `2026-03-${String(1 + Math.floor(i / 20)).padStart(2, '0')}`));
    const root = await fixture<HTMLElement>(html`<div lang="nb" style="inline-size: 360px"><vk-course-calendar .value=${{ ...course(), sessions: busy.concat(day('late', '2026-03-20')) }} view="agenda" date="2026-03-20"></vk-course-calendar></div>`);
    const el = root.querySelector('vk-course-calendar') as VkCourseCalendar;
    for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('.agenda [data-session]'); i++) await settleFrames(el);
    const rendered = shadowAll(el, '.agenda [data-session]');
    expect(rendered.length, 'not all 241 rendered').to.be.below(241);
    const last = rendered[rendered.length - 1];
    expect(tabStop(el)).to.equal(`${last.dataset.session}@${last.dataset.on}`);
  });

  it('then the session the user focused last: Tab out and back in returns to it', async () => {
    const { el, after } = await page('2026-03-16');
    await tabBackIn(el, after);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await settleFrames(el);
    expect(tabStop(el), 'moved with the arrows').to.equal('m04@2026-03-04');
    await sendKeys({ press: 'Tab' });
    await settleFrames(el);
    expect(document.activeElement, 'Tab leaves the list').to.equal(after);
    expect(await tabBackIn(el, after), 'back in').to.equal('m04@2026-03-04');
    expect(tabStop(el)).to.equal('m04@2026-03-04');
  });

  it('a new focus date while focus is elsewhere ("I dag", the host\'s `date`): the Tab stop follows it, not the session focused before', async () => {
    const { el, after } = await page('2026-03-16');
    await tabBackIn(el, after);
    await sendKeys({ press: 'ArrowUp' });
    await settleFrames(el);
    expect(tabStop(el)).to.equal('m09@2026-03-09');
    after.focus();
    el.date = '2026-03-25';
    await settleFrames(el);
    expect(tabStop(el), 'the new focus date\'s session').to.equal('m25@2026-03-25');
    expect(await tabBackIn(el, after)).to.equal('m25@2026-03-25');
  });
});
