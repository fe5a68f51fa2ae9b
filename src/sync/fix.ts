// Applies the findings' edits to a page and shows what changed as a unified diff (written here: a few lines, no dependency).
import type { Edit, Finding } from './findings.js';

/**
 * Edits are applied back to front so offsets stay valid. An edit inside another one's span is dropped (the outer one
 * rewrites that span whole: a title, an alternative text); an edit overlapping one already applied is skipped.
 */
export function applyEdits(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  const all = findings.flatMap((f) => (f.edit ? [f.edit] : []));
  const inner = (e: Edit) => all.some((o) => o !== e && o.start <= e.start && e.end <= o.end && (o.end - o.start > e.end - e.start));
  const edits = all.filter((e) => !inner(e)).sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let applied = 0;
  let floor = Infinity;
  const done = new Set<string>();
  for (const e of edits) {
    const key = `${e.start}:${e.end}:${e.text}`;
    if (done.has(key) || e.end > floor) continue;
    done.add(key);
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    floor = e.start;
    applied++;
  }
  return { text: out, applied };
}

export type { Edit };

const CONTEXT = 3;

/** `diff -u` style; lines compared one to one, since fixes never add or remove a line. */
export function unifiedDiff(file: string, before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) return wholeFile(file, a, b);
  const changed = a.map((line, i) => line !== b[i]);
  const hunks: string[] = [];
  for (let i = 0; i < a.length; i++) {
    if (!changed[i]) continue;
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    // Extends the hunk while the next change is within the context window.
    for (let j = i; j < a.length && j <= end + 2 * CONTEXT; j++) if (changed[j]) end = j;
    const stop = Math.min(a.length - 1, end + CONTEXT);
    const lines: string[] = [];
    for (let k = start; k <= stop; k++) {
      if (changed[k]) lines.push(`-${a[k]}`, `+${b[k]}`);
      else lines.push(` ${a[k]}`);
    }
    const n = stop - start + 1;
    hunks.push(`@@ -${start + 1},${n} +${start + 1},${n} @@`, ...lines);
    i = stop;
  }
  return hunks.length ? [`--- ${file}`, `+++ ${file}`, ...hunks].join('\n') : '';
}

function wholeFile(file: string, a: string[], b: string[]): string {
  return [`--- ${file}`, `+++ ${file}`, `@@ -1,${a.length} +1,${b.length} @@`, ...a.map((l) => `-${l}`), ...b.map((l) => `+${l}`)].join('\n');
}
