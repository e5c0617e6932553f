import type { CSSResult, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { PlanDocument } from './plan-board.types.js';
import type { BoardPanels, BoardPanelsOptions } from './board-panels.js';
import type { BoardEditor, BoardEditorHost } from './board-editor.js';
import { whenIdle } from '../core/next-task.js';
import type { Announcer } from '../core/announcer.js';
import { pendingOpen, type PendingOpen } from '../core/pending-open.js';
import { focusOurs } from '../core/roving-focus.js';

/** The lazily loaded editing UI (board-editing.ts) and all its styles. */
type Editing = Pick<typeof import('./board-editing.js'), 'BoardPanels' | 'BoardEditor'> & { editingStyles: readonly CSSResult[] };

/**
 * The editing chunk, once per page. Module-level, holding no board: a pending load must not keep a
 * removed board reachable. Once loaded, a board installs it synchronously.
 *
 * Keyboard moves and pointer drag are not lazy: a keyboard move is the board's core interaction and
 * must act in the keydown's own task, for hosts and assistive technology alike (loaded lazily, a quick
 * Space, →, Space, Tab lost the move: the Tab cancelled the pick-up before the chunk arrived).
 */
let editingModule: Editing | null = null;
let editingPromise: Promise<Editing> | null = null;
function loadEditingModule(): Promise<Editing> {
  // The panels' styles are a chunk of their own, fetched at the same time (one round trip), and so is
  // the popover shell (core/popover.ts, which board-editing.ts imports): asked for here, it is a chunk
  // of its own, so each stays under issue 14's 10 KB for a lazy chunk (together 10,421 B gzip on
  // 7 Dec 2026). A failed load is forgotten: the next use asks again (see `LazyEditing.load`).
  editingPromise ??= Promise.all([import('./board-editing.js'), import('./panel.styles.js'), import('../core/popover.js')]).then(([module, { panelStyles, popoverStyles }]) => (editingModule = { ...module, editingStyles: [popoverStyles, panelStyles] }));
  editingPromise.catch(() => (editingPromise = null));
  return editingPromise;
}

let idlePreloadAsked = false;
/**
 * Once per page, when the browser is idle after an editable board's first frame: fetch the editing
 * chunk (not part of the first render, but there before a user's first click in practice). A user's
 * first focus or pointer entry preloads it too, earlier if it comes first.
 */
export function preloadEditingOnIdle(): void {
  if (idlePreloadAsked) return;
  idlePreloadAsked = true;
  whenIdle(() => void loadEditingModule().catch(() => undefined), 200);
}

type BoardAnnouncer = Pick<Announcer, 'loadRecovered' | 'loadFailed' | 'announce'>;

/** What the editing UI needs from its board, asked for when it is installed. */
export interface LazyEditingOptions {
  panels: BoardPanelsOptions;
  /** The board as the editor sees it. */
  editorHost: () => BoardEditorHost;
}

/**
 * One board's editing UI (the popover panels and the editor): absent until the page has the editing
 * chunk, then installed synchronously. A read-only board never loads it.
 */
export class LazyEditing {
  #editing: Editing | null = null;
  /** The one popover (menu, picker, editor, move menu, proposal), created when the editing UI loads. */
  panels: BoardPanels | null = null;
  /** What the panels show and do, created with them. */
  editor: BoardEditor | null = null;
  /** The load while it is under way (the board's updateComplete waits for it). */
  #load: Promise<Editing | null> | null = null;

  constructor(private readonly board: ReactiveControllerHost & HTMLElement, private readonly options: LazyEditingOptions) {
    // A part whose load failed on an earlier use (this editing UI: the board names it by this object,
    // plan-board.ts `#openPanel`; the recorder: 'recorder') and has loaded since: before the update
    // that shows it, the notice goes once no failed part remains (core/announcer.ts `loadRecovered`).
    // The board's announcer is protected: reached as core/popover.ts does.
    const announcer = (this.#announcer = (board as unknown as { announcer: BoardAnnouncer }).announcer);
    this.#pending = pendingOpen(board, (text) => announcer.announce(text), () => (this.#dropped = this.#load ?? this.editor?.loading));
    board.addController({
      hostUpdate: () => {
        if (!this.#editing) return;
        announcer.loadRecovered(this);
        if (this.panels?.recorderReady) announcer.loadRecovered('recorder');
      },
    });
  }

  /** The editing UI's styles once loaded (adopted when a panel first opens). */
  get styles(): readonly CSSResult[] | null {
    return this.#editing?.editingStyles ?? null;
  }

  /** A panel asked for while the editing UI loads (`openLater`). */
  readonly #pending: PendingOpen;
  readonly #announcer: BoardAnnouncer;

  /** The load a pending open waited for when it was cancelled. */
  #dropped: unknown;

  /**
   * The load under way, if any: the editing UI's, then the edit form's (the board's updateComplete waits for it). Not one a
   * cancelled open waited for (a disabled or read-only board draws no menu button: cancelled too): the focus repair waits on
   * updateComplete (a newcomer's QA, 80-pending-host, 82-move, 7 Dec 2026: focus on <body> until the chunk came).
   */
  get loading(): Promise<unknown> | null {
    const load = this.#load ?? this.editor?.loading ?? null;
    return this.#pending.on || load !== this.#dropped ? load : null;
  }

  /** Creates the panels and the editor when the page has the editing chunk; true when they exist. */
  install(): boolean {
    if (this.#editing) return true;
    const editing = editingModule;
    if (!editing) return false;
    this.#editing = editing;
    this.panels ??= new editing.BoardPanels(this.board, this.options.panels);
    this.editor ??= new editing.BoardEditor(this.options.editorHost(), this.panels, this.#pending);
    return true;
  }

  /**
   * Loads the editing UI (once). Called on first use and, to preload, when a user first focuses or
   * points into a board that may edit or propose. Resolves with the module, or null if it failed to
   * load (`error` says why): the board stays usable for reading, moving and Done, and the use that
   * asked for it says that a part could not be loaded (plan-board.ts `#openPanel`); a preload on
   * mere focus or pointer entry says nothing, as the other widgets' preloads. A later use asks again
   * (`loadEditingModule` forgets a failed load): the HTML standard fetches a module again after a
   * network or HTTP error (whatwg/html#10327), and once editing has loaded the notice goes (see the
   * constructor). A browser that still keeps a failed import for the page's life (whatwg/html#6768)
   * fails again at once: there editing comes back only with a reload, as the notice advises.
   */
  load(): Promise<Editing | null> {
    if (this.install()) return Promise.resolve(this.#editing);
    this.#load ??= LazyEditing.#loadFor(new WeakRef(this));
    return this.#load;
  }

  /**
   * A panel asked for (from `anchor`) before the editing UI is in: `open` once it is, unless the user
   * has gone on meanwhile (core/pending-open.ts: `anchor` busy and, after half a second, "Åpner
   * detaljene …"; the next key or focus elsewhere in the board cancels; before 7 Dec 2026 a card's
   * menu asked for on a slow connection opened when the chunk came, over whatever the user had done
   * since) or has put focus elsewhere on the page (it would take focus). A failed load is said, and the notice's "Prøv igjen"
   * asks again for this open (core/announcer.ts `loadFailed`): it opens, from `anchor`, once the chunk comes (focus back there
   * as it closes). Before 8 Dec 2026 the notice only said to reload the page (losing what the host's page held), though the
   * next use asked again.
   */
  openLater(anchor: HTMLElement | null, open: () => void): void {
    this.#pending.start(anchor);
    void this.load().then(() => {
      if (!this.panels) return this.#pending.end(true), this.#announcer.loadFailed(this.error, this, () => this.#again(anchor, open));
      if (this.#pending.done(anchor) && focusOurs(this.board)) open();
    });
  }

  /**
   * "Prøv igjen": `openLater` again. Its card or day gone meanwhile (a host value; QA round 2, 8 Dec 2026: the press said
   * nothing and opened nothing), that is said, in the words a card's form or a day's panel has for it, and the chunk is asked
   * for alone (`pending-open` opens nothing from a control no longer in the board).
   */
  #again(anchor: HTMLElement | null, open: () => void): void {
    const doc = (this.board as unknown as { document: PlanDocument | null }).document;
    const card = anchor?.closest<HTMLElement>('.card')?.dataset.card;
    const day = anchor?.closest<HTMLElement>('[data-column]')?.dataset.column;
    if (card && !doc?.cards.some((c) => c.id === card)) this.#announcer.announce(msg('Kortet ble fjernet av noen andre.', { id: 'plan-board.notice.removed' }));
    else if (day && !doc?.columns.some((c) => c.id === day)) this.#announcer.announce(msg('Dagen ble fjernet av noen andre.', { id: 'plan-board.announce.day-removed' }));
    this.openLater(anchor, open);
  }

  /** Preloads on a user's first focus or pointer in a board that may use it. */
  preload(): void {
    if (!this.#editing && !this.#load) void this.load();
  }

  /**
   * Static and holding only a WeakRef: a callback made in an instance method would share a context
   * with `this`, and the pending import would keep a board removed before the chunk arrived reachable.
   */
  static #loadFor(ref: WeakRef<LazyEditing>): Promise<Editing | null> {
    return loadEditingModule().then(
      (editing) => {
        const lazy = ref.deref();
        if (lazy) lazy.#settled(true);
        return editing;
      },
      (error) => {
        const lazy = ref.deref();
        if (lazy) lazy.#settled(false, error);
        return null;
      },
    );
  }

  /** Why the last load failed. */
  error: unknown;

  #settled(loaded: boolean, error?: unknown): void {
    this.#load = null;
    if (!loaded) return void (this.error = error);
    this.install();
    this.board.requestUpdate();
  }
}
