import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { icons } from './icons.js';

export type HistoryAction = 'undo' | 'redo';

/**
 * The adviser's toolbar (WAI-ARIA APG toolbar, one tab stop): Undo and Redo, `active` in the tab
 * order; a button with nothing to do stays focusable with `aria-disabled`.
 */
export function renderToolbar(active: HistoryAction, canUndo: boolean, canRedo: boolean, onHistory: (which: HistoryAction) => void, onKey: (event: KeyboardEvent) => void): TemplateResult {
  const tool = (which: HistoryAction, available: boolean, label: string, icon: TemplateResult): TemplateResult =>
    html`<button
      type="button"
      class="tool"
      data-history=${which}
      tabindex=${active === which ? 0 : -1}
      aria-disabled=${available ? 'false' : 'true'}
      @click=${() => onHistory(which)}
    >
      ${icon}${label}
    </button>`;
  return html`<div class="toolbar" role="toolbar" aria-label=${msg('Angre og gjør om', { id: 'plan-board.toolbar' })} @keydown=${onKey}>
    ${tool('undo', canUndo, msg('Angre', { id: 'plan-board.undo' }), icons.undo)} ${tool('redo', canRedo, msg('Gjør om', { id: 'plan-board.redo' }), icons.redo)}
  </div>`;
}

/** The toolbar button a key moves to from `current` (Home/End; ←/→ in either direction, LTR or RTL); undefined for other keys. */
export function toolbarTarget(key: string, current: HistoryAction): HistoryAction | undefined {
  if (key === 'Home') return 'undo';
  if (key === 'End') return 'redo';
  if (key !== 'ArrowLeft' && key !== 'ArrowRight') return undefined;
  // Two buttons: either arrow, whatever the direction, moves to the other one.
  return current === 'undo' ? 'redo' : 'undo';
}

/** The toolbar's keys (`toolbarTarget`): focus moves to that button, which `moved` makes the tab stop. */
export function onToolbarKey(event: KeyboardEvent, current: HistoryAction, moved: (next: HistoryAction) => void): void {
  const next = toolbarTarget(event.key, current);
  if (!next) return;
  event.preventDefault();
  moved(next);
  (event.currentTarget as HTMLElement).querySelector<HTMLElement>(`.tool[data-history="${next}"]`)?.focus();
}
