/**
 * A user's edit that does not land without a host cancellation was silent: a misfit (the host's
 * document changed under an open form or pick-up, so the item the edit names is gone: only a
 * console warning) and a host that sets its own `value` inside its `vk-change` listener (the host
 * wins: contract, "Edit conflicts"). Now the widget says once what is true (VkElement.commit, one
 * rule for all four): "Endringen ble ikke lagret: innholdet ble endret av noen andre.", or, when the
 * host's own document holds the edit (a host that adds its own fields), the edit's state there. Never
 * "Endring avbrutt." for a host value (that is the words of `preventDefault()`), and focus stays
 * inside the widget, not on <body>.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkElement } from '../../src/core/vk-element.js';
import type { VkStepTracker } from '../../src/step-tracker/step-tracker.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { focused, press, recordAnnouncements, sampleSteps, shadow, shadowAll } from '../helpers/index.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { cardItem, samplePlan } from '../plan-board/helpers.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { setLocale } from '../../src/core/localize.js';

const NOT_SAVED = 'Endringen ble ikke lagret: innholdet ble endret av noen andre.';
const plain = (text: string): string => text.replace(/[\u2066-\u2069]/g, '');

type Widget = VkElement<{ version: number }, { type: string }> & HTMLElement;
const commit = (el: Widget, op: unknown): boolean => (el as unknown as { commit(op: unknown): boolean }).commit(op);

// Per widget: an edit that fits the sample, the same edit on an item that is not there (a misfit), and the state it is said with.
const cases = [
  { tag: 'vk-step-tracker', doc: () => sampleSteps(), op: { type: 'step.status', stepId: 's3', from: 'not-started', to: 'in-progress' }, gone: { type: 'step.status', stepId: 'gone', from: 'not-started', to: 'in-progress' }, state: 'Arbeidspraksis: Pågår' },
  { tag: 'vk-plan-board', doc: () => samplePlan(), op: { type: 'card.done', cardId: 'c1', done: true }, gone: { type: 'card.done', cardId: 'gone', done: true }, state: 'Norskkurs: ferdig' },
  { tag: 'vk-task-ladder', doc: () => sampleLadder(), op: { type: 'task.level', taskId: 't3', from: 'not-started', to: 'with-support' }, gone: { type: 'task.level', taskId: 'gone', from: 'not-started', to: 'with-support' }, state: 'Tørke av benker: Med støtte' },
  { tag: 'vk-course-calendar', doc: () => sampleSchedule(), op: { type: 'session.update', sessionId: 'a2', changes: { place: 'Rom 4' } }, gone: { type: 'session.update', sessionId: 'gone', changes: { place: 'Rom 4' } }, state: 'endret Renhold og smittevern' },
] as const;

describe('an edit that does not land is said, though the host did not cancel it', () => {
  let warn: typeof console.warn;
  beforeEach(() => ((warn = console.warn), (console.warn = () => {})));
  afterEach(() => (console.warn = warn));

  for (const c of cases) {
    const make = async (): Promise<Widget> => {
      const el = (await fixture(html`<div></div>`)).appendChild(document.createElement(c.tag)) as unknown as Widget;
      el.value = c.doc() as never;
      await el.updateComplete;
      return el;
    };

    it(`${c.tag}: a misfit (the item is gone) is said once, nothing changes`, async () => {
      const el = await make();
      const said = recordAnnouncements(el);
      expect(commit(el, c.gone)).to.equal(false);
      await el.updateComplete;
      expect(said).to.deep.equal([NOT_SAVED]);
      expect(el.value).to.deep.equal(c.doc());
    });

    it(`${c.tag}: a host value without the edit, set in the vk-change listener, is said (not as a cancellation)`, async () => {
      const el = await make();
      const host = { ...c.doc(), hostOwned: 'from the server' };
      el.addEventListener('vk-change', () => (el.value = host as never));
      const said = recordAnnouncements(el);
      expect(commit(el, c.op)).to.equal(false);
      await el.updateComplete;
      expect(said).to.deep.equal([NOT_SAVED]);
      expect(el.value).to.deep.equal(host);
    });

    it(`${c.tag}: a host value that holds the edit (plus the host's own field) says the edit, not "not saved", and the edit stands`, async () => {
      const el = await make();
      el.addEventListener('vk-change', (event) => (el.value = { ...(event as CustomEvent).detail.value, savedAt: '2026-03-12T10:00' }));
      const said = recordAnnouncements(el);
      expect(commit(el, c.op), 'it stands (in the host document): a form closes, a drop lands').to.equal(true);
      await el.updateComplete;
      expect(said.length).to.equal(1);
      expect(said[0]).to.not.equal(NOT_SAVED);
      expect(plain(said[0])).to.equal(c.state);
    });
  }
});

describe('an edit the host replaced in its listener: said, and focus stays inside', () => {
  it('step tracker: Space on a step the host removes', async () => {
    const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
    const host = { ...sampleSteps(), steps: sampleSteps().steps.filter((s) => s.id !== 's3') };
    el.addEventListener('vk-change', () => (el.value = host));
    const button = shadow(el, '.step-button[data-key="s3"]');
    button.focus();
    const said = recordAnnouncements(el);
    press(button, ' ');
    await el.updateComplete;
    expect(said).to.deep.equal([NOT_SAVED]);
    expect(focused(el)).to.not.equal(null);
    expect(document.activeElement).to.equal(el);
  });

  it('task ladder: Space on a task the host removes', async () => {
    const el = await fixture<VkTaskLadder>(html`<vk-task-ladder .value=${sampleLadder()}></vk-task-ladder>`);
    const ladder = sampleLadder();
    const host = { ...ladder, phases: [{ ...ladder.phases[0], tasks: ladder.phases[0].tasks.filter((t) => t.id !== 't3') }, ladder.phases[1]] };
    el.addEventListener('vk-change', () => (el.value = host));
    const button = shadowAll(el, '.task-button').find((b) => b.dataset.key === 't3') as HTMLElement;
    button.focus();
    const said = recordAnnouncements(el);
    press(button, ' ');
    await el.updateComplete;
    expect(said).to.deep.equal([NOT_SAVED]);
    expect(focused(el)).to.not.equal(null);
    expect(document.activeElement).to.equal(el);
  });

  it('plan board: Done on a card the host removes', async () => {
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    const host = { ...samplePlan(), cards: samplePlan().cards.filter((card) => card.id !== 'c1') };
    el.addEventListener('vk-change', () => (el.value = host));
    const toggle = cardItem(el, 'c1').querySelector('.done-toggle') as HTMLElement;
    toggle.focus();
    const said = recordAnnouncements(el);
    toggle.click();
    await el.updateComplete;
    expect(said).to.deep.equal([NOT_SAVED]);
    expect(focused(el)).to.not.equal(null);
    expect(document.activeElement).to.equal(el);
  });

  it('course calendar: "Slett økt" when the host writes its own document', async () => {
    const el = await fixture<VkCourseCalendar>(html`<vk-course-calendar lang="nb" .value=${sampleSchedule()} view="week" date="2026-03-12"></vk-course-calendar>`);
    const host = { ...sampleSchedule(), hostOwned: 'from the server' };
    el.addEventListener('vk-change', () => (el.value = host));
    shadow(el, '[data-session="a1"]').click();
    await el.updateComplete;
    const remove = shadow(el, '.vk-popover [data-action="remove"]');
    remove.focus();
    const said = recordAnnouncements(el);
    remove.click();
    await el.updateComplete;
    expect(said).to.deep.equal([NOT_SAVED]);
    expect(el.value?.sessions.some((s) => s.id === 'a1')).to.equal(true);
    expect(focused(el)).to.not.equal(null);
    expect(document.activeElement).to.equal(el);
  });

  it('in the UI locale (Arabic), not in bokmål', async () => {
    await setLocale('ar');
    try {
      const el = await fixture<VkStepTracker>(html`<vk-step-tracker .value=${sampleSteps()}></vk-step-tracker>`);
      el.addEventListener('vk-change', () => (el.value = { ...sampleSteps(), title: 'Fra verten' }));
      const said = recordAnnouncements(el);
      press(shadow(el, '.step-button[data-key="s3"]'), ' ');
      await el.updateComplete;
      expect(said.length).to.equal(1);
      expect(said[0]).to.match(/[\u0600-\u06ff]/);
      expect(said[0]).to.not.contain('lagret');
    } finally {
      await setLocale('nb');
    }
  });
});
