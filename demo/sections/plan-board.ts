import { makeToolbar } from '../toolbar.js';
import type { DemoSection } from '../demo.js';
import { createAminaPlan } from '../../src/presets/plan.js';

export const section: DemoSection = {
  order: 10,
  id: 'plan-board',
  title: 'Aminas plan (vk-plan-board)',
  render(container) {
    // @page cannot live in the widget's shadow CSS: the host page sets the paper for printing.
    const page = document.createElement('style');
    page.textContent = '@page { size: A4 landscape; margin: 10mm; }';
    document.head.append(page);
    const board = document.createElement('vk-plan-board');
    board.name = 'plan';
    board.value = createAminaPlan();
    const toolbar = makeToolbar([
      ['Angre', () => board.undo()],
      ['Gjør om', () => board.redo()],
      ['Deltakermodus av/på', () => (board.mode = board.mode === 'participant' ? 'adviser' : 'participant')],
      ['Skrivebeskyttet av/på', () => (board.readonly = !board.readonly)],
      ['Skriv ut', () => window.print()],
    ]);
    container.append(toolbar, board);
    return board;
  },
};
