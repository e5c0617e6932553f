/**
 * The calendar's toolbar and course legend are WAI-ARIA APG toolbars: one Tab stop each, ←/→
 * (flipped in RTL) and Home/End between their enabled buttons, so Tab reaches the grid in three
 * presses (contract: "Tab enters a widget once (roving focus inside)").
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { ScheduleDocument } from '../../src/course-calendar/course-calendar.types.js';
import { focused, shadow } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';

async function page(doc: ScheduleDocument, dir = 'ltr', editable = true): Promise<{ el: VkCourseCalendar; before: HTMLElement }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div dir=${dir}><button id="before">Før</button><vk-course-calendar .value=${doc} view="month" date="2026-03-12" ?editable=${editable}></vk-course-calendar></div>`,
  );
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  return { el, before: wrapper.querySelector('#before') as HTMLElement };
}

const key = (el: Element | null): string | undefined => (el as HTMLElement | null)?.dataset.key;

async function press(el: VkCourseCalendar, keyName: string): Promise<string | undefined> {
  const shift = keyName.startsWith('Shift+');
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: shift ? keyName.slice(6) : keyName });
  if (shift) await sendKeys({ up: 'Shift' });
  await el.updateComplete;
  return key(focused(el));
}

describe('vk-course-calendar: toolbar and legend keys', () => {
  it('Tab goes toolbar → legend → grid: one stop each', async () => {
    const { el, before } = await page(sampleSchedule());
    before.focus();
    expect(await press(el, 'Tab')).to.equal('previous');
    expect(focused(el)!.closest('[role="toolbar"]')).to.equal(shadow(el, '.tools'));
    await press(el, 'Tab');
    expect(focused(el)!.closest('[role="toolbar"]')).to.equal(shadow(el, '.legend'));
    await press(el, 'Tab');
    expect(focused(el)!.matches('.day[role="gridcell"]'), 'the third Tab reaches the grid').to.equal(true);
    await press(el, 'Shift+Tab');
    await press(el, 'Shift+Tab');
    expect(key(focused(el))).to.equal('previous');
    expect(shadow(el, '.tools').getAttribute('aria-label')).to.equal('Kalenderverktøy');
  });

  it('→, ← , Home and End move between the toolbar buttons in reading order, and Tab comes back to the last one', async () => {
    const { el, before } = await page(sampleSchedule());
    shadow(el, '[data-key="previous"]').focus();
    const seen = [key(focused(el))];
    for (let i = 0; i < 9; i++) seen.push(await press(el, 'ArrowRight'));
    // It stops at the end (no wrap).
    expect(seen).to.deep.equal(['previous', 'today', 'next', 'month', 'week', 'agenda', 'add', 'plan', 'ics', 'ics']);
    expect(await press(el, 'ArrowLeft')).to.equal('plan');
    expect(await press(el, 'Home')).to.equal('previous');
    expect(await press(el, 'End')).to.equal('ics');
    await press(el, 'ArrowLeft');
    // Leave and come back: the toolbar remembers the button.
    before.focus();
    expect(await press(el, 'Tab')).to.equal('plan');
    const stops = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.tools button')].filter((b) => b.tabIndex === 0);
    expect(stops.map(key)).to.deep.equal(['plan']);
  });

  it('Enter and Space still press the focused button: → to "Uke" and Enter switches the view', async () => {
    const { el } = await page(sampleSchedule());
    shadow(el, '[data-key="month"]').focus();
    await press(el, 'ArrowRight');
    await press(el, 'Enter');
    expect(el.view).to.equal('week');
    expect(key(focused(el)), 'focus stays on the pressed button').to.equal('week');
  });

  it('flips ←/→ in a right-to-left page', async () => {
    const { el } = await page(sampleSchedule(), 'rtl');
    shadow(el, '[data-key="today"]').focus();
    expect(await press(el, 'ArrowLeft')).to.equal('next');
    expect(await press(el, 'ArrowRight')).to.equal('today');
  });

  // A schedule without courses: "Ny økt" and "Planlegg kurs" stay in the arrow order, aria-disabled
  // with the reason (no-courses-reason.test.ts; natively disabled until pass 57); download is disabled.
  it('skips disabled buttons: a schedule without courses has no download stop', async () => {
    const { el } = await page({ version: 1, courses: [], sessions: [] });
    shadow(el, '[data-key="agenda"]').focus();
    expect(await press(el, 'End'), 'the last enabled button').to.equal('plan');
    expect(await press(el, 'ArrowRight'), 'wraps past the disabled download').to.not.equal('ics');
  });

  it('a clicked button becomes the toolbar\'s Tab stop', async () => {
    const { el, before } = await page(sampleSchedule());
    shadow<HTMLButtonElement>(el, '[data-key="today"]').click();
    shadow(el, '[data-key="today"]').focus();
    before.focus();
    expect(await press(el, 'Tab')).to.equal('today');
  });

  it('the legend: ←/→ between courses, Home/End to the ends, Space toggles the course', async () => {
    const doc = sampleSchedule();
    const { el } = await page(doc);
    const first = `c${doc.courses[0]!.id}`;
    const last = `c${doc.courses[doc.courses.length - 1]!.id}`;
    shadow(el, `.legend [data-key="${first}"]`).focus();
    expect(await press(el, 'End')).to.equal(last);
    expect(await press(el, 'Home')).to.equal(first);
    expect(await press(el, 'ArrowRight')).to.equal(`c${doc.courses[1]!.id}`);
    await press(el, 'Space');
    expect(focused(el)!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('a disabled calendar has no Tab stop in its toolbar or legend', async () => {
    const { el } = await page(sampleSchedule());
    el.disabled = true;
    await el.updateComplete;
    const stops = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.tools button, .legend button')].filter((b) => b.tabIndex >= 0 && !(b as HTMLButtonElement).disabled);
    expect(stops).to.have.length(0);
  });

  describe('focus that a change takes away goes back to the same bar, never <body>', () => {
    const frames = async (n: number): Promise<void> => {
      for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    };

    it('a host value without courses disables the focused download: focus goes to the toolbar\'s new stop', async () => {
      const { el } = await page(sampleSchedule());
      shadow(el, '[data-key="ics"]').focus();
      el.value = { version: 1, courses: [], sessions: [] };
      await el.updateComplete;
      await frames(3);
      expect(key(focused(el)), `focus on ${document.activeElement?.localName}`).to.equal('plan');
      const stops = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.tools button')].filter((b) => b.getAttribute('tabindex') === '0');
      expect(stops.map(key), 'one Tab stop, none on a disabled button').to.deep.equal(['plan']);
    });

    it('a host value without courses keeps focus on "Ny økt", now aria-disabled with the reason', async () => {
      const { el } = await page(sampleSchedule());
      shadow(el, '[data-key="add"]').focus();
      el.value = { version: 1, courses: [], sessions: [] };
      await el.updateComplete;
      await frames(3);
      expect(key(focused(el))).to.equal('add');
      expect(focused(el)!.getAttribute('aria-disabled')).to.equal('true');
    });

    it('a host value without the focused course: focus goes to its neighbour in the legend', async () => {
      const doc = sampleSchedule();
      const { el } = await page(doc);
      const last = doc.courses[doc.courses.length - 1]!;
      shadow(el, `.legend [data-key="c${last.id}"]`).focus();
      el.value = { ...doc, courses: doc.courses.slice(0, -1), sessions: doc.sessions.filter((s) => s.courseId !== last.id) };
      await el.updateComplete;
      await frames(3);
      expect(key(focused(el))).to.equal(`c${doc.courses[doc.courses.length - 2]!.id}`);
    });

    it('"Ny økt" with every course hidden shows the course it adds to, and Escape returns to the new session', async () => {
      const doc = sampleSchedule();
      const { el } = await page(doc);
      el.view = 'agenda';
      await el.updateComplete;
      for (const course of doc.courses) shadow<HTMLButtonElement>(el, `.legend [data-key="c${course.id}"]`).click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.agenda [data-session]').length, 'every course hidden').to.equal(0);
      shadow(el, '[data-key="add"]').focus();
      await press(el, 'Enter');
      const added = el.value!.sessions.find((s) => !doc.sessions.some((o) => o.id === s.id))!;
      expect(shadow(el, `.legend [data-key="c${added.courseId}"]`).getAttribute('aria-pressed'), 'its course is shown again').to.equal('true');
      for (let i = 0; i < 60 && !el.shadowRoot!.querySelector(':popover-open'); i++) await frames(1);
      await press(el, 'Escape');
      await frames(2);
      expect((focused(el) as HTMLElement | null)?.dataset.session, `focus on ${focused(el)?.outerHTML.slice(0, 80)}`).to.equal(added.id);
    });

    it('undo that empties the agenda while the legend has focus keeps focus in the legend', async () => {
      const doc = { ...sampleSchedule(), sessions: [] };
      const { el } = await page(doc);
      el.view = 'agenda';
      await el.updateComplete;
      shadow<HTMLButtonElement>(el, '[data-key="add"]').click();
      await el.updateComplete;
      for (let i = 0; i < 60 && !el.shadowRoot!.querySelector(':popover-open'); i++) await frames(1);
      await press(el, 'Escape');
      const course = `c${doc.courses[0]!.id}`;
      shadow(el, `.legend [data-key="${course}"]`).focus();
      el.undo();
      await el.updateComplete;
      await frames(3);
      expect(el.value!.sessions).to.have.length(0);
      expect(key(focused(el))).to.equal(course);
    });
  });

  describe('a host change while a dialog or details are open', () => {
    const frames = async (n: number): Promise<void> => {
      for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    };

    for (const change of ['readonly', 'disabled'] as const) {
      it(`"Planlegg kurs" closes when the host sets ${change}, and adds nothing`, async () => {
        const { el } = await page(sampleSchedule());
        const events: Event[] = [];
        el.addEventListener('vk-change', (e) => events.push(e));
        shadow(el, '[data-action="plan"]').focus();
        await press(el, 'Enter');
        for (let i = 0; i < 120 && !el.shadowRoot!.querySelector('dialog.pattern[open]'); i++) await frames(1);
        const add = shadow<HTMLButtonElement>(el, '[data-action="plan-add"]');
        add.focus();
        el[change] = true;
        await el.updateComplete;
        add.click();
        await el.updateComplete;
        await frames(2);
        expect(events, 'no sessions added').to.have.length(0);
        expect(el.shadowRoot!.querySelector('dialog.pattern[open]'), 'the dialog closed').to.equal(null);
        if (change === 'readonly') expect(focused(el)?.closest('[role="toolbar"]'), `focus on the toolbar's stop, not ${document.activeElement?.localName}`).to.equal(shadow(el, '.tools'));
      });
    }

    it('Escape from details whose session control a host view change re-rendered: focus stays in the calendar', async () => {
      const { el } = await page(sampleSchedule());
      const session = el.shadowRoot!.querySelector<HTMLElement>('[data-session]')!;
      session.focus();
      await press(el, 'Enter');
      for (let i = 0; i < 60 && !el.shadowRoot!.querySelector(':popover-open'); i++) await frames(1);
      expect(el.shadowRoot!.querySelector(':popover-open')?.contains(focused(el)), 'focus in the details').to.equal(true);
      el.view = 'agenda';
      await el.updateComplete;
      await frames(2);
      await press(el, 'Escape');
      await frames(2);
      expect(document.activeElement === el && focused(el) !== null, `focus in the calendar, not on ${document.activeElement?.localName}`).to.equal(true);
    });
  });
});
