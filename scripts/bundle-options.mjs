// Bundling choices shared by every build that ships or measures code (scripts/build.mjs,
// scripts/sizes.mjs, bench/run.mjs), so the sizes and the bench measure what hosts get.
//
// upFrontChunk: everything an entry imports statically goes into one chunk.
//
// Transforms of Lit's tagged template literals:
//  - minifyCssLiterals: each `css\`…\`` in our own sources (src/**/*.ts) with no `${…}` inside is
//    minified by Lightning CSS (comments, whitespace, shortest colours). A JS minifier cannot do
//    this: to it the stylesheet is an opaque string. Templates with interpolations (two icon
//    sheets) are left as they are. A stylesheet Lightning CSS cannot parse fails the build.
//  - collapseTemplateWhitespace: minified output keeps raw newlines only inside template literals
//    (Lit's html/css/svg); the indentation after them is insignificant in HTML and CSS.
import { realpathSync } from 'node:fs';
import { transform, Features } from 'lightningcss';

/**
 * Browsers whose CSS the output may use: the floor docs/embedding.md ("Supported browsers") states,
 * which the widgets' own calls set (the Popover API: Firefox 125, Safari 17; `checkVisibility()`:
 * Safari 17.4); `:dir()`, container queries and logical properties are older. Lightning CSS never
 * writes syntax they lack.
 * `:dir()` is excluded from lowering (it would become a `:lang()` list, which means something else).
 */
const targets = { chrome: 120 << 16, firefox: 125 << 16, safari: (17 << 16) | (4 << 8) };

/** The cooked text of a template literal's raw source with no `${…}` (escapes resolved). */
function cooked(raw) {
  // Only our own sources reach this; a template with an interpolation never does.
  return new Function(`return \`${raw}\`;`)();
}

/** The raw source of a template literal holding `text`. */
function raw(text) {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

/** Minifies one stylesheet (cooked text); throws on anything Lightning CSS cannot parse. */
export function minifyCss(text, filename = 'template.css') {
  const result = transform({ filename, code: Buffer.from(text), minify: true, targets, exclude: Features.DirSelector, errorRecovery: false });
  return result.code.toString();
}

/**
 * Replaces every interpolation-free `css\`…\`` in `code` with its minified form. Returns the new
 * code, or null when nothing changed. The scan follows template-literal syntax: escapes, and
 * `${` that starts an interpolation (then the template is skipped).
 */
export function minifyCssTemplates(code, filename) {
  const tag = /\bcss`/g;
  let out = '';
  let last = 0;
  let changed = false;
  for (let match; (match = tag.exec(code)); ) {
    const start = match.index + match[0].length;
    let end = start;
    let interpolated = false;
    for (; end < code.length; end++) {
      const c = code[end];
      if (c === '\\') end++;
      else if (c === '`') break;
      else if (c === '$' && code[end + 1] === '{') {
        // Skip the interpolation to its closing brace. Ours hold no template literal or brace in
        // a string; one that does stops the build rather than being cut in the wrong place.
        interpolated = true;
        for (let depth = 0; end < code.length; end++) {
          if (code[end] === '`') throw new Error(`${filename}: a template literal inside a css\` interpolation; minifyCssTemplates cannot scan it`);
          if (code[end] === '{') depth++;
          else if (code[end] === '}' && --depth === 0) break;
        }
      }
    }
    if (end >= code.length) throw new Error(`${filename}: unterminated css\` template`);
    tag.lastIndex = end + 1;
    if (interpolated) continue;
    const minified = minifyCss(cooked(code.slice(start, end)), filename);
    out += code.slice(last, start) + raw(minified);
    last = end;
    changed = true;
  }
  return changed ? out + code.slice(last) : null;
}

/** Vite/Rolldown plugin: minifies the css`` templates of src/**\/*.ts before TypeScript is stripped. */
export const minifyCssLiterals = {
  name: 'veikart:minify-css-literals',
  enforce: 'pre',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
    const next = minifyCssTemplates(code, id);
    return next === null ? null : { code: next, map: null };
  },
};

export const collapseTemplateWhitespace = {
  name: 'veikart:collapse-template-whitespace',
  renderChunk(code) {
    return { code: code.replace(/\n[\t ]+/g, '\n').replace(/\n{2,}/g, '\n'), map: null };
  },
};

/**
 * Rolldown's `output.codeSplitting`: every module an entry imports statically (Rolldown's
 * `$initial` tag) goes into one chunk, `chunks/up-front-<hash>.js`, which lazy chunks import from.
 * Without it, each module that a lazy chunk shares with the entry became its own small chunk: the
 * drop-in loaded 16 files before first render, and gzip lost about 4 KB across their seams.
 * Entry modules stay in their entry file (the drop-in's wrapper reads its own `import.meta.url`),
 * and so do src/define.ts and src/api.ts: api.ts imports the presets beside the entry by a
 * relative path (`./presets.js`), which Rolldown writes as it is, not relative to chunks/. Only
 * entries import those two, so the up-front chunk never imports back from the entry.
 */
export function upFrontChunk(entryIds = []) {
  // Compared by real path: Rolldown names a module by its resolved real path, so an entry written
  // below a symlink (e.g. node_modules linked from another checkout, as in a git worktree) would
  // otherwise not be recognised, land in chunks/, and resolve pictograms/ and ./presets.js from
  // there (404s in the drop-in).
  const real = (id) => {
    try {
      return realpathSync(id);
    } catch {
      return id; // virtual modules (\0…) and ids that are not files
    }
  };
  const entries = new Set(entryIds.map(real));
  const stay = (id) => entries.has(real(id)) || /\/src\/(api|define)\.ts$/.test(id);
  return {
    groups: [{ name: 'up-front', tags: ['$initial'], test: (id) => !stay(id) }],
  };
}

/**
 * Comments kept in the files the drop-in ships (dist/veikart.js, its chunks, presets.js): legal
 * ones only. Rolldown keeps `/* @__PURE__ *\/` and `/* @__NO_SIDE_EFFECTS__ *\/` annotations in
 * minified output by default (330 in the drop-in's up-front chunk, ~0.55 KB gzip), for a bundler that
 * tree-shakes it later; nothing bundles the drop-in (hosts load it as it is). The npm modules
 * (dist/npm, not minified) keep them: hosts' bundlers read them there.
 */
export const shippedComments = { legal: true, annotation: false, jsdoc: false };

/**
 * V8's explicit compile hint (Chrome 136+; https://v8.dev/blog/explicit-compile-hints): the
 * magic comment `//# allFunctionsCalledOnLoad` as the first line of a script or module makes V8
 * compile every function in it while the file loads, on a background thread (streaming
 * compilation), instead of lazily on the main thread at each function's first call. A widget's
 * first render calls most of the up-front code once, so without it that render paid for
 * compiling it: 8 ms of the month view's 500-session first render in a trace (`V8.CompileCode`
 * inside the clock), 0.1 ms with it. Other engines read it as a comment. A lazy chunk loads when
 * its feature is first used, which then calls most of it, so it gets the hint as well.
 *
 * A Rolldown/Vite plugin that writes the comment first in every JS chunk `include(chunk)` accepts
 * (default: all), after minification and after Vite's own prelude. A bundler that concatenates our npm
 * modules into a host's chunk does not keep it; docs/embedding.md shows how a host adds it.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
export function compileHints(include = () => true) {
  return {
    name: 'veikart:compile-hints',
    enforce: 'post',
    // `order: 'post'`: after Vite's own generateBundle, which puts its `__vite__mapDeps` prelude
    // first in chunks that import lazily.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && include(chunk) && !chunk.code.startsWith(COMPILE_HINT)) chunk.code = COMPILE_HINT + chunk.code;
        }
      },
    },
  };
}

/**
 * d3-time (3.1.1) builds every interval and both tick generators with top-level calls
 * (`const utcDay = timeInterval(…)`, `const [utcTicks, …] = ticker(…)`) and ships no `#__PURE__`
 * marks, so a bundler keeps all of them, and with the tick generators d3-array, whatever a module
 * imports. The calendar imports five UTC intervals (course-calendar/calendar-dates.ts) and the
 * week view one. These factories only build objects, so marking their calls pure lets Rolldown
 * drop what nobody imports. Not all of it: `millisecond.every = …` and `timeYear.every = …` are
 * top-level assignments, so those two intervals stay (a few hundred bytes). A host's bundler does
 * the same work without this plugin; only the size differs.
 */
export const pureD3TimeFactories = {
  name: 'veikart:pure-d3-time-factories',
  transform(code, id) {
    // Once per file: a second pass (the plugin listed twice) would declare the helper twice.
    if (!/[\\/]d3-time[\\/]dist[\\/]d3-time\.mjs$/.test(id) || code.includes('veikartRangeOf')) return null;
    const pure = code
      .replace(/= (timeInterval|timeWeekday|utcWeekday|ticker)\(/g, '= /*#__PURE__*/ $1(')
      // `const utcDays = utcDay.range;`: a property read, which a bundler must keep (it could be a
      // getter); d3-time's `range` is a plain method, so read it through a call marked pure.
      .replace(/^const (\w+) = (\w+)\.range;$/gm, 'const $1 = /*#__PURE__*/ veikartRangeOf($2);')
      // `const [utcTicks, utcTickInterval] = ticker(…)`: destructuring an array runs its iterator,
      // so Rolldown 1.3 (Vite 8.4) keeps the call despite the mark; take the pair apart with calls.
      .replace(/^const \[(\w+), (\w+)\] = (\/\*#__PURE__\*\/ ticker\(.*\));$/gm,
        'const $1$2 = $3;\nconst $1 = /*#__PURE__*/ veikartItemOf($1$2, 0);\nconst $2 = /*#__PURE__*/ veikartItemOf($1$2, 1);');
    return { code: `${pure}\nfunction veikartRangeOf(interval) { return interval.range; }\nfunction veikartItemOf(pair, i) { return pair[i]; }\n`, map: null };
  },
};
