// A finding is a located diagnostic that may carry the edit that fixes it; the CLI prints the diagnostic, `--fix` applies the edit.
import type { Diagnostic, Severity } from '../diagnostics.js';
import { lineColumn } from '../text-position.js';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Finding extends Diagnostic {
  edit?: Edit;
}

export function finding(file: string, source: string, offset: number, severity: Severity, code: string, message: string, extra: { hint?: string; edit?: Edit } = {}): Finding {
  return { severity, code, pos: { file, ...lineColumn(source, offset) }, message, ...extra };
}

/** Without the edit, for printing and for callers that only need diagnostics. */
export function toDiagnostic({ edit: _edit, ...d }: Finding): Diagnostic {
  return d;
}

/** One finding per place: when the page check and the lint flag the same span, the first one (the check's, which knows the expected text) wins. */
export function dedupeByPlace<F extends Diagnostic>(findings: readonly F[]): F[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = f.pos ? `${f.pos.file}:${f.pos.line}:${f.pos.column}` : `${f.code}:${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function byPlace(a: Diagnostic, b: Diagnostic): number {
  const pa = a.pos;
  const pb = b.pos;
  if (!pa || !pb) return pa ? 1 : pb ? -1 : 0;
  return pa.file.localeCompare(pb.file) || pa.line - pb.line || pa.column - pb.column;
}

/** « 2019-2022 », « 857 Ko »: values quoted the French way in every message. */
export const q = (s: string) => `« ${s} »`;
