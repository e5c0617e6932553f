import { makeToolbar } from '../toolbar.js';
import type { DemoSection } from '../demo.js';
import { createAminaPlan } from '../../src/presets/plan.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';

export const section: DemoSection = {
  order: 10,
  id: 'plan-board',
  // The board has its own undo/redo in its toolbar: the demo adds none.
  render(container) {
    // @page cannot live in the widget's shadow CSS: the host page sets the paper for printing.
    const page = document.createElement('style');
    page.textContent = '@page { size: A4 landscape; margin: 10mm; }';
    document.head.append(page);
    const board = document.createElement('vk-plan-board') as VkPlanBoard;
    board.name = 'plan';
    board.value = createAminaPlan();
    const toolbar = makeToolbar([
      { label: 'participant', pressed: () => board.mode === 'participant', run: () => (board.mode = board.mode === 'participant' ? 'adviser' : 'participant') },
      { label: 'readonly', pressed: () => board.readonly, run: () => (board.readonly = !board.readonly) },
      { label: 'print', run: () => window.print() },
    ]);
    container.append(toolbar, board);
    return board;
  },
};
