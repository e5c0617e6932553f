/**
 * The Tab stops in `within`, in tree order: its own (not those in a shadow root under it, a recorder's buttons), enabled,
 * rendered, and none inside `skip`.
 */
const stops = (within: ParentNode, skip?: Element): HTMLElement[] =>
  [...within.querySelectorAll<HTMLElement>('*')].filter((c) => c.tabIndex >= 0 && !c.matches(':disabled') && !skip?.contains(c) && c.checkVisibility());

/**
 * Tab and Shift+Tab past the ends of a popover that is a non-modal dialog, as the WAI-ARIA APG has it: in the widget's Tab
 * order the panel comes right after the control that opened it. Shift+Tab from its first control (or from its heading, where
 * a tap put focus: core/popover.ts `startOf`) goes back to that control; Tab from its last, to the widget's next Tab stop
 * after it; either closes the panel, as focus leaves it. Returns where focus is to go (the key's default prevented), for the
 * caller to focus; nothing where the browser's own Tab already goes there: past the widget, to the page (where the opener is
 * the widget's last Tab stop: a board card's menu button, whose "Rediger" opened the form).
 *
 * A panel drawn after the widget's content needs it: the browser's own Tab went past the rest of the widget to the page.
 * The plan board's (from the form a new card's pick opened, over the card's Done and menu; from the proposal over every card,
 * QA 8 Dec 2026) and the calendar's details (in the agenda, over "Vis flere økter"; Shift+Tab went to the grid's day, bcac4871).
 * The step tracker's and the task ladder's panels follow their one Tab stop (the step or task that opened them) with no stop
 * after it: the browser's order is this one already (test/step-tracker/details-tab-out.test.ts, test/task-ladder/panel-tab-out.test.ts).
 *
 * `group`: the composite (a grid with one roving Tab stop) the opener is inside, whose other stops are not after it in the
 * Tab order: Tab from the opener leaves it (the calendar's month and week grids). Use in the panel's `keydown` listener.
 */
export function tabPastEnds(event: KeyboardEvent, panel: HTMLElement, opener: HTMLElement | null, group?: Element | null): HTMLElement | undefined {
  if (event.key != 'Tab' || !opener?.isConnected || event.altKey || event.ctrlKey || event.metaKey) return;
  const own = stops(panel);
  const from = event.composedPath()[0] as HTMLElement;
  let to: HTMLElement | undefined = opener;
  if (!event.shiftKey) {
    if (from != own.at(-1)) return;
    const after = group ?? opener;
    to = stops(panel.getRootNode() as ParentNode, panel).find((c) => after.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING && !after.contains(c));
  } else if (from != own[0] && !(own[0] && from.tabIndex < 0 && panel.contains(from) && from.compareDocumentPosition(own[0]) & Node.DOCUMENT_POSITION_FOLLOWING)) return;
  if (!to) return;
  event.preventDefault();
  return to;
}
