// Ids named like Object.prototype members ("__proto__", "constructor", "toString", …) are ordinary
// ids in every widget (contract §5 allows any string): the document renders, a keyboard edit
// fires one vk-change naming the id, undo restores the document, and nothing throws.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { validateDocument, type KnownKind } from '../../src/documents.js';
import { createAminaPlan, createInnherredSchedule, createLadder, createWorkOrientedCourseSteps } from '../../src/presets/index.js';
import { json, tags, type Json } from './arbitraries.js';

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'isPrototypeOf', '__defineGetter__', 'then', 'length', '0', ''];
const make: Record<KnownKind, () => Json> = {
  steps: createWorkOrientedCourseSteps,
  plan: createAminaPlan,
  ladder: () => createLadder('care', { participantLanguage: 'ar', mentor: { name: 'Eva' } }),
  schedule: createInnherredSchedule,
};

/** The document with its ids (and the references to them) renamed to NAMES, in document order. */
function prototypeIds(doc: Json): Json {
  const copy = json(doc);
  const renamed = new Map<string, string>();
  const names = NAMES.filter(Boolean);
  const visit = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    if (typeof node.id === 'string' && renamed.size < names.length && !node.id.startsWith('vk:')) {
      renamed.set(node.id, names[renamed.size]);
      node.id = renamed.get(node.id);
    }
    for (const key of Object.keys(node)) visit(node[key]);
  };
  visit(copy);
  const references = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(references);
    if (!node || typeof node !== 'object') return;
    for (const key of ['columnId', 'courseId']) if (typeof node[key] === 'string' && renamed.has(node[key])) node[key] = renamed.get(node[key]);
    for (const key of Object.keys(node)) references(node[key]);
  };
  references(copy);
  return copy;
}

type Widget = HTMLElement & { value: Json; error: Json; undo(): boolean; updateComplete: Promise<unknown> };

function press(el: HTMLElement, key: string): void {
  const target = (el.shadowRoot?.activeElement as HTMLElement | null) ?? el;
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true, cancelable: true }));
}

for (const kind of Object.keys(make) as KnownKind[]) {
  it(`<${tags[kind]}>: ids named like Object.prototype members are ordinary ids`, async () => {
    const doc = prototypeIds(make[kind]());
    expect(JSON.stringify(doc)).to.include('"id":"__proto__"');
    expect(validateDocument(kind, doc)).to.deep.equal({ ok: true });
    const thrown: string[] = [];
    const onError = (event: ErrorEvent): void => void thrown.push(event.message);
    window.addEventListener('error', onError);
    const changes: Json[] = [];
    try {
      const el = (await fixture(html`<div></div>`)).appendChild(document.createElement(tags[kind])) as Widget;
      el.addEventListener('vk-change', (event) => changes.push((event as CustomEvent).detail.operation));
      el.value = doc;
      await el.updateComplete;
      expect(el.error).to.equal(null);
      expect(el.shadowRoot?.querySelector('[part="empty"]')).to.equal(null);
      if (kind === 'schedule') {
        (el as unknown as { date: string }).date = doc.sessions[0].start.slice(0, 10);
        await el.updateComplete;
      }
      const stop = { steps: '[tabindex="0"]', ladder: '[tabindex="0"]', plan: '.card-button[tabindex="0"]', schedule: '[role="gridcell"][tabindex="0"]' }[kind];
      el.shadowRoot?.querySelector<HTMLElement>(stop)?.focus();
      // Steps and ladder: Space edits the first item. Board and calendar: Space picks up, an arrow moves, Space drops.
      for (const key of kind === 'steps' || kind === 'ladder' ? [' '] : kind === 'plan' ? [' ', 'ArrowDown', ' '] : ['Enter', ' ', 'ArrowRight', ' ']) {
        press(el, key);
        await el.updateComplete;
      }
      expect(changes.length, 'a keyboard edit').to.equal(1);
      expect(NAMES).to.include(Object.values(changes[0]).find((v) => typeof v === 'string' && v !== changes[0].type));
      el.undo();
      await el.updateComplete;
      expect(el.value).to.deep.equal(doc);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(thrown).to.deep.equal([]);
  });
}
