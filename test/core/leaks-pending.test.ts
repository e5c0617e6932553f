// No leaks when a widget is removed while an item's details wait for their lazy chunk (core/pending-open.ts): while an open
// waits, a press or focus anywhere on the page cancels it, through listeners on the window; they must go with the open (the
// removal cancels it), or every widget removed mid-wait stays reachable. One file, so that no chunk is loaded at the start:
// each widget is mounted, its item asked for and the widget removed with only microtasks between (the chunk cannot arrive),
// then the chunks come, and garbage collection runs.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { KnownKind } from '../../src/documents.js';
import { createAminaPlan, createInnherredSchedule, createLadder, createWorkOrientedCourseSteps } from '../../src/presets/index.js';
import { key, microtasks } from '../helpers/slow-open.js';
import { tags } from './arbitraries.js';
import { collect } from './leak-helpers.js';

const MOUNTS = 20;
type Widget = HTMLElement & { value: unknown; updateComplete: Promise<unknown> };
const schedule = createInnherredSchedule();
/** Each widget's document, attributes, and the item whose details its user asks for (Enter, or a click on a card's menu). */
const cases: Record<KnownKind, { value: unknown; attributes?: Record<string, string>; item: string; ask: (item: HTMLElement) => void; chunk: () => Promise<unknown> }> = {
  steps: { value: createWorkOrientedCourseSteps(), item: '.step-button', ask: (item) => key(item, 'Enter'), chunk: () => import('../../src/step-tracker/step-details.js') },
  ladder: { value: createLadder('care', { participantLanguage: 'ar' }), item: '.task-button', ask: (item) => key(item, 'Enter'), chunk: () => import('../../src/task-ladder/task-panel.js') },
  schedule: { value: schedule, attributes: { date: schedule.sessions[0].start.slice(0, 10) }, item: '[data-session]', ask: (item) => key(item, 'Enter'), chunk: () => import('../../src/course-calendar/session-popover.js') },
  plan: { value: createAminaPlan(), attributes: { mode: 'adviser' }, item: '.menu-button', ask: (item) => item.click(), chunk: () => import('../../src/plan-board/board-editing.js') },
};

/**
 * Mounts `kind` MOUNTS times, then, with only microtasks between (the first focus starts the chunk's preload), asks for an
 * item's details in each and removes it while they wait; weak references to them.
 */
async function removedWhileWaiting(kind: KnownKind, host: HTMLElement): Promise<Array<WeakRef<Widget>>> {
  const { value, attributes = {}, item, ask } = cases[kind];
  const widgets = Array.from({ length: MOUNTS }, () => {
    const el = host.appendChild(document.createElement(tags[kind]) as Widget);
    el.value = value;
    for (const [name, v] of Object.entries(attributes)) el.setAttribute(name, v);
    return el;
  });
  await Promise.all(widgets.map((el) => el.updateComplete));
  for (const el of widgets) {
    const button = el.shadowRoot!.querySelector<HTMLElement>(item)!;
    button.focus();
    ask(button);
    await microtasks();
    if (button.getAttribute('aria-busy') !== 'true') throw new Error(`<${tags[kind]}>: not waiting for its chunk`);
    el.remove();
  }
  return widgets.map((el) => new WeakRef(el));
}

describe('no leaks when removed while an item’s details wait for their chunk', () => {
  it(`every widget: ${MOUNTS} of each removed mid-wait are all collected once the chunks have come`, async function () {
    this.timeout(0);
    const host = document.body.appendChild(document.createElement('div'));
    const refs = new Map<KnownKind, Array<WeakRef<Widget>>>();
    for (const kind of Object.keys(cases) as KnownKind[]) refs.set(kind, await removedWhileWaiting(kind, host));
    host.remove();
    await Promise.all(Object.values(cases).map((c) => c.chunk()));
    await collect();
    const alive = [...refs].map(([kind, list]) => `${kind}: ${list.filter((ref) => ref.deref()).length}`);
    expect(alive.join(', ')).to.equal(Object.keys(cases).map((kind) => `${kind}: 0`).join(', '));
  });
});
