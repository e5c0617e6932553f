/**
 * axe-core run directly (not through chai-a11y-axe) so a failure names every violation with its
 * rule, impact, target and message, and so only violations are collected (much faster on big
 * stories: axe skips serialising every passing node).
 */
import 'axe-core/axe.min.js';
import type { AxeResults, Result } from 'axe-core';

type Axe = { run(context: Element, options: object): Promise<AxeResults> };

async function loadAxe(): Promise<Axe> {
  const w = window as unknown as { axe?: Axe };
  if (!w.axe) throw new Error('axe-core did not load');
  return w.axe;
}

/** One line per violating node: `rule (impact): target — message`. */
export function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}): ${JSON.stringify(n.target)} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`));
}

/** axe-core's violations in an element (its shadow roots included). */
export async function axeViolations(el: Element): Promise<Result[]> {
  const axe = await loadAxe();
  const results = await axe.run(el, { resultTypes: ['violations'] });
  return results.violations;
}
