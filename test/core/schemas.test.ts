// validateDocument ≡ the published JSON Schemas: the schemas are generated here, in the test run,
// by the same function the build uses (publishedJsonSchemas), and checked with ajv (draft
// 2020-12) against validateDocument on the same generated documents.
import { expect } from '@open-wc/testing';
import { toJsonSchema } from '@valibot/to-json-schema';
import { publishedJsonSchemas, type JsonSchemaConverter } from '../../src/schemas.js';
import { validateDocument } from '../../src/documents.js';
import { createAminaPlan } from '../../src/presets/index.js';
import { kinds, type Json } from './arbitraries.js';
import { run, schemaAgreementProperty, seeds } from './properties.js';

const RUNS = 300;
type Validate = ((doc: unknown) => boolean) & { errors?: unknown };

async function loadAjv(): Promise<new (options: object) => { compile(schema: object): Validate }> {
  const url = new URL('./generated/ajv2020.js', import.meta.url).href;
  try {
    return (await import(/* @vite-ignore */ url)).default;
  } catch (error) {
    throw new Error(`ajv is bundled for the browser before npm test (the "pretest" script: node scripts/bundle-ajv.mjs): ${String(error)}`);
  }
}

describe('published JSON Schemas', () => {
  let schemas: Record<string, Json>;
  let accepts: Record<string, (doc: unknown) => { ok: boolean; errors: unknown }>;

  before(async () => {
    const Ajv = await loadAjv();
    schemas = publishedJsonSchemas(toJsonSchema as unknown as JsonSchemaConverter);
    // strictTypes off: the jsonData definition applies propertyNames/items to whatever type the value has.
    const ajv = new Ajv({ strict: true, strictTypes: false, allErrors: false });
    accepts = {};
    for (const [name, schema] of Object.entries(schemas)) {
      const validate = ajv.compile(schema);
      accepts[name] = (doc) => ({ ok: validate(doc), errors: validate.errors });
    }
  });

  it('are valid draft 2020-12 schemas that ajv compiles in strict mode', () => {
    expect(Object.keys(schemas)).to.include.members(kinds.map((k) => `${k}-document`));
    for (const schema of Object.values(schemas)) expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
  });

  it("say what issue 13 found validateDocument and the schemas disagreeing on: [] as Text, years 0000-0099, code points, prototype keys", () => {
    const plan = (edit: (doc: Json) => void): Json => {
      const doc = JSON.parse(JSON.stringify(createAminaPlan()));
      edit(doc);
      return doc;
    };
    const cases: Json[] = [
      plan((d) => (d.cards[0].title = [])),
      plan((d) => (d.cards[0].title = '😀'.repeat(5000))),
      plan((d) => (d.cards[0].title = '😀'.repeat(5001))),
      plan((d) => (d.cards[0].title = JSON.parse('{"constructor":5}'))),
      plan((d) => (d.cards[0].title = JSON.parse('{"nb":"x","__proto__":"y"}'))),
      plan((d) => (d.cards[0].hostField = JSON.parse('{"a":{"prototype":1}}'))),
      plan((d) => (d.cards[0].audio = [])),
    ];
    const expected = [false, true, false, false, false, false, false];
    cases.forEach((doc, i) => {
      expect(validateDocument('plan', doc).ok, `validateDocument case ${i}`).to.equal(expected[i]);
      expect(accepts['plan-document'](doc).ok, `schema case ${i}`).to.equal(expected[i]);
    });
    const steps = { version: 1, steps: [{ id: 's', title: 'x', status: 'done', due: '0042-02-28', completed: '0000-02-29' }] };
    expect(validateDocument('steps', steps).ok).to.equal(true);
    expect(accepts['steps-document'](steps).ok).to.equal(true);
    const bad = { version: 1, steps: [{ id: 's', title: 'x', status: 'done', due: '0001-02-29' }] };
    expect(validateDocument('steps', bad).ok).to.equal(false);
    expect(accepts['steps-document'](bad).ok).to.equal(false);
  });

  for (const kind of kinds) {
    it(`${kind}: validateDocument and ajv agree on ${RUNS} generated valid and hostile documents (apart from validateDocument-only rules)`, async function () {
      this.timeout(0);
      const outcome = await run(`${kind} schema agreement`, schemaAgreementProperty(kind, (doc) => accepts[`${kind}-document`](doc)), RUNS, seeds[kind]);
      expect(outcome.failed, outcome.report ?? '').to.equal(0);
    });
  }
});
