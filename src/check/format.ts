// Text report of check results: one line per check, at most ten details each, then a summary line.
import type { CheckResult } from './types.js';

/** Details beyond this many are counted, not listed: the first few are enough to find the cause. */
const MAX_DETAILS = 10;

export function formatResults(results: CheckResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${r.ok ? '✓' : '✗'} ${r.id} — ${r.message}`);
    const details = r.details ?? [];
    for (const d of details.slice(0, MAX_DETAILS)) lines.push(`    ${d}`);
    if (details.length > MAX_DETAILS) lines.push(`    … et ${details.length - MAX_DETAILS} autre(s)`);
  }
  const failed = results.filter((r) => !r.ok).length;
  lines.push(`${results.length} vérifications, ${results.length - failed} réussies, ${failed} échouées`);
  return lines.join('\n');
}

/** `282608` → `282 608` (no-break spaces, as French writes thousands). */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, '\u00a0');

/** The report's first lines: which file, how many pages, how heavy. */
export function formatHeader(file: string, pageCount: number, bytes: number): string {
  const size = bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)}\u00a0Ko` : `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')}\u00a0Mo`;
  return [`Vérification PDF/UA-1 et PDF/A-2 : ${file}`, `${pageCount} page${pageCount > 1 ? 's' : ''}, ${grouped(bytes)} octets (${size})`].join('\n');
}
