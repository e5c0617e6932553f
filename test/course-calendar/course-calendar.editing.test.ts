import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { Session } from '../../src/course-calendar/course-calendar.types.js';
import { createInnherredSchedule } from '../../src/presets/schedule.js';
import { focused, record, shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { axeViolations, describeViolations } from '../a11y/axe.js';
import { calendar, cell, session, key, dragA2Toward17March, pointer, hover, centre } from './calendar-suite.js';

describe('vk-course-calendar: moving sessions', () => {
  it('Space picks up, ArrowRight moves a day, Space drops: one vk-change with session.move', async () => {
    const el = await calendar();
    const events = record(el, 'vk-change', 'change');
    session(el, 'a1').focus();
    await key(el, ' ');
    expect(session(el, 'a1').hasAttribute('data-grabbed')).to.equal(true);
    await key(el, 'ArrowRight');
    expect(focused(el)).to.equal(session(el, 'a1'));
    expect(session(el, 'a1').closest('.day')?.getAttribute('data-date')).to.equal('2026-03-10');
    await key(el, ' ');
    expect(events.map((e) => e.type)).to.deep.equal(['vk-change', 'change']);
    expect((events[0].detail as { operation: unknown }).operation).to.deep.equal({
      type: 'session.move',
      sessionId: 'a1',
      from: { start: '2026-03-09T09:00', end: '2026-03-09T14:30' },
      to: { start: '2026-03-10T09:00', end: '2026-03-10T14:30' },
    });
    expect(el.value?.sessions[0].start).to.equal('2026-03-10T09:00');
    expect(el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent).to.include('Flyttet til');
  });

  it('a night session moved or resized by keyboard is announced with the day it ends on', async () => {
    const doc = sampleSchedule();
    const night: Session = { id: 'n1', courseId: 'renhold', start: '2026-03-10T22:00', end: '2026-03-11T02:00', kind: 'practice' };
    const el = await calendar({ ...doc, sessions: [...doc.sessions, night] }, { view: 'week', date: '2026-03-10' });
    const said = (): string => (el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '');
    session(el, 'n1').focus();
    await key(el, ' ');
    await key(el, 'ArrowDown');
    expect(said()).to.contain('22:15–11. mars 02:15');
    await key(el, ' ');
    expect(said()).to.contain('Flyttet til');
    expect(said()).to.contain('22:15–11. mars 02:15');
    session(el, 'n1').focus();
    await key(el, ' ');
    await key(el, 'ArrowDown', { shiftKey: true });
    await key(el, ' ');
    expect(said()).to.contain('Slutter nå 11. mars 02:30');
  });

  it('in week view Up/Down move a picked-up session by 15 minutes', async () => {
    const el = await calendar(sampleSchedule(), { view: 'week' });
    const events = record(el, 'vk-change');
    session(el, 'a4').focus();
    await key(el, ' ');
    await key(el, 'ArrowDown');
    await key(el, 'ArrowDown');
    await key(el, 'ArrowUp');
    await key(el, ' ');
    expect((events[0].detail as { operation: unknown }).operation).to.deep.equal({
      type: 'session.move',
      sessionId: 'a4',
      from: { start: '2026-03-12T10:00', end: '2026-03-12T12:00' },
      to: { start: '2026-03-12T10:15', end: '2026-03-12T12:15' },
    });
  });

  it('Escape puts a picked-up session back and fires nothing', async () => {
    const el = await calendar();
    const events = record(el, 'vk-change');
    session(el, 'a1').focus();
    await key(el, ' ');
    await key(el, 'ArrowRight');
    await key(el, 'Escape');
    expect(events).to.have.length(0);
    expect(el.value).to.deep.equal(sampleSchedule());
    expect(el.date).to.equal('2026-03-09');
    expect(focused(el)).to.equal(session(el, 'a1'));
    expect(session(el, 'a1').closest('.day')?.getAttribute('data-date')).to.equal('2026-03-09');
  });

  it('a host that cancels vk-change reverts the move', async () => {
    const el = await calendar();
    el.addEventListener('vk-change', (e) => e.preventDefault());
    session(el, 'a1').focus();
    await key(el, ' ');
    await key(el, 'ArrowRight');
    await key(el, ' ');
    expect(el.value).to.deep.equal(sampleSchedule());
    expect(el.canUndo).to.equal(false);
  });

  it('undo moves the session back with the inverse operation', async () => {
    const el = await calendar();
    session(el, 'a1').focus();
    await key(el, ' ');
    await key(el, 'ArrowRight');
    await key(el, ' ');
    const events = record(el, 'vk-change');
    el.undo();
    expect((events[0].detail as { operation: unknown; source: string }).operation).to.deep.equal({
      type: 'session.move',
      sessionId: 'a1',
      from: { start: '2026-03-10T09:00', end: '2026-03-10T14:30' },
      to: { start: '2026-03-09T09:00', end: '2026-03-09T14:30' },
    });
    expect(el.value).to.deep.equal(sampleSchedule());
  });

  it('a pointer drag in month view moves a session to another day', async () => {
    const el = await calendar();
    const events = record(el, 'vk-change');
    const to = await dragA2Toward17March(el);
    pointer('pointermove', window, to.x, to.y);
    await el.updateComplete;
    pointer('pointerup', window, to.x, to.y);
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect((events[0].detail as { operation: unknown }).operation).to.deep.equal({
      type: 'session.move',
      sessionId: 'a2',
      from: { start: '2026-03-10T09:00', end: '2026-03-10T14:30' },
      to: { start: '2026-03-17T09:00', end: '2026-03-17T14:30' },
    });
  });

  it('a pointer drag in week view changes day and time, snapped to 15 minutes', async () => {
    const el = await calendar(sampleSchedule(), { view: 'week' });
    const events = record(el, 'vk-change');
    const source = session(el, 'a4');
    const from = centre(source);
    const column = cell(el, '2026-03-13');
    const hour = column.getBoundingClientRect().height / 11;
    const toX = centre(column).x;
    const toY = from.y + hour * 1.55; // 93 minutes → 90
    await hover(el, source);
    pointer('pointerdown', source, from.x, from.y);
    pointer('pointermove', window, toX, toY);
    await el.updateComplete;
    pointer('pointerup', window, toX, toY);
    await el.updateComplete;
    expect((events[0].detail as { operation: unknown }).operation).to.deep.equal({
      type: 'session.move',
      sessionId: 'a4',
      from: { start: '2026-03-12T10:00', end: '2026-03-12T12:00' },
      to: { start: '2026-03-13T11:30', end: '2026-03-13T13:30' },
    });
  });

  it('readonly: Space does not pick up and there are no edit controls', async () => {
    const el = await calendar(sampleSchedule(), { readonly: true });
    const events = record(el, 'vk-change');
    session(el, 'a1').focus();
    await key(el, ' ');
    await key(el, 'ArrowRight');
    await key(el, ' ');
    expect(events).to.have.length(0);
    expect(el.shadowRoot?.querySelector('[data-action="add"]')).to.equal(null);
  });
});

describe('vk-course-calendar: the host makes it readonly in the middle of a move (as the plan board)', () => {
  it('a session picked up with Space is put back, and the keys that would have dropped it edit nothing', async () => {
    const el = await calendar();
    const events = record(el, 'vk-change');
    session(el, 'a1').focus();
    await key(el, ' ');
    el.readonly = true;
    await el.updateComplete;
    await key(el, 'ArrowRight');
    await key(el, ' ');
    expect(events).to.have.length(0);
    expect(el.value?.sessions[0]).to.deep.equal(sampleSchedule().sessions[0]);
    expect(focused(el)?.getAttribute('data-session'), 'focus stays on the session').to.equal('a1');
  });

  it('a pointer drag is cancelled: the release commits nothing', async () => {
    const el = await calendar();
    const events = record(el, 'vk-change');
    const to = await dragA2Toward17March(el);
    el.readonly = true;
    await el.updateComplete;
    pointer('pointermove', window, to.x, to.y);
    await el.updateComplete;
    pointer('pointerup', window, to.x, to.y);
    await el.updateComplete;
    expect(events).to.have.length(0);
  });
});

describe('vk-course-calendar: editing in the popover', () => {
  async function openDetails(el: VkCourseCalendar, id: string): Promise<HTMLElement> {
    session(el, id).click();
    await el.updateComplete;
    return shadow(el, '.vk-popover');
  }

  it('marking a session cancelled fires session.update', async () => {
    const el = await calendar();
    const events = record(el, 'vk-change');
    const panel = await openDetails(el, 'a1');
    const box = panel.querySelector<HTMLInputElement>('input[name="cancelled"]') as HTMLInputElement;
    box.click();
    expect((events[0].detail as { operation: unknown }).operation).to.deep.equal({ type: 'session.update', sessionId: 'a1', changes: { cancelled: true } });
  });

  it('changing the kind and the place fires session.update with exactly those changes', async () => {
    const el = await calendar();
    const events = record(el, 'vk-change');
    const panel = await openDetails(el, 'a1');
    const select = panel.querySelector<HTMLSelectElement>('select[name="kind"]') as HTMLSelectElement;
    select.value = 'exam';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const place = panel.querySelector<HTMLInputElement>('input[name="place"]') as HTMLInputElement;
    place.value = 'Rom 3';
    place.dispatchEvent(new Event('change'));
    expect(events.map((e) => (e.detail as { operation: unknown }).operation)).to.deep.equal([
      { type: 'session.update', sessionId: 'a1', changes: { kind: 'exam' } },
      { type: 'session.update', sessionId: 'a1', changes: { place: 'Rom 3' } },
    ]);
  });

  it('changing the end time fires session.update with the new end on the same day', async () => {
    const el = await calendar();
    const events = record(el, 'vk-change');
    const panel = await openDetails(el, 'a1');
    const end = panel.querySelector<HTMLInputElement>('input[name="end"]') as HTMLInputElement;
    end.value = '15:00';
    end.dispatchEvent(new Event('change'));
    expect(events.map((e) => (e.detail as { operation: unknown }).operation)).to.deep.equal([{ type: 'session.update', sessionId: 'a1', changes: { end: '2026-03-09T15:00' } }]);
  });

  it('an end time equal to the start is refused: nothing fired, the old time shown, the reason announced', async () => {
    const el = await calendar();
    const events = record(el, 'vk-change');
    const panel = await openDetails(el, 'a1');
    const end = panel.querySelector<HTMLInputElement>('input[name="end"]') as HTMLInputElement;
    end.value = '09:00';
    end.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(events).to.have.length(0);
    expect(end.value).to.equal('14:30');
    expect(shadow(el, '[data-vk-announcer]').textContent).to.contain('Slutt må være etter start');
  });

  it('an end time before the start ends the session the next day (a night session can be made in the popover), and the field says so', async () => {
    const el = await calendar();
    const events = record(el, 'vk-change');
    const panel = await openDetails(el, 'a1');
    const end = panel.querySelector<HTMLInputElement>('input[name="end"]') as HTMLInputElement;
    end.value = '02:00';
    end.dispatchEvent(new Event('change'));
    expect(events.map((e) => (e.detail as { operation: unknown }).operation)).to.deep.equal([{ type: 'session.update', sessionId: 'a1', changes: { end: '2026-03-10T02:00' } }]);
    const hint = panel.querySelector(`#${end.getAttribute('aria-describedby')}`);
    expect(hint?.textContent).to.contain('neste dag');
  });

  it("a night session's end typed after its start time ends it that evening, not 25 hours later", async () => {
    const doc = sampleSchedule();
    const night: Session = { id: 'n1', courseId: 'renhold', start: '2026-03-10T22:00', end: '2026-03-11T02:00', kind: 'practice' };
    const el = await calendar({ ...doc, sessions: [...doc.sessions, night] }, { view: 'week' });
    const events = record(el, 'vk-change');
    const panel = await openDetails(el, 'n1');
    const end = panel.querySelector<HTMLInputElement>('input[name="end"]') as HTMLInputElement;
    end.value = '23:30';
    end.dispatchEvent(new Event('change'));
    await el.updateComplete;
    end.value = '03:00';
    end.dispatchEvent(new Event('change'));
    expect(events.map((e) => (e.detail as { operation: unknown }).operation)).to.deep.equal([
      { type: 'session.update', sessionId: 'n1', changes: { end: '2026-03-10T23:30' } },
      { type: 'session.update', sessionId: 'n1', changes: { end: '2026-03-11T03:00' } },
    ]);
  });

  it("a night session's start typed after midnight moves it to the end's day, never 25 hours; a day session's start after its end is refused", async () => {
    const doc = sampleSchedule();
    const night: Session = { id: 'n1', courseId: 'renhold', start: '2026-03-10T22:00', end: '2026-03-11T02:00', kind: 'practice' };
    const el = await calendar({ ...doc, sessions: [...doc.sessions, night] }, { view: 'week' });
    const events = record(el, 'vk-change');
    const panel = await openDetails(el, 'n1');
    const start = panel.querySelector<HTMLInputElement>('input[name="start"]') as HTMLInputElement;
    start.value = '01:00';
    start.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(events.map((e) => (e.detail as { operation: unknown }).operation)).to.deep.equal([{ type: 'session.update', sessionId: 'n1', changes: { start: '2026-03-11T01:00' } }]);
    const day = await calendar(sampleSchedule(), { view: 'week' });
    const dayEvents = record(day, 'vk-change');
    const dayPanel = await openDetails(day, 'a1');
    const dayStart = dayPanel.querySelector<HTMLInputElement>('input[name="start"]') as HTMLInputElement;
    dayStart.value = '15:00';
    dayStart.dispatchEvent(new Event('change'));
    await day.updateComplete;
    expect(dayEvents).to.have.length(0);
    expect(dayStart.value).to.equal('09:00');
  });

  for (const view of ['month', 'week', 'agenda'] as const) {
    it(`a host value that removes the session whose details have focus closes them and keeps focus in the calendar${view === 'agenda' ? '' : ', on its day'}, never <body> (${view})`, async () => {
      const el = await calendar(sampleSchedule(), { view });
      if (view === 'agenda') session(el, 'a2').focus();
      else {
        // From the calendar's date (12 March) by keyboard to 10 March, then Enter to its session.
        cell(el, '2026-03-12').focus();
        await key(el, 'ArrowLeft');
        await key(el, 'ArrowLeft');
        await key(el, 'Enter');
      }
      expect(focused(el)).to.equal(session(el, 'a2'));
      await key(el, 'Enter');
      const panel = shadow(el, '.vk-popover');
      expect(panel.contains(focused(el))).to.equal(true);
      const doc = sampleSchedule();
      el.value = { ...doc, sessions: doc.sessions.filter((s) => s.id !== 'a2') };
      await el.updateComplete;
      await el.updateComplete;
      expect(panel.matches(':popover-open')).to.equal(false);
      expect(document.activeElement).to.equal(el);
      if (view !== 'agenda') expect(focused(el)).to.equal(cell(el, '2026-03-10'));
    });
  }

  it('removing a session fires session.remove, and undo adds it back at its index', async () => {
    const el = await calendar();
    const events = record(el, 'vk-change');
    const panel = await openDetails(el, 'a2');
    (panel.querySelector('[data-action="remove"]') as HTMLElement).click();
    await el.updateComplete;
    el.undo();
    expect(events.map((e) => (e.detail as { operation: unknown }).operation)).to.deep.equal([
      { type: 'session.remove', sessionId: 'a2' },
      { type: 'session.add', session: sampleSchedule().sessions[1], index: 1 },
    ]);
    expect(el.value).to.deep.equal(sampleSchedule());
  });

  it('"Ny økt" adds a session on the focus date with session.add', async () => {
    const el = await calendar();
    const events = record(el, 'vk-change');
    shadow(el, '[data-action="add"]').click();
    await el.updateComplete;
    expect((events[0].detail as { operation: unknown }).operation).to.deep.equal({
      type: 'session.add',
      session: { id: 'session-5', courseId: 'renhold', start: '2026-03-12T09:00', end: '2026-03-12T10:00', kind: 'theory' },
    });
  });
});

describe('vk-course-calendar: accessibility', () => {
  afterEach(async () => {
    await setLocale('nb');
  });

  it('has no axe violations in nb (month, week and agenda)', async () => {
    const el = await calendar(createInnherredSchedule(), { date: '2026-04-10' });
    expect(describeViolations(await axeViolations(el))).to.deep.equal([]);
    el.view = 'week';
    await el.updateComplete;
    expect(describeViolations(await axeViolations(el))).to.deep.equal([]);
    el.view = 'agenda';
    await el.updateComplete;
    expect(describeViolations(await axeViolations(el))).to.deep.equal([]);
  });

  it('has no axe violations with the details popover open', async () => {
    const el = await calendar();
    session(el, 'a1').click();
    await el.updateComplete;
    expect(describeViolations(await axeViolations(el))).to.deep.equal([]);
  });

  it('has no axe violations in ar, right to left', async () => {
    await setLocale('ar');
    const wrapper = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl"><vk-course-calendar .value=${createInnherredSchedule()} date="2026-03-12"></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await el.updateComplete;
    expect(describeViolations(await axeViolations(el))).to.deep.equal([]);
    el.view = 'week';
    await el.updateComplete;
    expect(describeViolations(await axeViolations(el))).to.deep.equal([]);
  });
});
