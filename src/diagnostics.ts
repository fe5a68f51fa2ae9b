// One message type for every stage: a place in a source file, a stable code, French text for the comms team.

export type Severity = 'error' | 'warning';

export interface SourcePos {
  /** Path relative to the project root, with forward slashes (e.g. `data/projets.yaml`). */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable id, kebab-case (e.g. `schema-enum`, `yaml-syntax`, `glyph-missing`). */
  code: string;
  /** Where it comes from; absent only for errors that have no source (e.g. a missing file is located at its own path, line 1 col 1). */
  pos?: SourcePos;
  /** French, one sentence, says what is wrong and what was expected. */
  message: string;
  /** French, optional: a suggestion ("vouliez-vous dire « en cours » ?"). */
  hint?: string;
}

/** Thrown by a stage when it cannot go on; carries every diagnostic collected so far. */
export class BuildError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => formatDiagnostic(d)).join('\n'));
    this.name = 'BuildError';
    this.diagnostics = diagnostics;
  }
}

export function formatPos(pos: SourcePos | undefined): string {
  return pos ? `${pos.file}:${pos.line}:${pos.column}` : '(sans emplacement)';
}

/** `file:line:col  message` — the format every error of the tool is printed in. */
export function formatDiagnostic(d: Diagnostic): string {
  const label = d.severity === 'error' ? 'erreur' : 'avertissement';
  const hint = d.hint ? ` (${d.hint})` : '';
  return `${formatPos(d.pos)}  ${label} [${d.code}] ${d.message}${hint}`;
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}

/** File, then line, then column: the order a writer fixes them in. */
export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return ds
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const pa = a.d.pos;
      const pb = b.d.pos;
      if (!pa || !pb) return pa ? -1 : pb ? 1 : a.i - b.i;
      return pa.file < pb.file ? -1 : pa.file > pb.file ? 1 : pa.line - pb.line || pa.column - pb.column || a.i - b.i;
    })
    .map((x) => x.d);
}
