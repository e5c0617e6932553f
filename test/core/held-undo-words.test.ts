/**
 * An undo or redo whose vk-change listener sets the host's own value that holds it (a host that
 * writes back every value with a field of its own) said the state first ("Arbeidspraksis: Ikke
 * startet", from VkElement.commit) and then the history words: two messages for one act, the first
 * without "Angret." / "Gjort om igjen.". Now it says once what a plain undo or redo says.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { recordAnnouncements, sampleSteps } from '../helpers/index.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';

type Widget = HTMLElement & { value: unknown; updateComplete: Promise<boolean>; undo(): boolean; redo(): boolean };
const commit = (el: Widget, op: unknown): boolean => (el as unknown as { commit(op: unknown): boolean }).commit(op);

const cases = [
  { tag: 'vk-step-tracker', doc: () => sampleSteps(), op: { type: 'step.status', stepId: 's3', from: 'not-started', to: 'in-progress' } },
  { tag: 'vk-plan-board', doc: () => samplePlan(), op: { type: 'card.done', cardId: 'c1', done: true } },
  { tag: 'vk-task-ladder', doc: () => sampleLadder(), op: { type: 'task.level', taskId: 't3', from: 'not-started', to: 'with-support' } },
  { tag: 'vk-course-calendar', doc: () => sampleSchedule(), op: { type: 'session.update', sessionId: 'a2', changes: { place: 'Rom 4' } } },
] as const;

/** What `kind` says (the list of messages) after an edit (and, for a redo, its plain undo), with or without a host that writes back its own value in the step's vk-change. */
async function history(c: (typeof cases)[number], kind: 'undo' | 'redo', host: boolean): Promise<{ said: string[]; value: unknown }> {
  const el = (await fixture(html`<div></div>`)).appendChild(document.createElement(c.tag)) as Widget;
  el.value = c.doc();
  await el.updateComplete;
  expect(commit(el, c.op)).to.equal(true);
  if (kind == 'redo') expect(el.undo()).to.equal(true);
  await el.updateComplete;
  if (host) el.addEventListener('vk-change', (event) => (el.value = { ...(event as CustomEvent).detail.value, savedAt: '2026-03-12T10:00' }));
  const said = recordAnnouncements(el);
  expect(kind == 'undo' ? el.undo() : el.redo(), `the ${kind} stands`).to.equal(true);
  await el.updateComplete;
  const { savedAt, ...value } = el.value as Record<string, unknown>;
  expect(savedAt).to.equal(host ? '2026-03-12T10:00' : undefined);
  return { said, value };
}

describe('an undo or redo the host holds in its own value says what a plain one says', () => {
  for (const c of cases) {
    for (const kind of ['undo', 'redo'] as const) {
      it(`${c.tag}: a held ${kind} says "${kind == 'undo' ? 'Angret' : 'Gjort om igjen'}" once, as a plain one`, async () => {
        const plain = await history(c, kind, false);
        const held = await history(c, kind, true);
        expect(plain.said.length).to.equal(1);
        expect(plain.said[0]).to.match(kind == 'undo' ? /^Angret/ : /^Gjort om igjen/);
        expect(held.said).to.deep.equal(plain.said);
        expect(held.value).to.deep.equal(plain.value);
      });
    }
  }
});
