// scripts/bundle-options.mjs marks d3-time's top-level factory calls pure so that a bundle keeps only
// the intervals Veikart imports (calendar-dates.ts; utcHour in the week view). These tests bundle d3-time with and without the plugin and check
// what is dropped, and that the intervals kept still do their arithmetic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { pureD3TimeFactories } from '../../scripts/bundle-options.mjs';

const root = new URL('../..', import.meta.url).pathname;

/** Bundles `code` (an ES module importing from d3-time) with Vite; returns the output's text. */
async function bundle(code, plugins) {
  // Inside the project, so the entry's bare import resolves to our node_modules/d3-time.
  const cache = join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'vk-d3-time-'));
  try {
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, code);
    await build({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins,
      build: {
        outDir: join(dir, 'out'),
        minify: false,
        write: true,
        lib: { entry, formats: ['es'], fileName: () => 'out.js' },
        rolldownOptions: { output: { codeSplitting: false } },
      },
    });
    return readFileSync(join(dir, 'out', 'out.js'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const entry = `import { utcDay, utcDays, utcHour, utcMonday, utcMonth, utcThursday, utcYear, utcMondays } from 'd3-time';
export const results = {
  offset: utcDay.offset(new Date(Date.UTC(2026, 1, 27)), 2).toISOString().slice(0, 10),
  count: utcDay.count(new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2027, 0, 1))),
  monday: utcMonday.floor(new Date(Date.UTC(2026, 2, 12))).toISOString().slice(0, 10),
  month: utcMonth.ceil(new Date(Date.UTC(2026, 2, 12))).toISOString().slice(0, 10),
  thursdays: utcThursday.count(utcYear.floor(new Date(Date.UTC(2026, 5, 1))), new Date(Date.UTC(2026, 5, 1))),
  days: utcDay.range(new Date(Date.UTC(2026, 2, 30)), new Date(Date.UTC(2026, 3, 2))).length,
  hours: utcHour.range(new Date(Date.UTC(2026, 2, 12, 7, 30)), new Date(Date.UTC(2026, 2, 12, 18))).map((d) => d.getUTCHours()).join(' '),
  // The plural aliases (\`const utcDays = utcDay.range;\` in d3-time), which the plugin rewrites.
  aliasDays: utcDays(new Date(Date.UTC(2026, 2, 30)), new Date(Date.UTC(2026, 3, 2))).map((d) => d.getUTCDate()).join(' '),
  mondays: utcMondays(new Date(Date.UTC(2026, 2, 1)), new Date(Date.UTC(2026, 3, 1))).length,
};
`;

async function run(code) {
  const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
  return (await import(url)).results;
}

test('d3-time bundled with the plugin drops the tick generators, d3-array and the local-time intervals', async () => {
  const plain = await bundle(entry, []);
  const marked = await bundle(entry, [pureD3TimeFactories]);
  // Without the marks every interval and both tick generators stay (the reason for the plugin).
  assert.match(plain, /function ticker\(/);
  assert.match(plain, /function bisector\(/, 'd3-array comes with the tick generators');
  assert.doesNotMatch(marked, /function ticker\(/);
  assert.doesNotMatch(marked, /function bisector\(|function tickStep\(/, 'no d3-array');
  assert.doesNotMatch(marked, /getTimezoneOffset/, 'no local-time day or week interval');
  assert.ok(marked.length < plain.length * 0.6, `${marked.length} bytes against ${plain.length}`);
});

test('the intervals kept compute as they do unbundled', async () => {
  const marked = await run(await bundle(entry, [pureD3TimeFactories]));
  const plain = await run(await bundle(entry, []));
  assert.deepEqual(marked, plain);
  assert.deepEqual(marked, { offset: '2026-03-01', count: 365, monday: '2026-03-09', month: '2026-04-01', thursdays: 21, days: 3, hours: '8 9 10 11 12 13 14 15 16 17', aliasDays: '30 31 1', mondays: 5 });
});

test('the plugin touches only d3-time, and only once', () => {
  const code = 'const a = timeInterval(1);\nconst b = a.range;\n';
  const id = '/x/node_modules/d3-time/dist/d3-time.mjs';
  assert.equal(pureD3TimeFactories.transform(code, '/x/node_modules/other/dist/other.mjs'), null);
  const out = pureD3TimeFactories.transform(code, id).code;
  assert.match(out, /= \/\*#__PURE__\*\/ timeInterval\(1\)/);
  assert.match(out, /const b = \/\*#__PURE__\*\/ veikartRangeOf\(a\);/);
  const timeInterval = (n) => ({ range: `range ${n}` });
  assert.equal(new Function('timeInterval', `${out}; return b;`)(timeInterval), 'range 1', 'the helper returns the interval’s range');
  assert.equal(pureD3TimeFactories.transform(out, id), null, 'a second pass would declare the helper twice');
});

const d3TimeFile = join(root, 'node_modules/d3-time/dist/d3-time.mjs');

test('no marked call is left inside an array destructuring (Rolldown 1.3, in Vite 8.4, keeps those)', () => {
  const out = pureD3TimeFactories.transform(readFileSync(d3TimeFile, 'utf8'), d3TimeFile).code;
  assert.doesNotMatch(out, /^const \[[^\]]*\] = /m);
  const pair = pureD3TimeFactories.transform('const [a, b] = ticker(1);\n', d3TimeFile).code;
  const ticker = (n) => [`ticks ${n}`, `interval ${n}`];
  assert.deepEqual(new Function('ticker', `${pair}; return [a, b];`)(ticker), ['ticks 1', 'interval 1']);
});

test('the copy of the plugin in docs/embedding.md transforms d3-time as the build’s does', () => {
  const docs = readFileSync(join(root, 'docs/embedding.md'), 'utf8');
  const source = /const pureD3Time = (\{\n[\s\S]*?\n\});/.exec(docs)?.[1];
  assert.ok(source, 'docs/embedding.md shows `const pureD3Time = { … };`');
  const docsPlugin = new Function(`return (${source});`)();
  const code = readFileSync(d3TimeFile, 'utf8');
  const ours = pureD3TimeFactories.transform(code, d3TimeFile).code;
  const theirs = docsPlugin.transform(code, d3TimeFile).code;
  // Same marks and rewrites; only the helpers' names differ.
  assert.equal(theirs.replace(/\brangeOf\b/g, 'veikartRangeOf').replace(/\bitemOf\b/g, 'veikartItemOf'), ours);
  assert.equal(docsPlugin.transform(code, '/x/node_modules/other/dist/other.mjs'), null);
});
