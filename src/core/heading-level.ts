/**
 * The `aria-level` a widget's `heading-level` gives (docs: "1–6, default 2"), the same in every widget:
 * a number is rounded and clamped into 1–6 (`0` and `-1` give 1, `7` gives 6); anything that is no number
 * (`"abc"`, `""`, a removed attribute: Lit turns it into `null`, which `Number` would read as 0) gives the default 2.
 */
export function headingLevel(value: unknown): number {
  // `Number` reads null, "" and spaces as 0: they are no number here.
  const level = String(value ?? '').trim() ? Math.round(Number(value)) : NaN;
  return Number.isFinite(level) ? Math.min(6, Math.max(1, level)) : 2;
}

/**
 * The `heading-level` attribute's converter, shared by every widget that has it: a number, but `heading-level=""`
 * (or spaces) is none, `null` like a removed attribute (Lit's `type: Number` reads it as 0: level 1). The widgets
 * keep `attribute: 'heading-level'` in their own `@property` so the custom-elements manifest names the attribute.
 */
export const headingLevelAttribute = (value: string | null): number | null => (value?.trim() ? Number(value) : null);
