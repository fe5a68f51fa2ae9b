// Text report of check results: one line per check, at most ten details each, then a summary line.
import { formatBytes, formatSize } from '../publish/size-label.js';
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


/** The report's first lines: which file, how many pages, how heavy. */
export function formatHeader(file: string, pageCount: number, bytes: number): string {
  return [`Vérification PDF/UA-1 et PDF/A-2 : ${file}`, `${pageCount} page${pageCount > 1 ? 's' : ''}, ${formatBytes(bytes)} octets (${formatSize(bytes)})`].join('\n');
}
