// Text objects ({ nb, ar, … } by language tag) hold at most 50 languages (MAX_TEXT_LANGUAGES,
// JSON Schema maxProperties): one more is one invalid-document issue at the Text's JSON Pointer,
// found from the key count before any key is read; an element keeps its last good value.
import { expect, fixture, html } from '@open-wc/testing';
import { toJsonSchema } from '@valibot/to-json-schema';
import { validateDocument } from '../../src/documents.js';
import { publishedJsonSchemas, type JsonSchemaConverter } from '../../src/schemas.js';
import { createAminaPlan } from '../../src/presets/index.js';
import { samples, type Json } from './preset-samples.js';
import '../../src/plan-board/define.js';
import type { VkPlanBoard } from '../../src/plan-board/plan-board.js';
import { record } from '../helpers/index.js';

/** A Text with `n` language entries: "nb-x0", "nb-x1", … (valid tags), each a short string. */
const textOf = (n: number): Record<string, string> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`nb-x${i.toString(36)}`, `Tekst ${i}`]));

/** The plan sample with its first card's title replaced by `title`. */
function planWithTitle(title: unknown): Json {
  const doc = samples.plan();
  (doc.cards as Json[])[0] = { ...(doc.cards as Json[])[0], title };
  return doc;
}

describe('Text language limit', () => {
  it('a Text of 50 languages is valid; 51 are one issue at the Text', () => {
    expect(validateDocument('plan', planWithTitle(textOf(50)))).to.deep.equal({ ok: true });
    expect(validateDocument('plan', planWithTitle(textOf(51)))).to.deep.equal({ ok: false, issues: [{ path: '/cards/0/title', message: 'Invalid entries: Expected <=50 but received 51' }] });
  });

  it('a Text of 100,000 keys, some not language tags, is refused on its count alone: one issue', () => {
    const title = { ...textOf(100_000), '!': 5 };
    expect(validateDocument('plan', planWithTitle(title))).to.deep.equal({ ok: false, issues: [{ path: '/cards/0/title', message: 'Invalid entries: Expected <=50 but received 100001' }] });
  });

  it('the limit holds for a Text anywhere: a ladder task title, a step checklist item', () => {
    const ladder = samples.ladder();
    const phase = (ladder.phases as Json[])[0];
    (phase.tasks as Json[])[0] = { ...(phase.tasks as Json[])[0], title: textOf(51) };
    expect(validateDocument('ladder', ladder)).to.deep.equal({ ok: false, issues: [{ path: '/phases/0/tasks/0/title', message: 'Invalid entries: Expected <=50 but received 51' }] });
    const steps = samples.steps();
    (steps.steps as Json[])[0] = { ...(steps.steps as Json[])[0], checklist: [{ id: 'k', title: textOf(51), done: false }] };
    expect(validateDocument('steps', steps)).to.deep.equal({ ok: false, issues: [{ path: '/steps/0/checklist/0/title', message: 'Invalid entries: Expected <=50 but received 51' }] });
  });

  it('the published plan-document schema says maxProperties 50 for a card title', () => {
    const schema = publishedJsonSchemas(toJsonSchema as unknown as JsonSchemaConverter)['plan-document'] as Json;
    const title = (((schema.properties as Json).cards as Json).items as Json).properties as Json;
    const options = (title.title as { anyOf: Json[] }).anyOf;
    expect(options.find((option) => option.type === 'object')?.maxProperties).to.equal(50);
  });

  it('a board given a card title of 51 languages fires vk-error at it and keeps showing its last good plan', async () => {
    const good = createAminaPlan();
    const el = await fixture<VkPlanBoard>(html`<vk-plan-board lang="nb" .value=${good}></vk-plan-board>`);
    const events = record(el, 'vk-error');
    el.value = planWithTitle(textOf(51)) as never;
    await el.updateComplete;
    expect(events).to.have.length(1);
    const detail = events[0].detail as { code: string; issues: Array<{ path: string }> };
    expect(detail.code).to.equal('invalid-document');
    expect(detail.issues.map((issue) => issue.path)).to.deep.equal(['/cards/0/title']);
    expect(el.value).to.deep.equal(good);
  });
});
