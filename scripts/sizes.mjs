// npm run sizes — what each Veikart entry costs a host page, in bytes (minified, gzip level 9):
//  - each widget alone: its element module + everything it imports statically (Lit, core, …);
//  - the whole drop-in (dist/veikart.js: every widget, presets split off as in scripts/build.mjs);
//  - every lazy chunk (loaded by import() on first use: locales, Floating UI popovers, the ICS
//    writer, the presets, and whatever dialogs/editors/recorder the widgets split off);
//  - FullCalendar 6 (core + daygrid + timegrid [+ interaction when installed]) bundled the same way;
//  - pictograms (SVG assets, fetched as <img> on use): reported, not counted.
// Writes node_modules/.cache/veikart-size-report/sizes.json (or --out FILE) and prints a table; with
// --modules also the per-module breakdown of each up-front bundle. Budgets: scripts/size-budgets.json,
// enforced by test/budgets/sizes.test.mjs. Builds into node_modules/.cache/veikart-size-report/.
// Up-front = the entry file and every chunk it imports statically (what loads before first
// render); lazy = every other chunk (reached only through import()).
//   node scripts/sizes.mjs [--no-peers] [--modules] [--out FILE]
import { build } from 'vite';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
// The same bundling as scripts/build.mjs: css`` templates minified, template indentation dropped,
// and (single-entry bundles) everything up front in one chunk.
import { collapseTemplateWhitespace, minifyCssLiterals, pureD3TimeFactories, shippedComments, upFrontChunk } from './bundle-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
let cache = join(root, 'node_modules/.cache/veikart-size-report');
export const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

// As in scripts/build.mjs: the drop-in imports the separately built presets.js and presets/*.js at run time.
const presetsBeside = {
  name: 'veikart:presets-beside',
  enforce: 'pre',
  resolveId(source, importer) {
    const preset = /^\.\/presets\/([\w/-]+)\.js$/.exec(source);
    if (!preset || !/src\/(api|define)\.ts$/.test(importer ?? '')) return null;
    // loadPresets() → presets.js; loadPreset(name) → presets/<file>.js (scripts/build.mjs)
    return { id: preset[1] === 'index' ? './presets.js' : `./presets/${preset[1]}.js`, external: true };
  },
};
// As package.json's sideEffects says: only the registering modules have side effects.
const registering = (id, external) => external || !id.startsWith(join(root, 'src')) || /\/define\.ts$/.test(id);

// Pictograms are assets (reported, not counted): Vite's library mode would inline every
// `new URL('./pictograms/x.svg', import.meta.url)` as a data URL, so measure with the URL built
// from a variable, as the drop-in build does.
const pictogramsAsFiles = {
  name: 'veikart:sizes-pictograms-as-files',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === './pictogram-urls.js' && importer?.endsWith('src/core/pictograms.ts')) return '\0veikart-pictogram-urls';
    return null;
  },
  load(id) {
    if (id !== '\0veikart-pictogram-urls') return null;
    return `const folder = 'pictograms/';\nexport function pictogramUrl(name) { return new URL(folder + name + '.svg', import.meta.url).href; }\n`;
  },
};

/**
 * Bundles one entry alone (nothing external) and returns its chunks with their gzip sizes and
 * static/dynamic imports. `code` is the entry's source, or `{ file }` to bundle a file as it is.
 */
async function bundle(name, code, { plugins = [], comments } = {}) {
  const dir = join(cache, name);
  mkdirSync(cache, { recursive: true });
  let entry = code.file;
  if (!entry && !code.entries) {
    entry = join(cache, `${name}.entry.js`);
    writeFileSync(entry, code);
  }
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [minifyCssLiterals, pureD3TimeFactories, collapseTemplateWhitespace, pictogramsAsFiles, ...plugins],
    build: {
      target: 'es2022',
      outDir: dir,
      emptyOutDir: true,
      minify: true,
      write: true,
      lib: { entry: code.entries ?? { [name]: entry }, formats: ['es'] },
      rolldownOptions: { treeshake: { moduleSideEffects: registering }, output: { ...(entry ? { codeSplitting: upFrontChunk([entry]) } : {}), minify: true, ...(comments ? { comments } : {}), entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output.filter((o) => o.type === 'chunk');
  return output.map((chunk) => ({
    file: chunk.fileName,
    isEntry: chunk.isEntry,
    name: chunk.name,
    imports: chunk.imports ?? [],
    dynamicImports: chunk.dynamicImports ?? [],
    bytes: Buffer.byteLength(chunk.code),
    gzip: gzip(Buffer.from(chunk.code)),
    code: chunk.code,
    modules: Object.fromEntries(Object.entries(chunk.modules).map(([id, m]) => [id, { code: m.code ?? '', renderedLength: m.renderedLength }])),
  }));
}

/** A readable name for a lazy chunk, from the source modules it holds. */
function lazyName(chunk) {
  const ids = Object.keys(chunk.modules).map((id) => relative(root, id.replace(/^\0/, '')));
  const locale = ids.find((id) => id.startsWith('src/generated/locales/'));
  if (locale) return `locale ${basename(locale, '.ts')}`;
  if (ids.some((id) => id.includes('@floating-ui'))) return 'popover positioning (Floating UI)';
  if (ids.some((id) => id.endsWith('course-calendar/ics.ts'))) return 'ICS writer';
  const own = ids.filter((id) => id.startsWith('src/')).map((id) => id.replace(/^src\//, '').replace(/\.ts$/, ''));
  const names = own.length ? own : ids.map((id) => id.replace(/^.*node_modules\//, ''));
  return names.length > 3 ? `${names.slice(0, 3).join(' + ')} + ${names.length - 3} more` : names.join(' + ');
}

/** Groups a bundle's modules: packages by name, own code by file; bytes minified alone. */
export async function breakdown(chunk) {
  let minifySync = null;
  try {
    ({ minifySync } = await import('rolldown/utils'));
  } catch {
    // fall back to rendered (unminified) lengths
  }
  const rows = [];
  for (const [id, m] of Object.entries(chunk.modules)) {
    if (!m.renderedLength) continue;
    const path = relative(root, id.replace(/^\0/, ''));
    const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
    let minified = m.code;
    if (minifySync) {
      try {
        minified = minifySync(basename(path), m.code, { module: true, compress: { unused: false }, mangle: { toplevel: true } }).code;
      } catch {
        // keep the rendered code
      }
    }
    rows.push({ module: pkg ? `${pkg}/${path.split(`${pkg}/`).pop()}` : path, group: pkg ?? path, minified: Buffer.byteLength(minified), code: minified });
  }
  // What removing (or lazy-loading) a module would save: gzip of all modules minus gzip of all
  // but that one (modules compress better together than alone, so this beats gzip-alone).
  const whole = gzip(Buffer.from(rows.map((r) => r.code).join('\n')));
  for (const r of rows) {
    r.gzipSaved = whole - gzip(Buffer.from(rows.filter((o) => o !== r).map((o) => o.code).join('\n')));
  }
  for (const r of rows) delete r.code;
  return rows.sort((a, b) => b.minified - a.minified);
}

/** The presets, each its own lazy chunk (src/presets/<file>.ts), by the name `loadPreset()` takes. */
const branches = ['cleaning', 'shop', 'kitchen', 'kindergarten', 'care'];
export const presetNames = { steps: 'steps (seven-step example)', plan: 'plans (sample boards)', schedule: 'course term (schedule)', review: 'translation review state', ...Object.fromEntries(branches.map((b) => [`ladder-${b}`, `ladder template ${b}`])) };
export const presetFiles = { steps: 'steps', plan: 'plan', schedule: 'schedule', review: 'review', ...Object.fromEntries(branches.map((b) => [`ladder-${b}`, `ladder/${b}`])) };
/**
 * The builds of the presets beside the drop-in (scripts/build.mjs): presets.js alone (every
 * preset in one file, what loadPresets() fetches), and one entry per preset, presets/<file>.js
 * (what loadPreset(name) fetches), sharing their common code in chunks.
 */
export function presetEntries() {
  return [
    { presets: join(root, 'src/presets/index.ts') },
    Object.fromEntries(Object.values(presetFiles).map((file) => [`presets/${file}`, join(root, `src/presets/${file}.ts`)])),
  ];
}

const widgets = JSON.parse(readFileSync(join(root, 'scripts/widgets.json'), 'utf8'));

/**
 * Measures everything. Returns `{ entries: [{ id, kind, label, gzip, bytes }], chunks, pictograms }`;
 * kind is "widget" | "drop-in" | "lazy" | "peer". Builds into `cacheDir` (default
 * node_modules/.cache/veikart-size-report), which it empties first.
 */
export async function measure({ peers = true, cacheDir } = {}) {
  if (cacheDir) cache = cacheDir;
  rmSync(cache, { recursive: true, force: true });
  const entries = [];
  const bundles = {};
  const lazy = new Map();
  /** The entry and every chunk it imports statically: what loads before first render. */
  const upFront = (chunks, entryName = null) => {
    const byFile = new Map(chunks.map((c) => [c.file, c]));
    const seen = new Set();
    const visit = (c) => {
      if (!c || seen.has(c)) return;
      seen.add(c);
      for (const f of c.imports) visit(byFile.get(f));
    };
    visit(chunks.find((c) => c.isEntry && (entryName === null || c.name === entryName)));
    const list = [...seen];
    return {
      chunks: list,
      gzip: list.reduce((s, c) => s + c.gzip, 0),
      bytes: list.reduce((s, c) => s + c.bytes, 0),
      modules: Object.assign({}, ...list.map((c) => c.modules)),
      // The same code as one file: what splitting into several up-front files costs in gzip.
      gzipOneFile: gzip(Buffer.from(list.map((c) => c.code).join('\n'))),
    };
  };
  const addLazy = (chunks, from, front) => {
    for (const chunk of chunks.filter((c) => !front.chunks.includes(c))) {
      const label = lazyName(chunk);
      const id = `lazy:${label}`;
      const known = lazy.get(id);
      if (!known || known.gzip < chunk.gzip) lazy.set(id, { id, kind: 'lazy', label, gzip: chunk.gzip, bytes: chunk.bytes, from: known ? `${known.from}, ${from}` : from });
    }
  };
  for (const [name, w] of Object.entries(widgets)) {
    // The widget's own registering entry (veikart/<widget>) where there is one.
    const own = join(root, 'src', name, 'define.ts');
    const chunks = await bundle(name, existsSync(own) ? { file: own } : `import { ${w.className} } from '${join(root, w.path)}';\ncustomElements.define('${w.tag}', ${w.className});\n`);
    const front = upFront(chunks);
    bundles[`widget:${name}`] = front;
    entries.push({ id: `widget:${name}`, kind: 'widget', label: `<${w.tag}> alone`, gzip: front.gzip, bytes: front.bytes, files: front.chunks.length, gzipOneFile: front.gzipOneFile });
    addLazy(chunks, name, front);
  }
  // The drop-in as scripts/build.mjs ships it: legal comments only (bundle-options.mjs `shippedComments`).
  const dropin = await bundle('veikart', { file: join(root, 'src/define.ts') }, { plugins: [presetsBeside], comments: shippedComments });
  const dropFront = upFront(dropin);
  bundles['drop-in'] = dropFront;
  entries.push({ id: 'drop-in', kind: 'drop-in', label: 'drop-in veikart.js (all widgets)', gzip: dropFront.gzip, bytes: dropFront.bytes, files: dropFront.chunks.length, gzipOneFile: dropFront.gzipOneFile });
  addLazy(dropin, 'drop-in', dropFront);
  // The presets as scripts/build.mjs builds them beside the drop-in: presets.js alone (every
  // preset, what loadPresets() fetches), and one entry per preset (what loadPreset(name) fetches).
  const [allPresets, onePreset] = presetEntries();
  const all = upFront(await bundle('presets', { entries: allPresets }));
  lazy.set('lazy:presets', { id: 'lazy:presets', kind: 'lazy', label: 'all presets (loadPresets())', gzip: all.gzip, bytes: all.bytes, from: 'drop-in' });
  const presetChunks = await bundle('preset-each', { entries: onePreset });
  for (const [name, label] of Object.entries(presetNames)) {
    const front = upFront(presetChunks, `presets/${presetFiles[name]}`);
    lazy.set(`lazy:preset-${name}`, { id: `lazy:preset-${name}`, kind: 'lazy', label: `preset ${label} (loadPreset('${name}'))`, gzip: front.gzip, bytes: front.bytes, from: 'drop-in' });
  }
  entries.push(...[...lazy.values()].sort((a, b) => b.gzip - a.gzip));

  if (peers) {
    const fc = ['core', 'daygrid', 'timegrid', 'interaction'].filter((p) => existsSync(join(root, 'node_modules/@fullcalendar', p)));
    const code = fc.map((p, i) => `import * as fc${i} from '@fullcalendar/${p}';`).join('\n') + `\nexport const all = [${fc.map((_, i) => `fc${i}`).join(', ')}];\n`;
    const version = JSON.parse(readFileSync(join(root, 'node_modules/@fullcalendar/core/package.json'), 'utf8')).version;
    const chunks = await bundle('fullcalendar', code);
    const total = chunks.reduce((s, c) => s + c.gzip, 0);
    entries.push({ id: 'peer:fullcalendar', kind: 'peer', label: `FullCalendar ${version} (${fc.join('+')})`, gzip: total, bytes: chunks.reduce((s, c) => s + c.bytes, 0) });
  }

  const pictogramDir = join(root, 'src/core/pictograms');
  const svgs = readdirSync(pictogramDir).filter((f) => f.endsWith('.svg'));
  const svgSizes = svgs.map((f) => gzip(readFileSync(join(pictogramDir, f))));
  const pictograms = { count: svgs.length, gzipTotal: svgSizes.reduce((s, n) => s + n, 0), gzipLargest: Math.max(0, ...svgSizes) };
  return { entries, bundles, pictograms };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The budget for an entry: exact id, else the first matching kind default. */
export function budgetFor(budgets, entry) {
  return budgets.entries[entry.id] ?? budgets.defaults[entry.kind] ?? null;
}

export function table({ entries, pictograms }, budgets) {
  const lines = ['| entry | min+gzip | minified | up-front files (gzip if one file) | goal | ceiling (enforced) | to goal |', '|---|---:|---:|---|---:|---:|---:|'];
  for (const e of entries) {
    const b = budgets ? budgetFor(budgets, e) : null;
    const toGoal = b?.goal ? (e.gzip <= b.goal * 1024 ? 'at goal' : `+${kb(e.gzip - b.goal * 1024)}`) : '';
    lines.push(`| ${e.label.replace(/<[^>]+>/g, (tag) => `\`${tag}\``)} | ${kb(e.gzip)} | ${kb(e.bytes)} | ${e.files ? `${e.files} (${kb(e.gzipOneFile)})` : ''} | ${b?.goal ? `${b.goal} KB` : ''} | ${b?.ceiling ? `${b.ceiling} KB` : ''} | ${toGoal} |`);
  }
  lines.push(`| pictograms (${pictograms.count} SVGs, assets, not counted) | ${kb(pictograms.gzipTotal)} total, largest ${kb(pictograms.gzipLargest)} | | | | | |`);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 ? args[outIndex + 1] : join(cache, 'sizes.json');
  const result = await measure({ peers: !args.includes('--no-peers') });
  const budgets = JSON.parse(readFileSync(join(root, 'scripts/size-budgets.json'), 'utf8'));
  console.log(`\nSizes (minified, gzip level 9):\n\n${table(result, budgets)}\n`);
  if (args.includes('--modules')) {
    for (const [id, chunk] of Object.entries(result.bundles)) {
      const rows = await breakdown(chunk);
      const groups = new Map();
      for (const r of rows) {
        const g = r.group.startsWith('src/') ? r.group.split('/').slice(0, 2).join('/') : r.group;
        const acc = groups.get(g) ?? { minified: 0, gzipSaved: 0, modules: [] };
        acc.minified += r.minified;
        acc.gzipSaved += r.gzipSaved;
        acc.modules.push(r);
        groups.set(g, acc);
      }
      console.log(`\n${id} — ${kb(chunk.gzip)} gzip; by package/folder — gzip saved if removed alone (sum of a folder's modules), minified:`);
      for (const [g, acc] of [...groups].sort((a, b) => b[1].minified - a[1].minified)) {
        console.log(`  ${kb(acc.gzipSaved).padStart(8)}  ${kb(acc.minified).padStart(8)} min  ${g}`);
        if (g.startsWith('src/')) for (const r of acc.modules) console.log(`  ${''.padStart(8)}  ${kb(r.minified).padStart(8)} min    ${r.module} (${kb(r.gzipSaved)} gzip)`);
      }
    }
  }
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), entries: result.entries, pictograms: result.pictograms }, null, 2) + '\n');
  console.log(`written: ${relative(root, out)}`);
}
