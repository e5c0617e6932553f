import type { ReactiveElement } from 'lit';
import { msg, str } from '@lit/localize';
import type { GestureCancelReason } from '../core/gesture.js';
import { isRtl } from '../core/roving-focus.js';
import { isolate } from '../core/text.js';
import { cardAfterWord, cardMovedByOthersText, columnName } from './board-text.js';
import { BoardDrag } from './board-drag.js';
import type { BoardIndex } from './board-index.js';
import { KeyboardMoves } from './keyboard-move.js';
import type { CardPosition, PlanDocument, PlanOperation } from './plan-board.types.js';

/** What moving a card needs from its board. */
export interface BoardMovesHost {
  /** The current document's cards per column and places. */
  index: BoardIndex;
  document(): PlanDocument | null;
  /** VkElement.hostRevision: a new host value cancels a move. */
  revision(): number;
  /** A card's control (focus returns there when a move is put back). */
  cardControl(cardId: string): HTMLElement | null;
  /** A card's title, also of a card just removed. */
  title(cardId: string): string;
  /** The locale of the document's texts (column titles). */
  locale(): string;
  announce(text: string): void;
  /** The board may be arranged (adviser mode, editable): a drag may start. */
  canArrange(): boolean;
  /** Commits one operation as the user's: false when the board is not editable or the host cancelled it. */
  commit(operation: PlanOperation): boolean;
  /** Shows the column when the board shows one column at a time. */
  reveal(columnId: string): void;
  /** Focuses this roving key (`c:<cardId>`) after the next update. */
  focusAfterUpdate(key: string): void;
}

export interface BoardMoves {
  moves: KeyboardMoves;
  drag: BoardDrag;
  /** Commits one `card.move` (nothing when the card would stay where it is) and announces it. True when it was committed. */
  move(cardId: string, from: CardPosition, to: CardPosition): boolean;
  /**
   * Before an undo or redo: a card lifted or dragged goes back where it was, nothing committed,
   * nothing said and focus left alone, so the undo runs on the document as it was before the lift
   * and its words ("Angret. …") are what is heard, focus on what it touched (as the calendar,
   * calendar-moves.ts `cancelPickUp`). Before, the undo ran with the card still lifted and the
   * new document ended the move in the next render: "Flytting avbrutt. Kort …" replaced its words.
   *
   * With `nothing` (Ctrl+Z or Ctrl+Y with nothing to undo or redo: "Ingenting å angre."): put back
   * as Escape does (focus on a lifted card; a drag's left where it is), and one message says both,
   * "Flytting avbrutt. Kort …. Ingenting å angre." (two in one task: only the last is heard). True
   * when a card was lifted or dragged. Before 6 Dec 2026 the board said only the nothing words and
   * the move went on: the next Space dropped the card where the arrows had left it.
   */
  putBack(nothing?: string): boolean;
}

/**
 * Whether `now` (a host value) moved the card from where it was in `before`: to another column, or
 * to another place among the cards both documents hold in its column (so cards the value added or
 * removed around it do not count; one it moved past the card does). O(cards).
 */
function movedBy(before: PlanDocument, now: PlanDocument, cardId: string): boolean {
  const columnOf = (doc: PlanDocument): string | undefined => doc.cards.find((c) => c.id === cardId)?.columnId;
  const columnId = columnOf(now);
  if (columnId !== columnOf(before)) return true;
  const placeAmong = (doc: PlanDocument, other: PlanDocument): number => {
    const shared = new Set(other.cards.map((c) => c.id));
    return doc.cards.filter((c) => c.columnId === columnId && shared.has(c.id)).findIndex((c) => c.id === cardId);
  };
  return placeAmong(before, now) !== placeAmong(now, before);
}

/**
 * Moving a card on the board: the keyboard pick-up (keyboard-move.ts) and the pointer drag
 * (board-drag.ts), wired to each other (no drag while a card is lifted) and to the board through
 * `host`, and what both end in — one `card.move` committed, "Flyttet. Kort Norskkurs: kolonne
 * Tirsdag, plass 2 av 4" announced (the same words after a drop and after the card menu's "Flytt
 * til…"), focus on the card in its new column — or, when the move is put
 * back or the host cancels it, "Flytting avbrutt" with where the card is.
 */
export function boardMoves(board: ReactiveElement, host: BoardMovesHost): BoardMoves {
  const { index } = host;
  const rtl = (): boolean => isRtl(board);
  /** While `putBack` ends a move: null, nothing is said (an undo says its own words); else a sentence said after "Flytting avbrutt. …". */
  let after: string | null = '';
  const say = (text: string): void => {
    if (after !== null) host.announce(text);
  };
  const cancelled = (cardId: string, origin: CardPosition): void => {
    const place = moves.positionText(cardId, origin);
    // The place words end without a stop ("… plass 1 av 3"): the language's own (Tigrinya "።") goes between them and `after`.
    say(after ? msg(str`Flytting avbrutt. ${place}. ${after}`, { id: 'plan-board.announce.cancelled-then' }) : msg(str`Flytting avbrutt. ${place}`, { id: 'plan-board.announce.cancelled' }));
  };

  /**
   * A keyboard move or a drag put back: "Flytting avbrutt. …" with what is true of the card now,
   * as the calendar says of a session. A host value that ended it may have removed the card ("…
   * Kort Norskkurs ble fjernet av noen andre."; focus then goes where a value that removes the
   * focused card sends it, board-focus.ts: its neighbour in the column it was lifted from) or moved
   * it ("… ble flyttet av noen andre: kolonne Onsdag, plass 1 av 1"). Otherwise where it is: where
   * it was lifted. Before 6 December 2026 the card's place was said in every case: the place it
   * had left, for a removed card or a drag the value moved. Nothing while `putBack` ends it for an
   * undo or redo (which says its own words); its `nothing` words after these for Ctrl+Z with none.
   */
  const ended = (cardId: string, origin: CardPosition, reason: GestureCancelReason, started: PlanDocument | null): void => {
    const now = index.position(cardId);
    const doc = host.document();
    const byHost = reason === 'host-value';
    const at = now ?? origin;
    // Its own day shown (one at a time), also when it is gone: focus goes to its neighbour there, not onto the day it was previewed in.
    host.reveal(at.columnId);
    if (byHost && !now) {
      const title = cardAfterWord(host.title(cardId));
      return say(msg(str`Flytting avbrutt. Kort ${title} ble fjernet av noen andre.`, { id: 'plan-board.announce.cancelled-removed' }));
    }
    if (byHost && started && doc && movedBy(started, doc, cardId)) say(moves.positionText(cardId, at, cardMovedByOthersText));
    else cancelled(cardId, at);
  };

  const move = (cardId: string, from: CardPosition, to: CardPosition): boolean => {
    if (from.columnId === to.columnId && from.index === to.index) {
      const title = isolate(host.title(cardId));
      host.announce(msg(str`${title} ligger der det lå`, { id: 'plan-board.announce.unchanged' }));
      return false;
    }
    const before = host.document();
    const moved = host.commit({ type: 'card.move', cardId, from: { ...from }, to: { ...to } });
    if (moved) {
      host.announce(msg(str`Flyttet. ${moves.positionText(cardId, to)}`, { id: 'plan-board.announce.dropped' }));
      host.reveal(to.columnId);
      // The host cancelled vk-change: the card is back where it was (not when the host set its own value).
    } else if (host.document() === before) cancelled(cardId, from);
    return moved;
  };

  const moves: KeyboardMoves = new KeyboardMoves(board, {
    ...host,
    cardsIn: (columnId) => index.cardsIn(columnId),
    rtl,
    columnTitle: (columnId) => columnName(host.document()?.columns, columnId, host.locale()),
    moved: (lifted) => {
      host.reveal(lifted.position.columnId);
      host.focusAfterUpdate(`c:${lifted.cardId}`);
    },
    drop: (lifted) => {
      host.focusAfterUpdate(`c:${lifted.cardId}`);
      move(lifted.cardId, lifted.origin, lifted.position);
    },
    cancelled: (lifted, reason) => ended(lifted.cardId, lifted.origin, reason, lifted.doc),
  });
  const drag = new BoardDrag(board, {
    ...host,
    root: () => board.renderRoot as ShadowRoot,
    canStart: () => host.canArrange() && !moves.current,
    positionOf: (cardId) => index.position(cardId),
    rtl,
    picked: (cardId, origin) => host.announce(msg(str`Løftet. ${moves.positionText(cardId, origin)}`, { id: 'plan-board.announce.pointer-picked-up' })),
    targeted: (cardId, target) => host.announce(moves.positionText(cardId, target)),
    dropped: (cardId, origin, target) => {
      if (move(cardId, origin, target)) host.focusAfterUpdate(`c:${cardId}`);
    },
    cancelled: ended,
  });
  const putBack = (nothing?: string): boolean => {
    const held = !!moves.current || drag.dragging;
    if (nothing && !held) return false;
    after = nothing ?? null;
    try {
      // Escape's focus with `nothing` (a lifted card focused again); else left alone, for the undo to move it.
      moves.cancel('program', !!nothing);
      drag.cancel();
    } finally {
      after = '';
    }
    return held;
  };
  return { moves, drag, move, putBack };
}
