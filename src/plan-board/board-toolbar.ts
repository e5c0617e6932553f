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

/** What the toolbar needs of its board: the history, its shadow root, a render when the tab stop moves. */
export interface ToolbarHost {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  undo(): boolean;
  redo(): boolean;
  requestUpdate(): void;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The toolbar as the board keeps it: its tab stop, and the button that just undid or redid, so focus
 * after that step (the board's `focusAfterChange`) stays in the toolbar (`focusAfter`).
 */
export class HistoryToolbar {
  #key: HistoryAction = 'undo';
  #from: HistoryAction | null = null;

  /** `usable`: the board may be arranged (a press on a button the board no longer offers does nothing). */
  constructor(private readonly host: ToolbarHost, private readonly usable: () => boolean) {}

  render(): TemplateResult {
    const host = this.host;
    return renderToolbar(this.#key, host.canUndo, host.canRedo, (which) => this.#press(which), (e) => onToolbarKey(e, this.#key, (next) => ((this.#key = next), host.requestUpdate())));
  }

  #press(which: HistoryAction): void {
    if (!this.usable()) return;
    this.#key = this.#from = which;
    // undo()/redo() announce what was undone and call focusAfterChange (which keeps focus in the toolbar).
    if (!(which === 'undo' ? this.host.undo() : this.host.redo())) this.#from = null;
  }

  /**
   * Once after a step pressed here: the button focus stays on, the pressed one, else the other when only it can act
   * (the tab stop moves there); null when neither can (focus goes to the card) or the step was not pressed here.
   */
  focusAfter(): HTMLElement | null {
    const from = this.#from, host = this.host; // prettier-ignore
    this.#from = null;
    if (!from) return null;
    const available = (which: HistoryAction): boolean => (which === 'undo' ? host.canUndo : host.canRedo);
    const other = from === 'undo' ? 'redo' : 'undo';
    const which = available(from) ? from : available(other) ? other : null;
    if (!which) return null;
    this.#key = which;
    host.requestUpdate();
    return host.renderRoot.querySelector<HTMLElement>(`.tool[data-history="${which}"]`);
  }
}
