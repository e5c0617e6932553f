// The bench pages as `npm run bench` builds and serves them: one module, so bench/run.mjs and
// bench/ab-built.mjs cannot drift apart (an A/B of other builds would measure something else).
//  - buildPages: Vite, production, minified, es2022, the plugins in scripts/bundle-options.mjs as
//    scripts/build.mjs ships (css`` minified, template indentation dropped, d3-time's factories
//    pure) and V8's compile hint on Veikart's chunks (docs/benchmarks.md, Method);
//  - variantSource: imports that land in this checkout's src/ are taken from DIR/src/ instead;
//  - pageServer: bench/page.html with the case's bundle, the built files, the pictograms.
import { build } from 'vite';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { collapseTemplateWhitespace, compileHints, minifyCssLiterals, pureD3TimeFactories } from '../scripts/bundle-options.mjs';

export const root = new URL('..', import.meta.url).pathname;

/** A chunk of Veikart and its dependencies (not FullCalendar's, not the harness's own: bench/). */
export const veikartChunk = (chunk) => !chunk.moduleIds.some((id) => /\/node_modules\/(@fullcalendar|preact)\//.test(id)) && chunk.moduleIds.some((id) => !/\/bench\/(cases|data)/.test(id));

/** A Vite plugin: imports that land in ./src/ are taken from `dir`/src/ instead. */
export const variantSource = (dir) => ({
  name: 'veikart:bench-variant-src',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    const src = join(root, 'src') + '/';
    if (resolved && !resolved.external && resolved.id.startsWith(src)) return join(dir, 'src', resolved.id.slice(src.length));
    return null;
  },
});

/**
 * Bundles the case pages `entries` (names in bench/cases/) into `outDir`; `plugins` go first.
 * `minify: false` keeps function names readable (bench/profile-built.mjs); everything else is the bench's build.
 */
export async function buildPages(outDir, entries, plugins = [], { minify = true } = {}) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    // As scripts/build.mjs ships it: css`` templates minified, template indentation dropped.
    // As the drop-in ships: Veikart's chunks start with V8's compile hint. FullCalendar's chunks,
    // and chunks of the harness alone, are left as they ship (docs/benchmarks.md).
    plugins: [...plugins, minifyCssLiterals, pureD3TimeFactories, collapseTemplateWhitespace, compileHints(veikartChunk)],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: false,
      minify,
      target: 'es2022',
      rolldownOptions: {
        input: Object.fromEntries(entries.map((e) => [e, join(root, `bench/cases/${e}.js`)])),
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
        preserveEntrySignatures: 'strict',
      },
    },
  });
}

const types = { '.js': 'text/javascript', '.svg': 'image/svg+xml', '.css': 'text/css', '.png': 'image/png' };

/**
 * An http server (not listening yet) for the pages built into `out`: `/?entry=NAME&…` is
 * bench/page.html loading `/NAME.js`; pictograms come from `pictograms` (a src/core/pictograms).
 */
export function pageServer(out, pictograms = join(root, 'src/core/pictograms')) {
  const page = readFileSync(join(root, 'bench/page.html'), 'utf8');
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(page.replace('/ENTRY.js', `/${url.searchParams.get('entry')}.js`));
      return;
    }
    // Pictograms resolve relative to the chunk that loads them (…/chunks/pictograms/x.svg).
    const pictogram = url.pathname.match(/\/pictograms\/([\w-]+\.svg)$/);
    const base = pictogram ? pictograms : out;
    const file = normalize(join(base, pictogram ? pictogram[1] : decodeURIComponent(url.pathname)));
    if (!file.startsWith(base) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
}
