// No leaks (issue 13): each widget mounted with a document and removed 500 times; after forced
// garbage collection (Chromium runs with --js-flags=--expose-gc) no removed element may still be
// reachable. A listener on a global (speechSynthesis, matchMedia, document, window, observers)
// that outlives its element keeps the element alive, and this test sees it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { KnownKind } from '../../src/documents.js';
import { createAminaPlan, createInnherredSchedule, createLadder, createWorkOrientedCourseSteps } from '../../src/presets/index.js';
import { tags } from './arbitraries.js';

const MOUNTS = 500;
const make: Record<KnownKind, () => unknown> = {
  steps: createWorkOrientedCourseSteps,
  plan: createAminaPlan,
  ladder: () => createLadder('care', { participantLanguage: 'ar' }),
  schedule: createInnherredSchedule,
};
const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Forces full collections between frames (a WeakRef target stays alive until its job ends). */
async function collect(): Promise<void> {
  const gc = (window as { gc?: () => void }).gc;
  if (!gc) throw new Error('window.gc is missing: web-test-runner.config.mjs must pass --js-flags=--expose-gc to Chromium');
  for (let i = 0; i < 4; i++) {
    await frame();
    gc();
  }
}

/** Mounts and removes the widget `mounts` times; returns weak references to the removed elements. */
async function mountAndRemove(kind: KnownKind, mounts: number): Promise<Array<WeakRef<HTMLElement>>> {
  const host = await fixture(html`<div></div>`);
  const document_ = make[kind]();
  const refs: Array<WeakRef<HTMLElement>> = [];
  for (let i = 0; i < mounts; i++) {
    const el = document.createElement(tags[kind]) as HTMLElement & { value: unknown; updateComplete: Promise<unknown> };
    el.value = document_;
    host.appendChild(el);
    await el.updateComplete;
    refs.push(new WeakRef(el));
    el.remove();
  }
  host.remove();
  return refs;
}

/**
 * How many of `mounts` removed elements are still reachable after garbage collection. Collects
 * in a separate frame from the one that mounted (a suspended async function may still hold its
 * last local).
 */
export async function reachableAfterMounts(kind: KnownKind, mounts = MOUNTS): Promise<number> {
  const refs = await mountAndRemove(kind, mounts);
  await collect();
  return refs.filter((ref) => ref.deref() !== undefined).length;
}

describe('no leaks on unmount', () => {
  for (const kind of ['steps', 'schedule', 'plan', 'ladder'] as KnownKind[]) {
    it(`<${tags[kind]}>: ${MOUNTS} mounted and removed elements are all collected`, async function () {
      this.timeout(0);
      expect(await reachableAfterMounts(kind), 'removed elements still reachable').to.equal(0);
    });
  }
});
