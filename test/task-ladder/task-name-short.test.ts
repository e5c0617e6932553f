/**
 * Screen-reader QA #2 (7 Dec 2026): the task button's accessible name held the whole latest logbook entry (827 characters for a
 * 720-character entry), and a screen reader says a button's name on every ↑/↓. The name now says the task, its level, its
 * sign-off and that the logbook has an entry and its date; the entry is still drawn on the card (two lines) and read in the
 * details' logbook.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';
import { shadowAll } from '../helpers/index.js';
import { accessibilityTree, type AxNode } from '../a11y/a11y-tree.js';
import { sampleLadder } from './sample.js';

const all = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(all)];
const ENTRY = 'Lang tekst. '.repeat(60).trim();

describe('<vk-task-ladder> task name: short, with a long logbook entry', () => {
  it('a 720-character entry: the name says the task, level and that it has a log entry with its date, not the entry', async () => {
    expect(ENTRY.length).to.be.greaterThan(700);
    const sample = sampleLadder();
    const [first, ...rest] = sample.phases;
    const tasks = first.tasks.map((t) => (t.id === 't2' ? { ...t, log: [...(t.log ?? []), { date: '2026-12-07', by: 'adviser' as const, text: ENTRY }] } : t));
    const doc = { ...sample, phases: [{ ...first, tasks }, ...rest] };
    const wrapper = await fixture<HTMLDivElement>(html`<div id="task-name-host" role="group" aria-label="Host"><vk-task-ladder lang="nb" .value=${doc}></vk-task-ladder></div>`);
    const el = wrapper.querySelector('vk-task-ladder') as VkTaskLadder;
    await el.updateComplete;
    const button = all(await accessibilityTree('#task-name-host')).find((n) => n.role === 'button' && (n.name ?? '').startsWith('Kutte grønnsaker'));
    expect(button, 'the task button').to.not.equal(undefined);
    const name = button!.name!.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
    expect(name.length, name).to.be.lessThan(120);
    expect(name).to.not.contain('Lang tekst');
    expect(name).to.contain('Kutte grønnsaker');
    expect(name).to.contain('Med støtte');
    expect(name).to.contain('Siste loggføring 7. des. 2026');
    // Still drawn on the card (clamped to two lines) for those who see it.
    const card = shadowAll<HTMLElement>(el, '.task-button').find((b) => b.dataset.key === 't2')!;
    expect(card.querySelector('.latest-log')!.textContent).to.contain(ENTRY);
  });

  it('a task with no logbook entry says nothing about the logbook', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div id="task-name-host2" role="group" aria-label="Host"><vk-task-ladder lang="nb" .value=${sampleLadder()}></vk-task-ladder></div>`);
    await (wrapper.querySelector('vk-task-ladder') as VkTaskLadder).updateComplete;
    const button = all(await accessibilityTree('#task-name-host2')).find((n) => n.role === 'button' && (n.name ?? '').startsWith('Ta oppvasken'));
    expect(button!.name).to.not.contain('loggføring');
  });
});
