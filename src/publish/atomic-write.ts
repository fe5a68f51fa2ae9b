// Writes the published files into out/ so that a reader never sees a half-written file, and a failed run changes nothing.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { syncDir, writeSynced } from '../atomic-file.js';
import { isManifestName, MANIFEST_NAME } from '../config.js';
import type { CoverRasteriser } from './thumbnails.js';

export interface OutputFile {
  /** Plain file name inside outDir (no folders). */
  name: string;
  bytes: Uint8Array;
}

export interface PublishHooks {
  /** Test seam: runs after every file is staged and synced, just before the first rename. */
  beforeRename?: () => void | Promise<void>;
  /** The thumbnail's worker thread, started by the CLI at launch; without it, publish rasterises in-process. */
  rasteriser?: CoverRasteriser;
}

const STAGING_PREFIX = '.staging-';

/**
 * The guarantee:
 * - Each file is written and fsynced in a fresh staging folder inside `outDir` (same file system, so `rename` is
 *   atomic), then renamed over its destination: any reader sees either the old file or the new one, whole.
 * - Files are renamed in the order given, except the manifest, which always goes LAST: a new manifest is the
 *   commit point for the website pipeline, which reads it and may verify each file's sha256 against it.
 * - Any failure before the first rename (a bad name, a full disk, a failed write or sync) removes the staging folder
 *   and leaves `outDir` exactly as it was. A failure in the middle of the renames (very unlikely: same folder, same
 *   device) can leave some new files next to the old manifest; the hashes in that manifest then show the mismatch.
 * - Staging folders left by a killed run (their process is gone) are removed at the next run.
 */
export async function publishAtomically(outDir: string, files: readonly OutputFile[], hooks: PublishHooks = {}): Promise<void> {
  checkNames(files);
  await fs.mkdir(outDir, { recursive: true });
  await removeStaleStaging(outDir);
  const staging = await fs.mkdtemp(path.join(outDir, `${STAGING_PREFIX}${process.pid}-`));
  const ordered = commitOrder(files);
  try {
    for (const f of ordered) await writeSynced(path.join(staging, f.name), f.bytes);
    await syncDir(staging);
    await hooks.beforeRename?.();
  } catch (err) {
    await fs.rm(staging, { recursive: true, force: true });
    throw err;
  }
  for (const f of ordered) await fs.rename(path.join(staging, f.name), path.join(outDir, f.name));
  // Makes the new directory entries durable before we report success.
  await syncDir(outDir);
  await fs.rm(staging, { recursive: true, force: true });
}

/** The given order, with the manifests moved last (`manifest.json`, the one the website reads first, at the very end). */
export function commitOrder<F extends OutputFile>(files: readonly F[]): F[] {
  const rank = (f: F) => (f.name === MANIFEST_NAME ? 2 : isManifestName(f.name) ? 1 : 0);
  return [0, 1, 2].flatMap((r) => files.filter((f) => rank(f) === r));
}

function checkNames(files: readonly OutputFile[]): void {
  const seen = new Set<string>();
  for (const { name } of files) {
    if (!name || name === '.' || name === '..' || /[/\\\0]/.test(name) || name.startsWith(STAGING_PREFIX)) {
      throw new Error(`nom de fichier à publier invalide : « ${name} »`);
    }
    if (seen.has(name)) throw new Error(`fichier à publier en double : « ${name} »`);
    seen.add(name);
  }
}

/** A staging folder is stale when the process named in it is gone (or when it names none). */
async function removeStaleStaging(outDir: string): Promise<void> {
  const entries = await fs.readdir(outDir, { withFileTypes: true });
  for (const e of entries) {
    if (!e.isDirectory() || !e.name.startsWith(STAGING_PREFIX)) continue;
    const pid = Number(/^\.staging-(\d+)-/.exec(e.name)?.[1]);
    // Our own pid: another publish of this very process may be running concurrently.
    if (pid && (pid === process.pid || isAlive(pid))) continue;
    await fs.rm(path.join(outDir, e.name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
