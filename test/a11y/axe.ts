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

/**
 * Findings accepted by design, named here (rule → the elements it may report) so none is dropped
 * silently; scripts/check-dist/run.mjs accepts the same. A calendar day (`gridcell`) is named by
 * its date, holidays and session count (`aria-labelledby` its hidden text, docs/course-calendar.md):
 * named from its content it read every session in it at each arrow press (~180 characters). Its
 * sessions are controls with names of their own, reached with Enter; axe's label-in-name takes
 * their visible text for the cell's label. The cell's own visible label (its day number and
 * holidays) is in its name: test/course-calendar/screen-reader-audit.test.ts.
 */
export const ACCEPTED: Readonly<Record<string, string>> = { 'label-content-name-mismatch': '.day[role="gridcell"][aria-labelledby^="cell-"]' };

const accepted = (rule: string, el: Element | undefined): boolean =>
  !!ACCEPTED[rule] && !!el?.matches(ACCEPTED[rule]) && (el.getRootNode() as ShadowRoot).host?.localName === 'vk-course-calendar';

/** axe-core's violations in an element (its shadow roots included), less those `ACCEPTED`. */
export async function axeViolations(el: Element): Promise<Result[]> {
  const axe = await loadAxe();
  const results = await axe.run(el, { resultTypes: ['violations'], elementRef: true });
  return results.violations.map((v) => ({ ...v, nodes: v.nodes.filter((n) => !accepted(v.id, n.element)) })).filter((v) => v.nodes.length > 0);
}
