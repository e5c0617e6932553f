import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { shadow, shadowAll } from '../helpers/index.js';
import { fixClock } from '../helpers/clock.js';
import { accessibilityTree, type AxNode } from '../a11y/a11y-tree.js';
import { sampleSchedule } from './fixtures.js';

// An assistive-technology audit of the calendar: today was only drawn (a disc, a column), never
// said; a day cell was named by all its content (every chip, ~180 characters an arrow press; the
// week's "+N flere" said the date again); the agenda of a month with holidays but no sessions did
// not say it has none; the keyboard hints, visually hidden, were read as a stray sentence.

let count = 0;

async function calendar(view: string, date = '2026-03-12', doc = sampleSchedule()): Promise<{ el: VkCourseCalendar; id: string }> {
  const id = `sr-audit-${++count}`;
  const wrapper = await fixture<HTMLElement>(html`<div id=${id} lang="nb" style="inline-size: 1100px"><vk-course-calendar .value=${doc} view=${view} date=${date} editable></vk-course-calendar></div>`);
  const el = wrapper.querySelector('vk-course-calendar') as VkCourseCalendar;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector(view === 'agenda' ? '.agenda, .agenda-empty' : '[role="grid"]'), `the ${view} view is drawn`);
  await el.updateComplete;
  return { el, id };
}

/** Every node of the tree, depth first. */
const nodes = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(nodes)];
const words = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

describe('vk-course-calendar: what a screen reader hears (audit)', () => {
  let restore: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });

  it('month view: today’s cell, and only it, is aria-current="date"', async () => {
    restore = await fixClock(Date.UTC(2026, 2, 12, 11), 'UTC');
    const { el } = await calendar('month', '');
    const current = shadowAll(el, '[aria-current]');
    expect(current.map((node) => [node.getAttribute('role'), node.dataset.date, node.getAttribute('aria-current')])).to.deep.equal([['gridcell', '2026-03-12', 'date']]);
    expect(current[0].hasAttribute('data-today'), 'the cell drawn as today').to.equal(true);
  });

  it('week view: today’s column header and its day cell are aria-current="date"', async () => {
    restore = await fixClock(Date.UTC(2026, 2, 12, 11), 'UTC');
    const { el } = await calendar('week', '');
    const current = shadowAll(el, '[aria-current="date"]');
    expect(current.map((node) => node.getAttribute('role'))).to.deep.equal(['columnheader', 'gridcell']);
    expect(current[0].hasAttribute('data-today'), 'the header drawn as today').to.equal(true);
    expect(current[1].dataset.date).to.equal('2026-03-12');
    expect(shadowAll(el, '[aria-current]')).to.have.length(2);
  });

  for (const view of ['month', 'week']) {
    it(`${view} view: a day cell is named by its date, holidays and session count, not by its sessions`, async () => {
      const { el, id } = await calendar(view);
      const tree = nodes(await accessibilityTree(`#${id}`));
      const cells = tree.filter((n) => n.role === 'gridcell');
      expect(cells.length, 'cells in the tree').to.be.greaterThan(6);
      for (const date of ['2026-03-12', '2026-03-13']) {
        // The cell's own visually hidden text: "torsdag 12. mars 2026, 1 økt", "fredag 13. mars 2026, Planleggingsdag".
        const cell = shadow(el, `[role="gridcell"][data-date="${date}"]`);
        const own = words(cell.querySelector('.vk-visually-hidden')?.textContent);
        expect(own, 'the cell has a date text').to.contain('mars 2026');
        expect(cells.filter((n) => words(n.name) === own), `one cell named "${own}"`).to.have.length(1);
        // Its own visible label is in that name (WCAG 2.5.3): the day number, the holiday or closed day.
        for (const label of cell.querySelectorAll(':scope > .day-number, :scope > .special')) expect(own).to.contain(words(label.textContent).replace(/ · /g, ', '));
      }
      // No cell's name holds a session's words (the chips are reached with Enter).
      const chipNames = shadowAll(el, '[role="gridcell"] [data-session]').map((chip) => words(chip.querySelector('.course')?.textContent ?? chip.getAttribute('aria-label')));
      expect(chipNames.length, 'sessions drawn in cells').to.be.greaterThan(0);
      for (const cell of cells) for (const chip of chipNames) expect(words(cell.name)).not.to.contain(chip);
    });
  }

  it('agenda: a month with holidays but no sessions says "Ingen økter denne måneden." above its holidays', async () => {
    // April 2026: Easter, no sessions.
    const { el } = await calendar('agenda', '2026-04-15');
    const empty = shadow(el, '.agenda-empty');
    expect(empty, 'the empty message').to.exist;
    expect(empty.checkVisibility(), 'shown').to.equal(true);
    expect(words(empty.textContent)).to.equal('Ingen økter denne måneden.');
    const days = shadowAll(el, '.agenda-day');
    expect(days.length, 'the holidays are still listed').to.be.greaterThan(0);
    expect(empty.compareDocumentPosition(days[0]) & Node.DOCUMENT_POSITION_FOLLOWING, 'said before the holidays').to.not.equal(0);
    // A month with sessions has no such message.
    el.date = '2026-03-12';
    await el.updateComplete;
    expect(shadowAll(el, '.agenda-empty')).to.have.length(0);
  });

  it('the keyboard hints describe the grid and the sessions, and are not read as text of their own', async () => {
    const { el, id } = await calendar('month');
    const grid = words(shadow(el, '#grid-hint').textContent);
    const session = words(shadow(el, '#session-hint').textContent);
    const tree = nodes(await accessibilityTree(`#${id}`));
    expect(tree.find((n) => n.role === 'grid')?.description, 'the grid’s description').to.equal(grid);
    expect(tree.find((n) => n.role === 'button' && n.description === session), 'a session described by its keys').to.exist;
    const stray = tree.filter((n) => n.role === 'StaticText' && [grid, session].includes(words(n.name)));
    expect(stray.map((n) => n.name), 'no hint as text of its own').to.deep.equal([]);
  });

  it('the day list’s hint ("+N flere") describes its sessions and is not read as text of its own', async () => {
    const doc = sampleSchedule();
    const busy = Array.from({ length: 5 }, (_, i) => ({ id: `b${i}`, courseId: 'renhold', start: `2026-03-18T0${i + 1}:00`, end: `2026-03-18T0${i + 2}:00`, kind: 'theory' as const }));
    const { el, id } = await calendar('month', '2026-03-18', { ...doc, sessions: [...doc.sessions, ...busy] });
    shadow(el, '[data-more="2026-03-18"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#day-list-hint') && el.shadowRoot!.querySelector('.vk-popover')?.matches(':popover-open'), 'the day’s list opens');
    await el.updateComplete;
    const hint = words(shadow(el, '#day-list-hint').textContent);
    const tree = nodes(await accessibilityTree(`#${id}`));
    expect(tree.find((n) => n.role === 'button' && n.description === hint), 'a listed session described by its keys').to.exist;
    expect(tree.filter((n) => n.role === 'StaticText' && words(n.name) === hint).map((n) => n.name)).to.deep.equal([]);
  });
});
