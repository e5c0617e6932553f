// An app built with esbuild (Angular's builder; plain esbuild with code splitting) loads up front
// only the presets it imports from `veikart`. esbuild splits code by whole files: a module that is
// kept by some import() (loadPreset, loadPresets) and imported by a file the app loads up front goes
// into the up-front chunk, all of it. When dist/npm/index.js imported the preset modules themselves,
// the docs' snippet (`import { createAminaPlan } from 'veikart'`) loaded every preset and the
// calendar code they use: 97.4 KB gzip instead of 56.7 KB for the widget alone. src/presets/static/
// is the fix; src/api-static/ the same for the helpers (holidays, calendar layout, the ladder's
// model…), which the widgets' lazy chunks keep. Bundles the built package as an app installs it (node_modules/veikart, its exports and
// sideEffects). Run after `npm run build`: node --test test/package/esbuild-presets.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
if (!existsSync(join(root, 'dist/npm/index.js'))) throw new Error('Run npm run build first');
const presets = await import(join(root, 'dist/npm/presets/index.js'));

// One text per preset that is written out in its source (so it is a string in any bundle that
// holds the preset's data), read from the data itself.
const markers = {
  plan: presets.aminaPlan.title.nb,
  steps: presets.workOrientedCourseSteps.title.nb,
  schedule: presets.innherredCourses[0].title.nb,
  ...Object.fromEntries(Object.entries(presets.ladderTemplates).map(([branch, doc]) => [`ladder-${branch}`, doc.phases.at(-1).tasks.at(-1).title.nb])),
};
/** Which presets' markers a name imported from `veikart` must bring. */
const brings = {
  createAminaPlan: ['plan'],
  workOrientedCourseSteps: ['steps'],
  createInnherredSchedule: ['schedule'],
  createLadder: Object.keys(markers).filter((name) => name.startsWith('ladder-')),
};

const work = mkdtempSync(join(tmpdir(), 'vk-esbuild-presets-'));
mkdirSync(join(work, 'node_modules'));
symlinkSync(root, join(work, 'node_modules/veikart'), 'dir');
test.after(() => rmSync(work, { recursive: true, force: true }));

/** Bundles `code` as an app's entry, split as Angular's builder does; returns the up-front JS (the entry and every chunk it imports statically) and all JS written. */
async function bundle(name, code) {
  writeFileSync(join(work, `${name}.js`), code);
  const result = await build({
    absWorkingDir: work,
    entryPoints: [`${name}.js`],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    charset: 'utf8',
    outdir: join(work, `out-${name}`),
    write: false,
    metafile: true,
    logLevel: 'silent',
    loader: { '.svg': 'file' },
  });
  const text = new Map(result.outputFiles.map((f) => [f.path.slice(work.length + 1), f.text]));
  const upFront = new Set();
  const visit = (file) => {
    if (upFront.has(file)) return;
    upFront.add(file);
    for (const i of result.metafile.outputs[file].imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(`out-${name}/${name}.js`);
  const front = [...upFront].map((f) => text.get(f)).join('\n');
  const inputs = new Set([...upFront].flatMap((f) => Object.keys(result.metafile.outputs[f].inputs)).map(pkgPath));
  return { front, all: [...text.values()].join('\n'), gzip: gzipSync(front, { level: 9 }).length, inputs, metafile: result.metafile };
}

/** An input's path as the package's own (`dist/npm/…`) or a dependency's (`node_modules/…`). */
const pkgPath = (input) => input.replace(/^.*?(?=dist\/npm\/|node_modules\/(?!veikart\/))/, '').replace(/^.*node_modules\/veikart\//, '');

/** The modules `file` imports statically, itself included, by the bundle's metafile. */
function staticClosure(metafile, file, into = new Set()) {
  if (into.has(file)) return into;
  into.add(file);
  for (const i of metafile.inputs[file]?.imports ?? []) if (i.kind === 'import-statement' && !i.external) staticClosure(metafile, i.path, into);
  return into;
}

// Every name's holiday (nb) of a year: text of course-calendar/holidays.js, which only the
// calendar's lazy chunks and the schedule preset need.
const holidays = await import(join(root, 'dist/npm/course-calendar/holidays.js'));
const holidayNames = holidays.norwegianHolidays(2026).map((h) => h.name.nb);

test('each marker is a preset\'s own text: absent from the widget alone, present in the all-presets module', async () => {
  const widget = await bundle('widget', "import 'veikart/plan-board';\nconsole.log(1);\n");
  const all = await bundle('all', "import 'veikart/plan-board';\nimport('veikart').then((v) => v.loadPresets()).then(console.log);\n");
  for (const [preset, marker] of Object.entries(markers)) {
    assert.ok(!widget.front.includes(marker), `${preset}: "${marker}" is not in veikart/plan-board's bundle`);
    assert.ok(all.all.includes(marker), `${preset}: "${marker}" is in the presets' bundle`);
  }
});

test('the docs\' snippet (veikart/plan-board + createAminaPlan) loads the plan preset up front and no other; the others stay in their lazy chunks', async () => {
  const widget = await bundle('widget-only', "import 'veikart/plan-board';\nconsole.log(1);\n");
  const app = await bundle('snippet', "import 'veikart/plan-board';\nimport { createAminaPlan } from 'veikart';\nconsole.log(createAminaPlan());\n");
  console.log(`  esbuild, up front (gzip): veikart/plan-board alone ${widget.gzip} B; with createAminaPlan ${app.gzip} B (+${app.gzip - widget.gzip} B)`);
  assert.ok(app.front.includes(markers.plan), 'the plan preset is up front');
  const strays = Object.keys(markers).filter((preset) => preset !== 'plan' && app.front.includes(markers[preset]));
  assert.deepEqual(strays, [], 'no other preset up front');
  for (const preset of Object.keys(markers)) assert.ok(app.all.includes(markers[preset]), `${preset} is still bundled, for loadPreset('${preset}')`);
});

test('each preset name imported from veikart brings its own preset up front and no other', async () => {
  for (const [name, own] of Object.entries(brings)) {
    const app = await bundle(`one-${name}`, `import { ${name} } from 'veikart';\nconsole.log(${name});\n`);
    const upFront = Object.keys(markers).filter((preset) => app.front.includes(markers[preset]));
    assert.deepEqual(upFront.sort(), [...own].sort(), `import { ${name} } loads up front: ${upFront.join(', ')}`);
  }
});

test('veikart exports the same preset objects and functions as loadPresets() and loadPreset(name)', async () => {
  const veikart = await import(join(root, 'dist/npm/index.js'));
  for (const [name, value] of Object.entries(await veikart.loadPresets())) assert.equal(veikart[name], value, name);
  assert.equal(veikart.createAminaPlan, (await veikart.loadPreset('plan')).createAminaPlan);
  assert.equal(veikart.ladderTemplates.kitchen, (await veikart.loadPreset('ladder-kitchen')).ladderTemplate);
});

test('the docs\' snippet loads no calendar or ladder helper up front: only the widget\'s own modules and the plan preset\'s', async () => {
  const widget = await bundle('helpers-widget', "import 'veikart/plan-board';\nconsole.log(1);\n");
  const app = await bundle('helpers-snippet', "import 'veikart/plan-board';\nimport { createAminaPlan } from 'veikart';\nconsole.log(createAminaPlan());\n");
  const holidayEverywhere = await bundle('helpers-holidays', "import { norwegianHolidays } from 'veikart';\nconsole.log(norwegianHolidays(2026));\n");
  for (const name of holidayNames) {
    assert.ok(holidayEverywhere.front.includes(name), `"${name}" is a holiday name in holidays.js's text`);
    assert.ok(!app.front.includes(name), `"${name}" (holidays.js) is not up front in the snippet`);
  }
  const plan = Object.keys(app.metafile.inputs).find((input) => pkgPath(input) === 'dist/npm/presets/static/plan.js');
  const allowed = new Set([...widget.inputs, ...[...staticClosure(app.metafile, plan)].map(pkgPath), 'helpers-snippet.js']);
  assert.deepEqual([...app.inputs].filter((input) => !allowed.has(input)), [], 'up front beyond veikart/plan-board and the plan preset');
});

test('dist/npm/index.js imports no module that an import() also loads: each helper comes through its module of constants (src/api-static/), the module\'s own values', async () => {
  const app = await bundle('helpers-all', "import * as veikart from 'veikart';\nconsole.log(veikart);\n");
  const { metafile } = app;
  const index = Object.keys(metafile.inputs).find((input) => pkgPath(input) === 'dist/npm/index.js');
  const lazy = new Set();
  for (const input of Object.values(metafile.inputs)) for (const i of input.imports) if (i.kind === 'dynamic-import' && !i.external) staticClosure(metafile, i.path, lazy);
  assert.ok([...lazy].map(pkgPath).includes('dist/npm/course-calendar/holidays.js'), 'holidays.js is in a lazy chunk (the calendar\'s, the schedule preset\'s)');
  const direct = metafile.inputs[index].imports.filter((i) => i.kind === 'import-statement').map((i) => i.path);
  assert.deepEqual(direct.filter((path) => lazy.has(path)).map(pkgPath), [], 'modules index.js imports that an import() keeps');
  const veikart = await import(join(root, 'dist/npm/index.js'));
  const bound = direct.map(pkgPath).filter((path) => path.startsWith('dist/npm/api-static/'));
  assert.ok(bound.length > 0, 'index.js imports the helpers from dist/npm/api-static/');
  for (const path of bound) {
    const constants = await import(join(root, path));
    const own = await import(join(root, path.replace('/api-static/', '/')));
    for (const [name, value] of Object.entries(constants)) {
      assert.equal(value, own[name], `${path}: ${name} is the module's own value`);
      assert.equal(veikart[name], value, `veikart's ${name} is ${path}'s`);
    }
  }
});
