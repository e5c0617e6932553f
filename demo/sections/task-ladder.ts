import { makeToolbar } from '../toolbar.js';
import type { DemoSection } from '../demo.js';
import { createLadder } from '../../src/presets/ladder-templates.js';
import { ladderBranches, type LadderBranch } from '../../src/task-ladder/task-ladder.types.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';

export const section: DemoSection = {
  order: 30,
  id: 'task-ladder',
  title: 'Opplæringsplan i arbeidspraksis (vk-task-ladder)',
  render(container) {
    const ladder = document.createElement('vk-task-ladder') as VkTaskLadder;
    ladder.name = 'ladder';
    const load = (branch: LadderBranch): void => {
      const doc = createLadder(branch, { participantLanguage: 'ar', mentor: 'Kari Nordmann' });
      // A little progress so the current phase and the bars show something.
      ladder.value = {
        ...doc,
        phases: doc.phases.map((phase, p) => ({
          ...phase,
          tasks: phase.tasks.map((task, t) => (p === 0 && t < 2 ? { ...task, level: 'independent' as const } : p === 0 && t === 2 ? { ...task, level: 'with-support' as const } : task)),
        })),
      };
    };
    const toolbar = document.createElement('div');
    toolbar.className = 'toolbar';
    const branchLabel = document.createElement('label');
    branchLabel.textContent = 'Bransje ';
    const select = document.createElement('select');
    const names: Record<LadderBranch, string> = { cleaning: 'Renhold', shop: 'Butikk', kitchen: 'Kjøkken og kantine', kindergarten: 'Barnehage', care: 'Eldreomsorg' };
    for (const branch of ladderBranches) select.append(new Option(names[branch], branch));
    select.value = 'kitchen';
    select.addEventListener('change', () => load(select.value as LadderBranch));
    branchLabel.append(select);
    toolbar.append(branchLabel);
    toolbar.append(...makeToolbar([
      ['Angre', () => ladder.undo()],
      ['Gjør om', () => ladder.redo()],
      ['Deltakermodus av/på', () => (ladder.mode = ladder.mode === 'participant' ? 'adviser' : 'participant')],
      ['Skrivebeskyttet av/på', () => (ladder.readonly = !ladder.readonly)],
    ]).children);
    load('kitchen');
    container.append(toolbar, ladder);
    return ladder;
  },
};
