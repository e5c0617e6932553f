// No leaks when a widget is removed with something still open: a keyboard move in progress
// (plan board) or an item's popover (step tracker, task ladder, calendar) — the listeners those
// add to document and window must go with the element.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { KnownKind } from '../../src/documents.js';
import { tags } from './arbitraries.js';
import { openAtRemoval, reachableAfterMounts } from './leak-helpers.js';

describe('no leaks when removed mid-gesture or with a popover open', () => {
  for (const kind of ['steps', 'schedule', 'plan', 'ladder'] as KnownKind[]) {
    for (const [what, interact] of openAtRemoval[kind]) {
      it(`<${tags[kind]}>: 100 elements removed with ${what} are all collected`, async function () {
        this.timeout(0);
        expect(await reachableAfterMounts(kind, 100, interact), `removed with ${what}`).to.equal(0);
      });
    }
  }
});
