import { expect } from '@open-wc/testing';
import { describeNode } from '../helpers/short-dom-errors.js';

/** The error a failing `expect(actual).to.equal(expected)` throws. */
function failure(actual: unknown, expected: unknown): Chai.AssertionError & { actual: unknown; expected: unknown; showDiff: boolean } {
  try {
    expect(actual).to.equal(expected);
  } catch (error) {
    return error as Chai.AssertionError & { actual: unknown; expected: unknown; showDiff: boolean };
  }
  throw new Error('the assertion passed');
}

describe('test infrastructure: failing assertions about DOM nodes', () => {
  it('carry short descriptions, not the nodes, and no diff (a diff walked the whole document and hung the page)', () => {
    const field = document.createElement('input');
    field.id = 'title';
    field.name = 't';
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    button.setAttribute('part', 'undo');
    root.append(button);
    const error = failure(field, button);
    expect(error.actual).to.equal('<input id="title" name="t">');
    expect(error.expected).to.equal('<button part="undo"> in the shadow root of <div>');
    expect(error.showDiff).to.equal(false);
    // The message is chai's own.
    expect(error.message).to.match(/^expected <input/);
  });

  it('leave other values and their diff alone', () => {
    const error = failure({ a: 1 }, 'x');
    expect(error.actual).to.deep.equal({ a: 1 });
    expect(error.showDiff).to.equal(true);
  });

  it('describe text and documents too', () => {
    expect(describeNode(document.createTextNode('Hei'))).to.equal('#text "Hei"');
    expect(describeNode(document)).to.equal('#document');
  });
});
