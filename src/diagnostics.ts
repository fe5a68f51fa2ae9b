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

/** A message quotes what the writer typed; a 100 000-character value must not fill the terminal. */
const MAX_LINE_CHARS = 2000;

/**
 * `file:line:col  message` — the format every error of the tool is printed in. Whatever the file held, the line is
 * safe to print: control characters shown as visible symbols (see `printable`), and at most MAX_LINE_CHARS long.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const label = d.severity === 'error' ? 'erreur' : 'avertissement';
  const hint = d.hint ? ` (${d.hint})` : '';
  const line = printable(`${formatPos(d.pos)}  ${label} [${d.code}] ${d.message}${hint}`);
  return line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS - 1)}…` : line;
}

/**
 * What a terminal must never receive from a file: C0 and C1 controls (ESC starts sequences that clear the screen or
 * retitle the window, BEL rings) and the bidirectional overrides that reorder what is displayed. Each becomes one
 * visible character, so columns and carets stay aligned: ␀ ␇ ␛ … for C0 and DEL, U+FFFD for the others. Tabs stay.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, (c) => {
    const cp = c.charCodeAt(0);
    return cp < 0x20 ? String.fromCharCode(0x2400 + cp) : cp === 0x7f ? '\u2421' : '\uFFFD';
  });
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
