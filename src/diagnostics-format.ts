// Prints a diagnostic with a code frame (the source line and a caret under the column), as rustc and Typst do, for the CLI.
import { formatDiagnostic, printable, type Diagnostic } from './diagnostics.js';
import type { World } from './world.js';

/** Columns of source shown around the one pointed at: a 5 MB one-line SVG prints as one screen line, not megabytes. */
const FRAME_WIDTH = 100;
/** Frames cost a read of the whole file: beyond this (a 50 MB export refused unread by the loader) the message says enough. */
const MAX_FRAMED_BYTES = 8 * 1024 * 1024;
/** Files that are not text: their « line 1 » is binary, so no frame. */
const BINARY = /\.(?:ttf|otf|woff2?|png|webp|pdf)$/i;

/**
 * ```
 * data/projets.yaml:42:13  erreur [schema-enum] statut « en-cours » inconnu : … (vouliez-vous dire « en cours » ?)
 *    |
 * 42 |     statut: en-cours
 *    |             ^^^^^^^^
 * ```
 * Without source text, or when the line does not exist, only the first line is printed. A long line is cut around
 * the column (« … » at the cuts); control characters are shown as symbols (`printable`), one column each.
 */
export function formatWithFrame(d: Diagnostic, sourceText?: string): string {
  const head = formatDiagnostic(d);
  if (!d.pos || sourceText === undefined) return head;
  const line = lineAt(sourceText, d.pos.line);
  if (line === undefined) return head;
  const chars = [...line];
  const col = Math.max(1, Math.min(d.pos.column, chars.length + 1));
  const from = chars.length > FRAME_WIDTH ? Math.max(0, Math.min(col - 1 - FRAME_WIDTH / 2, chars.length - FRAME_WIDTH)) : 0;
  const to = Math.min(chars.length, from + FRAME_WIDTH);
  const before = from > 0 ? '…' : '';
  const shown = printable(chars.slice(from, to).join(''));
  const num = String(d.pos.line);
  const gutter = ' '.repeat(num.length);
  // Tabs before the column stay tabs so the caret lines up however the terminal expands them.
  const lead = before.replace('…', ' ') + chars.slice(from, col - 1).map((c) => (c === '\t' ? '\t' : ' ')).join('');
  const word = /^\S+/u.exec(chars.slice(col - 1, to).join(''))?.[0] ?? '';
  const carets = '^'.repeat(Math.max(1, Math.min([...word].length, 80)));
  return [head, `${gutter} |`, `${num} | ${before}${shown}${to < chars.length ? '…' : ''}`, `${gutter} | ${lead}${carets}`].join('\n');
}

/** The 1-based line, found without splitting a big file into an array of every line. */
function lineAt(text: string, line: number): string | undefined {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return undefined;
    start = nl + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
}

/**
 * Prints each diagnostic with its code frame, reading each source file once (through the World, as every stage does).
 * Fonts and images get no frame; neither does a file over MAX_FRAMED_BYTES.
 */
export async function printDiagnostics(world: World, ds: readonly Diagnostic[], print: (line: string) => void = console.error): Promise<void> {
  const sources = new Map<string, string | undefined>();
  const read = async (file: string) => {
    if (BINARY.test(file) || (await world.size(file).catch(() => Infinity)) > MAX_FRAMED_BYTES) return undefined;
    return world.readText(file).catch(() => undefined);
  };
  for (const d of ds) {
    const file = d.pos?.file;
    if (file && !sources.has(file)) sources.set(file, await read(file));
    print(formatWithFrame(d, file ? sources.get(file) : undefined));
  }
}
