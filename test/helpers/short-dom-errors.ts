/**
 * Loaded before every test file (web-test-runner.config.mjs `testRunnerHtml`).
 *
 * A failing assertion about DOM nodes (`expect(activeElement).to.equal(field)`) carries the two
 * nodes as the error's `actual` and `expected`. The runner then builds a diff by walking them
 * (mocha's `stringify` follows every enumerable property, inherited ones too: `ownerDocument`,
 * `parentElement`, …), and the test page never finishes: the run waited for its 10-minute
 * `testsFinishTimeout` and reported "Browser tests did not finish" instead of the failure. Here a
 * node in `actual` or `expected` is replaced by a short description (`<input id="title"
 * name="t">`, `#text "…"`) and the diff is turned off; the message, written by chai before this
 * runs, is unchanged.
 */
// The chai that @open-wc/testing re-exports, imported directly: importing @open-wc/testing here,
// before mocha has defined its globals, would skip its `afterEach(fixtureCleanup)` registration
// for the whole page (fixtures then pile up across tests).
import * as bundle from '@esm-bundle/chai';

// Its types say `export = chai`; the ES module's default export is chai.
const chai = (bundle as unknown as { default: Chai.ChaiStatic }).default;

/** A short, single-line description of a DOM node: its tag and identifying attributes, or its text. */
export function describeNode(node: Node): string {
  if (node instanceof Element) {
    const attributes = ['id', 'name', 'class', 'part', 'role', 'data-key']
      .filter((name) => node.hasAttribute(name))
      .map((name) => ` ${name}="${(node.getAttribute(name) ?? '').slice(0, 40)}"`)
      .join('');
    const root = node.getRootNode();
    const host = root instanceof ShadowRoot ? ` in the shadow root of <${root.host.localName}>` : '';
    return `<${node.localName}${attributes}>${host}`;
  }
  if (node instanceof ShadowRoot) return `#shadow-root of <${node.host.localName}>`;
  if (node instanceof Document) return '#document';
  return `${node.nodeName} ${JSON.stringify((node.textContent ?? '').slice(0, 40))}`;
}

const shorten = (value: unknown): unknown => (value instanceof Node ? describeNode(value) : value);

const original = chai.Assertion.prototype.assert;
chai.Assertion.prototype.assert = function assert(this: Chai.AssertionStatic, ...args: Parameters<typeof original>) {
  try {
    return original.apply(this, args);
  } catch (error) {
    if (error instanceof chai.AssertionError) {
      const e = error as Chai.AssertionError & { actual?: unknown; expected?: unknown; showDiff?: boolean };
      if (e.actual instanceof Node || e.expected instanceof Node) {
        e.actual = shorten(e.actual);
        e.expected = shorten(e.expected);
        e.showDiff = false;
      }
    }
    throw error;
  }
};
