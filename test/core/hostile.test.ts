// Hostile strings stay inert in every widget, and the widgets use no network and no storage
// (contract §9, issue 13 "Keep"): markup, template syntax, bidi overrides and lone surrogates in
// every text position render as text; Lit-template-shaped values are rejected with one vk-error;
// JSON text with 1e999 is normalised like an object; nothing is fetched or stored while a
// hostile document is rendered, navigated by keyboard, edited, undone and redone.
// (The built file under a strict CSP with Trusted Types is checked by npm run check:dist.)
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { validateDocument, type KnownKind } from '../../src/documents.js';
import { createAminaPlan, createInnherredSchedule, createLadder, createWorkOrientedCourseSteps } from '../../src/presets/index.js';
import { json, tags, type Json } from './arbitraries.js';

const make: Record<KnownKind, () => Json> = {
  steps: createWorkOrientedCourseSteps,
  plan: createAminaPlan,
  ladder: () => createLadder('care', { participantLanguage: 'ar', mentor: { name: 'Eva' } }),
  schedule: createInnherredSchedule,
};

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '"><svg onload="window.__pwned=3">',
  '${window.__pwned=4}',
  '{{constructor.constructor("window.__pwned=5")()}}',
  '<a href="javascript:window.__pwned=6">x</a>',
  '\u202Eevil\u202C',
  'lone \uD800 surrogate',
  '<style>*{display:none}</style>',
];
const TEXT_KEYS = new Set(['title', 'description', 'note', 'place', 'text', 'alt', 'name', 'certificate', 'branch', 'by']);

/** Puts hostile strings in every text position of a document (Text strings and Text records). */
function poison(doc: Json): Json {
  let n = 0;
  const next = (): string => HOSTILE[n++ % HOSTILE.length];
  const visit = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (TEXT_KEYS.has(key) && typeof value === 'string') node[key] = key === 'branch' || key === 'by' || key === 'name' ? next().slice(0, 200) : next();
      else if (TEXT_KEYS.has(key) && value && typeof value === 'object' && !Array.isArray(value)) for (const lang of Object.keys(value)) value[lang] = next();
      else visit(value);
    }
  };
  const copy = json(doc);
  visit(copy);
  return copy;
}

/** Every element in a shadow tree, nested shadow roots included. */
function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

interface Spy {
  calls: string[];
  restore(): void;
}
/** Records every use of the network and of storage APIs. */
function spyOnNetworkAndStorage(): Spy {
  const calls: string[] = [];
  const restores: Array<() => void> = [];
  const wrap = <T extends object>(target: T, key: keyof T & string, label: string): void => {
    const original = target[key] as unknown as (...args: unknown[]) => unknown;
    (target as Record<string, unknown>)[key] = function (this: unknown, ...args: unknown[]) {
      calls.push(`${label}(${String(args[0]).slice(0, 60)})`);
      return original.apply(this, args);
    };
    restores.push(() => ((target as Record<string, unknown>)[key] = original));
  };
  wrap(window, 'fetch', 'fetch');
  wrap(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest.open');
  wrap(navigator, 'sendBeacon', 'sendBeacon');
  wrap(Storage.prototype, 'setItem', 'Storage.setItem');
  wrap(Storage.prototype, 'getItem', 'Storage.getItem');
  wrap(indexedDB, 'open', 'indexedDB.open');
  for (const name of ['WebSocket', 'EventSource'] as const) {
    const Original = window[name];
    (window as unknown as Record<string, unknown>)[name] = function (url: string) {
      calls.push(`${name}(${url})`);
      throw new Error('blocked in test');
    };
    restores.push(() => ((window as unknown as Record<string, unknown>)[name] = Original));
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie') as PropertyDescriptor;
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => (calls.push('document.cookie get'), ''),
    set: () => void calls.push('document.cookie set'),
  });
  restores.push(() => {
    delete (document as { cookie?: string }).cookie;
    Object.defineProperty(Document.prototype, 'cookie', cookie);
  });
  return { calls, restore: () => restores.reverse().forEach((restore) => restore()) };
}

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

function press(el: HTMLElement, key: string): void {
  const target = (el.shadowRoot?.activeElement as HTMLElement | null) ?? el;
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true, cancelable: true }));
}

type Widget = HTMLElement & { value: Json; error: Json; undo(): boolean; redo(): boolean; updateComplete: Promise<unknown> };

for (const kind of Object.keys(make) as KnownKind[]) {
  describe(`hostile strings, network and storage: <${tags[kind]}>`, () => {
    afterEach(() => {
      delete (window as { __pwned?: unknown }).__pwned;
    });

    it('hostile strings in every text position are accepted, render as text and run nothing', async () => {
      const doc = poison(make[kind]());
      expect(validateDocument(kind, doc)).to.deep.equal({ ok: true });
      const spy = spyOnNetworkAndStorage();
      let el: Widget;
      try {
        el = (await fixture(html`<div></div>`)).appendChild(document.createElement(tags[kind])) as Widget;
        el.value = doc;
        await el.updateComplete;
        await frame();
        // Keyboard through the widget: focus its tab stop, move, act, cancel; then undo/redo.
        (el.shadowRoot?.querySelector<HTMLElement>('[tabindex="0"]') ?? el.shadowRoot?.querySelector<HTMLElement>('button'))?.focus();
        for (const key of ['ArrowRight', 'ArrowDown', 'End', 'Home', ' ', 'ArrowDown', ' ', 'Escape', 'Enter', 'Escape']) {
          press(el, key);
          await el.updateComplete;
        }
        el.undo();
        el.redo();
        await el.updateComplete;
        await frame();
      } finally {
        spy.restore();
      }
      expect(spy.calls, 'network or storage used').to.deep.equal([]);
      expect((window as { __pwned?: unknown }).__pwned, 'host text ran as code').to.equal(undefined);
      const elements = allElements(el.shadowRoot as ShadowRoot);
      for (const node of elements) {
        expect(node.localName, 'an element made from host text').to.not.be.oneOf(['script', 'iframe', 'object', 'embed']);
        for (const attribute of Array.from(node.attributes)) expect(attribute.name.startsWith('on'), `${node.localName}[${attribute.name}]`).to.equal(false);
        if (node.localName === 'a') expect((node as HTMLAnchorElement).href.startsWith('javascript:')).to.equal(false);
      }
      expect(elements.filter((node) => node.localName === 'img' && node.getAttribute('src') === 'x'), 'an <img src=x> made from host text').to.have.length(0);
      const text = el.shadowRoot?.textContent ?? '';
      expect(HOSTILE.some((s) => text.includes(s.slice(0, 12))), 'the hostile strings are shown as text').to.equal(true);
    });

    it('a Lit-template-shaped title is rejected with one vk-error; nothing throws, the last document stays', async () => {
      const el = (await fixture(html`<div></div>`)).appendChild(document.createElement(tags[kind])) as Widget;
      el.value = make[kind]();
      await el.updateComplete;
      const before = el.value;
      const errors: unknown[] = [];
      el.addEventListener('vk-error', (event) => errors.push((event as CustomEvent).detail));
      const shaped = [{ _$litType$: 1, strings: ['<b>x</b>'], values: [] }, JSON.parse('{"constructor":{"_$litType$":1,"strings":["x"],"values":[]}}')];
      for (const title of shaped) {
        const doc = json(make[kind]());
        const item = kind === 'steps' ? doc.steps[0] : kind === 'plan' ? doc.cards[0] : kind === 'ladder' ? doc.phases[0].tasks[0] : doc.courses[0];
        Object.defineProperty(item, 'title', { value: title, enumerable: true, writable: true, configurable: true });
        expect(() => (el.value = doc)).not.to.throw();
        expect(() => (el.value = JSON.stringify(doc))).not.to.throw();
        await el.updateComplete;
      }
      expect(errors).to.have.length(4);
      expect(el.value).to.equal(before);
      expect(el.shadowRoot?.querySelector('[part="empty"]')).to.equal(null);
    });

    it('JSON text is normalised exactly like an object: 1e999 becomes null, so event details survive a JSON round trip', async () => {
      const el = (await fixture(html`<div></div>`)).appendChild(document.createElement(tags[kind])) as Widget;
      const text = JSON.stringify(make[kind]()).replace(/^\{/, '{"hostNumber":1e999,');
      el.value = text;
      await el.updateComplete;
      expect(el.error).to.equal(null);
      expect(el.value.hostNumber).to.equal(null);
      const fromObject = (await fixture(html`<div></div>`)).appendChild(document.createElement(tags[kind])) as Widget;
      fromObject.value = { ...make[kind](), hostNumber: Infinity };
      expect(fromObject.value).to.deep.equal(el.value);
      expect(JSON.parse(JSON.stringify(el.value))).to.deep.equal(el.value);
    });
  });
}
