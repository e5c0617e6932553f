/**
 * The board's editing UI, loaded on first use (a card's menu, the add button, the proposal
 * button) and preloaded when a user first focuses or points into an editable board, so nobody
 * waits: the popover shell and its positioning, the card menu and "move to" menu, the pictogram
 * picker, the participant's proposal, what each of them does (BoardEditor, the card editor's too),
 * and their styles (adopted when a panel first opens). A read-only board never loads it. Two chunks
 * fetched together (import() of this module and of panel.styles.ts, so each stays under issue 14's
 * 10 KB for a lazy chunk); see board-lazy-editing.ts. The card editor's form (card-editor.ts) is a
 * third, which BoardEditor fetches as it is created in a board that may be arranged (`loadForm`).
 */
export { BoardPanels } from './board-panels.js';
export { BoardEditor } from './board-editor.js';
/** The popover's styles; with the panels' (panel.styles.ts, a chunk of its own loaded alongside) adopted when the first panel opens. */
