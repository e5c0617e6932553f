// Property-based tests (fast-check, seeded): operation sequences and documents through every
// widget. `npm run fuzz` runs the same properties with 10,000 cases per widget.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { kinds, tags, validDocument } from './arbitraries.js';
import { documentProperty, operationProperty, run, seeds } from './properties.js';
import fc from 'fast-check';

const OPERATION_RUNS = 300;
const DOCUMENT_RUNS = 200;

for (const kind of kinds) {
  describe(`properties: <${tags[kind]}>`, () => {
    it(`${OPERATION_RUNS} operation sequences: apply → undo deep-equal, redo deep-equal, results JSON-stable and valid, misfits throw TypeError`, async function () {
      this.timeout(0);
      const outcome = await run(`${kind} operations`, operationProperty(kind), OPERATION_RUNS, seeds[kind]);
      expect(outcome.failed, outcome.report ?? '').to.equal(0);
    });

    it(`${DOCUMENT_RUNS} valid and hostile documents (objects and JSON text): valid renders; invalid → one vk-error, real paths, last document kept`, async function () {
      this.timeout(0);
      const host = await fixture(html`<div></div>`);
      const el = host.appendChild(document.createElement(tags[kind])) as HTMLElement & { value: unknown; error: unknown; updateComplete: Promise<unknown> };
      const [good] = fc.sample(validDocument[kind], { seed: seeds[kind], numRuns: 1 });
      const outcome = await run(`${kind} documents`, documentProperty(kind, el, good), DOCUMENT_RUNS, seeds[kind]);
      expect(outcome.failed, outcome.report ?? '').to.equal(0);
      el.remove();
    });
  });
}
