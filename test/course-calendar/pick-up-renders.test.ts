/**
 * A keyboard pick-up (Space, arrows, Space; Escape; Ctrl+Z, Ctrl+Shift+Z after it) renders once per
 * key. In the agenda each step focused the session's row after the render, and that focus made it
 * the list's roving row and its day the focus date (agenda-view.ts): a second render, set inside
 * `updated()` for the moves (Lit's change-in-update warning) and after the render for undo, redo
 * and Escape. The row and its day are now set in the update that draws the session where it is;
 * focus, the focus date, the Tab stop, what is said and `vk-change` are as before. The grids
 * rendered once already; they are held to it here.
 *
 * Likewise a removal of the focused row (a host `value` without it; "Slett økt" and its redo take
 * the same path): focus goes to the row beside it, which became the roving row and its day the
 * focus date in a second render; now in the one that removes the row.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { agendaPart, weekPart } from '../../src/course-calendar/calendar-parts.js';
import type { ScheduleOperation } from '../../src/course-calendar/course-calendar.types.js';
import { countUpdates, focused, record } from '../helpers/index.js';
import { sampleSchedule } from './fixtures.js';
import { calendarOn11March, historyKeys, settleFrames } from './focus-helpers.js';

const said = (el: Element): string => (el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').trim();

/** Each step: the key(s), then where focus, the focus date (null: as it was) and (agenda) the Tab stop are, and what is said. */
const journey: Array<{ keys: string; date: string | null; on: string; says: string }> = [
  { keys: 'Space', date: null, on: '2026-03-10', says: 'Plukket opp' },
  { keys: 'ArrowRight', date: '2026-03-11', on: '2026-03-11', says: 'onsdag 11. mars 2026, 09:00–14:30' },
  { keys: 'ArrowDown', date: '2026-03-18', on: '2026-03-18', says: 'onsdag 18. mars 2026, 09:00–14:30' },
  { keys: 'Space', date: '2026-03-18', on: '2026-03-18', says: 'Flyttet til onsdag 18. mars 2026' },
  { keys: 'undo', date: '2026-03-10', on: '2026-03-10', says: 'Angret' },
  { keys: 'redo', date: '2026-03-18', on: '2026-03-18', says: 'Gjort om' },
  { keys: 'Space', date: '2026-03-18', on: '2026-03-18', says: 'Plukket opp' },
  { keys: 'ArrowRight', date: '2026-03-19', on: '2026-03-19', says: 'torsdag 19. mars 2026' },
  { keys: 'Escape', date: '2026-03-18', on: '2026-03-18', says: 'Flytting avbrutt' },
];

describe('vk-course-calendar: a keyboard pick-up renders once per key', () => {
  for (const view of ['agenda', 'month'] as const) {
    it(`${view}: Space, →, ↓, Space, Ctrl+Z, Ctrl+Shift+Z, Space, →, Escape: one update each, no change-in-update warning`, async () => {
      await agendaPart.load(); // a lazy part arriving is a render of its own; not one of these
      await weekPart.load();
      const el = await calendarOn11March(view);
      el.shadowRoot!.querySelector<HTMLElement>('[data-session="a2"]')!.focus();
      await settleFrames(el);
      const events = record(el, 'vk-change');
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => (String(args[0]).includes('scheduled an update') ? warnings.push(String(args[0])) : warn(...args));
      // Lit warns once per element name and page: forget that an earlier test was warned.
      (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings?.clear();
      try {
        for (const step of journey) {
          const updates = countUpdates(el);
          const date = step.date ?? el.date;
          if (step.keys === 'undo' || step.keys === 'redo') await historyKeys(el, step.keys);
          else await sendKeys({ press: step.keys }), await settleFrames(el);
          const now = focused(el) as HTMLElement | null;
          expect(`${now?.dataset.session}@${now?.dataset.on}`, `${step.keys}: focus`).to.equal(`a2@${step.on}`);
          expect(el.date, `${step.keys}: the focus date`).to.equal(date);
          if (view === 'agenda') {
            const stops = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.agenda [tabindex="0"]'), (e) => `${e.dataset.session}@${e.dataset.on}`);
            expect(stops, `${step.keys}: the list's Tab stop`).to.deep.equal([`a2@${step.on}`]);
          }
          expect(said(el), `${step.keys}: said`).to.include(step.says);
          expect(updates.count, `${step.keys}: updates`).to.equal(1);
        }
      } finally {
        console.warn = warn;
      }
      expect(warnings, 'no change-in-update warning').to.deep.equal([]);
      const operations = events.map((e) => [(e.detail as { source: string }).source, (e.detail as { operation: ScheduleOperation }).operation.type]);
      expect(operations).to.deep.equal([
        ['user', 'session.move'],
        ['undo', 'session.move'],
        ['redo', 'session.move'],
      ]);
    });
  }
});

describe('vk-course-calendar: the focused agenda row removed renders once', () => {
  it('a host `value` without the focused row: focus, Tab stop and focus date on the next row, in one update', async () => {
    await agendaPart.load();
    const el = await calendarOn11March('agenda');
    el.shadowRoot!.querySelector<HTMLElement>('.agenda [data-session="a2"]')!.focus();
    await settleFrames(el);
    expect(el.date).to.equal('2026-03-10');
    const updates = countUpdates(el);
    const doc = sampleSchedule();
    el.value = { ...doc, sessions: doc.sessions.filter((s) => s.id !== 'a2') };
    await settleFrames(el);
    const now = focused(el) as HTMLElement | null;
    expect(now?.dataset.session, 'the next row').to.equal('a3');
    const stops = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.agenda [tabindex="0"]'), (e) => e.dataset.session);
    expect(stops, 'the Tab stop').to.deep.equal(['a3']);
    expect(el.date, 'its day').to.equal('2026-03-11');
    expect(updates.count, 'one update').to.equal(1);
  });
});
