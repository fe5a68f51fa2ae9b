// Prints a diagnostic with a code frame (the source line and a caret under the column), as rustc and Typst do, for the CLI.
import { formatDiagnostic, type Diagnostic } from './diagnostics.js';
import type { World } from './world.js';

/**
 * ```
 * data/projets.yaml:42:13  erreur [schema-enum] statut « en-cours » inconnu : … (vouliez-vous dire « en cours » ?)
 *    |
 * 42 |     statut: en-cours
 *    |             ^^^^^^^^
 * ```
 * Without source text, or when the line does not exist, only the first line is printed.
 */
export function formatWithFrame(d: Diagnostic, sourceText?: string): string {
  const head = formatDiagnostic(d);
  if (!d.pos || sourceText === undefined) return head;
  const lines = sourceText.split(/\r?\n/);
  const text = lines[d.pos.line - 1];
  if (text === undefined) return head;
  const num = String(d.pos.line);
  const gutter = ' '.repeat(num.length);
  const col = Math.max(1, Math.min(d.pos.column, text.length + 1));
  // Tabs before the column stay tabs so the caret lines up however the terminal expands them.
  const lead = [...text.slice(0, col - 1)].map((c) => (c === '\t' ? '\t' : ' ')).join('');
  const word = /^\S+/.exec(text.slice(col - 1))?.[0] ?? '';
  const carets = '^'.repeat(Math.max(1, Math.min([...word].length, 80)));
  return [head, `${gutter} |`, `${num} | ${text}`, `${gutter} | ${lead}${carets}`].join('\n');
}

/** Prints each diagnostic with its code frame, reading each source file once (through the World, as every stage does). */
export async function printDiagnostics(world: World, ds: readonly Diagnostic[], print: (line: string) => void = console.error): Promise<void> {
  const sources = new Map<string, string | undefined>();
  for (const d of ds) {
    const file = d.pos?.file;
    if (file && !sources.has(file)) sources.set(file, await world.readText(file).catch(() => undefined));
    print(formatWithFrame(d, file ? sources.get(file) : undefined));
  }
}
