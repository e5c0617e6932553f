// `npm run fuzz` (scripts/fuzz.mjs): the property tests of properties.test.ts and
// schemas.test.ts with many more cases — 10,000 per widget by default, `npm run fuzz -- 1000`
// for CI's slice. Not a *.test.ts file, so `npm test` does not run it. Each property prints
// "<kind> <property>: N cases: N passed, N failed (seed S)"; the script adds them up.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { toJsonSchema } from '@valibot/to-json-schema';
import '../../src/define.js';
import { publishedJsonSchemas, type JsonSchemaConverter } from '../../src/schemas.js';
import { kinds, tags, validDocument } from './arbitraries.js';
import { documentProperty, operationProperty, run, schemaAgreementProperty, seeds } from './properties.js';

async function settings(): Promise<{ runs: number; seed: number }> {
  const base = new URL('./generated/', import.meta.url).href;
  const runs = ((await import(/* @vite-ignore */ `${base}fuzz-runs.js`)) as { default: { runs: number; seed: number } }).default;
  return runs;
}

describe('fuzz', () => {
  for (const kind of kinds) {
    it(`<${tags[kind]}>: operation sequences, documents through the element, schema agreement`, async function () {
      this.timeout(0);
      const { runs, seed } = await settings();
      const Ajv = (await import(/* @vite-ignore */ new URL('./generated/ajv2020.js', import.meta.url).href)).default;
      const schema = publishedJsonSchemas(toJsonSchema as unknown as JsonSchemaConverter)[`${kind}-document`];
      const validate = new Ajv({ strict: true, strictTypes: false }).compile(schema);
      const host = await fixture(html`<div></div>`);
      const el = host.appendChild(document.createElement(tags[kind])) as HTMLElement & { value: unknown; error: unknown; updateComplete: Promise<unknown> };
      const [good] = fc.sample(validDocument[kind], { seed: seeds[kind], numRuns: 1 });
      const outcomes = [
        await run(`fuzz ${kind} operations`, operationProperty(kind), runs, seed + seeds[kind]),
        await run(`fuzz ${kind} documents`, documentProperty(kind, el, good), runs, seed + seeds[kind]),
        await run(`fuzz ${kind} schema agreement`, schemaAgreementProperty(kind, (doc) => ({ ok: validate(doc), errors: validate.errors })), runs, seed + seeds[kind]),
      ];
      el.remove();
      for (const outcome of outcomes) expect(outcome.failed, outcome.report ?? '').to.equal(0);
    });
  }
});
