/**
 * Names said once. An assistive-technology audit heard the same name two or three times on
 * entering a part: a board column ("Mandag" as group, heading and list), the calendar ("mars 2026"
 * as group, heading and grid), the ladder's recording ("… på arabisk" as a group, a group in it
 * and the record button) and the ladder's current phase ("Nå" in its heading, while its group
 * already says it is the current step). Per level one named container; a heading may name its
 * group; every control keeps its own name.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import type { VkCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { settle } from '../helpers/index.js';
import { samplePlan } from '../plan-board/helpers.js';
import { sampleSchedule } from '../course-calendar/fixtures.js';
import { sampleLadder } from '../task-ladder/sample.js';
import { openTaskRecorder } from '../task-ladder/recorder-steps.js';
import { accessibilityTree, doubledNames, namedContainersAbove, type AxNode } from './a11y-tree.js';

/** `widget` in a named region of `inlineSize` px (puppeteer's snapshot needs an "interesting" root). */
async function mount<T extends HTMLElement & { updateComplete: Promise<boolean> }>(widget: unknown, inlineSize = 1100): Promise<T> {
  const root = await fixture<HTMLElement>(html`<div id="names-root" role="region" aria-label="test" style="inline-size: ${inlineSize}px">${widget}</div>`);
  const el = root.firstElementChild as T;
  await settle(el);
  return el;
}

const tree = (): Promise<AxNode> => accessibilityTree('#names-root');

function all(node: AxNode, pick: (n: AxNode) => boolean): AxNode[] {
  return [...(pick(node) ? [node] : []), ...(node.children ?? []).flatMap((c) => all(c, pick))];
}

describe('names are said once: no container and its direct named child share a name', () => {
  it('plan board: a column is named once (its group), not again by its list', async () => {
    await mount<VkPlanBoard>(html`<vk-plan-board .value=${samplePlan()}></vk-plan-board>`);
    const ax = await tree();
    expect(all(ax, (n) => n.role === 'list').length, 'the columns still have their lists').to.be.greaterThan(0);
    expect(all(ax, (n) => n.role === 'group' && (n.name ?? '').includes('Mandag')).length, 'the column group keeps its name').to.equal(1);
    expect(doubledNames(ax)).to.deep.equal([]);
  });

  it('plan board, one day at a time: the tabpanel is named by its tab, its list not again', async () => {
    const el = await mount<VkPlanBoard>(html`<vk-plan-board mode="participant" .value=${samplePlan()}></vk-plan-board>`, 320);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="tabpanel"]'), 'no day switcher');
    await settle(el);
    const ax = await tree();
    const panels = all(ax, (n) => n.role === 'tabpanel' && !!n.name);
    expect(panels.length).to.equal(1);
    const day = (panels[0].name ?? '').trim();
    expect(day, 'the panel is named by its day').to.match(/^Mandag/);
    // Its list said the day again ("Mandag" panel, "Mandag الاثنين" list): not the same name, the same word.
    const again = all(panels[0], (n) => n !== panels[0] && ['list', 'group', 'region'].includes(n.role) && (n.name ?? '').includes(day));
    expect(again.map((n) => `${n.role} "${n.name}"`)).to.deep.equal([]);
    expect(doubledNames(ax)).to.deep.equal([]);
  });

  for (const view of ['month', 'week']) {
    it(`course calendar (${view}): the grid is named by the title, the calendar's group not again`, async () => {
      const el = await mount<VkCourseCalendar>(html`<vk-course-calendar .value=${sampleSchedule()} view=${view} date="2026-03-12"></vk-course-calendar>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="grid"]'), `no ${view} grid`);
      await settle(el);
      const ax = await tree();
      const [grid] = all(ax, (n) => n.role === 'grid');
      const squeeze = (s: string | undefined): string => (s ?? '').replace(/\s+/g, '');
      expect(squeeze(grid.name), 'the grid keeps its name').to.equal(squeeze(el.shadowRoot!.querySelector('#title')!.textContent!));
      expect(doubledNames(ax)).to.deep.equal([]);
    });
  }

  it('task ladder: the current phase is said once to be current (aria-current), not again by "Nå" in its heading', async () => {
    const doc = sampleLadder();
    const firstDone = { ...doc, phases: [{ ...doc.phases[0], tasks: doc.phases[0].tasks.map((t) => ({ ...t, level: 'independent' as const })) }, doc.phases[1]] };
    const el = await mount<VkTaskLadder>(html`<vk-task-ladder .value=${firstDone}></vk-task-ladder>`);
    expect(el.shadowRoot!.querySelector('[aria-current="step"] .now')?.textContent, 'the badge is still drawn').to.equal('Nå');
    const ax = await tree();
    const headings = all(ax, (n) => n.role === 'heading').map((n) => n.name ?? '');
    expect(headings.some((h) => h.includes('Flere oppgaver')), 'the current phase has its heading').to.equal(true);
    expect(headings.filter((h) => /(^|\s)Nå$/.test(h.trim()))).to.deep.equal([]);
    expect(doubledNames(ax)).to.deep.equal([]);
  });

  it('task ladder: the recording in the details is one named group (the recorder), and its record button keeps its name', async () => {
    const sample = sampleLadder();
    const el = await mount<VkTaskLadder>(html`<vk-task-ladder .value=${{ ...sample, participantLanguage: 'ar' }}></vk-task-ladder>`);
    const recorder = await openTaskRecorder(el);
    await recorder.updateComplete;
    const ax = await tree();
    const record = (n: AxNode): boolean => n.role === 'button' && /^Ta opp på /.test(n.name ?? '');
    const above = namedContainersAbove(ax, record);
    expect(above, 'a record button').to.not.equal(null);
    expect(all(ax, record)[0].name).to.equal('Ta opp på \u2068arabisk\u2069');
    const saying = above!.filter((n) => n.role === 'group' && (n.name ?? '').includes('arabisk')).map((n) => n.name);
    expect(saying).to.deep.equal(['Opptak på \u2068arabisk\u2069']);
    expect(doubledNames(ax)).to.deep.equal([]);
  });
});
