import { expect } from '@open-wc/testing';
import * as v from 'valibot';

/** Texts that are odd in every way the text schema cares about (and some it accepts). */
export const oddTexts: readonly unknown[] = ['', 'x'.repeat(5001), { nb: 'a', ar: 'b' }, { nb: 7 }, { 'not a tag': 'x' }, { nb: 'x'.repeat(5001) }, {}, [], null, 5];
/** Ids and named pictograms: empty, too long, the longest allowed, not a string. */
export const oddIds: readonly unknown[] = ['', 'x'.repeat(201), 'x'.repeat(200), 7, null];

interface CheckResultLike {
  readonly ok: boolean;
  readonly error?: { readonly issues: ReadonlyArray<{ readonly path: string }> };
}

/**
 * The widgets' fast checks (`plainArraySchema`) accept an item without valibot when the item's
 * schema certainly would. This holds them to it: for each field and odd value, the value goes
 * into item `index` of `list` in a fresh `doc()`, and the whole document's first issue must be
 * the first issue `schema` reports for that item alone (a JSON Pointer under `/list/index/`).
 * When the schema accepts the item, the document may only fail cross-checks the item schema knows
 * nothing of: on the item's `crossFields` (ids, references) or elsewhere (a reference to a
 * changed id).
 */
export function expectIssuesOfItemSchema(options: {
  check: (doc: unknown) => CheckResultLike;
  schema: v.GenericSchema;
  doc: () => Record<string, unknown>;
  list: string;
  index: number;
  odd: ReadonlyArray<readonly [string, readonly unknown[]]>;
  crossFields?: readonly string[];
  /** The pointer of `doc()` in what `check` checks, when `check` wraps it (a phase in a ladder). */
  prefix?: string;
}): void {
  const { check, schema, list, index, odd, crossFields = [], prefix = '' } = options;
  const base = `${prefix}/${list}/${index}/`;
  for (const [field, values] of odd) {
    for (const value of values) {
      const doc = options.doc();
      const items = [...(doc[list] as Array<Record<string, unknown>>)];
      const item = { ...items[index], [field]: value };
      items[index] = item;
      const result = check({ ...doc, [list]: items });
      const paths = result.ok ? [] : (result.error?.issues ?? []).map((i) => i.path);
      const alone = v.safeParse(schema, item);
      const what = `${list}[${index}].${field} = ${JSON.stringify(value)}: ${JSON.stringify(paths)}`;
      if (alone.success) expect(paths.every((p) => !p.startsWith(base) || crossFields.some((f) => p === base + f)), what).to.equal(true);
      else expect(paths.slice(0, 1), what).to.deep.equal([base + alone.issues[0].path!.map((p) => p.key).join('/')]);
    }
  }
}
