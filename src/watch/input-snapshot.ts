// Content hashes of the watched inputs: tells which files really changed (editors save through temporary files).
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export type Snapshot = Map<string, string>;

/** Every file under `dirs` (relative to `root`) plus the extra files, keyed by relative path with forward slashes. */
export async function snapshotInputs(root: string, dirs: readonly string[], files: readonly string[] = []): Promise<Snapshot> {
  const out: Snapshot = new Map();
  const add = async (rel: string) => {
    try {
      out.set(rel, createHash('sha1').update(await fs.readFile(path.join(root, rel))).digest('hex'));
    } catch {
      // Vanished between listing and reading: it counts as removed.
    }
  };
  const walk = async (rel: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    // Editor swap and backup files (`.x.swp`, `x~`) are not inputs: saving them must not rebuild.
    const inputs = entries.filter((e) => !e.name.startsWith('.') && !e.name.endsWith('~'));
    await Promise.all(inputs.map((e) => (e.isDirectory() ? walk(`${rel}/${e.name}`) : e.isFile() ? add(`${rel}/${e.name}`) : undefined)));
  };
  await Promise.all([...dirs.map((d) => walk(d.replace(/\/+$/, ''))), ...files.map(add)]);
  return out;
}

/** Paths added, removed or modified between two snapshots, sorted. */
export function changedPaths(before: Snapshot, after: Snapshot): string[] {
  const changed = new Set<string>();
  for (const [p, h] of after) if (before.get(p) !== h) changed.add(p);
  for (const p of before.keys()) if (!after.has(p)) changed.add(p);
  return [...changed].sort();
}
