import type { PlanCard, PlanColumn } from './plan-board.types.js';

/**
 * Roving focus over the board (WAI-ARIA APG grid-like navigation, one tab stop): each column is a
 * vertical list of keys — its buttons (`r:<columnId>` read aloud, `a:<columnId>` add a card), then
 * its cards (`c:<cardId>`). ↑/↓ walk the list; ←/→ go to the neighbouring column (flipped in RTL),
 * to the same button or the nearest card; Home/End the first/last card of the column, Ctrl+Home/End
 * of the board. Every column has at least one key, so empty columns are reachable too.
 */
export interface NavigationContext {
  columns: readonly PlanColumn[];
  cardsIn: (columnId: string) => readonly PlanCard[];
  /** The adviser's add button is in each column. */
  withAdd: boolean;
  rtl: boolean;
}

/** The roving keys of a column, top to bottom: its buttons, then its cards (as shown). */
export function columnKeys(column: PlanColumn, cards: readonly PlanCard[], withAdd: boolean): string[] {
  const keys = [`r:${column.id}`];
  if (withAdd) keys.push(`a:${column.id}`);
  for (const card of cards) keys.push(`c:${card.id}`);
  return keys;
}

/** The key focus moves to for a navigation key: null when there is nowhere to go, undefined when the key is not navigation. O(column). */
export function navigate(ctx: NavigationContext, columnId: string | null, key: string, pressed: string, ctrl: boolean): string | null | undefined {
  const { columns } = ctx;
  const col = columns.findIndex((c) => c.id === columnId);
  if (col < 0) return undefined;
  const cardsOf = (c: number): readonly PlanCard[] => ctx.cardsIn(columns[c].id);
  const keys = columnKeys(columns[col], cardsOf(col), ctx.withAdd);
  const at = keys.indexOf(key);
  const headerCount = keys.length - cardsOf(col).length;
  const step = pressed === 'ArrowRight' ? (ctx.rtl ? -1 : 1) : pressed === 'ArrowLeft' ? (ctx.rtl ? 1 : -1) : 0;
  if (step !== 0) {
    const next = col + step;
    if (next < 0 || next >= columns.length) return null;
    const cards = cardsOf(next);
    const nextKeys = columnKeys(columns[next], cards, ctx.withAdd);
    const nextHeader = nextKeys.length - cards.length;
    if (at < headerCount) return nextKeys[Math.min(at, nextHeader - 1)];
    return cards.length > 0 ? `c:${cards[Math.min(at - headerCount, cards.length - 1)].id}` : nextKeys[nextHeader - 1];
  }
  switch (pressed) {
    case 'ArrowDown':
      return keys[at + 1] ?? null;
    case 'ArrowUp':
      return at > 0 ? keys[at - 1] : null;
    case 'Home':
    case 'End': {
      if (ctrl) {
        const order = columns.map((_, c) => c);
        if (pressed === 'End') order.reverse();
        for (const c of order) {
          const cards = cardsOf(c);
          if (cards.length > 0) return `c:${(pressed === 'Home' ? cards[0] : cards[cards.length - 1]).id}`;
        }
        return null;
      }
      const cards = cardsOf(col);
      if (cards.length === 0) return pressed === 'Home' ? keys[0] : keys[keys.length - 1];
      return `c:${(pressed === 'Home' ? cards[0] : cards[cards.length - 1]).id}`;
    }
    default:
      return undefined;
  }
}
