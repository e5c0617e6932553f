/**
 * Plan board, keyboard only (nb and ar): build a plan from an empty week — three cards with
 * pictograms — move one to another day, undo, redo. Focus checked after every key (keys.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { createEmptyWeekPlan } from '../../src/presets/plan.js';
import { useLocale } from '../a11y/story-harness.js';
import { journey, press, pressUntil } from './keys.js';

for (const locale of ['nb', 'ar'] as const) {
  describe(`journey: plan board from empty, keyboard only (${locale})`, () => {
    after(() => useLocale('nb'));

    it('adds three cards with pictograms, moves one to another day, undoes and redoes', async function () {
      this.timeout(60000);
      await useLocale(locale);
      const page = await fixture<HTMLDivElement>(html`<div><button id="before">Før</button><vk-plan-board .value=${createEmptyWeekPlan()}></vk-plan-board></div>`);
      const board = page.querySelector('vk-plan-board') as VkPlanBoard;
      await board.updateComplete;
      (page.querySelector('#before') as HTMLElement).focus();
      const j = journey(board);
      const columns = board.value?.columns.map((c) => c.id) ?? [];

      // Tab into the board's roving region (after the undo/redo toolbar): Monday's read-aloud button.
      let active = await pressUntil(j, 'Tab', (el) => el.dataset.roving === `r:${columns[0]}`);
      for (let n = 0; n < 3; n++) {
        // Arrow to Monday's "add card" button (below the column header), Enter opens the picker.
        const isAdd = (el: HTMLElement): boolean => el.dataset.roving === `a:${columns[0]}`;
        if (!isAdd(active)) active = await pressUntil(j, active.dataset.roving?.startsWith('r:') ? 'ArrowDown' : 'ArrowUp', isAdd, 10);
        active = await press(j, 'Enter');
        active = await pressUntil(j, 'Tab', (el) => el.matches('.picker-option'));
        // The pictures are one Tab stop; the arrow towards the next (right in nb, left in ar) moves on.
        for (let i = 0; i < n; i++) active = await press(j, locale === 'ar' ? 'ArrowLeft' : 'ArrowRight');
        expect(active.matches('.picker-option'), j.log.join('\n')).to.equal(true);
        active = await press(j, 'Enter');
        // The edit form for the new card: Enter in its first field saves it.
        active = await press(j, 'Enter');
        expect(board.value?.cards.length, j.log.join('\n')).to.equal(n + 1);
        if (active.matches('input, textarea, select')) active = await press(j, 'Escape');
      }
      const cards = board.value?.cards ?? [];
      expect(cards.every((c) => c.pictogram && c.columnId === columns[0])).to.equal(true);
      expect(new Set(cards.map((c) => c.pictogram)).size, 'three different pictograms').to.equal(3);

      // Move the focused (last added) card to Tuesday: Space lifts, the arrow towards the next
      // day (right in nb, left in ar), Space drops.
      const moved = (active.dataset.key ?? '') as string;
      expect(moved).to.equal(cards[2].id);
      await press(j, 'Space');
      await press(j, locale === 'ar' ? 'ArrowLeft' : 'ArrowRight');
      active = await press(j, 'Space');
      const columnOf = (id: string): string | undefined => board.value?.cards.find((c) => c.id === id)?.columnId;
      expect(columnOf(moved), j.log.join('\n')).to.equal(columns[1]);
      expect(active.dataset.key, 'focus stays on the moved card').to.equal(moved);

      active = await press(j, 'Control+z');
      expect(columnOf(moved), 'undo puts it back on Monday').to.equal(columns[0]);
      expect(active.dataset.key, 'focus follows the card back').to.equal(moved);
      active = await press(j, 'Control+Shift+z');
      expect(columnOf(moved), 'redo moves it to Tuesday again').to.equal(columns[1]);
      expect(active.dataset.key).to.equal(moved);
    });
  });
}
