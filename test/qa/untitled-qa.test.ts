// QA of acb12e7 (untitled steps, columns, tasks and courses are still named): places the commit left
// nameless or wrong.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { setSpeechEngine, type SpeechEngine } from '../../src/core/read-aloud.js';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { sampleSteps, shadow, shadowAll } from '../helpers/index.js';

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

/** A speech engine with voices for `langs` that finishes each utterance at once. */
function fakeSpeech(langs: string[]): { engine: SpeechEngine; said: string[] } {
  const said: string[] = [];
  return {
    said,
    engine: {
      hasVoice: (lang) => langs.includes(lang),
      speak: async (words, lang) => void said.push(`${lang}:${words}`),
      play: async (url) => void said.push(`play:${url}`),
    },
  };
}

describe('QA: untitled items (acb12e7)', () => {
  afterEach(() => setSpeechEngine(null));

  it('plan board: a column titled only in the participant language keeps that line under "Kolonne 2"', async () => {
    const base = samplePlan();
    const doc = { ...base, columns: base.columns.map((c) => (c.id === 'tue' ? { ...c, title: { nb: '', ar: 'الثلاثاء' } } : c)) };
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${doc}></vk-plan-board>`);
    const heading = shadow(el, '.column[data-column="tue"] [role="heading"]');
    expect(text(heading)).to.contain('Kolonne 2');
    expect(text(heading), 'the participant’s own line').to.contain('الثلاثاء');
  });

  it('task ladder: a task titled only in the participant language keeps that line on its card', async () => {
    const base = sampleLadder();
    const doc = { ...base, phases: base.phases.map((p, i) => (i === 0 ? { ...p, tasks: p.tasks.map((t) => (t.id === 't3' ? { ...t, title: { nb: '', ar: 'مسح الأسطح' } } : t)) } : p)) };
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${doc}></vk-task-ladder>`);
    const title = shadow(el, '.task-button[data-key="t3"] .task-title');
    expect(text(title)).to.contain('Oppgave 3');
    expect(text(title), 'the participant’s own line').to.contain('مسح الأسطح');
  });

  it('a fallback name is marked with the UI language, not the text locale (lang="ar" on the element, UI nb)', async () => {
    const plan = samplePlan();
    const board = await fixture<VkPlanBoard>(html`<vk-plan-board lang="ar" .value=${{ ...plan, columns: plan.columns.map((c) => (c.id === 'tue' ? { ...c, title: '' } : c)) }}></vk-plan-board>`);
    const span = shadow(board, '.column[data-column="tue"] [role="heading"] .vk-text');
    expect(text(span)).to.equal('Kolonne 2');
    expect(span.getAttribute('lang'), 'column heading').to.equal('nb');

    const cal = sampleSchedule();
    const calendar = await fixture<VkCourseCalendar>(html`<vk-course-calendar lang="ar" view="month" date="2026-03-12" .value=${{ ...cal, courses: cal.courses.map((c) => ({ ...c, title: '' })) }}></vk-course-calendar>`);
    const legend = shadowAll(calendar, '.legend-title');
    expect(legend.map(text)).to.deep.equal(['Renhold', 'Kurs 2']);
    expect(legend.map((s) => s.getAttribute('lang')), 'legend').to.deep.equal(['nb', 'nb']);
    expect(shadow(calendar, '[data-session="a4"] .course').getAttribute('lang'), 'chip').to.equal('nb');

    const steps = sampleSteps();
    const tracker = await fixture<VkStepTracker>(html`<vk-step-tracker lang="ar" .value=${{ ...steps, steps: steps.steps.map((s) => (s.id === 's3' ? { ...s, title: { nb: '', ar: '' } } : s)) }}></vk-step-tracker>`);
    shadow<HTMLButtonElement>(tracker, '.step-button[data-key="s3"]').click();
    for (let i = 0; i < 50 && !tracker.shadowRoot?.querySelector('#details-title'); i++) await tracker.updateComplete;
    const title = shadow(tracker, '#details-title span[lang]');
    expect(text(title)).to.equal('Steg 3');
    expect([title.getAttribute('lang'), title.getAttribute('dir')], 'details heading').to.deep.equal(['nb', 'ltr']);
  });

  it('task ladder: an untitled task with a pictogram can be read aloud, by its pictogram’s word', async () => {
    const speech = fakeSpeech(['nb', 'ar']);
    setSpeechEngine(speech.engine);
    const base = sampleLadder();
    const doc = { ...base, phases: base.phases.map((p, i) => (i === 0 ? { ...p, tasks: p.tasks.map((t) => (t.id === 't1' ? { ...t, title: {} } : t)) } : p)) };
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder mode="participant" .value=${doc}></vk-task-ladder>`);
    const button = shadow(el, '.task-button[data-key="t1"]').closest('li')!.querySelector<HTMLButtonElement>('.read-control')!;
    expect(button.getAttribute('aria-label')).to.equal('Les opp (Oppvask)');
    button.click();
    for (let i = 0; i < 10; i++) await el.updateComplete;
    expect(speech.said[0]).to.equal('nb:Oppvask');
  });

  it('plan board: reading an untitled column aloud says its name first', async () => {
    const speech = fakeSpeech(['nb', 'ar']);
    setSpeechEngine(speech.engine);
    const plan = samplePlan();
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${{ ...plan, columns: plan.columns.map((c) => (c.id === 'tue' ? { ...c, title: '' } : c)) }}></vk-plan-board>`);
    shadow<HTMLButtonElement>(el, '.column[data-column="tue"] .read').click();
    for (let i = 0; i < 10; i++) await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(speech.said[0]).to.equal('nb:Kolonne 2');
  });

  // The title is also where focus goes when no task can take it: named "Oppgaver" (neutral; "Arbeidspraksis" until pass 57), not an empty heading.
  it('task ladder: a ladder with an empty title has no empty heading', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${{ ...sampleLadder(), title: '' }}></vk-task-ladder>`);
    expect(shadowAll(el, '[role="heading"]').map(text).filter((t) => t === '')).to.deep.equal([]);
    expect(text(shadow(el, '#title'))).to.equal('Oppgaver');
  });

  it('step tracker: a checklist item with an empty title is "Punkt 1", not a nameless checkbox', async () => {
    const base = sampleSteps();
    const doc = { ...base, steps: base.steps.map((s) => (s.id === 's2' ? { ...s, checklist: [{ id: 'k1', title: '', done: false }] } : s)) };
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${doc}></vk-step-tracker>`);
    shadow<HTMLButtonElement>(el, '.step-button[data-key="s2"]').click();
    for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('#details-title'); i++) await el.updateComplete;
    const box = shadow<HTMLInputElement>(el, 'input[type="checkbox"]');
    const label = box.closest('label');
    expect(text(label) || box.getAttribute('aria-label') || '').to.equal('Punkt 1');
  });
});
