/**
 * The keyboard shortcuts for a widget's undo history: Ctrl+Z (⌘Z) undoes; Ctrl+Shift+Z and Ctrl+Y
 * (with or without Shift) redo, as in the platforms' own editors.
 *
 * The typed letter decides, so a German keyboard's Z (where QWERTY has Y) undoes. A non-Latin layout
 * (Arabic, Ukrainian, Persian) types no Latin letter with Ctrl held in every browser, so there the
 * physical key (`KeyboardEvent.code`, UI Events KeyboardEvent code values) decides, as it does for
 * the operating system's shortcuts on those layouts.
 *
 * A text field keeps Ctrl+Z for its own text; a checkbox, radio or button has none, so the widget's
 * undo works there too (a checklist box just ticked is undone where it was ticked).
 *
 * @returns `'undo'`, `'redo'` or `null` when the event is not one of these shortcuts.
 */
export function historyShortcut(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const target = event.composedPath()[0];
  if (target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !/^(checkbox|radio|button|submit|reset|range|color|file|image)$/.test(target.type)) || (target as HTMLElement).isContentEditable) return null;
  // `code` names a letter key "KeyZ": its fourth character on is the letter.
  const key = (/^[a-z]$/i.test(event.key) ? event.key : event.code.slice(3)).toLowerCase();
  if (key == 'z' && !event.shiftKey) return 'undo';
  return key == 'z' || key == 'y' ? 'redo' : null;
}
