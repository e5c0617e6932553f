/**
 * A session moved into the hour Oslo's clocks skip (02:00–02:59 on the last Sunday of March, spring-gap.ts), by keyboard
 * (Space, arrows, Space) or by a pointer drag: the move's words said "Flyttet til søndag 29. mars 2026, 02:30–03:30" as if
 * that time happened, where the details say "02:30 finnes ikke denne natta (sommertid)." They now say it too, in the
 * note's own words (its start's, then its end's). The page runs in Oslo's time zone (the test runner's `vk-timezone`),
 * the clocks of which skip that hour.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { recordAnnouncements, shadow } from '../helpers/index.js';
import { settleFrames } from './focus-helpers.js';

const plain = (text: string): string => text.replace(/[\u2066-\u2069]/g, '').trim();

/** The week of Sunday 29 March 2026 with session s1 on Saturday 28 March, `start`–`end`. */
async function calendar(start: string, end: string): Promise<VkCourseCalendar> {
  const doc: ScheduleDocument = { version: 1, courses: [{ id: 'c', title: 'Renhold', color: '#36c' }], sessions: [{ id: 's1', courseId: 'c', start, end, kind: 'practice' }] };
  const size = `inline-size: ${Math.min(760, window.innerWidth - 20)}px`;
  const el = (await fixture<HTMLElement>(html`<div lang="nb" style=${size}><vk-course-calendar .value=${doc} view="week" date="2026-03-28"></vk-course-calendar></div>`)).querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('[data-session="s1"]'); i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await settleFrames(el);
  return el;
}

/** Space, `arrows`, Space on session s1. */
async function keyboardMove(el: VkCourseCalendar, ...arrows: string[]): Promise<void> {
  shadow(el, '[data-session="s1"]').focus();
  for (const key of [' ', ...arrows, ' ']) {
    await sendKeys({ press: key === ' ' ? 'Space' : key });
    await settleFrames(el);
  }
}

describe('vk-course-calendar: a move into the hour the clocks skip says so', () => {
  before(() => executeServerCommand('vk-timezone', { zone: 'Europe/Oslo' }));
  after(() => executeServerCommand('vk-timezone', {}));
  afterEach(() => resetMouse());

  it('keyboard, Saturday 02:30–03:30 a day on: "Flyttet til …, 02:30–03:30. 02:30 finnes ikke denne natta (sommertid)."', async () => {
    const el = await calendar('2026-03-28T02:30', '2026-03-28T03:30');
    const said = recordAnnouncements(el);
    await keyboardMove(el, 'ArrowRight');
    expect(el.value!.sessions[0].start).to.equal('2026-03-29T02:30');
    expect(plain(said.at(-1) ?? '')).to.equal('Flyttet til søndag 29. mars 2026, 02:30–03:30. 02:30 finnes ikke denne natta (sommertid).');
  });

  it('keyboard, Saturday 01:30–02:15 a day on: its end is the time that does not happen', async () => {
    const el = await calendar('2026-03-28T01:30', '2026-03-28T02:15');
    const said = recordAnnouncements(el);
    await keyboardMove(el, 'ArrowRight');
    expect(plain(said.at(-1) ?? '')).to.equal('Flyttet til søndag 29. mars 2026, 01:30–02:15. 02:15 finnes ikke denne natta (sommertid).');
  });

  it('keyboard, a day back (Friday 02:30, a night the clocks keep): the move’s words alone', async () => {
    const el = await calendar('2026-03-28T02:30', '2026-03-28T03:30');
    const said = recordAnnouncements(el);
    await keyboardMove(el, 'ArrowLeft');
    expect(el.value!.sessions[0].start).to.equal('2026-03-27T02:30');
    expect(plain(said.at(-1) ?? '')).to.equal('Flyttet til fredag 27. mars 2026, 02:30–03:30');
  });

  it('a mouse drag from Saturday to Sunday at 02:30: the same words', async () => {
    const el = await calendar('2026-03-28T02:30', '2026-03-28T03:30');
    const said = recordAnnouncements(el);
    const piece = shadow(el, '[data-session="s1"]');
    piece.scrollIntoView({ block: 'center', inline: 'center' });
    const r = piece.getBoundingClientRect();
    const sunday = shadow(el, '.day[data-date="2026-03-29"]').getBoundingClientRect();
    const y = Math.round(r.top + r.height / 2);
    const from: [number, number] = [Math.round(r.left + r.width / 2), y];
    const to: [number, number] = [Math.round(sunday.left + sunday.width / 2), y];
    await sendMouse({ type: 'move', position: from });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round((from[0] + to[0]) / 2), y] });
    await sendMouse({ type: 'move', position: to });
    await sendMouse({ type: 'up' });
    await settleFrames(el);
    expect(el.value!.sessions[0].start).to.equal('2026-03-29T02:30');
    expect(plain(said.at(-1) ?? '')).to.equal('Flyttet til søndag 29. mars 2026, 02:30–03:30. 02:30 finnes ikke denne natta (sommertid).');
  });
});
