/**
 * The board's editing UI, loaded on first use (a card's menu, the add button, the proposal
 * button) and preloaded when a user first focuses or points into an editable board, so nobody
 * waits: the popover shell and its positioning, the card menu and "move to" menu, the card editor,
 * the pictogram picker, the participant's proposal, and their styles. A read-only board never
 * loads it. One chunk (import() of this module); see `VkPlanBoard` for where it is loaded.
 */
import { popoverStyles } from '../core/popover.js';
import { panelStyles } from './panel.styles.js';

export { BoardPanels, type Panel } from './board-panels.js';
export { renderCardMenu, renderMoveMenu, type CardMenuAction } from './card-menu.js';
export { editChanges, editorLanguage, fillForm, renderCardEditor, renderRecorder } from './card-editor.js';
export { renderPictogramPicker, type PickedPictogram } from './pictogram-picker.js';
export { renderProposal, type ProposalDraft } from './proposal.js';

/** Adopted into the board's shadow root when this module loads. */
export const editingStyles = [popoverStyles, panelStyles];
