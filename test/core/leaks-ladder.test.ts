// No leaks (issue 13): the widget mounted with a document and removed 500 times; after forced
// garbage collection no removed element may still be reachable (one file per widget, so each
// gets the test runner's whole time budget).
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { tags } from './arbitraries.js';
import { MOUNTS, reachableAfterMounts } from './leak-helpers.js';

describe('no leaks on unmount', () => {
  it(`<${tags.ladder}>: ${MOUNTS} mounted and removed elements are all collected`, async function () {
    this.timeout(0);
    expect(await reachableAfterMounts('ladder'), 'removed elements still reachable').to.equal(0);
  });
});
