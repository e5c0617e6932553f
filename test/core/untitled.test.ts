// A host may leave a title empty ("", {}, white space): the step, column, phase, task or course
// must still be something a person can tell apart — never a nameless control or an empty heading.
// Steps and columns are named by their place ("Steg 3", "Kolonne 2"); tasks and courses by their
// pictogram's word, else by their place ("Oppgave 1", "Kurs 2"); an untitled phase keeps its
// "Fase N" name and has no empty heading. The document itself is not changed: `value` is the host's.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { openMenu, samplePlan } from '../plan-board/helpers.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { sampleSteps, shadow, shadowAll } from '../helpers/index.js';

/** The words a screen reader hears for an element: its aria-label, else its text outside aria-hidden parts. */
function heard(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label !== null) return label.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
  const walk = (node: Node): string =>
    node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : node instanceof Element && (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden')) ? '' : node instanceof HTMLImageElement ? node.alt : Array.from(node.childNodes, walk).join(' ');
  return walk(element).replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}
const said = (el: Element): string => (el.shadowRoot?.querySelector('[data-vk-announcer]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '');

describe('untitled items are still named', () => {
  for (const title of ['', {}, '   ', { nb: '', ar: '' }] as const) {
    it(`step tracker: a step titled ${JSON.stringify(title)} is "Steg 3", on its button, in the compact form, its details and announcements`, async () => {
      const base = sampleSteps();
      const doc = { ...base, steps: base.steps.map((s) => (s.id === 's3' ? { ...s, title: title as never } : s)) };
      const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${doc}></vk-step-tracker>`);
      const button = shadow(el, '.step-button[data-key="s3"]');
      expect(heard(button)).to.match(/^Steg 3 Ikke startet/);
      expect(el.value, 'the document is the host’s').to.deep.equal(doc);
      button.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(said(el)).to.equal('Steg 3: Pågår');
      await sendKeys({ press: 'Enter' });
      for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('#details-title'); i++) await el.updateComplete;
      expect(shadow(el, '#details-title').textContent?.trim()).to.equal('Steg 3');
      const compact = await fixture<VkStepTracker>(html`<vk-step-tracker compact .value=${doc}></vk-step-tracker>`);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await compact.updateComplete;
      expect(shadow(compact, '.step-button[data-key="s3"]').getAttribute('aria-label')).to.equal('Steg 3 Ikke startet');
    });
  }

  it('plan board: an untitled column is "Kolonne 2": its heading, add button, move option and announcements', async () => {
    const base = samplePlan();
    const doc = { ...base, columns: base.columns.map((c) => (c.id === 'tue' ? { ...c, title: { nb: '', ar: '' } } : c)) };
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${doc}></vk-plan-board>`);
    const column = shadow(el, '.column[data-column="tue"]');
    expect(heard(column.querySelector('[role="heading"]')!)).to.equal('Kolonne 2');
    expect(shadowAll(el, '.column[data-column="tue"] button').map(heard)).to.include('Legg til kort i Kolonne 2');
    const menu = await openMenu(el, 'c1');
    menu.querySelector<HTMLElement>('[data-action="move"]')?.click();
    await el.updateComplete;
    const options = shadowAll(el, '.move-menu button').map((b) => b.textContent?.replace(/\s+/g, ' ').trim());
    expect(options).to.include('Kolonne 2');
    shadowAll(el, '.move-menu button').find((b) => b.textContent?.includes('Kolonne 2'))?.click();
    await el.updateComplete;
    expect(said(el)).to.contain('Kolonne 2');
    expect(el.value?.columns[1].title).to.deep.equal({ nb: '', ar: '' });
  });

  it('plan board: a title empty only in the text language ({ nb: "Tirsdag", ar: "" } on lang="ar") is named by its other language', async () => {
    const base = samplePlan();
    const doc = { ...base, columns: base.columns.map((c) => (c.id === 'tue' ? { ...c, title: { nb: 'Tirsdag', ar: '' } } : c)) };
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board lang="ar" .value=${doc}></vk-plan-board>`);
    const column = shadow(el, '.column[data-column="tue"]');
    expect(heard(column.querySelector('[role="heading"]')!)).to.equal('Tirsdag');
    expect(shadowAll(el, '.column[data-column="tue"] button').map(heard)).to.include('Legg til kort i Tirsdag');
  });

  it('task ladder: an untitled task is named by its pictogram’s word, else "Oppgave N"; an untitled phase has no empty heading', async () => {
    const base = sampleLadder();
    const doc = { ...base, phases: base.phases.map((p, i) => (i === 0 ? { ...p, title: '', tasks: p.tasks.map((t) => (t.id === 't1' || t.id === 't3' ? { ...t, title: {} } : t)) } : p)) };
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${doc}></vk-task-ladder>`);
    const headings = shadowAll(el, '[role="heading"]').map(heard);
    expect(headings.filter((text) => text === '' || text === 'Nå'), 'no empty heading').to.deep.equal([]);
    const phase = shadow(el, '.phase[data-phase="p1"]');
    // (aria-labelledby names the group by the "Fase 1" line, though that line is hidden from reading on its own.)
    expect(shadow(el, `#${phase.getAttribute('aria-labelledby')}`).textContent?.trim()).to.equal('Fase 1');
    expect(heard(shadow(el, '.task-button[data-key="t1"] .task-title'))).to.equal('Oppvask');
    expect(heard(shadow(el, '.task-button[data-key="t3"] .task-title'))).to.equal('Oppgave 3');
    // The card's shortcuts name their task: "Skriv i loggboka (Oppgave 3)", never "Skriv i loggboka ()".
    const shortcuts = shadowAll(el, '.task button[aria-label]').map((b) => b.getAttribute('aria-label') ?? '');
    expect(shortcuts.filter((label) => label.includes('(Oppgave 3)')).length, shortcuts.join(' | ')).to.be.at.least(2);
    expect(shortcuts.filter((label) => /\(\s*\)/.test(label)), 'nameless shortcuts').to.deep.equal([]);
  });

  it('course calendar: an untitled course is named by its pictogram’s word, else "Kurs 2", in the legend and on its sessions', async () => {
    const base = sampleSchedule();
    const doc = { ...base, courses: base.courses.map((c) => ({ ...c, title: '' })) };
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="month" date="2026-03-12" .value=${doc}></vk-course-calendar>`);
    expect(shadowAll(el, '.legend-item').map(heard)).to.deep.equal(['Renhold', 'Kurs 2']);
    const chip = shadow(el, '[data-session="a2"]');
    expect(heard(chip)).to.contain('Renhold');
    expect(heard(shadow(el, '[data-session="a4"]'))).to.contain('Kurs 2');
    expect(heard(chip)).to.not.match(/ ,|^,/);
  });

  it('course calendar: an untitled closed day is still said to be closed ("Stengt"), with no empty name after a comma', async () => {
    const base = sampleSchedule();
    const doc = { ...base, closedDays: [{ date: '2026-03-13', title: '' }] };
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar view="month" date="2026-03-12" .value=${doc}></vk-course-calendar>`);
    const cell = shadow(el, '[data-date="2026-03-13"]');
    const name = (cell.getAttribute('aria-label') ?? heard(cell)).replace(/[\u2066-\u2069]/g, '');
    expect(name).to.contain('Stengt');
    expect(name).to.not.match(/,\s*$|,\s*,/);
  });
});
