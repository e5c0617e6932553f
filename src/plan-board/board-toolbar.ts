import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { icons } from './icons.js';
import { fitWord } from '../core/word-fit.js';
import { keepHyphens } from '../core/keep-together.js';

/**
 * A big button's words (the participant's "Foreslå et kort", the proposal's "Send forslaget"): they
 * wrap between words beside the picture, or under it where their longest word does not fit beside
 * it; a word wider than the whole button is drawn smaller (core/word-fit.ts) rather than split or
 * run past the button (uk "Запропонувати" at 200 % text in a 254 px board was 268 px); a Somali
 * word's short part stays with it ("soo-jeedinta", core/keep-together.ts).
 */
export const bigLabel = (label: string): TemplateResult => html`<span class="big-label" ${fitWord(label)}>${keepHyphens(label)}</span>`;

export type HistoryAction = 'undo' | 'redo';

/**
 * Undo and Redo are offered (on an editable board): always to the adviser; to a participant where there
 * is something they can do and so take back (docs/plan-board.md): a Done box (a card) or proposals.
 * Before 7 Dec 2026 a participant had no Undo at all: a proposal sent or a Done tapped by mistake stayed.
 */
export const historyShown = (participant: boolean, doc: { readonly cards: readonly unknown[] }, canPropose: boolean): boolean =>
  !participant || doc.cards.length > 0 || canPropose;

/**
 * The toolbar (WAI-ARIA APG toolbar, one tab stop): Undo and Redo, `active` in the tab order, each a
 * picture and a word (large in participant mode, the word under the picture where it does not fit beside it:
 * uk "Відмінити" at 200 % text on a 320 px phone ran 28 px past its button); a button with nothing to do (core `allows()`: in
 * participant mode, the participant's own edits only) stays focusable with `aria-disabled`.
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
      ${icon}${bigLabel(label)}
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

/** The toolbar as the board keeps it (`historyToolbar`). */
export interface HistoryToolbar {
  /** The toolbar, its tab stop where the user left it. */
  render(): TemplateResult;
  /**
   * Once after a step pressed here: the button focus stays on, the pressed one, else the other when only it can act
   * (the tab stop moves there); null when neither can (focus goes to the card) or the step was not pressed here.
   */
  focusAfter(): HTMLElement | null;
}

/**
 * The toolbar's state: its tab stop, and the button that just undid or redid, so focus after that step (the board's
 * `focusAfterChange`) stays in the toolbar. `usable`: the board may be arranged (a press on a button the board no
 * longer offers does nothing).
 */
export function historyToolbar(host: ToolbarHost, usable: () => boolean): HistoryToolbar {
  let key: HistoryAction = 'undo';
  let from: HistoryAction | null = null;
  const available = (which: HistoryAction): boolean => (which === 'undo' ? host.canUndo : host.canRedo);
  const press = (which: HistoryAction): void => {
    if (!usable()) return;
    key = from = which;
    // undo()/redo() announce what was undone and call focusAfterChange (which keeps focus in the toolbar).
    if (!(which === 'undo' ? host.undo() : host.redo())) from = null;
  };
  return {
    render: () => renderToolbar(key, host.canUndo, host.canRedo, press, (e) => onToolbarKey(e, key, (next) => ((key = next), host.requestUpdate()))),
    focusAfter() {
      const pressed = from;
      from = null;
      const which = pressed && ([pressed, pressed === 'undo' ? 'redo' : 'undo'] as const).find(available);
      if (!which) return null;
      key = which;
      host.requestUpdate();
      return host.renderRoot.querySelector<HTMLElement>(`.tool[data-history="${which}"]`);
    },
  };
}
