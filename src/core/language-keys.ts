/**
 * Editing one language's entry of a Text or Audio map, where a key is a language tag in any letter
 * case (RFC 5646 §2.1.1; contract.md §4: `TI` is the `ti` entry). Its own module, not text.ts: only
 * the lazy editors (the board's edit form, the task ladder's panel) write entries, and text.ts
 * loads with every widget.
 */

/**
 * `entries` (a copy) with `lang`'s entry set to `value`, or, when `value` is empty, without every
 * entry `shown` says the field or recorder showed (by default `lang`'s). Language tags are
 * case-insensitive (RFC 5646 §2.1.1): a value goes under the key `entries` has for `lang` in any
 * letter case (the exact one first, as core/text.ts `own`), never under a second key beside it
 * (`TI` stays `TI`); removed, `lang`'s entry goes in every case.
 */
export function withEntry(entries: Readonly<Record<string, string>>, lang: string, value: string, shown = (key: string): boolean => key.toLowerCase() == lang.toLowerCase()): Record<string, string> {
  const next = { ...entries };
  if (value) next[keyOf(next, lang) ?? lang] = value;
  else for (const key in next) if (shown(key)) delete next[key];
  return next;
}

/** The key `entries` has for `lang` in any letter case, the exact one first (as core/text.ts `own` finds it). */
function keyOf(entries: Readonly<Record<string, string>>, lang: string): string | undefined {
  return Object.hasOwn(entries, lang) ? lang : Object.keys(entries).find((key) => key.toLowerCase() == lang.toLowerCase());
}

/** `lang`'s recording in `audio` in any letter case (`TI` is `ti`'s), or null. */
export function recordingIn(audio: Readonly<Record<string, string>> | undefined, lang: string): string | null {
  const key = audio && keyOf(audio, lang);
  return key ? audio[key] : null;
}
