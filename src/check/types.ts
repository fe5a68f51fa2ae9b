// What every check returns, and what checks share: the parsed file and its structure tree.
import type { PdfModel, Reader } from './pdf-model.js';
import type { StructTree } from './struct-tree.js';

export interface CheckResult {
  id: string;
  ok: boolean;
  /** One line, in French. */
  message: string;
  /** Each failure found, in French (page, operator, element …). */
  details?: string[];
}

export interface CheckContext {
  pdf: PdfModel;
  r: Reader;
  tree: StructTree;
}

export function result(id: string, failures: string[], okMessage: string, failMessage: string): CheckResult {
  return failures.length ? { id, ok: false, message: failMessage, details: failures } : { id, ok: true, message: okMessage };
}
