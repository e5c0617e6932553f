import { noChange, render, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';

/** One list item of a column: its key, what it shows (compared by identity, as Lit's `guard`) and its template. */
export interface CardRow {
  key: string;
  deps: readonly unknown[];
  template: () => TemplateResult;
}

interface Entry {
  li: HTMLElement;
  /** The fragment Lit rendered the item into: rendering into it again updates the item wherever it now is. */
  holder: DocumentFragment;
  deps: readonly unknown[];
  /** The board render that last placed it in a list. */
  pass: number;
}

type MovableParent = Node & { moveBefore?: (node: Node, child: Node | null) => void };

/**
 * Puts `node` before `ref` in `parent`. A node already in the same tree moves with
 * `Element.moveBefore` (Chromium 133+, Firefox 144+), which keeps its state: a focused card stays
 * focused, with no blur, no forced layout of the removal and no `focus()` afterwards. Elsewhere (and
 * for new nodes) a plain `insertBefore`.
 */
function place(parent: Node, node: Node, ref: Node | null): void {
  const movable = parent as MovableParent;
  if (movable.moveBefore && node.isConnected && parent.isConnected) {
    try {
      movable.moveBefore(node, ref);
      return;
    } catch {
      // not movable here (another document or tree): insert instead
    }
  }
  parent.insertBefore(node, ref);
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Which entries of `seq` (positions, -1 = not there) form a longest increasing run: those stay put. O(n log n). */
function stayPut(seq: readonly number[]): boolean[] {
  const tails: number[] = []; // index into seq of the smallest tail of each run length
  const prev = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    const v = seq[i];
    if (v < 0) continue;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Array<boolean>(seq.length).fill(false);
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) keep[i] = true;
  return keep;
}

/**
 * The list items of a board's columns, one per card and kept by card id across columns, so a card
 * that changes column (a keyboard move step, a drop, a new value) is the same element in its new
 * list: moved, not rebuilt, and still focused (Lit's keyed `repeat` keeps nodes within one list
 * only). Each item is rendered by Lit into a fragment of its own and re-rendered only when its
 * `deps` change. Items a list no longer shows stay where they are until the board's update ends
 * (another column may take them in the same update); `sweep()` then removes the unclaimed ones.
 * A list that goes away (its column's last card left) takes its items with it: a focused one
 * loses focus there and the board focuses it again in its new list, as before moveBefore.
 */
export class CardNodes {
  readonly #entries = new Map<string, Entry>();
  readonly #loose = new Set<Element>();
  #later: Array<() => void> = [];
  #pass = 0;

  /** Starts a board render. */
  begin(): void {
    this.#pass++;
  }

  /** The item for `row`, rendered again when its deps changed. */
  node(row: CardRow): HTMLElement {
    let entry = this.#entries.get(row.key);
    if (!entry) {
      const holder = document.createDocumentFragment();
      render(row.template(), holder);
      entry = { li: holder.lastElementChild as HTMLElement, holder, deps: row.deps, pass: this.#pass };
      this.#entries.set(row.key, entry);
      return entry.li;
    }
    if (!sameDeps(entry.deps, row.deps)) {
      render(row.template(), entry.holder);
      entry.deps = row.deps;
      // A different template would have been rendered anew into the fragment: it replaces the old item.
      const fresh = entry.holder.lastElementChild as HTMLElement | null;
      if (fresh && fresh !== entry.li) {
        entry.li.parentNode?.insertBefore(fresh, entry.li);
        entry.li.remove();
        entry.li = fresh;
      }
    }
    entry.pass = this.#pass;
    return entry.li;
  }

  /** Forgets the items of cards `has` no longer knows (a new document; an item whose list went away with its column's last card). O(items). */
  prune(has: (key: string) => boolean): void {
    for (const [key, entry] of this.#entries) {
      if (has(key)) continue;
      entry.li.remove();
      this.#entries.delete(key);
    }
  }

  /** An item left a list: removed by `sweep()` unless a list takes it first. */
  loose(node: Element): void {
    this.#loose.add(node);
  }

  /** Runs `place` once the board's update has put the new lists in the document (see `sweep`). */
  later(place: () => void): void {
    this.#later.push(place);
  }

  /**
   * After a board update: places items into lists that were new in it (a node only keeps its state
   * when it moves between two places in the document), then removes the items no list took, and
   * forgets them.
   */
  sweep(): void {
    if (this.#later.length) {
      const later = this.#later;
      this.#later = [];
      for (const run of later) run();
    }
    if (this.#loose.size === 0) return;
    for (const node of this.#loose) {
      const key = (node as HTMLElement).dataset?.card;
      const entry = key !== undefined ? this.#entries.get(key) : undefined;
      if (entry && entry.li === node && entry.pass === this.#pass) continue;
      if (entry && entry.li === node) this.#entries.delete(key!);
      node.remove();
    }
    this.#loose.clear();
  }
}

// Only ever in a child position (the column's list, column.ts): no check of its part type, which cost up-front bytes.
class CardListDirective extends Directive {
  render(_nodes: CardNodes, _rows: readonly CardRow[]): unknown {
    return noChange;
  }

  override update(part: ChildPart, [nodes, rows]: [CardNodes, readonly CardRow[]]): unknown {
    const wanted = rows.map((row) => nodes.node(row));
    // A new list (its column was empty) is still outside the document: an item that moves into it
    // from another list waits until the update has put the list in place.
    if (!part.parentNode.isConnected && wanted.some((n) => n.isConnected)) nodes.later(() => part.parentNode.isConnected && arrange(part, wanted, nodes));
    else arrange(part, wanted, nodes);
    return noChange;
  }
}

/** Puts `wanted` in order between the markers of `part`, moving as few items as it can. O(n log n). */
function arrange(part: ChildPart, wanted: readonly HTMLElement[], nodes: CardNodes): void {
  const parent = part.parentNode;
  const end = part.endNode;
  const here: Node[] = [];
  for (let n = part.startNode?.nextSibling ?? parent.firstChild; n && n !== end; n = n.nextSibling) here.push(n);
  if (here.length !== wanted.length || here.some((n, i) => n !== wanted[i])) {
    const wantedSet = new Set<Node>(wanted);
    for (const n of here) if (!wantedSet.has(n) && n instanceof Element) nodes.loose(n);
    const position = new Map(here.map((n, i) => [n, i]));
    // Keep the longest run already in order; move (or insert) the rest, from the end.
    const keep = stayPut(wanted.map((n) => position.get(n) ?? -1));
    let ref: Node | null = end;
    for (let i = wanted.length - 1; i >= 0; i--) {
      if (!keep[i]) place(parent, wanted[i], ref);
      ref = wanted[i];
    }
  }
}

/**
 * The cards of a list (`<ul>${cardList(nodes, rows)}</ul>`), each the same element for the same key
 * wherever it is shown (see `CardNodes`). O(rows) per render of the list, O(1) per unchanged card.
 */
export const cardList = directive(CardListDirective);
