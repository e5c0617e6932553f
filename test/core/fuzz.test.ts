// Fuzzed and hostile documents: seeded random mutations of valid documents, fed to every widget.
// Whatever comes in, the setter never throws, the widget either accepts a document that
// validateDocument also accepts or fires vk-error whose JSON Pointer exists in the input, and
// a rejected input leaves the last valid document in place.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { validateDocument, type KnownKind } from '../../src/documents.js';
import { createAminaPlan, createInnherredSchedule, createLadder, createWorkOrientedCourseSteps } from '../../src/presets/index.js';

/** Mulberry32: a small seeded PRNG, so a failure can be replayed. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hostile: unknown[] = [
  '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '\u202Eevil', '', ' ', 'x'.repeat(6000), -1, 1e308, NaN, null, true, [], {},
  { __proto__: { polluted: true } }, '2026-02-30', '2026-13-01', '#zzz', 'data:text/html,<script>alert(1)</script>', '../../etc/passwd',
];

type Json = unknown;
function paths(value: Json, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function mutate(doc: Json, random: () => number): Json {
  const copy = JSON.parse(JSON.stringify(doc));
  const all = paths(copy).filter((p) => p.length > 0);
  const times = 1 + Math.floor(random() * 3);
  for (let n = 0; n < times; n++) {
    const path = all[Math.floor(random() * all.length)];
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent?.[key as never];
    if (parent === null || typeof parent !== 'object') continue;
    const key = path[path.length - 1];
    const choice = random();
    if (choice < 0.25) delete (parent as Record<string, unknown>)[key as string];
    else if (choice < 0.5 && Array.isArray(parent)) parent.push(structuredClone(parent[Math.floor(random() * parent.length)] ?? null));
    else (parent as Record<string, unknown>)[key as string] = structuredClone(hostile[Math.floor(random() * hostile.length)]);
  }
  return copy;
}

function pointerExists(input: Json, pointer: string): boolean {
  if (pointer === '') return true;
  let node = input;
  const segments = pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  // The pointer names the offending value, or a missing member of an object that exists.
  for (const [i, segment] of segments.entries()) {
    if (node === null || typeof node !== 'object') return false;
    if (!(segment in (node as object))) return i === segments.length - 1;
    node = (node as Record<string, unknown>)[segment];
  }
  return true;
}

const kinds: Array<[KnownKind, string, () => unknown]> = [
  ['steps', 'vk-step-tracker', createWorkOrientedCourseSteps],
  ['plan', 'vk-plan-board', createAminaPlan],
  ['ladder', 'vk-task-ladder', () => createLadder('care', { participantLanguage: 'ar', mentor: { name: 'Eva' } })],
  ['schedule', 'vk-course-calendar', createInnherredSchedule],
];

for (const [kind, tag, make] of kinds) {
  describe(`fuzzed documents: <${tag}>`, () => {
    it('150 mutated documents: no throw; accepted ⇔ valid; rejected → vk-error with an existing path and the last good value kept', async () => {
      const el = (await fixture(html`<div></div>`)).appendChild(document.createElement(tag)) as HTMLElement & { value: unknown; error: { issues: Array<{ path: string }> } | null; updateComplete: Promise<unknown> };
      const good = make();
      el.value = good;
      const random = prng(kind.length * 7919);
      let accepted = 0;
      let rejected = 0;
      for (let i = 0; i < 150; i++) {
        const before = el.value;
        const input = mutate(good, random);
        const errors: Array<{ issues: Array<{ path: string }> }> = [];
        const listener = (e: Event): void => void errors.push((e as CustomEvent).detail);
        el.addEventListener('vk-error', listener);
        expect(() => {
          el.value = input;
        }, `case ${i}`).not.to.throw();
        el.removeEventListener('vk-error', listener);
        const valid = validateDocument(kind, input).ok;
        if (valid) {
          accepted++;
          expect(errors, `case ${i} valid but rejected`).to.have.length(0);
          expect(el.value, `case ${i}`).to.deep.equal(JSON.parse(JSON.stringify(input)));
          await el.updateComplete;
        } else {
          rejected++;
          expect(errors, `case ${i} invalid but accepted`).to.have.length(1);
          for (const issue of errors[0].issues) expect(pointerExists(input, issue.path), `case ${i}: ${issue.path}`).to.equal(true);
          expect(el.value, `case ${i}`).to.equal(before);
        }
        el.value = good;
      }
      expect(accepted + rejected).to.equal(150);
      expect(rejected).to.be.greaterThan(0);
      expect(accepted, 'some hostile but valid documents are rendered').to.be.greaterThan(0);
      // Nothing the host sent became markup.
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  });
}
