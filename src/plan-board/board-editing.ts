/**
 * The board's editing UI, loaded on first use (a card's menu, the add button, the proposal
 * button) and preloaded when a user first focuses or points into an editable board, so nobody
 * waits: the popover shell and its positioning, the card menu and "move to" menu, the card editor,
 * the pictogram picker, the participant's proposal, what each of them does (BoardEditor), and
 * their styles (adopted when a panel first opens). A read-only board never loads it. One chunk
 * (import() of this module); see `VkPlanBoard` for where it is loaded.
 */
import { popoverStyles } from '../core/popover.js';
import { panelStyles } from './panel.styles.js';

export { BoardPanels } from './board-panels.js';
export { BoardEditor } from './board-editor.js';

/** Adopted into the board's shadow root when the first panel opens. */
export const editingStyles = [popoverStyles, panelStyles];
