// Writing one file so that a reader sees the old version or the new one, whole: the one recipe, for the page that
// `--check --fix` corrects and the build cache; `publish/atomic-write.ts` builds its multi-file commit on the same parts.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Writes and fsyncs a new file (`wx`: never over an existing one). */
export async function writeSynced(file: string, bytes: Uint8Array | string): Promise<void> {
  const handle = await fs.open(file, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a folder's new entries (renames) durable. */
export async function syncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A temporary file beside the target (same file system, so the rename is atomic), renamed over it; removed if
 * anything fails. `durable: false` skips the fsyncs, for files that are only a shortcut (the build cache).
 */
export async function writeFileAtomically(target: string, data: Uint8Array | string, { durable = true } = {}): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    if (durable) await writeSynced(tmp, data);
    else await fs.writeFile(tmp, data, { flag: 'wx' });
    await fs.rename(tmp, target);
    if (durable) await syncDir(path.dirname(target));
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}
