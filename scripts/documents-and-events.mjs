// "Documents and events": a reference generated from the published JSON Schemas, with one worked
// example per operation, each applied to a preset document with the real applyOperation (so an
// example that stops fitting the schema or the model fails loudly instead of going stale).
// Plain ES module with no Node imports: `npm run build` (or `node scripts/documents-and-events.mjs`
// after it) writes docs/documents-and-events.md from the built package, and Storybook's "Documents
// and events" page shows that file (stories/documents-and-events.mdx).

const kinds = [
  { kind: 'plan', title: 'Plan board', element: 'vk-plan-board', doc: 'PlanDocument', preset: 'createAminaPlan' },
  { kind: 'steps', title: 'Step tracker', element: 'vk-step-tracker', doc: 'StepsDocument', preset: 'createWorkOrientedCourseSteps' },
  { kind: 'ladder', title: 'Task ladder', element: 'vk-task-ladder', doc: 'LadderDocument', preset: 'createLadder' },
  { kind: 'schedule', title: 'Course calendar', element: 'vk-course-calendar', doc: 'ScheduleDocument', preset: 'createInnherredSchedule' },
];

/** One example operation per type, built from the preset document `d` (or `{ doc, operation }`). */
const exampleBuilders = {
  plan: {
    'card.add': (d) => ({ type: 'card.add', columnId: d.columns[1].id, index: 0, card: { id: 'c-new', columnId: d.columns[1].id, title: { nb: 'Tannlege', ar: 'طبيب الأسنان' }, pictogram: 'vk:dentist', time: '10:00' } }),
    'card.update': (d) => ({ type: 'card.update', cardId: d.cards[1].id, changes: { time: '08:30-14:00', note: 'Ta med arbeidssko' } }),
    'card.remove': (d) => ({ type: 'card.remove', cardId: d.cards[2].id }),
    'card.move': (d) => {
      const card = d.cards[0];
      const index = d.cards.filter((c) => c.columnId === card.columnId).indexOf(card);
      return { type: 'card.move', cardId: card.id, from: { columnId: card.columnId, index }, to: { columnId: d.columns[1].id, index: 0 } };
    },
    'card.done': (d) => ({ type: 'card.done', cardId: d.cards.find((c) => !c.done).id, done: true }),
  },
  steps: {
    'step.status': (d) => ({ type: 'step.status', stepId: d.steps[0].id, from: d.steps[0].status, to: 'in-progress' }),
    'step.update': (d) => ({ type: 'step.update', stepId: d.steps[1].id, changes: { due: '2026-04-30' } }),
    // The preset has no checklists: this example gives the first step one.
    'step.check': (d) => ({
      doc: { ...d, steps: d.steps.map((s, i) => (i === 0 ? { ...s, checklist: [{ id: 'k1', title: 'Meld på kurset', done: false }] } : s)) },
      operation: { type: 'step.check', stepId: d.steps[0].id, itemId: 'k1', done: true },
      note: 'The preset has no checklists: this example was applied after giving its first step `checklist: [{ "id": "k1", "title": "Meld på kurset", "done": false }]`.',
    }),
  },
  ladder: {
    'task.level': (d) => ({ type: 'task.level', taskId: d.phases[0].tasks[0].id, from: d.phases[0].tasks[0].level, to: 'with-support' }),
    'task.signoff': (d) => ({ type: 'task.signoff', taskId: d.phases[0].tasks[1].id, by: 'Eva Mentor', date: '2026-03-02' }),
    'log.add': (d) => ({ type: 'log.add', taskId: d.phases[0].tasks[0].id, entry: { date: '2026-03-02', by: 'participant', mood: 4, text: 'Gikk bra i dag' } }),
    'task.update': (d) => ({ type: 'task.update', taskId: d.phases[1].tasks[0].id, changes: { title: { nb: 'Vaske kjøleskap', ti: 'ፍሪጅ ምሕጻብ' } } }),
  },
  schedule: {
    'session.move': (d) => {
      const s = d.sessions[0];
      const day = (t) => t.replace(/^(\d{4}-\d{2}-)(\d{2})/, (_, ym, dd) => `${ym}${String(Number(dd) + 1).padStart(2, '0')}`);
      return { type: 'session.move', sessionId: s.id, from: { start: s.start, end: s.end }, to: { start: day(s.start), end: day(s.end) } };
    },
    'session.update': (d) => ({ type: 'session.update', sessionId: d.sessions[1].id, changes: { end: d.sessions[1].end.replace(/T\d{2}:\d{2}$/, 'T13:00'), place: 'Rom 4' } }),
    'session.add': (d) => ({ type: 'session.add', session: { id: 'x-exam', courseId: d.courses[0].id, start: '2026-06-15T09:00', end: '2026-06-15T12:00', kind: 'exam', title: 'Avsluttende prøve' } }),
    'sessions.add': (d) => ({ type: 'sessions.add', sessions: [
      { id: 'x-sat-1', courseId: d.courses[0].id, start: '2026-06-20T10:00', end: '2026-06-20T12:00', kind: 'language' },
      { id: 'x-sat-2', courseId: d.courses[0].id, start: '2026-06-27T10:00', end: '2026-06-27T12:00', kind: 'language' },
    ] }),
    'session.remove': (d) => ({ type: 'session.remove', sessionId: d.sessions[2].id }),
    'sessions.remove': (d) => ({ type: 'sessions.remove', sessionIds: [d.sessions[3].id, d.sessions[4].id] }),
  },
};

const isText = (n) => Array.isArray(n?.anyOf) && n.anyOf.length === 2 && n.anyOf[0].type === 'string' && n.anyOf[1].propertyNames;
const isPictogram = (n) => Array.isArray(n?.anyOf) && n.anyOf.some((a) => a.type === 'object' && a.properties?.src && a.properties?.alt);
// A map of language tags to URLs; each URL a string (one pattern, or several: http(s)/relative or a data:audio URL).
const isAudio = (n) => n?.type === 'object' && n.propertyNames && (n.additionalProperties?.type === 'string' || n.additionalProperties?.anyOf?.every((a) => a.type === 'string')) && !isText(n);

/** A short type for a JSON Schema node. */
function typeOf(n) {
  if (!n) return 'any';
  if ('const' in n) return JSON.stringify(n.const);
  if (n.enum) return n.enum.map((e) => JSON.stringify(e)).join(' \\| ');
  // Pictogram first: its anyOf (a string, or an object with src and alt) also looks like Text's.
  if (isPictogram(n)) return 'Pictogram';
  if (isText(n)) return 'Text';
  if (isAudio(n)) return 'Audio';
  if (n.anyOf) return n.anyOf.map(typeOf).join(' \\| ');
  if (n.type === 'array') return `${n.items?.type === 'object' && !isPictogram(n.items) ? 'object' : typeOf(n.items)}[]${n.maxItems !== undefined ? ` (≤ ${n.maxItems})` : ''}`;
  // A date's pattern checks real calendar days (contract.md), so it opens with a group: ^(?:\d{4}-….
  if (n.type === 'string' && /^\^(?:\(\?:)?\\d\{4\}-/.test(n.pattern ?? '')) return n.pattern.includes('T') ? 'DateTime' : 'Date';
  if (n.type === 'string' && /^\^\(\?:\[01\]/.test(n.pattern ?? '')) return 'string (HH:mm[-HH:mm])';
  if (n.type === 'string' && n.format) return `string (${n.format})`;
  if (n.type === 'integer' || n.type === 'number') return [n.type, n.minimum !== undefined ? `≥ ${n.minimum}` : '', n.maximum !== undefined ? `≤ ${n.maximum}` : ''].filter(Boolean).join(' ');
  return n.type ?? 'any';
}

/** Field tables for an object node and every object nested in it (path-prefixed). */
function fieldTables(node, path, out) {
  const rows = Object.entries(node.properties ?? {}).map(([name, child]) => `| \`${name}\` | ${typeOf(child)} | ${(node.required ?? []).includes(name) ? 'yes' : ''} |`);
  out.push(`**\`${path}\`**`, '', '| field | type | required |', '|---|---|---|', ...rows, '');
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const item = child.type === 'array' ? child.items : child;
    if (item?.type === 'object' && item.properties && !isPictogram(child) && !isText(child)) fieldTables(item, `${path}${path.endsWith('.') ? '' : '.'}${name}${child.type === 'array' ? '[]' : ''}`, out);
  }
  return out;
}

/**
 * @param {{ schemas: Record<string, object>, veikart: any }} input — the JSON Schemas by file name
 *   (`plan-document`, …) and the veikart module (presets, applyOperation, validateDocument).
 * @returns {string} Markdown.
 */
export function documentsAndEvents({ schemas, veikart }) {
  const out = [
    '# Documents and events',
    '',
    'Generated from the JSON Schemas the package ships (`veikart/schemas/*.schema.json`, made from the same',
    'valibot schemas the widgets validate with). Every example below was applied with `applyOperation` to',
    'the named preset document (or, where it says so, the preset with what the example needs added) and',
    'the result passed `validateDocument`.',
    '',
    '**Shared types.** `Text` = a string or `{ [locale]: string }` (`{"nb": "Norskkurs", "ar": "…"}`).',
    '`Pictogram` = `"vk:<name>"`, a registered id, or `{ src, alt }`. `Audio` = `{ [locale]: url }`.',
    '`Date` = `YYYY-MM-DD`; `DateTime` = local wall-clock `YYYY-MM-DDTHH:mm`. Unknown fields are kept.',
    '',
    '**Rules only `validateDocument` checks** (JSON Schema cannot express them): ids of columns, cards,',
    'steps, checklist items (across steps too), phases, tasks, courses and sessions are unique in the',
    'document; `card.columnId` and `session.courseId` must name an existing column/course; a session\'s',
    '`end` is after its `start`. A host that validates with a JSON Schema validator must check these too,',
    'or call `validateDocument(kind, doc)` (it runs in Node).',
    '',
    '## Events',
    '',
    '| event | detail | schema |',
    '|---|---|---|',
    '| `vk-change` | `{ value, operation, source: "user" \\| "undo" \\| "redo" }` — cancelable | `<kind>-change-detail.schema.json` |',
    '| `change` | none: read `event.target.value` | |',
    `| \`vk-error\` | \`{ code: ${typeOf(schemas['error-detail'].properties.code)}, message, issues: [{ path, message }] }\` | \`error-detail.schema.json\` |`,
    `| \`vk-open\` | \`{ kind: ${typeOf(schemas['open-detail'].properties.kind)}, id }\` | \`open-detail.schema.json\` |`,
    `| \`vk-range-change\` | \`{ view: ${typeOf(schemas['range-change-detail'].properties.view)}, start: Date, end: Date }\` (calendar; \`end\` exclusive) | \`range-change-detail.schema.json\` |`,
    '',
  ];
  for (const k of kinds) {
    const docSchema = schemas[`${k.kind}-document`];
    const opSchema = schemas[`${k.kind}-operation`];
    const base = k.preset === 'createLadder' ? veikart.createLadder('kitchen') : veikart[k.preset]();
    out.push(`## ${k.title}: \`${k.doc}\` (\`<${k.element}>\`)`, '', `Schema: \`${k.kind}-document.schema.json\`.`, '');
    fieldTables(docSchema, k.doc, out);
    // The widget's name in the heading: four identical "Operations" headings got one id on a
    // Storybook page, so its contents listed four links to the plan board's.
    out.push(`### ${k.title} operations (\`vk-change\` \`detail.operation\`)`, '', `Schema: \`${k.kind}-operation.schema.json\`. Examples applied to \`${k.preset}(${k.preset === 'createLadder' ? "'kitchen'" : ''})\`.`, '');
    for (const variant of opSchema.oneOf ?? opSchema.anyOf ?? []) {
      const type = variant.properties.type.const;
      const fields = Object.entries(variant.properties).filter(([n]) => n !== 'type').map(([n, c]) => `\`${n}\`${(variant.required ?? []).includes(n) ? '' : '?'}: ${typeOf(c)}`);
      out.push(`#### \`${type}\``, '', fields.join(' · '), '');
      const build = exampleBuilders[k.kind][type];
      if (!build) {
        out.push('_(No example yet: add one to scripts/documents-and-events.mjs.)_', '');
        continue;
      }
      const built = build(base);
      const { doc, operation } = built.operation ? built : { doc: base, operation: built };
      const after = veikart.applyOperation(k.kind, doc, operation); // throws if it does not fit
      const check = veikart.validateDocument(k.kind, after);
      if (!check.ok) throw new Error(`${type} example gives an invalid document: ${JSON.stringify(check.issues)}`);
      if (built.note) out.push(`_${built.note}_`, '');
      out.push('```json', JSON.stringify(operation, null, 2), '```', '');
    }
  }
  return out.join('\n');
}

// node scripts/documents-and-events.mjs — writes docs/documents-and-events.md from the build.
if (typeof process !== 'undefined' && process.argv?.[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const { readFileSync, readdirSync, writeFileSync } = await import('node:fs');
  const root = new URL('..', import.meta.url).pathname;
  const schemas = Object.fromEntries(readdirSync(`${root}dist/schemas`).map((f) => [f.replace('.schema.json', ''), JSON.parse(readFileSync(`${root}dist/schemas/${f}`, 'utf8'))]));
  const veikart = await import(`${root}dist/npm/index.js`);
  writeFileSync(`${root}docs/documents-and-events.md`, documentsAndEvents({ schemas, veikart }) + '\n');
  console.log('docs/documents-and-events.md written');
}
