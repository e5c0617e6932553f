// npm run build:
//  (a) dist/npm/  ES modules (one per source module), dependencies external, + dist/types/ (.d.ts)
//  (b) dist/veikart.js  one self-contained ES module (everything bundled; locale chunks and
//      pictograms load relative to it)
//  (c) custom-elements.json   (d) dist/schemas/*.schema.json
// and prints gzip sizes: the drop-in file and each widget alone.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = Object.keys(pkg.dependencies ?? {});
const isExternal = (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`));
const quiet = { logLevel: 'warn', configFile: false };

// Minified output keeps raw newlines only inside template literals (Lit's html/css/svg); the
// indentation after them is insignificant whitespace in HTML and CSS, so drop it.
const collapseTemplateWhitespace = {
  name: 'veikart:collapse-template-whitespace',
  renderChunk(code) {
    return { code: code.replace(/\n[\t ]+/g, '\n').replace(/\n{2,}/g, '\n'), map: null };
  },
};

/** Widgets: folder → element module (each must also be registered in src/define.ts). */
const widgets = JSON.parse(readFileSync(join(root, 'scripts/widgets.json'), 'utf8'));

rmSync(dist, { recursive: true, force: true });

// (a) npm modules
await build({
  ...quiet,
  build: {
    target: 'es2022',
    outDir: join(dist, 'npm'),
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    lib: { entry: { index: 'src/index.ts', define: 'src/define.ts', schemas: 'src/schemas.ts' }, formats: ['es'] },
    rolldownOptions: {
      external: isExternal,
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit', cwd: root });

// (b) the drop-in file, built alone so it imports nothing but its own lazy chunks (locales,
// Floating UI, the ICS writer); the presets get their own separate build for the same reason.
// In veikart.js, loadPresets() imports the separately built presets.js beside it.
const presetsBeside = {
  name: 'veikart:presets-beside',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === './presets/index.js' && importer?.endsWith('src/define.ts')) return { id: './presets.js', external: true };
    return null;
  },
};
for (const [name, entry] of [['presets', 'src/presets/index.ts'], ['veikart', 'src/define.ts']]) {
  await build({
    ...quiet,
    plugins: [collapseTemplateWhitespace, presetsBeside],
    build: {
      target: 'es2022',
      outDir: dist,
      emptyOutDir: false,
      minify: true,
      lib: { entry: { [name]: entry }, formats: ['es'] },
      rolldownOptions: {
        output: {
          minify: true,
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  });
}

// Pictograms ship as separate files beside each module that resolves them.
for (const target of [join(dist, 'pictograms'), join(dist, 'npm/core/pictograms')]) {
  cpSync(join(root, 'src/core/pictograms'), target, { recursive: true });
}

// (c) custom-elements.json
execFileSync(join(root, 'node_modules/.bin/cem'), ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/generated/**'], { stdio: 'inherit', cwd: root });
cpSync(join(root, 'custom-elements.json'), join(dist, 'custom-elements.json'));

// (d) JSON Schemas, from the same valibot schemas the widgets validate with, by the same
// function the schema-agreement test uses (src/schemas.ts publishedJsonSchemas)
const { toJsonSchema } = await import('@valibot/to-json-schema');
const { publishedJsonSchemas } = await import(join(dist, 'npm/schemas.js'));
mkdirSync(join(dist, 'schemas'), { recursive: true });
for (const [name, json] of Object.entries(publishedJsonSchemas(toJsonSchema))) {
  writeFileSync(join(dist, 'schemas', `${name}.schema.json`), JSON.stringify(json, null, 2) + '\n');
}

// Sizes: the drop-in file, and each widget bundled alone (core + that widget + Lit), minified.
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sizes = [['dist/veikart.js (all widgets)', gz(join(dist, 'veikart.js'))]];
const tmp = join(root, 'node_modules/.cache/veikart-sizes');
rmSync(tmp, { recursive: true, force: true });
for (const [name, module] of Object.entries(widgets)) {
  const entry = join(tmp, `${name}.entry.js`);
  mkdirSync(tmp, { recursive: true });
  writeFileSync(entry, `import { ${module.className} } from '${join(root, module.path)}';\ncustomElements.define('${module.tag}', ${module.className});\n`);
  await build({
    ...quiet,
    plugins: [collapseTemplateWhitespace],
    build: { target: 'es2022', outDir: join(tmp, name), minify: true, lib: { entry: { [name]: entry }, formats: ['es'] }, rolldownOptions: { output: { minify: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name].js' } } },
  });
  sizes.push([`${module.tag} alone`, gz(join(tmp, name, `${name}.js`))]);
}
const chunks = existsSync(join(dist, 'chunks')) ? readdirSync(join(dist, 'chunks')).filter((f) => /^(nn|en|ar|uk|ti|so|fa)-/.test(f) && statSync(join(dist, 'chunks', f)).isFile()) : [];
console.log('\nGzip sizes (level 9, minified; locale chunks load on demand):');
for (const [label, size] of sizes) console.log(`  ${label.padEnd(36)} ${kb(size)}`);
console.log(`  ${'largest locale chunk'.padEnd(36)} ${kb(Math.max(0, ...chunks.map((f) => gz(join(dist, 'chunks', f)))))}`);
writeFileSync(join(dist, 'sizes.json'), JSON.stringify(Object.fromEntries(sizes), null, 2) + '\n');
