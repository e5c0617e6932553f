import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { Session } from '../../src/course-calendar/course-calendar.types.js';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { focused, record, shadow, shadowAll } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { calendar, withSessions, night, late, pieces, operations } from './complete-suite.js';
import { key, pointer, hover, centre } from './calendar-suite.js';

describe('vk-course-calendar: sessions across midnight', () => {
  it('week of 9 March 2026: Sunday 22:00 → Monday 06:00 is drawn on Monday, marked as continued', async () => {
    const el = await calendar(withSessions(night));
    const [piece] = pieces(el, 'n1');
    expect(piece.dataset.on).to.equal('2026-03-09');
    expect(piece.hasAttribute('data-continued')).to.equal(true);
    expect(piece.textContent).to.include('fortsatt fra');
    expect(piece.closest('.day')?.getAttribute('data-date')).to.equal('2026-03-09');
  });

  it('Wednesday 22:00 → Thursday 02:00 is drawn on both days, "fortsetter" at the cut and "fortsatt fra" after it', async () => {
    const el = await calendar(withSessions(late));
    const [wed, thu] = pieces(el, 'n2');
    expect([wed.dataset.on, thu.dataset.on]).to.deep.equal(['2026-03-11', '2026-03-12']);
    expect(wed.hasAttribute('data-continues') && wed.textContent?.includes('fortsetter')).to.equal(true);
    expect(thu.hasAttribute('data-continued') && thu.textContent?.includes('fortsatt fra')).to.equal(true);
    // The Thursday piece starts at the top of the axis (00:00) and ends at 02:00.
    expect(Number((thu.closest('.slot') as HTMLElement).style.getPropertyValue('--_vk-top'))).to.equal(0);
  });

  // A piece after midnight 45 minutes long is one line tall: it used to show "fortsatt fra ons. 11."
  // alone, no time and no course.
  it('the piece after midnight shows its time first, its end without the date it is drawn on', async () => {
    const el = await calendar(withSessions(late, { id: 'n4', courseId: 'renhold', start: '2026-03-13T23:00', end: '2026-03-14T00:45', kind: 'theory' }));
    const text = (piece: HTMLElement) => ((b) => (b.querySelector('.continued-from > .vk-visually-hidden')?.remove(), b.textContent ?? ''))(piece.querySelector('.session-text')!.cloneNode(true) as HTMLElement).replace(/\s+/g, ' ').trim(); // drawn text, not the name's "ons. 11. mars"
    const [wed, thu] = pieces(el, 'n2');
    expect(text(wed)).to.match(/^22:00–12\. mars 02:00 /);
    expect(text(thu)).to.match(/^22:00–02:00 fortsatt fra ons\. 11\.3\. /); // drawn as the column headers give a day
    // The title keeps the whole time.
    expect(thu.title).to.include('22:00–12. mars 02:00');
    const [, sat] = pieces(el, 'n4');
    const time = sat.querySelector('.time')!.getBoundingClientRect();
    const box = sat.querySelector('.session-text')!.getBoundingClientRect();
    expect(time.top, 'the time is the first line').to.be.closeTo(box.top, 1);
    expect(time.height, 'on one line').to.be.lessThan(parseFloat(getComputedStyle(sat.querySelector('.time')!).lineHeight) * 1.5);
  });

  it('agenda lists a night session under every day it covers, with its end date', async () => {
    const el = await calendar(withSessions(late), { view: 'agenda' });
    const days = pieces(el, 'n2').map((p) => p.closest('[data-agenda-date]')?.getAttribute('data-agenda-date'));
    expect(days).to.deep.equal(['2026-03-11', '2026-03-12']);
    expect(pieces(el, 'n2')[0].textContent?.replace(/\s+/g, ' ')).to.include('22:00–12. mars 02:00');
  });

  it('month view draws it once, on its first day, marked as continuing', async () => {
    const el = await calendar(withSessions(late), { view: 'month' });
    const list = pieces(el, 'n2');
    expect(list).to.have.length(1);
    expect(list[0].dataset.on).to.equal('2026-03-11');
    expect(list[0].hasAttribute('data-continues')).to.equal(true);
  });

  it('a session that only ends in the range is shown (agenda of March: 28 Feb 22:00 → 1 Mar 04:00)', async () => {
    const el = await calendar(withSessions({ id: 'n3', courseId: 'renhold', start: '2026-02-28T22:00', end: '2026-03-01T04:00', kind: 'other' }), { view: 'agenda' });
    expect(el.range).to.deep.equal({ view: 'agenda', start: '2026-03-01', end: '2026-04-01' });
    expect(pieces(el, 'n3').map((p) => p.dataset.on)).to.deep.equal(['2026-03-01']);
  });

  it('a keyboard move keeps the whole session together (start and end move by the same day)', async () => {
    const el = await calendar(withSessions(late));
    const events = record(el, 'vk-change');
    pieces(el, 'n2')[0].focus();
    await key(el, ' ');
    await key(el, 'ArrowRight');
    await key(el, ' ');
    expect(operations(events)).to.deep.equal([
      { type: 'session.move', sessionId: 'n2', from: { start: '2026-03-11T22:00', end: '2026-03-12T02:00' }, to: { start: '2026-03-12T22:00', end: '2026-03-13T02:00' } },
    ]);
  });

  // The new week's title was announced after the step and replaced it: a screen reader user who
  // moved a session past Sunday heard "Uke 12, 2026", not where the session now was, and after
  // Escape "Uke 11, 2026" instead of "put back".
  it('a keyboard move into the next week says the new day and time, and Escape that it was put back', async () => {
    const el = await calendar(withSessions(late));
    const said = (): string => shadow(el, '[data-vk-announcer]').textContent ?? '';
    pieces(el, 'n2')[0].focus();
    await key(el, ' ');
    for (let i = 0; i < 5; i++) await key(el, 'ArrowRight');
    expect(el.range.start).to.equal('2026-03-16');
    expect(said()).to.include('mandag 16. mars 2026').and.to.include('22:00');
    await key(el, 'Escape');
    expect(el.range.start).to.equal('2026-03-09');
    expect(said()).to.equal('Flytting avbrutt. Økten er satt tilbake.');
  });

  // The day cell names its holiday or closed day, but a moving session has focus: a screen reader
  // user heard "fredag 13. mars 2026, 10:00–12:00" and dropped a test on the planning day unwarned.
  it('a keyboard move onto a closed day or a public holiday names it, as the day cell does', async () => {
    const el = await calendar(sampleSchedule(), { view: 'month' });
    const said = (): string => shadow(el, '[data-vk-announcer]').textContent ?? '';
    shadow(el, '[data-session="a4"]').focus();
    await key(el, ' ');
    await key(el, 'ArrowRight');
    expect(said()).to.equal('\u2068fredag 13. mars 2026, Planleggingsdag\u2069, \u206810:00\u2069–\u206812:00\u2069');
    for (let i = 0; i < 3; i++) await key(el, 'ArrowDown');
    expect(said()).to.include('fredag 3. april 2026, Langfredag');
    await key(el, ' ');
    expect(said()).to.include('Flyttet til').and.to.include('Langfredag');
  });

  it('in Arabic the composed time label keeps the day next to its month (geometry)', async () => {
    const el = await calendar(withSessions(late), { view: 'agenda', lang: 'ar' });
    const time = pieces(el, 'n2')[0].querySelector('.time') as HTMLElement;
    const parts = Array.from(time.querySelectorAll('bdi'));
    expect(parts).to.have.length(3);
    const date = parts[1];
    // The day and month are one isolate: one line box, and nothing of the other parts between them.
    // Its runs (digits, Arabic month) sit on one line, side by side, with no other part between them.
    const rects = Array.from(date.getClientRects());
    expect(new Set(rects.map((r) => Math.round(r.top))).size, 'one line').to.equal(1);
    const d = date.getBoundingClientRect();
    const covered = rects.reduce((n, r) => n + r.width, 0);
    expect(covered).to.be.closeTo(d.width, 1);
    for (const other of [parts[0], parts[2]]) {
      const r = other.getBoundingClientRect();
      expect(r.right <= d.left + 0.5 || r.left >= d.right - 0.5, 'a time between the day and its month').to.equal(true);
    }
    expect(date.textContent).to.match(/مارس/);
  });
});

describe('vk-course-calendar: lanes in week view', () => {
  it('two overlapping sessions each get at least 40 % of the day column', async () => {
    const el = await calendar(withSessions({ id: 'o1', courseId: 'renhold', start: '2026-03-12T10:30', end: '2026-03-12T11:30', kind: 'theory' }));
    const column = shadow(el, '.day[data-date="2026-03-12"]').getBoundingClientRect().width;
    for (const id of ['a4', 'o1']) expect(pieces(el, id)[0].getBoundingClientRect().width / column).to.be.at.least(0.4);
    const [a, b] = ['a4', 'o1'].map((id) => pieces(el, id)[0].getBoundingClientRect());
    expect(a.right <= b.left + 1 || b.right <= a.left + 1, 'side by side').to.equal(true);
  });

  it('a session overlapping nothing keeps the full column even when others overlap the same day', async () => {
    const el = await calendar(
      withSessions(
        { id: 'o1', courseId: 'renhold', start: '2026-03-12T10:30', end: '2026-03-12T11:30', kind: 'theory' },
        { id: 'o2', courseId: 'renhold', start: '2026-03-12T15:00', end: '2026-03-12T16:00', kind: 'theory' },
      ),
    );
    const column = shadow(el, '.day[data-date="2026-03-12"]').getBoundingClientRect().width;
    expect(pieces(el, 'o2')[0].getBoundingClientRect().width / column).to.be.above(0.9);
  });

  it('more than fit collapse to "+N" that names its day; a session being moved is never hidden', async () => {
    const extra = ['x1', 'x2', 'x3'].map((id): Session => ({ id, courseId: 'butikk', start: '2026-03-12T10:00', end: '2026-03-12T11:00', kind: 'practice' }));
    const el = await calendar(withSessions(...extra), { width: 900 }); // two lanes a day (three from 1,072 px)
    const more = shadow(el, '.day[data-date="2026-03-12"] [data-more]');
    expect(more.getAttribute('aria-label')).to.include('+3 flere').and.to.include('torsdag 12. mars 2026');
    const hidden = ['a4', ...extra.map((s) => s.id)].filter((id) => pieces(el, id).length === 0);
    expect(hidden).to.have.length(3);
    // Pick up a visible session and move it onto a day where it would be hidden: still drawn, focused.
    const el2 = await calendar(withSessions(...extra, { id: 'm1', courseId: 'renhold', start: '2026-03-11T10:00', end: '2026-03-11T11:00', kind: 'theory' }), { width: 900 });
    pieces(el2, 'm1')[0].focus();
    await key(el2, ' ');
    await key(el2, 'ArrowRight');
    expect(pieces(el2, 'm1')[0].dataset.on).to.equal('2026-03-12');
    expect(focused(el2)).to.equal(pieces(el2, 'm1')[0]);
  });
});

describe('vk-course-calendar: resize', () => {
  it('dragging the end edge by pointer fires one session.update {end} snapped to 15 minutes; undo restores', async () => {
    const el = await calendar(sampleSchedule());
    const events = record(el, 'vk-change');
    const handle = shadow(el, '[data-resize="a4"]');
    const column = shadow(el, '.day[data-date="2026-03-12"]');
    const hour = column.getBoundingClientRect().height / 11;
    const from = centre(handle);
    const to = from.y + hour * 1.1; // about 66 minutes later → 13:00 after the snap
    await hover(el, handle);
    pointer('pointerdown', handle, from.x, from.y);
    pointer('pointermove', window, from.x, from.y + hour * 0.5);
    await el.updateComplete;
    pointer('pointerup', window, from.x, to);
    await el.updateComplete;
    expect(operations(events)).to.deep.equal([{ type: 'session.update', sessionId: 'a4', changes: { end: '2026-03-12T13:00' } }]);
    el.undo();
    expect(el.value?.sessions.find((s) => s.id === 'a4')?.end).to.equal('2026-03-12T12:00');
  });

  it('a real mouse drag of the end edge (sendMouse) resizes with one session.update', async () => {
    const el = await calendar(sampleSchedule());
    const events = record(el, 'vk-change');
    const box = pieces(el, 'a4')[0];
    box.scrollIntoView({ block: 'center' });
    const column = shadow(el, '.day[data-date="2026-03-12"]');
    const hour = column.getBoundingClientRect().height / 11;
    const r = box.getBoundingClientRect();
    const x = Math.round(r.left + r.width / 2);
    const y = Math.round(r.bottom - 3);
    try {
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x, Math.round(y + hour / 2)] });
      await sendMouse({ type: 'move', position: [x, Math.round(y + hour)] });
      await sendMouse({ type: 'up' });
    } finally {
      await resetMouse();
    }
    await el.updateComplete;
    expect(operations(events)).to.deep.equal([{ type: 'session.update', sessionId: 'a4', changes: { end: '2026-03-12T13:00' } }]);
    expect(shadowAll(el, '.vk-popover:popover-open')).to.have.length(0);
  });

  it('real Tab key (sendKeys) while picked up cancels and keeps focus on the session', async () => {
    const el = await calendar(sampleSchedule());
    const events = record(el, 'vk-change');
    pieces(el, 'a2')[0].focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    await el.updateComplete;
    expect(events).to.have.length(0);
    expect(focused(el)).to.equal(pieces(el, 'a2')[0]);
    expect(pieces(el, 'a2')[0].dataset.on).to.equal('2026-03-10');
  });

  it('Shift+ArrowDown while picked up makes the session end 15 minutes later: one session.update', async () => {
    const el = await calendar(sampleSchedule());
    const events = record(el, 'vk-change');
    pieces(el, 'a4')[0].focus();
    await key(el, ' ');
    await key(el, 'ArrowDown', { shiftKey: true });
    await key(el, 'ArrowDown', { shiftKey: true });
    await key(el, ' ');
    expect(operations(events)).to.deep.equal([{ type: 'session.update', sessionId: 'a4', changes: { end: '2026-03-12T12:30' } }]);
    expect(focused(el)).to.equal(pieces(el, 'a4')[0]);
  });
});

describe('vk-course-calendar: navigation and cancelled gestures', () => {
  it('PageDown keeps the day of month: 31 Jan → 28 Feb → 31 Mar, and back up', async () => {
    const el = await calendar(sampleSchedule(), { view: 'month', date: '2026-01-31' });
    shadow(el, '.day[data-date="2026-01-31"]').focus();
    await key(el, 'PageDown');
    expect(el.date).to.equal('2026-02-28');
    await key(el, 'PageDown');
    expect(el.date).to.equal('2026-03-31');
    await key(el, 'PageUp');
    await key(el, 'PageUp');
    expect(el.date).to.equal('2026-01-31');
    expect(focused(el)?.getAttribute('data-date')).to.equal('2026-01-31');
  });

  it('a press outside while a session is picked up puts it back: no event, focus stays on the session', async () => {
    const el = await calendar(sampleSchedule(), { view: 'month' });
    const events = record(el, 'vk-change');
    const before = el.value;
    pieces(el, 'a2')[0].focus();
    await key(el, ' ');
    await key(el, 'ArrowRight');
    pointer('pointerdown', document.body, 1, 1);
    pointer('pointerup', document.body, 1, 1);
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(events).to.have.length(0);
    expect(el.value).to.equal(before);
    expect(pieces(el, 'a2')[0].dataset.on).to.equal('2026-03-10');
    expect(focused(el)).to.equal(pieces(el, 'a2')[0]);
    await key(el, ' ');
    await key(el, ' ');
    expect(operations(events).every((op) => op.type !== 'session.move' || op.to.start.startsWith('2026-03-10'))).to.equal(true);
  });

  it('Tab while a session is picked up cancels: no event, document unchanged, focus on the session', async () => {
    const el = await calendar(sampleSchedule(), { view: 'week' });
    const events = record(el, 'vk-change');
    const before = el.value;
    pieces(el, 'a2')[0].focus();
    await key(el, ' ');
    await key(el, 'ArrowRight');
    const tab = await key(el, 'Tab');
    await el.updateComplete;
    expect(tab.defaultPrevented).to.equal(true);
    expect(events).to.have.length(0);
    expect(el.value).to.equal(before);
    expect(document.activeElement).to.equal(el);
    expect(focused(el)).to.equal(pieces(el, 'a2')[0]);
    expect(pieces(el, 'a2')[0].dataset.on).to.equal('2026-03-10');
  });

  it('a new host value during a pick-up cancels it: no event, focus on the session', async () => {
    const el = await calendar(sampleSchedule(), { view: 'week' });
    const events = record(el, 'vk-change');
    pieces(el, 'a2')[0].focus();
    await key(el, ' ');
    await key(el, 'ArrowRight');
    const next = sampleSchedule();
    el.value = { ...next, sessions: next.sessions.map((s) => (s.id === 'a1' ? { ...s, kind: 'other' } : s)) };
    await el.updateComplete;
    await el.updateComplete;
    await key(el, ' ');
    expect(events).to.have.length(0);
    expect(focused(el)).to.equal(pieces(el, 'a2')[0]);
    expect(pieces(el, 'a2')[0].dataset.on).to.equal('2026-03-10');
  });

  it('Escape during a pointer drag cancels it: the release commits nothing', async () => {
    const el = await calendar(sampleSchedule(), { view: 'month' });
    const events = record(el, 'vk-change');
    const source = pieces(el, 'a2')[0];
    const from = centre(source);
    const to = centre(shadow(el, '.day[data-date="2026-03-17"]'));
    await hover(el, source);
    pointer('pointerdown', source, from.x, from.y);
    pointer('pointermove', window, to.x, to.y);
    await el.updateComplete;
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await el.updateComplete;
    pointer('pointerup', window, to.x, to.y);
    await el.updateComplete;
    expect(events).to.have.length(0);
    expect(pieces(el, 'a2')[0].dataset.on).to.equal('2026-03-10');
  });

  it('undo of a moved session announces that it was undone and where the session is now, and focuses it', async () => {
    const el = await calendar(sampleSchedule(), { view: 'week' });
    pieces(el, 'a2')[0].focus();
    await key(el, ' ');
    for (let i = 0; i < 7; i++) await key(el, 'ArrowRight');
    await key(el, ' ');
    expect(el.range.start).to.equal('2026-03-16');
    await key(el, 'z', { ctrlKey: true });
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(el.range.start).to.equal('2026-03-09');
    expect(focused(el)).to.equal(pieces(el, 'a2')[0]);
    expect(shadow(el, '[data-vk-announcer]').textContent?.replace(/[\u2066-\u2069]/g, '')).to.include('Angret. Renhold og smittevern: tirsdag 10. mars 2026, 09:00');
  });
});

describe('vk-course-calendar: now line and full days', () => {
  // Documents are in Oslo's wall-clock time (exported with TZID=Europe/Oslo): in a browser set to
  // New York (or a machine left on UTC) the line stood at the browser's time, six (or one or two)
  // hours from the sessions it was meant to mark.
  it('week view draws a "now" line in today\'s column, at the time in Oslo whatever the browser\'s zone', async () => {
    const now = new Intl.DateTimeFormat('sv', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'short' }).format(new Date()); // "2026-12-03 16:08"
    const today = now.slice(0, 10);
    // A session over the whole day widens the axis to 00:00–24:00, so "now" is always on it.
    const el = await calendar(withSessions({ id: 'all-day', courseId: 'renhold', start: `${today}T00:00`, end: `${today}T23:45`, kind: 'other' }), { date: today });
    const lines = shadowAll(el, '.now');
    expect(lines).to.have.length(1);
    expect(lines[0].closest('.day')?.getAttribute('data-date')).to.equal(today);
    expect(Number(lines[0].style.getPropertyValue('--_vk-top'))).to.be.closeTo((Number(now.slice(11, 13)) * 60 + Number(now.slice(14, 16))) / 1440, 2 / 1440);
  });

  // The week view drew a session only while it moved: dropped 15 minutes later in a cluster of
  // three, it went into the "+2" lane, focus fell to <body> and Ctrl+Z had nowhere to go.
  it('a keyboard drop inside a full week cluster keeps the session drawn and focused; undo and redo too', async () => {
    const cluster = ['k1', 'k2', 'k3'].map((id): Session => ({ id, courseId: id === 'k2' ? 'butikk' : 'renhold', start: '2026-03-13T10:00', end: '2026-03-13T11:00', kind: 'theory' }));
    // 900 px: two lanes a day (days of 119 px hold two of 3em), so three sessions make a full cluster.
    const el = await calendar(withSessions(...cluster), { view: 'week', width: 900 });
    const shown = (id: string): boolean => pieces(el, id).some((p) => p.checkVisibility());
    expect(['k1', 'k2', 'k3'].filter(shown), 'one lane shows a session, "+2" the rest').to.deep.equal(['k1']);
    pieces(el, 'k1')[0]!.focus();
    await key(el, ' ');
    await key(el, 'ArrowDown');
    await key(el, ' ');
    expect(el.value?.sessions.find((s) => s.id === 'k1')?.start).to.equal('2026-03-13T10:15');
    expect(shown('k1'), 'still drawn after the drop').to.equal(true);
    expect(focused(el)).to.equal(pieces(el, 'k1')[0]);
    await key(el, 'z', { ctrlKey: true });
    expect(el.value?.sessions.find((s) => s.id === 'k1')?.start).to.equal('2026-03-13T10:00');
    expect(focused(el), 'undo').to.equal(pieces(el, 'k1')[0]);
    await key(el, 'z', { ctrlKey: true, shiftKey: true });
    expect(el.value?.sessions.find((s) => s.id === 'k1')?.start).to.equal('2026-03-13T10:15');
    expect(focused(el), 'redo').to.equal(pieces(el, 'k1')[0]);
    expect(shown('k1')).to.equal(true);
  });

  // Undo put the session (and focus) back on its day, but the grid's Tab stop stayed on the drop
  // day, so Tab from the session went to a stale cell (a newcomer's review).
  it('undo and redo of a move make the session’s day the grid’s Tab stop', async () => {
    const el = await calendar(sampleSchedule(), { view: 'month' });
    const stop = (): string | undefined => shadowAll(el, '.day[tabindex="0"]').map((d) => d.dataset.date)[0];
    pieces(el, 'a2')[0]!.focus();
    await key(el, ' ');
    await key(el, 'ArrowRight');
    await key(el, 'ArrowRight');
    await key(el, ' ');
    expect(pieces(el, 'a2')[0]!.dataset.on).to.equal('2026-03-12');
    expect(stop()).to.equal('2026-03-12');
    await key(el, 'z', { ctrlKey: true });
    expect(focused(el)).to.equal(pieces(el, 'a2')[0]);
    expect(stop(), 'after undo').to.equal('2026-03-10');
    await key(el, 'z', { ctrlKey: true, shiftKey: true });
    expect(stop(), 'after redo').to.equal('2026-03-12');
  });

  it('redoing an earlier move inside a full cluster draws and focuses that session, not the one moved last', async () => {
    const cluster = (day: string): Session[] => ['k1', 'k2', 'k3'].map((id): Session => ({ id: `${id}-${day}`, courseId: id === 'k2' ? 'butikk' : 'renhold', start: `2026-03-${day}T10:00`, end: `2026-03-${day}T11:00`, kind: 'theory' }));
    const el = await calendar(withSessions(...cluster('13')), { view: 'week', width: 900 }); // two lanes a day: the cluster of three is full
    const shown = (id: string): boolean => pieces(el, id).some((p) => p.checkVisibility());
    const moved: string[] = [];
    // First a session in the full cluster, then one elsewhere (a2, Tuesday).
    for (const id of [['k1', 'k2', 'k3'].map((k) => `${k}-13`).find(shown)!, 'a2']) {
      moved.push(id);
      pieces(el, id)[0]!.focus();
      await key(el, ' ');
      await key(el, 'ArrowDown');
      await key(el, ' ');
    }
    await key(el, 'z', { ctrlKey: true });
    await key(el, 'z', { ctrlKey: true });
    await key(el, 'z', { ctrlKey: true, shiftKey: true });
    const first = moved[0]!;
    expect(el.value?.sessions.find((s) => s.id === first)?.start).to.equal('2026-03-13T10:15');
    expect(shown(first), 'the redone session is drawn').to.equal(true);
    expect(focused(el)).to.equal(pieces(el, first)[0]);
  });

  it('a keyboard move onto a month day showing "+N flere" keeps the session drawn and focused', async () => {
    const extra = ['x1', 'x2', 'x3'].map((id, i): Session => ({ id, courseId: 'butikk', start: `2026-03-11T1${i}:00`, end: `2026-03-11T1${i}:30`, kind: 'practice' }));
    const el = await calendar(withSessions(...extra), { view: 'month' });
    expect(shadowAll(el, '.day[data-date="2026-03-11"] [data-more]').length).to.be.above(0);
    pieces(el, 'a2')[0].focus();
    await key(el, ' ');
    await key(el, 'ArrowRight');
    const piece = pieces(el, 'a2')[0];
    expect(piece.dataset.on).to.equal('2026-03-11');
    expect(focused(el)).to.equal(piece);
    expect(document.activeElement).to.equal(el);
    await key(el, 'Escape');
    expect(pieces(el, 'a2')[0].dataset.on).to.equal('2026-03-10');
    expect(focused(el)).to.equal(pieces(el, 'a2')[0]);
  });
});
