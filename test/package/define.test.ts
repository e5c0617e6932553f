import { expect } from '@open-wc/testing';
import { defineAll, defineElement, veikartElements, type ElementRegistry } from '../../src/api.js';
import '../../src/define.js';

/** A registry that records definitions, as a scoped CustomElementRegistry would hold them. */
function fakeRegistry(): ElementRegistry & { defined: Map<string, CustomElementConstructor> } {
  const defined = new Map<string, CustomElementConstructor>();
  return { defined, get: (name) => defined.get(name), define: (name, ctor) => void defined.set(name, ctor) };
}

function captureWarnings(run: () => void): unknown[][] {
  const original = console.warn;
  const warnings: unknown[][] = [];
  console.warn = (...args: unknown[]) => void warnings.push(args);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('registering the tags', () => {
  it('importing veikart/define registered all four tags globally', () => {
    for (const [tag, ctor] of Object.entries(veikartElements)) expect(customElements.get(tag)).to.equal(ctor);
  });

  it('registering again with the same classes is silent and throws nothing', () => {
    const warnings = captureWarnings(() => expect(defineAll()).to.deep.equal([]));
    expect(warnings).to.deep.equal([]);
  });

  it('a second copy of Veikart (another class for the same tag) warns instead of throwing, and keeps the first', () => {
    class Copy extends HTMLElement {}
    let result: boolean | undefined;
    const warnings = captureWarnings(() => (result = defineElement('vk-plan-board', Copy)));
    expect(result).to.equal(false);
    expect(warnings.length).to.equal(1);
    expect(String(warnings[0][0])).to.contain('<vk-plan-board> is already defined');
    expect(customElements.get('vk-plan-board')).to.equal(veikartElements['vk-plan-board']);
  });

  it('defineAll(registry) defines every tag in the registry it is given, once', () => {
    const registry = fakeRegistry();
    expect(defineAll(registry).sort()).to.deep.equal(Object.keys(veikartElements).sort());
    expect([...registry.defined.keys()].sort()).to.deep.equal(Object.keys(veikartElements).sort());
    expect(defineAll(registry)).to.deep.equal([]);
  });

  it('a registry whose define throws (e.g. the class is already used under another name) gets a warning, not an exception', () => {
    const registry: ElementRegistry = { get: () => undefined, define: () => { throw new DOMException('already used', 'NotSupportedError'); } };
    const warnings = captureWarnings(() => expect(defineAll(registry)).to.deep.equal([]));
    expect(warnings.length).to.equal(4);
  });

  it('a real scoped CustomElementRegistry accepts defineAll() and then holds every tag', () => {
    // Chromium ships scoped custom element registries; the fake registry above covers older browsers' logic.
    const registry = new (CustomElementRegistry as unknown as new () => ElementRegistry)();
    const tags = defineAll(registry);
    expect(tags.sort()).to.deep.equal(Object.keys(veikartElements).sort());
    for (const tag of tags) expect(registry.get(tag)).to.equal(veikartElements[tag]);
  });
});
