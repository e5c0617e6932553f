/** Shared document types from contract.md §4. */

/**
 * A string, or the same text in several locales: `{ nb: "Norskkurs", ar: "..." }`. Keys are language
 * tags (`nb`, `fa-AF`), matched case-insensitively (`TI` is the `ti` entry); each text at most 5,000
 * characters (Unicode code points).
 */
export type Text = string | { readonly [locale: string]: string };

/** Inline host image for a pictogram. `src` must be http(s), relative or `data:image/…` (at most 2,000,000 characters); `alt` is its text alternative. */
export interface PictogramImage {
  readonly src: string;
  readonly alt: Text;
}

/** A built-in id (`"vk:bus"`), an id registered with `registerPictograms`, or an inline image. */
export type Pictogram = string | PictogramImage;

/**
 * Pre-recorded speech for a text: `{ [locale]: url }`, keys matched as a Text's. A URL is http(s) or relative (at most 2,000,000
 * characters), or an inline `data:audio/…;base64,…` of at most 1,000,000 characters (about 750 KB of sound).
 */
export type Audio = { readonly [locale: string]: string };

/** `YYYY-MM-DD` */
export type IsoDate = string;
/** Local wall-clock `YYYY-MM-DDTHH:mm`. */
export type IsoDateTime = string;

/** The kinds of document the package knows, as used by `validateDocument` and `applyOperation`. */
export const documentKinds = ['plan', 'steps', 'ladder', 'schedule'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** One problem in a rejected document. `path` is a JSON Pointer (RFC 6901), `""` for the whole input. */
export interface ValidationIssue {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true } | { ok: false; issues: ValidationIssue[] };

/** Every operation has a `type`; each widget declares its own union. */
export interface OperationBase {
  readonly type: string;
}

/** Every document carries `version: 1`. */
export interface VersionedDocument {
  readonly version: number;
}

/** One undoable edit: the operation made and the one that takes it back (`VkElement.undo`). */
export interface HistoryEntry<Op> {
  forward: Op;
  inverse: Op;
}
