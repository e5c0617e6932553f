// npm run test:package — after `npm run build`. Asks npm what `npm pack` would ship and checks,
// as a municipal developer's bundler would see it:
//  1. every `exports` target (and its `types`) is in the tarball; wildcard exports match files;
//     `typesVersions` gives node10 resolution the same types;
//  2. `main`, `module`, `types`, `customElements` and every `sideEffects` entry exist in it;
//  3. nothing else ships: no source maps, tests, stories, demo, src, coverage; one copy of the SVGs
//     (dist/pictograms/) with their licence; LICENSE and README present;
//  4. each per-widget entry (`veikart/plan-board`, `veikart/react/plan-board`, …) reaches no other
//     widget's modules;
//  5. the npm modules resolve every built-in pictogram through a static URL to a shipped SVG;
//  6. the drop-in resolves pictograms/ and the presets beside veikart.js, not inside chunks/;
//  7. every relative link in the shipped README and docs/*.md (file and #heading) resolves in the
//     tarball: a reader of node_modules/veikart/README.md finds every page it links.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
if (!existsSync(join(root, 'dist/npm/index.js'))) throw new Error('Run npm run build first');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const files = new Set(report.files.map((f) => f.path));
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${what}`);
  if (!ok) failures.push(what);
};
const rel = (p) => normalize(p).replace(/^\.\//, '');
const matches = (pattern) => {
  const [head, tail] = rel(pattern).split('*');
  return [...files].filter((f) => f.startsWith(head) && f.endsWith(tail ?? '') && f.length > head.length + (tail ?? '').length);
};

console.log(`npm pack would ship ${files.size} files (${(report.unpackedSize / 1024).toFixed(0)} KB unpacked, ${(report.size / 1024).toFixed(0)} KB packed):`);

// 1. exports
for (const [subpath, target] of Object.entries(pkg.exports)) {
  const targets = typeof target === 'string' ? { default: target } : target;
  for (const [condition, path] of Object.entries(targets)) {
    if (path.includes('*')) check(matches(path).length > 0, `exports["${subpath}"].${condition} → ${path} matches ${matches(path).length} files`);
    else check(files.has(rel(path)) || (path === './package.json'), `exports["${subpath}"].${condition} → ${path} ships`);
  }
  if (typeof target === 'object' && !subpath.includes('*') && !subpath.endsWith('.json')) check('types' in target, `exports["${subpath}"] has types`);
}
// 1b. typesVersions: TypeScript's older `moduleResolution: "node"` (node10; older Angular CLI
// workspaces and many existing projects) ignores `exports`, so each typed subpath is mapped there too.
{
  const mapped = pkg.typesVersions?.['*'] ?? {};
  const typed = Object.entries(pkg.exports).filter(([subpath, target]) => subpath !== '.' && typeof target === 'object' && target.types);
  const wrong = typed.filter(([subpath, target]) => JSON.stringify(mapped[subpath.slice(2)]) !== JSON.stringify([target.types])).map(([subpath]) => subpath);
  check(wrong.length === 0 && Object.keys(mapped).length === typed.length, `typesVersions maps each of the ${typed.length} typed subpaths to its exports types (moduleResolution node10)${wrong.length ? `; wrong: ${wrong.join(', ')}` : ''}`);
}
// 2. top-level fields
for (const field of ['main', 'module', 'types', 'customElements']) check(files.has(rel(pkg[field])), `${field} → ${pkg[field]} ships`);
// Entries under ./src/ serve the repository's own builds (Storybook, the demo, size measurements),
// which bundle the TypeScript sources; they are not shipped.
const shippedSideEffects = pkg.sideEffects.filter((p) => !p.startsWith('./src/'));
for (const path of shippedSideEffects) check(files.has(rel(path)), `sideEffects entry ${path} ships`);
const sourceSideEffects = pkg.sideEffects.filter((p) => p.startsWith('./src/'));
check(sourceSideEffects.every((p) => existsSync(join(root, p)) && shippedSideEffects.includes(p.replace('./src/', './dist/npm/').replace(/\.ts$/, '.js').replace('./dist/npm/embed/embed.js', './dist/embed/embed.js'))), `sideEffects: each source entry (${sourceSideEffects.length}) is the source of a shipped registering module`);
const registering = [...files].filter((f) => f.startsWith('dist/npm/') && /(^dist\/npm\/define\.js$|\/define\.js$|^dist\/npm\/react\/(index|plan-board|step-tracker|task-ladder|course-calendar)\.js$)/.test(f));
check(registering.every((f) => shippedSideEffects.includes(`./${f}`)) && shippedSideEffects.length === registering.length + 2 && shippedSideEffects.includes('./dist/veikart.js') && shippedSideEffects.includes('./dist/embed/embed.js'), `sideEffects lists exactly the registering modules (${registering.length} + dist/veikart.js + dist/embed/embed.js)`);
check(pkg.scripts.prepack?.includes('build'), 'prepack builds, so npm pack / npm publish never ship an empty package');
check(Boolean(pkg.engines?.node), `engines.node is stated (${pkg.engines?.node})`);

// 3. nothing else ships
const allowed = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^custom-elements\.json$/, /^dist\/vscode\.html-custom-data\.json$/, /^dist\/web-types\.json$/,
  /^dist\/veikart\.js$/, /^dist\/presets\.js$/, /^dist\/presets\/[\w/-]+\.js$/, /^dist\/chunks\/[\w.-]+\.js$/, /^dist\/npm\/.+\.js$/, /^dist\/types\/.+\.d\.ts$/,
  /^dist\/pictograms\/[\w-]+\.svg$/, /^dist\/pictograms\/LICENSE-tabler-icons\.txt$/, /^dist\/schemas\/[\w-]+\.schema\.json$/, /^dist\/embed\/embed\.(html|js|css)$/,
  /^docs\/[\w-]+\.md$/];
const unexpected = [...files].filter((f) => !allowed.some((re) => re.test(f)));
check(unexpected.length === 0, `nothing ships beyond the allow-list${unexpected.length ? `: ${unexpected.slice(0, 8).join(', ')}` : ''}`);
check(![...files].some((f) => f.endsWith('.map')), 'no source maps');
check(![...files].some((f) => /(^|\/)(test|tests|stories|demo|src|coverage|bench)\//.test(f) || /\.(test|stories)\./.test(f)), 'no tests, stories, demo, bench or sources');
const svgs = [...files].filter((f) => f.endsWith('.svg'));
check(svgs.length > 0 && svgs.every((f) => f.startsWith('dist/pictograms/')), `one copy of the pictograms: ${svgs.length} SVGs, all in dist/pictograms/`);
check(files.has('LICENSE') && files.has('dist/pictograms/LICENSE-tabler-icons.txt') && files.has('README.md'), 'LICENSE (MIT), the pictograms\' licence and README ship');

// Manifest and IDE data: public API only, typed events, paths that ship.
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const modulePaths = manifest.modules.map((m) => m.path);
check(modulePaths.every((p) => files.has(p)), `custom-elements.json: every module path ships (${modulePaths.length} modules)`);
const classes = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
check(classes.map((d) => d.tagName).sort().join() === 'vk-course-calendar,vk-plan-board,vk-step-tracker,vk-task-ladder', `custom-elements.json declares exactly the four elements (${classes.map((d) => d.tagName).join(', ')})`);
const leaked = classes.flatMap((d) => (d.members ?? []).filter((m) => /^[#_]/.test(m.name) || (m.privacy ?? 'public') !== 'public').map((m) => `${d.name}.${m.name}`));
check(leaked.length === 0, `custom-elements.json: public members only${leaked.length ? ` (leaked: ${leaked.slice(0, 5).join(', ')})` : ''}`);
check(classes.every((d) => d.events.some((e) => e.name === 'vk-change' && /^VkChangeEvent<\w+Document, \w+Operation>$/.test(e.type?.text ?? ''))), 'custom-elements.json: each vk-change has its detail type (VkChangeEvent<…Document, …Operation>)');
const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ ...e, in: m.path })));
check(definitions.every((d) => /^vk-[a-z-]+$/.test(d.name) && files.has(d.declaration.module)), `custom-elements.json: ${definitions.length} tag definitions, each a vk- tag pointing at a shipped module`);
const vscode = JSON.parse(readFileSync(join(root, 'dist/vscode.html-custom-data.json'), 'utf8'));
const webTypes = JSON.parse(readFileSync(join(root, 'dist/web-types.json'), 'utf8'));
check(vscode.tags.length === 4 && vscode.tags.every((t) => t.attributes.some((a) => a.name === 'value')), 'VS Code custom data: four tags, each with its attributes');
check(files.has(rel(pkg['web-types'])) && webTypes.contributions.html.elements.length === 4 && webTypes.contributions.html.elements.every((e) => e.js.events.some((ev) => ev.name === 'vk-change')), 'JetBrains web-types: four elements with attributes and events, linked from package.json');

// 4. per-widget entries stay alone
const importsOf = (file) => [...readFileSync(join(root, file), 'utf8').matchAll(/(?:import|export)\s[^'"]*?from\s*["'](\.{1,2}\/[^"']+)["']|import\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => rel(join(dirname(file), m[1] ?? m[2])));
const widgets = ['plan-board', 'step-tracker', 'task-ladder', 'course-calendar'];
// The React wrappers too: `veikart/react/plan-board` (etc.) bundles one widget, as
// `veikart/plan-board` does; `veikart/react` is the one that registers all four.
for (const widget of widgets) for (const [subpath, entry] of [[widget, `dist/npm/${widget}/define.js`], [`react/${widget}`, `dist/npm/react/${widget}.js`]]) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file) || !files.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file));
  }
  const exported = pkg.exports[`./${subpath}`]?.default === `./${entry}`;
  const others = [...seen].filter((f) => widgets.some((w) => w !== widget && f.startsWith(`dist/npm/${w}/`)));
  check(exported && others.length === 0 && [...seen].some((f) => f === `dist/npm/${widget}/${widget}.js`), `veikart/${subpath} (${exported ? entry : 'not exported'}) loads ${seen.size} modules, none of another widget's${others.length ? ` (${others.join(', ')})` : ''}`);
}

// 4b. every `--vk-*` custom property a widget's modules read, lazy parts included, is declared on
// its element in custom-elements.json (which Storybook's Theming page and editors show), and
// nothing is declared that it does not read. Shared tokens are read through their private
// `--_vk-*` names (core/tokens.js maps each to its public name).
{
  const tokensFile = 'dist/npm/core/tokens.js';
  const publicOf = new Map([...readFileSync(join(root, tokensFile), 'utf8').matchAll(/(--_vk-[\w-]+):\s*var\((--vk-[\w-]+)/g)].map((m) => [m[1], m[2]]));
  const lazyImportsOf = (file) => [...readFileSync(join(root, file), 'utf8').matchAll(/import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) => rel(join(dirname(file), m[1])));
  for (const widget of widgets) {
    const seen = new Set();
    const queue = [`dist/npm/${widget}/define.js`];
    while (queue.length) {
      const file = queue.pop();
      if (seen.has(file) || !files.has(file)) continue;
      seen.add(file);
      queue.push(...importsOf(file), ...lazyImportsOf(file));
    }
    const read = new Set();
    for (const file of seen) {
      // tokens.js: only its own reads (`font-family: var(--_vk-font)`), not the definitions it maps.
      for (const [, name] of readFileSync(join(root, file), 'utf8').matchAll(file === tokensFile ? /var\((--_vk-[\w-]+)/g : /var\((--_?vk-[\w-]+)/g)) {
        const name2 = name.startsWith('--_vk-') ? publicOf.get(name) : name;
        if (name2) read.add(name2);
      }
    }
    const declared = new Set((classes.find((d) => d.tagName === `vk-${widget}`)?.cssProperties ?? []).map((p) => p.name));
    const missing = [...read].filter((n) => !declared.has(n));
    const unread = [...declared].filter((n) => !read.has(n));
    check(read.size > 10 && missing.length === 0 && unread.length === 0, `<vk-${widget}> declares exactly the ${read.size} custom properties its ${seen.size} modules read${missing.length ? `; undeclared: ${missing.join(', ')}` : ''}${unread.length ? `; declared, never read: ${unread.join(', ')}` : ''}`);
  }
}

// 5. pictogram URLs in the npm modules
const urls = [...readFileSync(join(root, 'dist/npm/core/pictogram-urls.js'), 'utf8').matchAll(/new URL\("([^"]+)", import\.meta\.url\)/g)].map((m) => rel(join('dist/npm/core', m[1])));
check(urls.length === svgs.length && urls.every((u) => files.has(u)), `dist/npm/core/pictogram-urls.js: ${urls.length} static URLs, each to a shipped SVG`);

// 6. the drop-in resolves its folder from veikart.js itself: the pictograms/ URL and the preset
// imports (`./presets.js`, `./presets/<file>.js`) must be in veikart.js, never in chunks/, where the
// same relative paths would point into chunks/ (404s). Broke once when the generated entry sat
// below a symlinked node_modules and Rolldown moved it into the up-front chunk.
{
  const dropIn = readFileSync(join(root, 'dist/veikart.js'), 'utf8');
  const chunks = [...files].filter((f) => f.startsWith('dist/chunks/'));
  const folderRelative = /new URL\(["'`]pictograms\/|import\(["'`]\.\/presets[./]/;
  const strays = chunks.filter((f) => folderRelative.test(readFileSync(join(root, f), 'utf8')));
  check(/new URL\(["'`]pictograms\/["'`]/.test(dropIn) && /import\(["'`]\.\/presets\.js["'`]\)/.test(dropIn) && /import\(["'`]\.\/presets\/ladder\/kitchen\.js["'`]\)/.test(dropIn),
    'dist/veikart.js itself resolves pictograms/ and presets beside it (new URL(\'pictograms/\'), import(\'./presets…\'))');
  check(strays.length === 0, `no chunk resolves pictograms/ or ./presets relative to chunks/${strays.length ? ` (${strays.join(', ')})` : ''}`);
}

// 7. links in the shipped Markdown. The README is the package's page on npm and in
// node_modules/veikart/: each relative link (`docs/embedding.md#react`) must reach a shipped file
// and, with a #fragment, a heading there (GitHub's slugs: lower case, punctuation dropped, spaces
// as hyphens, -1, -2 … for repeats). Code (fenced blocks, `spans`) holds no links.
{
  const markdown = [...files].filter((f) => f.endsWith('.md'));
  const unfenced = (file) => readFileSync(join(root, file), 'utf8').replace(/^```[^]*?^```/gm, '');
  const prose = (file) => unfenced(file).replace(/`[^`\n]*`/g, '');
  const slugs = new Map();
  const anchorsOf = (file) => {
    if (!slugs.has(file)) {
      const seen = new Map();
      const anchors = new Set();
      for (const [, heading] of unfenced(file).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
        const base = heading.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        anchors.add(n ? `${base}-${n}` : base);
      }
      slugs.set(file, anchors);
    }
    return slugs.get(file);
  };
  const broken = [];
  let count = 0;
  for (const file of markdown) {
    for (const [, target] of prose(file).matchAll(/\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g)) {
      if (/^[a-z][\w+.-]*:/i.test(target)) continue; // https:, mailto:: not in the tarball
      count++;
      const [path, fragment] = target.split('#');
      const resolved = path ? rel(join(dirname(file), decodeURIComponent(path))) : file;
      const ok = path.endsWith('/') ? [...files].some((f) => f.startsWith(resolved.replace(/\/?$/, '/'))) : files.has(resolved);
      if (!ok) broken.push(`${file} → ${target} (no ${resolved} in the tarball)`);
      else if (fragment && resolved.endsWith('.md') && !anchorsOf(resolved).has(decodeURIComponent(fragment))) broken.push(`${file} → ${target} (no such heading)`);
    }
  }
  check(files.has('README.md') && count > 0 && broken.length === 0, `${count} relative links in the ${markdown.length} shipped Markdown files each reach a shipped file (and heading)${broken.length ? `; broken: ${broken.slice(0, 12).join('; ')}${broken.length > 12 ? ` … (${broken.length})` : ''}` : ''}`);
}

console.log(`\n${failures.length ? `${failures.length} package checks failed` : 'All package checks passed'}; the tarball holds ${files.size} files`);
process.exit(failures.length ? 1 : 0);
