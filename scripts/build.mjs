// npm run build (also run by `npm pack` / `npm publish` through `prepack`):
//  (a) dist/npm/  ES modules (one per source module), dependencies external, + dist/types/ (.d.ts);
//      dist/npm/core/pictogram-urls.js keeps one static `new URL('../../pictograms/x.svg',
//      import.meta.url)` per pictogram so the host's bundler copies the SVGs it needs
//  (b) dist/veikart.js  one self-contained ES module (everything bundled; locale chunks and
//      dist/pictograms/ load relative to it) + dist/presets.js (all presets) and dist/presets/*.js
//      (one per preset, what loadPreset(name) fetches)
//      dist/embed/embed.html + embed.js: the iframe bridge (imports ../veikart.js)
//  (c) custom-elements.json, dist/vscode.html-custom-data.json, dist/web-types.json
//  (d) dist/schemas/*.schema.json
// The SVGs ship once, in dist/pictograms/ (with their licence). No source maps ship: the modules
// in dist/npm are unminified, one per source file, readable as they are, except that every build
// minifies the stylesheets in css`` templates (scripts/bundle-options.mjs).
// Prints gzip sizes: the drop-in file and each widget imported alone (`veikart/<widget>`).
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pictogramSources, pictogramUrlsModule } from './pictograms.mjs';
import { collapseTemplateWhitespace, compileHints, minifyCssLiterals, pureD3TimeFactories, shippedComments, upFrontChunk } from './bundle-options.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const isExternal = (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`));
const quiet = { logLevel: 'warn', configFile: false };

/** Widgets: folder → tag, class and element module (each has src/<folder>/define.ts). */
const widgets = JSON.parse(readFileSync(join(root, 'scripts/widgets.json'), 'utf8'));

rmSync(dist, { recursive: true, force: true });

// (a) npm modules
await build({
  ...quiet,
  plugins: [minifyCssLiterals],
  build: {
    target: 'es2022',
    outDir: join(dist, 'npm'),
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        schemas: 'src/schemas.ts',
        'react/index': 'src/react/index.ts',
        ...Object.fromEntries(Object.keys(widgets).flatMap((w) => [[`${w}/define`, `src/${w}/define.ts`], [`${w}/index`, `src/${w}/index.ts`], [`react/${w}`, `src/react/${w}.ts`]])),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: isExternal,
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
// Vite inlines `new URL(…, import.meta.url)` assets in library mode; the npm module must keep the
// static URLs for the host's bundler instead, pointing at the one copy in dist/pictograms/.
rmSync(join(dist, 'npm/assets'), { recursive: true, force: true });
writeFileSync(join(dist, 'npm/core/pictogram-urls.js'), pictogramUrlsModule(Object.keys(pictogramSources), { folder: '../../pictograms/', typescript: false }));
execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit', cwd: root });

// (b) the drop-in file, built alone so it imports nothing but its own lazy chunks (locales,
// Floating UI, the ICS writer); the presets get their own separate build for the same reason.
// In veikart.js, loadPresets() imports the separately built presets.js beside it, and
// loadPreset(name) the one preset's presets/<file>.js.
const presetsBeside = {
  name: 'veikart:presets-beside',
  enforce: 'pre',
  resolveId(source, importer) {
    const preset = /^\.\/presets\/([\w/-]+)\.js$/.exec(source);
    if (!preset || !importer?.endsWith('src/api.ts')) return null;
    return { id: preset[1] === 'index' ? './presets.js' : `./presets/${preset[1]}.js`, external: true };
  },
};
const { presetEntries } = await import('./sizes.mjs');
// In the drop-in file the pictograms are the pictograms/ folder beside veikart.js. The module that
// resolves them may land in a shared chunk (chunks/…), so its own import.meta.url is not the
// place: the entry (a generated wrapper around src/define.ts, itself veikart.js) sets the folder
// from its import.meta.url before anything renders (Lit renders in a later microtask).
const pictogramUrlsId = '\0veikart-pictogram-urls';
const pictogramsBeside = {
  name: 'veikart:pictograms-beside',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === 'virtual:veikart-pictogram-urls') return pictogramUrlsId;
    if (source === './pictogram-urls.js' && importer?.endsWith('src/core/pictograms.ts')) return pictogramUrlsId;
    return null;
  },
  load(id) {
    if (id !== pictogramUrlsId) return null;
    return `let folder = null;\nexport function setDropInFolder(url) { folder = url; }\nconst names = new Set(${JSON.stringify(Object.keys(pictogramSources))});\nexport function pictogramUrl(name) { return folder !== null && names.has(name) ? folder + name + '.svg' : undefined; }\n`;
  },
};
// A fresh folder per build: node_modules may be shared (a worktree's symlink), and two builds
// writing the same generated entry would each bundle whichever src/ wrote last.
const dropInEntry = join(mkdtempSync(join(tmpdir(), 'veikart-drop-in-')), 'veikart.js');
writeFileSync(dropInEntry, `import { setDropInFolder } from 'virtual:veikart-pictogram-urls';\nsetDropInFolder(new URL('pictograms/', import.meta.url).href);\nexport * from '${join(root, 'src/define.ts')}';\n`);
try {
  for (const entry of [...presetEntries(), { veikart: dropInEntry }]) {
    await build({
      ...quiet,
      // The drop-in's files (not the presets': data) start with V8's compile hint.
      plugins: [minifyCssLiterals, pureD3TimeFactories, collapseTemplateWhitespace, presetsBeside, pictogramsBeside, ...(entry.veikart ? [compileHints()] : [])],
      build: {
        target: 'es2022',
        outDir: dist,
        emptyOutDir: false,
        minify: true,
        lib: { entry, formats: ['es'] },
        rolldownOptions: {
          output: {
            // The drop-in: everything before first render in one chunk beside veikart.js (the
            // presets' entries share their common code in chunks of their own instead).
            ...(entry.veikart ? { codeSplitting: upFrontChunk([dropInEntry]) } : {}),
            minify: true,
            comments: shippedComments,
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js',
          },
        },
      },
    });
  }
} finally {
  // Also after a failed build: no temp folder left behind.
  rmSync(join(dropInEntry, '..'), { recursive: true, force: true });
}

// The iframe bridge: dist/embed/embed.html + embed.js, which imports ../veikart.js (no second copy).
await build({
  ...quiet,
  plugins: [minifyCssLiterals, {
    name: 'veikart:embed-uses-drop-in',
    enforce: 'pre',
    resolveId: (source, importer) => (source === '../api.js' && importer?.endsWith('src/embed/embed.ts') ? { id: '../veikart.js', external: true } : null),
  }],
  build: {
    target: 'es2022',
    outDir: join(dist, 'embed'),
    emptyOutDir: true,
    minify: true,
    lib: { entry: { embed: 'src/embed/embed.ts' }, formats: ['es'] },
    rolldownOptions: { output: { minify: true, entryFileNames: '[name].js' } },
  },
});
for (const file of ['embed.html', 'embed.css']) cpSync(join(root, 'src/embed', file), join(dist, 'embed', file));

// The one copy of the pictograms (+ LICENSE-tabler-icons.txt), used by veikart.js and dist/npm.
cpSync(join(root, 'src/core/pictograms'), join(dist, 'pictograms'), { recursive: true });

// (c) custom-elements.json
// (settings and the public-API filter: custom-elements-manifest.config.mjs, scripts/manifest.mjs),
// and the IDE data generated from it: VS Code custom data and JetBrains web-types.
execFileSync(join(root, 'node_modules/.bin/cem'), ['analyze'], { stdio: 'inherit', cwd: root });
{
  const { ideData } = await import('./manifest.mjs');
  const { vscode, webTypes } = ideData(JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')));
  writeFileSync(join(dist, 'vscode.html-custom-data.json'), JSON.stringify(vscode, null, 2) + '\n');
  writeFileSync(join(dist, 'web-types.json'), JSON.stringify(webTypes, null, 2) + '\n');
}

// (d) JSON Schemas, from the same valibot schemas the widgets validate with, by the same
// function the schema-agreement test uses (src/schemas.ts publishedJsonSchemas)
const { toJsonSchema } = await import('@valibot/to-json-schema');
const { publishedJsonSchemas } = await import(join(dist, 'npm/schemas.js'));
mkdirSync(join(dist, 'schemas'), { recursive: true });
for (const [name, json] of Object.entries(publishedJsonSchemas(toJsonSchema))) {
  writeFileSync(join(dist, 'schemas', `${name}.schema.json`), JSON.stringify(json, null, 2) + '\n');
}

// docs/documents-and-events.md (also Storybook's "Documents and events" page), from the schemas
// just written, with one example per operation applied by the built applyOperation.
{
  const { documentsAndEvents } = await import('./documents-and-events.mjs');
  const schemas = Object.fromEntries(readdirSync(join(dist, 'schemas')).map((f) => [f.replace('.schema.json', ''), JSON.parse(readFileSync(join(dist, 'schemas', f), 'utf8'))]));
  writeFileSync(join(root, 'docs/documents-and-events.md'), documentsAndEvents({ schemas, veikart: await import(join(dist, 'npm/index.js')) }) + '\n');
}

// Sizes: one report for the build, the budgets test and the docs (scripts/sizes.mjs) — each widget
// alone and the drop-in counted with every chunk they load up front, each lazy chunk on its own.
// (Counting only entry files undercounted: rolldown moves modules shared with lazy parts into
// chunks that still load before first render.)
const { measure, table } = await import('./sizes.mjs');
const report = await measure({ peers: false });
const budgets = JSON.parse(readFileSync(join(root, 'scripts/size-budgets.json'), 'utf8'));
console.log(table(report, budgets));
writeFileSync(join(dist, 'sizes.json'), JSON.stringify(Object.fromEntries(report.entries.map((e) => [e.label, e.gzip])), null, 2) + '\n');
