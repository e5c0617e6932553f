// npm run fuzz [-- CASES [SEED]]: runs the property tests (test/core/fuzz.run.ts) with CASES
// cases per property per widget (default 10,000) in Chromium, then prints the counts per widget
// and a closing "N passed, N failed" line. CI runs a 1,000-case slice. A failure prints
// fast-check's report with the seed and path that replay it.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const runs = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 0);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [cases per property, default 10000] [seed offset, default 0]');
  process.exit(2);
}
await import('./bundle-ajv.mjs');
const generated = `${root}test/core/generated`;
mkdirSync(generated, { recursive: true });
writeFileSync(`${generated}/fuzz-runs.js`, `export default ${JSON.stringify({ runs, seed })};\n`);

console.log(`Fuzzing every widget: ${runs} cases per property (operations, documents, schema agreement), seed offset ${seed}`);
const output = await new Promise((resolve) => {
  let text = '';
  const child = spawn(`${root}node_modules/.bin/wtr`, ['--config', 'scripts/fuzz.wtr.config.mjs'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk) => {
    text += chunk;
  });
  child.stderr.on('data', (chunk) => {
    text += chunk;
  });
  child.on('close', (code) => resolve({ text, code }));
});
rmSync(`${generated}/fuzz-runs.js`, { force: true });

const lines = output.text.split('\n');
const counts = new Map();
let passed = 0;
let failed = 0;
for (const line of lines) {
  const match = /fuzz (\w+) (.+?): (\d+) cases: (\d+) passed, (\d+) failed \(seed (-?\d+)\)/.exec(line);
  if (!match) continue;
  const [, kind, property, , ok, bad, usedSeed] = match;
  const entry = counts.get(kind) ?? { passed: 0, failed: 0, lines: [] };
  entry.passed += Number(ok);
  entry.failed += Number(bad);
  entry.lines.push(`    ${property.padEnd(18)} ${ok} passed, ${bad} failed (seed ${usedSeed})`);
  counts.set(kind, entry);
  passed += Number(ok);
  failed += Number(bad);
}
for (const [kind, entry] of counts) {
  console.log(`  ${kind}: ${entry.passed} passed, ${entry.failed} failed`);
  for (const line of entry.lines) console.log(line);
}
const reports = lines.filter((line) => /Property failed|Counterexample|seed: -?\d+, path|^\s*Error: /.test(line));
if (reports.length > 0) console.log(`\nFailures (replay with the seed and path):\n${reports.join('\n')}`);
if (counts.size !== 4 || output.code !== 0) {
  if (counts.size !== 4) console.log(`\nExpected counts for 4 widgets, got ${counts.size}; test runner output:\n${output.text.slice(-4000)}`);
  failed = Math.max(failed, 1);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
