import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { Session } from '../../src/course-calendar/course-calendar.types.js';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../../src/core/localize.js';
import { focused, record, shadow, shadowAll } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { axeViolations, describeViolations } from '../a11y/axe.js';
import { calendar, withSessions, late, pieces, operations } from './complete-suite.js';
import { key } from './calendar-suite.js';

describe('vk-course-calendar: plan a course from a weekly pattern', () => {
  // The weekday rows' fields had only aria-labels ("Type, mandag"): nothing on screen said which
  // box was the start and which the end (WCAG 3.3.2; a newcomer's review).
  for (const width of [1100, 360]) {
    it(`every weekday field has a visible caption (${width} px)`, async () => {
      const el = await calendar(sampleSchedule(), { view: 'month', date: '2026-03-30', width });
      shadow(el, '[data-action="plan"]').click();
      await waitUntil(() => el.shadowRoot?.querySelector('dialog.pattern[open]'), 'the dialog opens', { timeout: 5000 });
      const rows = shadowAll(el, '.pattern-day');
      expect(rows).to.have.length(7);
      for (const [r, row] of rows.entries()) {
        const fields = Array.from(row.querySelectorAll<HTMLElement>('select, input[type="time"]'));
        expect(fields).to.have.length(3);
        for (const [i, field] of fields.entries()) {
          // Its caption: its own (where rows wrap, or in the first row), else the first row's in the same column.
          const own = field.closest('label')!.querySelector<HTMLElement>('.pattern-caption')!;
          const caption = own.checkVisibility() ? own : rows[0]!.querySelectorAll<HTMLElement>('.pattern-caption')[i]!;
          expect(caption.checkVisibility(), `row ${r} field ${i}`).to.equal(true);
          expect(caption.textContent).to.equal(['Type', 'Start', 'Slutt'][i]);
          const a = caption.getBoundingClientRect();
          const b = field.getBoundingClientRect();
          expect(a.left >= b.left - 1 && a.left < b.right && a.bottom <= b.top + 1, `the caption stands over field ${i} of row ${r}`).to.equal(true);
        }
        if (width === 1100 && r > 0) expect(row.querySelector<HTMLElement>('.pattern-caption')!.checkVisibility(), 'wide: once, over the columns').to.equal(false);
      }
    });
  }

  it('previews the sessions, names the skipped holidays, adds them in one sessions.add, undo removes them all', async () => {
    const el = await calendar(sampleSchedule(), { view: 'month', date: '2026-03-30' });
    const events = record(el, 'vk-change');
    shadow(el, '[data-action="plan"]').click();
    await waitUntil(() => el.shadowRoot?.querySelector('dialog.pattern[open]'), 'the dialog opens', { timeout: 5000 });
    const dialog = shadow<HTMLDialogElement>(el, 'dialog.pattern');
    expect(dialog.open).to.equal(true);
    const last = dialog.querySelector<HTMLInputElement>('input[name="last"]') as HTMLInputElement;
    last.value = '2026-04-10';
    last.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // 30 Mar–10 Apr 2026, Monday–Friday: 10 weekdays minus Maundy Thursday, Good Friday, Easter Monday.
    const skipped = Array.from(dialog.querySelectorAll('[data-skipped]')).map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(skipped).to.have.length(3);
    expect(skipped.join(' | ')).to.include('Skjærtorsdag').and.to.include('Langfredag').and.to.include('Andre påskedag');
    expect(dialog.querySelectorAll('[data-preview]')).to.have.length(7);
    shadow(el, '[data-action="plan-add"]').click();
    await el.updateComplete;
    const ops = operations(events);
    expect(ops).to.have.length(1);
    expect(ops[0].type).to.equal('sessions.add');
    const added = ops[0].type === 'sessions.add' ? ops[0].sessions : [];
    expect(added).to.have.length(7);
    expect(el.value?.sessions).to.have.length(4 + 7);
    el.undo();
    expect(operations(events)[1]).to.deep.equal({ type: 'sessions.remove', sessionIds: added.map((s) => s.id) });
    expect(el.value?.sessions).to.have.length(4);
  });
});

describe('vk-course-calendar: a week day\'s controls in time order', () => {
  it('↓ goes down the day as drawn: the 09:00 session, its "+N", then the 22:00 session (and the DOM reads so)', async () => {
    // Wednesday 11 March: a3 09:00–14:30, two more overlapping it (one lane of sessions and "+N"), and n2 at 22:00.
    const crowd = ['x1', 'x2'].map((id): Session => ({ id, courseId: 'renhold', start: '2026-03-11T10:00', end: '2026-03-11T11:00', kind: 'theory' }));
    const el = await calendar(withSessions(...crowd, late), { view: 'week', width: 900 }); // two lanes a day
    const day = shadow(el, '.day[data-date="2026-03-11"]');
    expect(day.querySelector('[data-more]'), 'the crowded hours show "+N"').to.not.equal(null);
    day.focus();
    await key(el, 'Enter');
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      const now = focused(el) as HTMLElement;
      order.push(now.dataset.session ?? `more ${now.dataset.more}`);
      await key(el, 'ArrowDown');
    }
    expect(order).to.deep.equal(['a3', 'more 2026-03-11', 'n2']);
    const dom = Array.from(day.querySelectorAll<HTMLElement>('[data-session], [data-more]')).map((c) => c.dataset.session ?? 'more');
    expect(dom).to.deep.equal(['a3', 'more', 'n2']);
  });
});

describe('vk-course-calendar: the plan dialog starts on a course that is shown', () => {
  it('with the first course hidden in the legend, the dialog offers the first shown course, and what it plans appears', async () => {
    const el = await calendar(sampleSchedule(), { view: 'month', date: '2026-03-30' });
    const events = record(el, 'vk-change');
    shadow(el, '.legend-item[data-course="renhold"]').click();
    await el.updateComplete;
    shadow(el, '[data-action="plan"]').click();
    await waitUntil(() => el.shadowRoot?.querySelector('dialog.pattern[open]'), 'the dialog opens', { timeout: 5000 });
    const dialog = shadow<HTMLDialogElement>(el, 'dialog.pattern');
    expect(dialog.querySelector<HTMLSelectElement>('select[name="course"]')!.value).to.equal('butikk');
    const last = dialog.querySelector<HTMLInputElement>('input[name="last"]')!;
    last.value = '2026-03-31';
    last.dispatchEvent(new Event('change'));
    await el.updateComplete;
    shadow(el, '[data-action="plan-add"]').click();
    await el.updateComplete;
    const ops = operations(events);
    expect(ops.map((o) => o.type)).to.deep.equal(['sessions.add']);
    const added = ops[0].type === 'sessions.add' ? ops[0].sessions : [];
    expect(added.map((s) => s.courseId)).to.deep.equal(['butikk', 'butikk']);
    for (const s of added) expect(el.shadowRoot!.querySelector(`[data-session="${s.id}"]`), s.id).to.not.equal(null);
  });
});

describe('vk-course-calendar: the plan dialog checks what it plans', () => {
  async function openPlan(el: VkCourseCalendar): Promise<HTMLDialogElement> {
    shadow(el, '[data-action="plan"]').click();
    await waitUntil(() => el.shadowRoot?.querySelector('dialog.pattern[open]'), 'the dialog opens', { timeout: 5000 });
    return shadow<HTMLDialogElement>(el, 'dialog.pattern');
  }
  async function set(el: VkCourseCalendar, dialog: HTMLDialogElement, name: string, value: string | boolean): Promise<void> {
    const field = dialog.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    if (typeof value === 'boolean') field.checked = value;
    else field.value = value;
    field.dispatchEvent(new Event('change'));
    await el.updateComplete;
  }

  // The element kept the day of the last single removal and used it for any later removal: undoing a
  // course planned in May, after a session of 9 March had been deleted, took the calendar to March.
  it('Ctrl+Z of a planned course stays at the course\'s first day, not the day of a session deleted before', async () => {
    const el = await calendar(sampleSchedule(), { view: 'month', date: '2026-03-09' });
    shadow(el, '[data-session="a1"]').click();
    await el.updateComplete;
    shadow(el, '[data-action="remove"]').click();
    await el.updateComplete;
    expect(el.value?.sessions.map((s) => s.id)).to.not.include('a1');
    el.date = '2026-05-04';
    await el.updateComplete;
    const dialog = await openPlan(el);
    await set(el, dialog, 'last', '2026-05-15');
    shadow(el, '[data-action="plan-add"]').click();
    await el.updateComplete;
    expect(el.value?.sessions).to.have.length(3 + 9); // 4–15 May, Monday–Friday, less Ascension Day (14 May)
    shadow(el, '.day[data-date="2026-05-06"]').focus();
    await key(el, 'z', { ctrlKey: true });
    expect(el.value?.sessions).to.have.length(3);
    expect(el.date).to.equal('2026-05-04');
    expect((focused(el) as HTMLElement).dataset.date).to.equal('2026-05-04');
  });

  it('planning the same weeks again adds nothing twice, and says how many already exist', async () => {
    const el = await calendar(sampleSchedule(), { view: 'month', date: '2026-03-30' });
    const events = record(el, 'vk-change');
    let dialog = await openPlan(el);
    await set(el, dialog, 'last', '2026-04-10');
    shadow(el, '[data-action="plan-add"]').click();
    await el.updateComplete;
    expect(operations(events)).to.have.length(1);
    dialog = await openPlan(el);
    await set(el, dialog, 'last', '2026-04-17');
    // 13–17 April: five new weekdays; the seven of the first plan are there already.
    expect(dialog.querySelectorAll('[data-preview]')).to.have.length(5);
    expect(dialog.querySelector('.pattern-existing')?.textContent).to.equal('Finnes allerede, legges ikke til igjen: 7');
    shadow(el, '[data-action="plan-add"]').click();
    await el.updateComplete;
    const second = operations(events)[1]!;
    expect(second.type === 'sessions.add' ? second.sessions.map((s) => s.start.slice(0, 10)) : []).to.deep.equal(['2026-04-13', '2026-04-14', '2026-04-15', '2026-04-16', '2026-04-17']);
    expect(el.value?.sessions).to.have.length(4 + 7 + 5);
    // The same weeks a third time: nothing to add, and the message says why.
    dialog = await openPlan(el);
    await set(el, dialog, 'last', '2026-04-17');
    expect(dialog.querySelectorAll('[data-preview]')).to.have.length(0);
    shadow(el, '[data-action="plan-add"]').click();
    await el.updateComplete;
    expect(dialog.querySelector('.pattern-error')?.textContent).to.equal('Alle øktene i denne planen finnes allerede i kalenderen.');
    expect(operations(events)).to.have.length(2);
  });

  it('each problem stands at its field, live; "Legg til" focuses the first and adds nothing', async () => {
    const el = await calendar(sampleSchedule(), { view: 'month', date: '2026-03-30' });
    const events = record(el, 'vk-change');
    const dialog = await openPlan(el);
    expect(dialog.querySelector('#pattern-hint')?.textContent).to.contain('slutter neste dag');
    // Monday: start = end cannot make a session; Monday leaves the preview, the rest stay.
    await set(el, dialog, 'end-1', '09:00');
    const start1 = dialog.querySelector<HTMLInputElement>('[name="start-1"]')!;
    expect(start1.getAttribute('aria-invalid')).to.equal('true');
    expect(dialog.querySelector('#pattern-error-1')?.textContent).to.equal('Velg start og slutt; de kan ikke være like.');
    expect(start1.getAttribute('aria-describedby')).to.equal('pattern-error-1 pattern-hint');
    await set(el, dialog, 'last', '');
    expect(dialog.querySelector('#pattern-range-error')?.textContent).to.equal('Velg første og siste dag.');
    // A last day before the first: the period's message, no preview.
    await set(el, dialog, 'last', '2026-03-01');
    expect(dialog.querySelector('#pattern-range-error')?.textContent).to.equal('Siste dag kan ikke være før første dag.');
    expect(dialog.querySelectorAll('[data-preview]')).to.have.length(0);
    // A year mistyped (2126): at most a year, nothing expanded.
    await set(el, dialog, 'last', '2126-04-10');
    expect(dialog.querySelector('#pattern-range-error')?.textContent).to.equal('Velg en periode på høyst ett år.');
    expect(dialog.querySelectorAll('[data-preview]')).to.have.length(0);
    shadow(el, '[data-action="plan-add"]').click();
    await el.updateComplete;
    expect(el.shadowRoot?.activeElement).to.equal(dialog.querySelector('[name="from"]'));
    await set(el, dialog, 'last', '2026-04-10');
    shadow(el, '[data-action="plan-add"]').click();
    await el.updateComplete;
    expect(el.shadowRoot?.activeElement).to.equal(start1);
    // No weekday at all.
    for (const day of [1, 2, 3, 4, 5]) await set(el, dialog, `on-${day}`, false);
    expect(dialog.querySelector('#pattern-days-error')?.textContent).to.equal('Velg minst én ukedag.');
    expect(events).to.have.length(0);
    shadow(el, '[data-action="plan-cancel"]').click();
    await waitUntil(() => !el.shadowRoot?.querySelector('dialog.pattern'), 'the dialog closes');
  });
});

describe('vk-course-calendar: on paper', () => {
  it('adopts its paper CSS (print media: no controls, whole names) once the page is idle after the first render', async () => {
    const el = await calendar(sampleSchedule(), { view: 'month', width: 720 });
    const css = (): string => Array.from(el.shadowRoot!.adoptedStyleSheets, (sheet) => Array.from(sheet.cssRules, (r) => r.cssText).join('\n')).join('\n');
    await waitUntil(() => css().includes('@media print'), 'the paper CSS is adopted', { timeout: 3000 });
    expect(css()).to.match(/@media print[^]*\.nav[^]*display: none/);
  });
});

describe('vk-course-calendar: plan dialog keyboard and accessibility', () => {
  it('is accessible (axe) while open; Escape closes it with nothing added and focus back on "Planlegg kurs"', async () => {
    const el = await calendar(sampleSchedule(), { view: 'month' });
    const events = record(el, 'vk-change');
    shadow(el, '[data-action="plan"]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot?.querySelector('dialog.pattern[open]'), 'the dialog opens', { timeout: 5000 });
    expect(el.shadowRoot?.activeElement?.closest('dialog')).to.exist;
    expect(describeViolations(await axeViolations(el))).to.deep.equal([]);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.shadowRoot?.querySelector('dialog.pattern'), 'the dialog closes');
    await el.updateComplete;
    expect(events).to.have.length(0);
    expect(focused(el)).to.equal(shadow(el, '[data-action="plan"]'));
  });
});

describe('vk-course-calendar: layout, locales and scale', () => {
  // "Скасовано" (uk) and "Waa la baajiyay" (so) were painted over a cancelled month chip's time.
  it('a cancelled month chip keeps its start time whole and clear of "Avlyst", shortened instead', async () => {
    const cancelled: Session[] = ['09', '10', '11', '12', '13'].map((day, i) => ({ id: `c${i}`, courseId: 'renhold', start: `2026-03-${day}T12:00`, end: `2026-03-${day}T12:45`, kind: 'theory', cancelled: true }));
    try {
      for (const lang of ['nb', 'uk', 'so', 'ar']) {
        await setLocale(lang);
        for (const width of [720, 1100]) {
          const el = await calendar(withSessions(...cancelled), { view: 'month', lang, width });
          for (const session of shadowAll(el, '.month [data-cancelled]')) {
            const box = session.getBoundingClientRect();
            const time = session.querySelector('.time')!.getBoundingClientRect();
            const label = session.querySelector('.cancelled-label')!.getBoundingClientRect();
            const where = `${lang} ${width} ${session.dataset.session}`;
            expect(time.left >= box.left - 0.5 && time.right <= box.right + 0.5, `${where}: time inside`).to.equal(true);
            expect(label.left >= box.left - 0.5 && label.right <= box.right + 0.5, `${where}: label inside`).to.equal(true);
            const apart = lang === 'ar' ? label.right <= time.left + 0.5 : label.left >= time.right - 0.5;
            expect(apart, `${where}: label clear of the time`).to.equal(true);
          }
        }
      }
    } finally {
      await setLocale('nb');
    }
  });

  it('month chips show the start time in full at 480 px and wider', async () => {
    for (const width of [480, 720, 1100]) {
      const el = await calendar(sampleSchedule(), { view: 'month', width });
      const chip = pieces(el, 'a1')[0];
      const time = chip.querySelector('.time') as HTMLElement;
      const box = chip.getBoundingClientRect();
      const r = time.getBoundingClientRect();
      expect(r.width, `width ${width}`).to.be.above(0);
      expect(r.left >= box.left - 0.5 && r.right <= box.right + 0.5, `start time inside the chip at ${width}`).to.equal(true);
      expect(time.scrollWidth <= time.clientWidth + 1 || time.offsetWidth >= time.scrollWidth, `not cut at ${width}`).to.equal(true);
    }
  });

  it('with 200% text (32 px root) the tiers scale (30em, 40em of its text): 624 px is the narrow form; from 960 px chips keep the start time whole', async () => {
    document.documentElement.style.fontSize = '32px';
    try {
      const narrow = await calendar(sampleSchedule(), { view: 'month', width: 624 });
      await waitUntil(() => narrow.shadowRoot!.querySelector('.calendar[data-narrow]'), 'the narrow form at 624 px');
      expect(shadow(narrow, '.day[data-date="2026-03-12"] .markers').checkVisibility()).to.equal(true);
      for (const width of [960, 1300]) {
        const el = await calendar(sampleSchedule(), { view: 'month', width });
        // The fixture's first render is at the test page's width (narrow at 32 px text); the
        // ResizeObserver sees the new width and the form changes on the next frame.
        await waitUntil(() => el.shadowRoot!.querySelector('.calendar[data-narrow]') === null, `chips at ${width}`);
        await el.updateComplete;
        const chip = pieces(el, 'a1')[0];
        const box = chip.getBoundingClientRect();
        const r = (chip.querySelector('.time') as HTMLElement).getBoundingClientRect();
        expect(r.left >= box.left - 0.5 && r.right <= box.right + 0.5, `start time ${r.left}–${r.right} inside the chip ${box.left}–${box.right} at ${width}`).to.equal(true);
      }
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('below 480 px the default view is the agenda; month view there shows per-course markers opening the day', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="nb"><vk-course-calendar .value=${sampleSchedule()} date="2026-03-12"></vk-course-calendar></div>`);
    wrapper.style.inlineSize = '320px';
    const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
    await waitUntil(() => el.currentView === 'agenda', 'the agenda becomes the default view');
    expect(shadowAll(el, '.agenda [data-session]').length).to.be.above(0);
    el.view = 'month';
    await el.updateComplete;
    const markers = shadow(el, '.day[data-date="2026-03-12"] .markers');
    expect(markers.checkVisibility()).to.equal(true);
    expect(markers.textContent).to.include('torsdag 12. mars 2026');
    markers.click();
    await el.updateComplete;
    expect(shadowAll(el, '.vk-popover [data-session]').length, 'the markers open the day').to.be.above(0);
  });

  // A busy day's chip list (hidden in the narrow month) holds its own "+N flere": Escape sent focus
  // there, and it fell to <body>.
  it('narrow month: Escape from a busy day opened from its markers puts focus back on the markers', async () => {
    const busy: Session[] = [8, 10, 12, 14, 16].map((hour, i) => ({ id: `b${i}`, courseId: 'renhold', start: `2026-03-11T${String(hour).padStart(2, '0')}:00`, end: `2026-03-11T${String(hour).padStart(2, '0')}:45`, kind: 'theory' }));
    const el = await calendar(withSessions(...busy), { view: 'month', width: 360 });
    await waitUntil(() => el.shadowRoot!.querySelector('.day[data-date="2026-03-11"] .markers')?.checkVisibility(), 'the narrow month draws markers');
    const markers = shadow(el, '.day[data-date="2026-03-11"] .markers');
    expect(markers.checkVisibility()).to.equal(true);
    expect(shadowAll(el, '.day[data-date="2026-03-11"] [data-more]').length, 'the hidden chip list has its own "+N"').to.equal(2);
    markers.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => shadowAll(el, '.vk-popover [data-session]').length > 0, 'the day list opens');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await waitUntil(() => shadowAll(el, '.vk-popover [data-session]').length === 0, 'the day list closes');
    expect(document.activeElement).to.equal(el);
    expect(focused(el)).to.equal(markers);
  });

  it('weekday headers are never cut, in nb and ar, at every width', async () => {
    for (const lang of ['nb', 'ar']) {
      for (const width of [320, 480, 720, 1100]) {
        const el = await calendar(sampleSchedule(), { view: 'month', lang, width });
        for (const head of shadowAll(el, '.month .weekday')) {
          const shown = Array.from(head.querySelectorAll<HTMLElement>('[aria-hidden="true"]')).find((s) => s.checkVisibility()) as HTMLElement;
          const r = shown.getBoundingClientRect();
          const box = head.getBoundingClientRect();
          expect(r.left >= box.left - 0.5 && r.right <= box.right + 0.5, `${lang} ${width} "${shown.textContent}"`).to.equal(true);
        }
      }
    }
  });

  it('fa titles the month in the Gregorian calendar; ti, until its UI strings load (test/core/dates-ti.test.ts), falls back to nb, never English', async () => {
    const fa = await calendar(sampleSchedule(), { view: 'month', lang: 'fa' });
    expect(shadow(fa, '.title').textContent).to.not.match(/اسفند|۱۴۰۴/);
    expect(shadow(fa, '.title').textContent).to.match(/مارس|March|۲۰۲۶/);
    const ti = await calendar(sampleSchedule(), { view: 'month', lang: 'ti' });
    expect(shadow(ti, '.title').textContent?.trim()).to.equal('Mars 2026');
  });

  it('holiday names are translated in Arabic and English', async () => {
    const ar = await calendar(sampleSchedule(), { view: 'month', date: '2026-04-06', lang: 'ar' });
    expect(shadow(ar, '.day[data-date="2026-04-06"] .special').textContent).to.not.include('påskedag');
    const en = await calendar(sampleSchedule(), { view: 'month', date: '2026-04-06', lang: 'en' });
    expect(shadow(en, '.day[data-date="2026-04-06"] .special').textContent).to.equal('Easter Monday');
  });

  it('a 100-character unbroken course title wraps inside its session box', async () => {
    const doc = sampleSchedule();
    const long = 'Arbeidspraksis'.repeat(8);
    const el = await calendar({ ...doc, courses: doc.courses.map((c) => (c.id === 'butikk' ? { ...c, title: long } : c)) }, { view: 'week', width: 720 });
    const box = pieces(el, 'a4')[0];
    const title = box.querySelector('.course') as HTMLElement;
    expect(title.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right + 1);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
  });

  it('the ICS download confirms by announcement', async () => {
    const el = await calendar(sampleSchedule(), { view: 'month' });
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {};
    try {
      shadow(el, '[data-action="ics"]').click();
      await waitUntil(() => shadow(el, '[data-vk-announcer]').textContent?.includes('.ics'), 'the download is announced');
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(shadow(el, '[data-vk-announcer]').textContent).to.include('kurskalender.ics');
  });

  it('agenda with 5,000 sessions in a month renders a first batch, and End still reaches the last session', async function () {
    // Rendering all 5,000 after End is slow on a shared 2-core machine: room, not a speed check.
    this.timeout(60_000);
    const doc = sampleSchedule();
    const sessions: Session[] = [];
    for (let i = 0; i < 5000; i++) {
      const day = String(1 + (i % 31)).padStart(2, '0');
      const hour = String(6 + (i % 12)).padStart(2, '0');
      sessions.push({ id: `s${i}`, courseId: 'renhold', start: `2026-03-${day}T${hour}:00`, end: `2026-03-${day}T${hour}:45`, kind: 'theory' });
    }
    const el = await calendar({ ...doc, sessions }, { view: 'agenda' });
    const first = shadowAll(el, '.agenda [data-session]');
    expect(first.length).to.be.below(500);
    first[0].focus();
    await key(el, 'End');
    await el.updateComplete;
    const all = shadowAll(el, '.agenda [data-session]');
    expect(all).to.have.length(5000);
    expect(focused(el)).to.equal(all[all.length - 1]);
  });
});
