import type { CheckResult } from './schema.js';
import type { DocumentKind } from './types.js';

/** The pure functions behind one kind of document; the same ones `applyOperation` exports. */
export interface DocumentModel<Doc, Op> {
  readonly kind: DocumentKind;
  check(input: unknown): CheckResult<Doc>;
  /** Returns a new document; throws TypeError when the operation does not fit. */
  apply(doc: Doc, operation: Op): Doc;
  /** The operation that undoes `operation` on `before`. */
  invert(before: Doc, operation: Op): Op;
}
