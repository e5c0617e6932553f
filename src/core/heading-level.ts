/**
 * The `aria-level` a widget's `heading-level` gives (docs: "1–6, default 2"), the same in every widget:
 * a number is rounded and clamped into 1–6 (`0` and `-1` give 1, `7` gives 6); anything that is no number
 * (`"abc"`, a removed attribute: Lit turns it into `null`, which `Number` would read as 0) gives the default 2.
 */
export function headingLevel(value: unknown): number {
  const level = value == null ? NaN : Math.round(Number(value));
  return Number.isFinite(level) ? Math.min(6, Math.max(1, level)) : 2;
}
