import { makeToolbar } from '../toolbar.js';
import type { DemoSection } from '../demo.js';
import { onDemoLanguage, t } from '../i18n.js';
import { fitWords } from '../fit.js';
import { createLadder } from '../../src/presets/ladder-templates.js';
import { ladderBranches, type LadderBranch } from '../../src/task-ladder/task-ladder.types.js';
import type { VkTaskLadder } from '../../src/task-ladder/task-ladder.js';

export const section: DemoSection = {
  order: 30,
  id: 'task-ladder',
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
          tasks: phase.tasks.map((task, i) => (p === 0 && i < 2 ? { ...task, level: 'independent' as const } : p === 0 && i === 2 ? { ...task, level: 'with-support' as const } : task)),
        })),
      };
    };
    const branchLabel = document.createElement('label');
    branchLabel.className = 'inline-field';
    const caption = document.createElement('span');
    caption.dataset.i18n = 'branch';
    caption.textContent = t('branch');
    const select = document.createElement('select');
    // The branch names are the demo's own words too: an Arabic page showed "Kjøkken og kantine".
    const names = (): void => {
      for (const option of select.options) option.text = t(`branch-${option.value as LadderBranch}`);
    };
    for (const branch of ladderBranches) select.append(new Option('', branch));
    names();
    select.value = 'kitchen';
    select.addEventListener('change', () => load(select.value as LadderBranch));
    branchLabel.append(caption, ' ', select);
    onDemoLanguage(() => {
      caption.textContent = t('branch');
      names();
    });
    // A closed select cannot wrap: at 200 % text on a phone its longest branch is drawn smaller, whole (demo/fit.ts).
    fitWords(select, () => [...select.options].map((option) => option.text), true);
    const toolbar = makeToolbar(
      [
        // No undo/redo buttons of its own (Ctrl+Z works inside it): the demo offers one pair.
        { label: 'undo', run: () => ladder.undo() },
        { label: 'redo', run: () => ladder.redo() },
        { label: 'participant', pressed: () => ladder.mode === 'participant', run: () => (ladder.mode = ladder.mode === 'participant' ? 'adviser' : 'participant') },
        { label: 'readonly', pressed: () => ladder.readonly, run: () => (ladder.readonly = !ladder.readonly) },
      ],
      [branchLabel],
    );
    load('kitchen');
    container.append(toolbar, ladder);
    return ladder;
  },
};
