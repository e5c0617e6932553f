// Array limits (QA: 8,000 board columns took 16 s to their first frame, ~150,000 items crashed the
// tab). Every document array has a `maxItems`, far above any real plan; one item more is one
// issue at the array's JSON Pointer, found before any item is looked at, in the published JSON
// Schemas too; an element given such a document fires vk-error and keeps its last good value.
import { expect, fixture, html } from '@open-wc/testing';
import { toJsonSchema } from '@valibot/to-json-schema';
import { validateDocument, type KnownKind } from '../../src/documents.js';
import { publishedJsonSchemas, type JsonSchemaConverter } from '../../src/schemas.js';
import { createAminaPlan } from '../../src/presets/index.js';
import { samples, type Json } from './preset-samples.js';
import '../../src/plan-board/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { record } from '../helpers/index.js';


/** [kind, path of the array, its limit, an item to repeat when the sample's array is empty or absent]. */
const limits: Array<[KnownKind, Array<string | number>, number, Json?]> = [
  ['plan', ['columns'], 50],
  ['plan', ['cards'], 1000],
  ['steps', ['steps'], 100],
  ['steps', ['steps', 0, 'checklist'], 100, { id: 'k', title: 'Punkt', done: false }],
  ['ladder', ['phases'], 10],
  ['ladder', ['phases', 0, 'tasks'], 100],
  ['ladder', ['phases', 0, 'tasks', 0, 'log'], 1000, { date: '2026-01-05', by: 'mentor', text: 'Bra' }],
  ['schedule', ['courses'], 500],
  ['schedule', ['sessions'], 20_000],
  ['schedule', ['closedDays'], 2000, { date: '2026-05-17', title: 'Grunnlovsdag' }],
];

/**
 * `doc` with the array at `path` filled to `n` items: its own, then copies of its first (or of
 * `template`), each copy with its own id (a copied phase's tasks too).
 */
function withItems(doc: Json, path: Array<string | number>, n: number, template?: Json): Json {
  let parent: Json = doc;
  for (const key of path.slice(0, -1)) parent = parent[key as string] as Json;
  const key = path[path.length - 1] as string;
  const own = (parent[key] as Json[] | undefined) ?? [];
  const first = template ?? own[0];
  const renamed = (item: Json, i: number): Json => (typeof item.id === 'string' ? { ...item, id: `${item.id}-copy-${i}` } : item);
  parent[key] = Array.from({ length: n }, (_, i) => {
    if (i < own.length) return own[i];
    const item = renamed(JSON.parse(JSON.stringify(first)) as Json, i);
    if (Array.isArray(item.tasks)) item.tasks = (item.tasks as Json[]).map((task) => renamed(task, i));
    return item;
  });
  return doc;
}

/** The JSON Schema node of the array at `path` (array indices step into `items`). */
function schemaAt(schema: Json, path: Array<string | number>): Json {
  let node = schema;
  for (const key of path) node = (typeof key === 'number' ? node.items : (node.properties as Json)[key]) as Json;
  return node;
}

describe('array limits', () => {
  const schemas = publishedJsonSchemas(toJsonSchema as unknown as JsonSchemaConverter);

  for (const [kind, path, max, template] of limits) {
    const at = `/${path.join('/')}`;
    it(`${kind} ${at}: ${max} items are valid, ${max + 1} are one issue at ${at}`, () => {
      expect(validateDocument(kind, withItems(samples[kind](), path, max, template))).to.deep.equal({ ok: true });
      const result = validateDocument(kind, withItems(samples[kind](), path, max + 1, template));
      expect(result).to.deep.equal({ ok: false, issues: [{ path: at, message: `Invalid length: Expected <=${max} but received ${max + 1}` }] });
    });

    it(`${kind} ${at}: the published ${kind}-document schema says maxItems ${max}`, () => {
      expect(schemaAt(schemas[`${kind}-document`] as Json, path).maxItems).to.equal(max);
    });
  }

  it('an array over its limit is refused on its length alone: its items are never validated', () => {
    const doc = { version: 1, columns: [], cards: Array.from({ length: 150_000 }, () => 5) };
    expect(validateDocument('plan', doc)).to.deep.equal({ ok: false, issues: [{ path: '/cards', message: 'Invalid length: Expected <=1000 but received 150000' }] });
  });

  it('a board given 8,000 columns fires vk-error at /columns and keeps showing its last good plan', async () => {
    const good = createAminaPlan();
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board lang="nb" .value=${good}></vk-plan-board>`);
    const events = record(el, 'vk-error');
    el.value = withItems(createAminaPlan() as unknown as Json, ['columns'], 8000) as never;
    await el.updateComplete;
    expect(events).to.have.length(1);
    const detail = events[0].detail as { code: string; issues: Array<{ path: string }> };
    expect(detail.code).to.equal('invalid-document');
    expect(detail.issues.map((issue) => issue.path)).to.deep.equal(['/columns']);
    expect(el.value).to.deep.equal(good);
    expect(el.shadowRoot!.querySelectorAll('.column-title')).to.have.length(good.columns.length);
  });
});
