// Size budgets (issue 14): bytes are deterministic, so npm test enforces them. Each entry —
// every widget alone, the drop-in, every lazy chunk — must stay under its ceiling in
// scripts/size-budgets.json; the output says how far each entry still is from its goal.
// Run alone: node --test test/budgets/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { budgetFor, measure, table } from '../../scripts/sizes.mjs';

const budgets = JSON.parse(readFileSync(new URL('../../scripts/size-budgets.json', import.meta.url), 'utf8'));
// A folder of its own, so a concurrent `npm run sizes` never shares the output.
const cacheDir = fileURLToPath(new URL(`../../node_modules/.cache/veikart-sizes-test-${process.pid}`, import.meta.url));
const result = await measure({ peers: false, cacheDir });
rmSync(cacheDir, { recursive: true, force: true });
const kb = (bytes) => bytes / 1024;

test('size report: every widget, the drop-in and at least one lazy chunk are measured', () => {
  const kinds = result.entries.map((e) => e.kind);
  assert.equal(kinds.filter((k) => k === 'widget').length, 4);
  assert.equal(kinds.filter((k) => k === 'drop-in').length, 1);
  assert.ok(kinds.includes('lazy'), 'no lazy chunk found: locales, popovers and the ICS writer should load with import()');
});

for (const entry of result.entries) {
  test(`${entry.label}: ${kb(entry.gzip).toFixed(1)} KB gzip is within its ceiling`, (t) => {
    const budget = budgetFor(budgets, entry);
    assert.ok(budget, `no budget for ${entry.id} (kind ${entry.kind})`);
    const distance = kb(entry.gzip) - budget.goal;
    t.diagnostic(distance > 0 ? `${distance.toFixed(1)} KB above its goal of ${budget.goal} KB (ceiling ${budget.ceiling} KB)` : `at goal (${budget.goal} KB)`);
    assert.ok(
      kb(entry.gzip) <= budget.ceiling,
      `${entry.label} is ${kb(entry.gzip).toFixed(1)} KB gzip, over its ceiling of ${budget.ceiling} KB (goal ${budget.goal} KB). ` +
        'Load the new code with import() on first use, or raise the ceiling in scripts/size-budgets.json and say why in the commit.',
    );
  });
}

test('size table', (t) => {
  for (const line of table(result, budgets).split('\n')) t.diagnostic(line);
});
