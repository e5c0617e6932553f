/**
 * The Tab stops in `within`, in tree order: its own (not those in a shadow root under it, a recorder's buttons), enabled,
 * rendered, and none inside `skip`.
 */
const stops = (within: ParentNode, skip?: Element): HTMLElement[] =>
  [...within.querySelectorAll<HTMLElement>('*')].filter((c) => c.tabIndex >= 0 && !c.matches(':disabled') && !skip?.contains(c) && c.checkVisibility());

/**
 * Tab and Shift+Tab past the ends of a board popover that is a non-modal dialog (the picker, the edit form, the move list,
 * the proposal), as the WAI-ARIA APG has it: in the board's Tab order the panel comes right after the control that opened it.
 * Shift+Tab from its first control goes back to that control (51482ebb); Tab from its last, to the board's next Tab stop
 * after it; either closes the panel, as focus leaves it. The panel is drawn after the columns, so the browser's own Tab went
 * past the rest of the board to the page: from the form a new card's pick opened (its opener the card) over the card's Done
 * and menu, from the proposal ("Foreslå et kort", in the header) over every card (QA, 8 Dec 2026). Where the opener is the
 * board's last Tab stop (a card's menu button: the form "Rediger" opened), the browser's Tab is that already: on to the page.
 * Use in the panel's `keydown` listener.
 */
export function tabPastEnds(event: KeyboardEvent, panel: HTMLElement, opener: HTMLElement | null): void {
  if (event.key != 'Tab' || !opener?.isConnected || event.altKey || event.ctrlKey || event.metaKey) return;
  const own = stops(panel);
  const from = event.composedPath()[0];
  let to: HTMLElement | undefined = opener;
  if (!event.shiftKey) {
    if (from != own.at(-1)) return;
    to = stops(panel.getRootNode() as ParentNode, panel).find((c) => opener.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING && !opener.contains(c));
  } else if (from != own[0]) return;
  if (!to) return;
  event.preventDefault();
  to.focus();
}
