import { expect, fixture, html } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../src/define.js';
import { setLocale } from '../../src/core/localize.js';
import { setPictogramBase } from '../../src/core/pictograms.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { Session } from '../../src/course-calendar/course-calendar.types.js';
import { focused, press, record, setRaw, shadow, shadowAll } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { calendar, osloToday, cell, spoken, session, key } from './calendar-suite.js';

describe('vk-course-calendar: views and ranges', () => {
  it('month view is a grid of whole weeks, Monday first, with ISO week numbers as row headers', async () => {
    const el = await calendar();
    const grid = shadow(el, '[role="grid"]');
    expect(shadowAll(el, '[role="row"]')).to.have.length(7);
    expect(shadowAll(el, '[role="columnheader"]')).to.have.length(8);
    expect(shadowAll(el, '[role="rowheader"]').map((h) => h.textContent?.replace(/\D/g, ''))).to.deep.equal(['9', '10', '11', '12', '13', '14']);
    expect(shadowAll(el, '[role="gridcell"]')[0].dataset.date).to.equal('2026-02-23');
    expect(grid.getAttribute('aria-labelledby')).to.equal('title');
    expect(shadow(el, '.title').textContent?.trim()).to.equal('Mars 2026');
  });

  it('range is the grid’s whole weeks in month view, the week in week view, the month in agenda view', async () => {
    const el = await calendar();
    expect(el.range).to.deep.equal({ view: 'month', start: '2026-02-23', end: '2026-04-06' });
    el.view = 'week';
    expect(el.range).to.deep.equal({ view: 'week', start: '2026-03-09', end: '2026-03-16' });
    el.view = 'agenda';
    expect(el.range).to.deep.equal({ view: 'agenda', start: '2026-03-01', end: '2026-04-01' });
  });

  it('week view shows days on a time axis titled "Uke 11, 2026", sessions placed through the CSSOM', async () => {
    const el = await calendar(sampleSchedule(), { view: 'week' });
    expect(shadow(el, '.title').textContent?.trim()).to.equal('Uke 11, 2026');
    expect(shadowAll(el, '[role="gridcell"]')).to.have.length(7);
    const slot = session(el, 'a4').closest('.slot') as HTMLElement;
    expect(slot.getAttribute('style')).to.include('--_vk-top');
    expect(Number(slot.style.getPropertyValue('--_vk-top'))).to.be.closeTo(3 / 11, 1e-9);
    expect(Number(slot.style.getPropertyValue('--_vk-size'))).to.be.closeTo(2 / 11, 1e-9);
  });

  it('agenda view lists the month’s sessions grouped by ISO week', async () => {
    const el = await calendar(sampleSchedule(), { view: 'agenda' });
    expect(shadowAll(el, '.agenda-week h3').map((h) => h.textContent?.trim())).to.deep.equal(['Uke 11, 2026']);
    expect(shadowAll(el, '.agenda [data-session]').map((s) => s.dataset.session)).to.deep.equal(['a1', 'a2', 'a3', 'a4']);
  });

  it('the view switch and previous/next buttons change view and period', async () => {
    const el = await calendar();
    shadow(el, '.views [data-view="week"]').click();
    await el.updateComplete;
    expect(el.view).to.equal('week');
    shadow(el, '[data-action="next"]').click();
    await el.updateComplete;
    expect(el.date).to.equal('2026-03-19');
    shadow(el, '[data-action="previous"]').click();
    shadow(el, '[data-action="previous"]').click();
    await el.updateComplete;
    expect(el.date).to.equal('2026-03-05');
  });

  it('a date before the year 1000 (a placeholder such as 0001-01-01) means today: range and title stay real dates', async () => {
    const today = osloToday();
    for (const date of ['0000-01-01', '0001-01-01', '0999-12-31']) {
      const el = await calendar(sampleSchedule(), { date });
      expect(el.focusDate, date).to.equal(today);
      expect(el.range.start, date).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(el.shadowRoot!.querySelector('#title')!.textContent, date).to.contain(today.slice(0, 4));
    }
    const el = await calendar(sampleSchedule(), { date: '1000-01-01' });
    expect(el.focusDate).to.equal('1000-01-01');
  });

  it('an empty or invalid date means today', async () => {
    const el = await calendar(sampleSchedule(), { date: 'not-a-date' });
    const today = osloToday();
    expect(el.focusDate).to.equal(today);
  });
});

describe('vk-course-calendar: vk-range-change', () => {
  it('fires the first range after it starts', async () => {
    const el = document.createElement('vk-course-calendar');
    const events = record(el, 'vk-range-change');
    el.date = '2026-03-12';
    document.body.append(el);
    await el.updateComplete;
    expect(events.map((e) => e.detail)).to.deep.equal([{ view: 'month', start: '2026-02-23', end: '2026-04-06' }]);
    el.remove();
  });

  it('fires when the host changes date or view, once per change', async () => {
    const el = await calendar();
    const events = record(el, 'vk-range-change');
    el.date = '2026-03-13';
    await el.updateComplete;
    expect(events).to.have.length(0);
    el.date = '2026-05-02';
    await el.updateComplete;
    el.view = 'week';
    await el.updateComplete;
    expect(events.map((e) => e.detail)).to.deep.equal([
      { view: 'month', start: '2026-04-27', end: '2026-06-01' },
      { view: 'week', start: '2026-04-27', end: '2026-05-04' },
    ]);
    expect(JSON.parse(JSON.stringify(events[0].detail))).to.deep.equal(events[0].detail);
  });

  it('PageDown on a day moves to the next month, fires vk-range-change and announces the title', async () => {
    const el = await calendar();
    cell(el, '2026-03-12').focus();
    const events = record(el, 'vk-range-change');
    await key(el, 'PageDown');
    expect(el.date).to.equal('2026-04-12');
    expect(focused(el)).to.equal(cell(el, '2026-04-12'));
    expect(events.map((e) => e.detail)).to.deep.equal([{ view: 'month', start: '2026-03-30', end: '2026-05-04' }]);
    expect(el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent).to.include('April 2026');
  });

  it('PageUp in week view moves to the previous week', async () => {
    const el = await calendar(sampleSchedule(), { view: 'week' });
    cell(el, '2026-03-12').focus();
    await key(el, 'PageUp');
    expect(el.range).to.deep.equal({ view: 'week', start: '2026-03-02', end: '2026-03-09' });
    expect(focused(el)).to.equal(cell(el, '2026-03-05'));
  });
});

describe('vk-course-calendar: grid keyboard', () => {
  it('has one tab stop in the grid: the focus date', async () => {
    const el = await calendar();
    const stops = shadowAll(el, '[role="grid"] [tabindex="0"]');
    expect(stops.map((s) => s.dataset.date)).to.deep.equal(['2026-03-12']);
    expect(shadowAll(el, '[role="grid"] [data-session]').every((s) => s.tabIndex === -1)).to.equal(true);
  });

  it('arrows move by day and by week', async () => {
    const el = await calendar();
    cell(el, '2026-03-12').focus();
    await key(el, 'ArrowRight');
    expect(el.date).to.equal('2026-03-13');
    await key(el, 'ArrowDown');
    expect(el.date).to.equal('2026-03-20');
    await key(el, 'ArrowLeft');
    await key(el, 'ArrowUp');
    expect(el.date).to.equal('2026-03-12');
    expect(focused(el)).to.equal(cell(el, '2026-03-12'));
  });

  it('Home and End go to the week’s start and end', async () => {
    const el = await calendar();
    cell(el, '2026-03-12').focus();
    await key(el, 'Home');
    expect(el.date).to.equal('2026-03-09');
    await key(el, 'End');
    expect(el.date).to.equal('2026-03-15');
  });

  it('flips Left and Right under a dir="rtl" ancestor', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"><vk-course-calendar .value=${sampleSchedule()} date="2026-03-12"></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await el.updateComplete;
    cell(el, '2026-03-12').focus();
    await key(el, 'ArrowLeft');
    expect(el.date).to.equal('2026-03-13');
    await key(el, 'ArrowRight');
    await key(el, 'ArrowRight');
    expect(el.date).to.equal('2026-03-11');
  });

  it('Enter on a day moves to its first session; Up/Down between them; Escape back to the day', async () => {
    const doc = sampleSchedule();
    const extra: Session = { id: 'a5', courseId: 'renhold', start: '2026-03-12T13:00', end: '2026-03-12T14:00', kind: 'other' };
    const el = await calendar({ ...doc, sessions: [...doc.sessions, extra] });
    cell(el, '2026-03-12').focus();
    await key(el, 'Enter');
    expect(focused(el)).to.equal(session(el, 'a4'));
    await key(el, 'ArrowDown');
    expect(focused(el)).to.equal(session(el, 'a5'));
    await key(el, 'ArrowUp');
    expect(focused(el)).to.equal(session(el, 'a4'));
    await key(el, 'Escape');
    expect(focused(el)).to.equal(cell(el, '2026-03-12'));
  });

  it('Space on a day does what Enter does (to its first session), never scrolling the page', async () => {
    const el = await calendar();
    cell(el, '2026-03-12').focus();
    const event = await key(el, ' ');
    expect(event.defaultPrevented, 'no page scroll').to.equal(true);
    expect(focused(el)).to.equal(session(el, 'a4'));
    // A day without sessions: focus stays on it, and the page still does not scroll.
    cell(el, '2026-03-14').focus();
    expect((await key(el, ' ')).defaultPrevented).to.equal(true);
    expect(focused(el)).to.equal(cell(el, '2026-03-14'));
  });

  it('Enter on a session fires vk-open and opens its details; Escape closes them and returns focus', async () => {
    const el = await calendar();
    const events = record(el, 'vk-open');
    session(el, 'a1').focus();
    await key(el, 'Enter');
    expect(events.map((e) => e.detail)).to.deep.equal([{ kind: 'session', id: 'a1' }]);
    const panel = shadow(el, '.vk-popover');
    expect(panel.matches(':popover-open')).to.equal(true);
    expect(panel.textContent).to.include('Renhold og smittevern');
    press(el.shadowRoot?.activeElement as HTMLElement, 'Escape');
    await el.updateComplete;
    expect(panel.matches(':popover-open')).to.equal(false);
    expect(focused(el)).to.equal(session(el, 'a1'));
  });
});

describe('vk-course-calendar: agenda keyboard', () => {
  it('has one tab stop; Up/Down/Home/End move between sessions; Enter opens', async () => {
    const el = await calendar(sampleSchedule(), { view: 'agenda' });
    // The focus date's session (12 March), not the month's first (agenda-tab-stop.test.ts).
    expect(shadowAll(el, '.agenda [tabindex="0"]').map((s) => s.dataset.session)).to.deep.equal(['a4']);
    const events = record(el, 'vk-open');
    session(el, 'a1').focus();
    await key(el, 'ArrowDown');
    expect(focused(el)).to.equal(session(el, 'a2'));
    await key(el, 'End');
    expect(focused(el)).to.equal(session(el, 'a4'));
    expect(shadowAll(el, '.agenda [tabindex="0"]').map((s) => s.dataset.session)).to.deep.equal(['a4']);
    await key(el, 'Home');
    await key(el, 'Enter');
    expect(events.map((e) => e.detail)).to.deep.equal([{ kind: 'session', id: 'a1' }]);
  });

  it('moves a session by keyboard in the agenda too', async () => {
    const el = await calendar(sampleSchedule(), { view: 'agenda' });
    const events = record(el, 'vk-change');
    session(el, 'a2').focus();
    await key(el, ' ');
    await key(el, 'ArrowLeft');
    await key(el, ' ');
    expect((events[0].detail as { operation: unknown }).operation).to.deep.equal({
      type: 'session.move',
      sessionId: 'a2',
      from: { start: '2026-03-10T09:00', end: '2026-03-10T14:30' },
      to: { start: '2026-03-09T09:00', end: '2026-03-09T14:30' },
    });
  });
});

describe('vk-course-calendar: disabled', () => {
  it('takes nothing into the tab order and ignores keys', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar disabled .value=${sampleSchedule()} date="2026-03-12"></vk-course-calendar>`);
    expect(shadowAll(el, '[role="grid"] [tabindex="0"]')).to.have.length(0);
    cell(el, '2026-03-12').focus();
    await key(el, 'ArrowRight');
    expect(el.date).to.equal('2026-03-12');
  });
});

describe('vk-course-calendar: sessions', () => {
  it('a session’s accessible name includes its time, course title and kind; cancelled ones say so in text', async () => {
    const el = await calendar();
    const text = (id: string): string => spoken(session(el, id));
    // A month chip shows the start time and course; its name starts with that visible text (WCAG
    // 2.5.3) and goes on with the kind and end.
    expect(text('a1')).to.equal('09:00 Renhold og smittevern');
    expect(session(el, 'a1').getAttribute('aria-label')).to.equal('09:00 Renhold og smittevern, Teori, til \u206814:30\u2069');
    expect(session(el, 'a4').getAttribute('aria-label')).to.equal('10:00 Salg og service, Prøve: Prøve, til \u206812:00\u2069');
    // A cancelled chip is named by its content, in which "Avlyst" is visible text.
    expect(session(el, 'a3').hasAttribute('aria-label')).to.equal(false);
    expect(text('a3')).to.equal('09:00–14:30 Salg og service Praksis Avlyst');
    expect(session(el, 'a3').hasAttribute('data-cancelled')).to.equal(true);
    expect(session(el, 'a1').dataset.kind).to.equal('theory');
    // The course colour reaches the chip's stripe through a stylesheet rule (no style attribute per chip).
    expect(session(el, 'a1').hasAttribute('style')).to.equal(false);
    expect(getComputedStyle(session(el, 'a1').querySelector('.stripe')!).getPropertyValue('--_vk-course').trim()).to.equal('#0a7a5a');
    expect(getComputedStyle(session(el, 'a1').querySelector('.stripe')!).backgroundColor).to.equal('rgb(10, 122, 90)');
  });

  it('names a month chip by its content, each part with its lang, when the course name is in another language than the calendar', async () => {
    await setLocale('en');
    try {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"><vk-course-calendar .value=${{ ...sampleSchedule(), courses: [{ id: 'renhold', title: { nb: 'Renhold', en: 'Cleaning' }, color: '#0a7a5a' }, { id: 'butikk', title: { nb: 'Salg og service' }, color: '#17b' }] }} date="2026-03-12"></vk-course-calendar></div>`);
      const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
      await el.updateComplete;
      expect(session(el, 'a1').getAttribute('aria-label')).to.equal('09:00 Cleaning, Theory, until \u206814:30\u2069');
      // "Salg og service" has no English text: read from the content, where it carries lang="nb".
      const a4 = session(el, 'a4');
      expect(a4.hasAttribute('aria-label')).to.equal(false);
      expect(a4.querySelector('.course')?.getAttribute('lang')).to.equal('nb');
      expect(spoken(a4)).to.equal('10:00–12:00 Salg og service Test: Test');
    } finally {
      await setLocale('nb');
    }
  });

  it('joins the parts of a month chip’s name with the comma of the calendar’s script (Arabic "،", Ethiopic "፣")', async () => {
    for (const [lang, comma] of [['ar', '، '], ['ti', '፣ ']]) {
      await setLocale(lang);
      try {
        const doc = sampleSchedule();
        const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><vk-course-calendar .value=${{ ...doc, courses: doc.courses.map((c) => ({ ...c, title: { nb: 'Kurs', [lang]: 'K' } })) }} date="2026-03-12"></vk-course-calendar></div>`);
        const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
        await el.updateComplete;
        const label = session(el, 'a1').getAttribute('aria-label') ?? '';
        expect(label.startsWith(`09:00 K${comma}`), label).to.equal(true);
        expect(label.includes(', '), label).to.equal(false);
        expect(session(el, 'a1').getAttribute('title')).to.include(`K${comma}`);
      } finally {
        await setLocale('nb');
      }
    }
  });

  it('keeps a month chip’s node across renders and updates it in place, so focus on it stays', async () => {
    const el = await calendar();
    const chip = session(el, 'a1');
    chip.focus();
    const doc = sampleSchedule();
    el.value = { ...doc, courses: doc.courses.map((c) => (c.id === 'renhold' ? { ...c, title: { nb: 'Renhold 2' }, color: '#123456' } : c)) };
    await el.updateComplete;
    expect(session(el, 'a1')).to.equal(chip);
    expect(chip.getAttribute('aria-label')).to.equal('09:00 Renhold 2, Teori, til \u206814:30\u2069');
    expect(chip.querySelector('.course')?.textContent).to.equal('Renhold 2');
    expect(getComputedStyle(chip.querySelector('.stripe')!).getPropertyValue('--_vk-course').trim()).to.equal('#123456');
    expect(el.shadowRoot?.activeElement).to.equal(chip);
  });

  it('a month chip’s pictogram follows setPictogramBase, in the same chip node', async () => {
    const el = await calendar();
    const chip = session(el, 'a1');
    try {
      setPictogramBase('/elsewhere/');
      await el.updateComplete;
      expect(session(el, 'a1')).to.equal(chip);
      expect(chip.querySelectorAll('img.vk-pictogram')).to.have.length(1);
      expect(chip.querySelector('img.vk-pictogram')?.getAttribute('src')).to.equal(new URL('/elsewhere/course.svg', document.baseURI).href);
    } finally {
      setPictogramBase(null);
    }
    await el.updateComplete;
    expect(chip.querySelectorAll('img.vk-pictogram')).to.have.length(1);
    expect(chip.querySelector('img.vk-pictogram')?.getAttribute('src')).to.not.contain('/elsewhere/');
  });

  it('a full day shows "+N flere" and the hidden sessions are not in the DOM until opened', async () => {
    const doc = sampleSchedule();
    const many: Session[] = Array.from({ length: 6 }, (_, i) => ({ id: `m${i}`, courseId: 'renhold', start: `2026-03-18T0${i + 1}:00`, end: `2026-03-18T0${i + 2}:00`, kind: 'theory' }));
    const el = await calendar({ ...doc, sessions: [...doc.sessions, ...many] });
    const day = cell(el, '2026-03-18');
    expect(Array.from(day.querySelectorAll<HTMLElement>('[data-session]')).map((s) => s.dataset.session)).to.deep.equal(['m0', 'm1']);
    expect(el.shadowRoot?.querySelector('[data-session="m5"]')).to.equal(null);
    const more = day.querySelector<HTMLElement>('[data-more]') as HTMLElement;
    expect(more.textContent?.trim()).to.equal('+4 flere');
    more.click();
    await el.updateComplete;
    expect(shadowAll(el, '.vk-popover [data-session]').map((s) => s.dataset.session)).to.deep.equal(['m0', 'm1', 'm2', 'm3', 'm4', 'm5']);
  });

  it('"+N flere" is kept across renders and follows the count in place', async () => {
    const doc = sampleSchedule();
    const many: Session[] = Array.from({ length: 6 }, (_, i) => ({ id: `m${i}`, courseId: 'renhold', start: `2026-03-18T0${i + 1}:00`, end: `2026-03-18T0${i + 2}:00`, kind: 'theory' }));
    const el = await calendar({ ...doc, sessions: [...doc.sessions, ...many] });
    const more = cell(el, '2026-03-18').querySelector<HTMLElement>('[data-more]') as HTMLElement;
    el.value = { ...doc, sessions: [...doc.sessions, ...many.slice(0, 5)] };
    await el.updateComplete;
    expect(cell(el, '2026-03-18').querySelector('[data-more]')).to.equal(more);
    expect(more.textContent?.trim()).to.equal('+3 flere');
    expect(more.getAttribute('aria-label')).to.include('+3 flere').and.to.include('onsdag 18. mars 2026');
    el.value = { ...doc, sessions: [...doc.sessions, ...many.slice(0, 2)] };
    await el.updateComplete;
    expect(cell(el, '2026-03-18').querySelector('[data-more]'), 'no "+N" when all fit').to.equal(null);
  });

  it('shows public holidays and closed days by name', async () => {
    const el = await calendar(sampleSchedule(), { date: '2026-04-10' });
    expect(cell(el, '2026-04-03').querySelector('.special')?.textContent).to.equal('Langfredag');
    expect(cell(el, '2026-04-06').querySelector('.special')?.textContent).to.equal('Andre påskedag');
    el.date = '2026-03-12';
    await el.updateComplete;
    expect(cell(el, '2026-03-13').querySelector('.special')?.textContent).to.equal('Planleggingsdag');
  });

  it('names holidays in English under lang="en", and closed days in the text locale', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><vk-course-calendar .value=${sampleSchedule()} date="2026-04-10"></vk-course-calendar></div>`);
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await el.updateComplete;
    expect(cell(el, '2026-04-03').querySelector('.special')?.textContent).to.equal('Good Friday');
    el.date = '2026-03-12';
    await el.updateComplete;
    expect(cell(el, '2026-03-13').querySelector('.special')?.textContent).to.equal('Planning day');
  });

  it('hostile strings stay text', async () => {
    const doc = sampleSchedule();
    const evil = '<img src=x onerror="window.__pwned=1">';
    const el = await calendar({ ...doc, courses: [{ ...doc.courses[0], title: evil }, doc.courses[1]] });
    expect(session(el, 'a1').textContent).to.include(evil);
    expect(el.shadowRoot?.querySelector('img[src="x"]')).to.equal(null);
  });

  it('bad input fires vk-error with the path and keeps the last valid document', async () => {
    const el = await calendar();
    const events = record(el, 'vk-error');
    const doc = sampleSchedule();
    setRaw(el, { ...doc, sessions: [{ ...doc.sessions[0], courseId: 'ghost' }] });
    await el.updateComplete;
    expect(events[0].detail).to.deep.include({ code: 'invalid-document' });
    expect((events[0].detail as { issues: Array<{ path: string }> }).issues[0].path).to.equal('/sessions/0/courseId');
    expect(el.value).to.deep.equal(sampleSchedule());
  });

  it('the download action saves the ICS through a Blob URL and a temporary <a download>, with no network; a course hidden in the legend is left out', async () => {
    const el = await calendar();
    shadow(el, '.legend-item[data-course="butikk"]').click();
    await el.updateComplete;
    const originalCreate = URL.createObjectURL;
    const originalClick = HTMLAnchorElement.prototype.click;
    let blob: Blob | null = null;
    let downloaded: { name: string; href: string; connected: boolean } | null = null;
    URL.createObjectURL = (b: Blob | MediaSource): string => {
      blob = b as Blob;
      return 'blob:test';
    };
    let clicked: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (clicked = resolve));
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement): void {
      downloaded = { name: this.download, href: this.href, connected: this.isConnected };
      clicked();
    };
    try {
      shadow(el, '[data-action="ics"]').click();
      await done;
    } finally {
      URL.createObjectURL = originalCreate;
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(downloaded).to.deep.equal({ name: 'kurskalender.ics', href: 'blob:test', connected: true });
    expect((blob as Blob | null)?.type).to.equal('text/calendar;charset=utf-8');
    const file = new ICAL.Component(ICAL.parse(await (blob as unknown as Blob).text()));
    expect(file.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('uid')).replace(/-[0-9a-f]{16}@/, '@'))).to.deep.equal(['a1@veikart', 'a2@veikart']);
    expect(el.shadowRoot?.querySelector('a[download]')).to.equal(null);
  });

  it('"Last ned (.ics)" is disabled while every course is hidden in the legend (the file would be empty)', async () => {
    const el = await calendar();
    const download = (): HTMLButtonElement => shadow(el, '[data-action="ics"]') as HTMLButtonElement;
    expect(download().disabled).to.equal(false);
    for (const id of ['butikk', 'renhold']) {
      shadow(el, `.legend-item[data-course="${id}"]`).click();
      await el.updateComplete;
    }
    expect(download().disabled).to.equal(true);
    shadow(el, '.legend-item[data-course="renhold"]').click();
    await el.updateComplete;
    expect(download().disabled).to.equal(false);
  });

  it('exportICS() returns a calendar that ical.js parses (all courses, or one)', async () => {
    const el = await calendar();
    const all = new ICAL.Component(ICAL.parse(await el.exportICS()));
    expect(all.getAllSubcomponents('vevent')).to.have.length(4);
    const one = new ICAL.Component(ICAL.parse(await el.exportICS('renhold')));
    expect(one.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('summary'))).to.deep.equal(['Renhold og smittevern: Teori', 'Renhold og smittevern: Norsk']);
    const listed = new ICAL.Component(ICAL.parse(await el.exportICS(['butikk', 'renhold'])));
    expect(listed.getAllSubcomponents('vevent')).to.have.length(4);
    expect(new ICAL.Component(ICAL.parse(await el.exportICS([]))).getAllSubcomponents('vevent')).to.have.length(0);
  });
});
