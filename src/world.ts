// The one boundary through which stages see files and time (after Typst's `World`): tests use an in-memory one.
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface World {
  /** Project root, absolute. All paths given to the world are relative to it, with forward slashes. */
  readonly root: string;
  readText(rel: string): Promise<string>;
  readBytes(rel: string): Promise<Uint8Array>;
  /** Size in bytes, without reading the file (limits are checked before a 50 MB mistake is read). */
  size(rel: string): Promise<number>;
  exists(rel: string): Promise<boolean>;
  /** Files directly or recursively under a folder, relative paths, sorted (so read order never depends on the file system). */
  list(relDir: string, ext?: string): Promise<string[]>;
  /** Environment variables the build may read (SOURCE_DATE_EPOCH …); never the clock. */
  env(name: string): string | undefined;
}

export function fsWorld(root: string, env: NodeJS.ProcessEnv = process.env): World & { realPath(rel: string): Promise<string> } {
  const abs = (rel: string) => path.join(root, rel);
  return {
    root,
    readText: (rel) => fs.readFile(abs(rel), 'utf8'),
    readBytes: async (rel) => new Uint8Array(await fs.readFile(abs(rel))),
    size: async (rel) => (await fs.stat(abs(rel))).size,
    exists: async (rel) => fs.access(abs(rel)).then(() => true, () => false),
    async list(relDir, ext) {
      const out: string[] = [];
      async function walk(dir: string): Promise<void> {
        let entries;
        try {
          entries = await fs.readdir(abs(dir), { withFileTypes: true });
        } catch {
          return;
        }
        for (const e of entries) {
          const rel = dir ? `${dir}/${e.name}` : e.name;
          if (e.isDirectory()) await walk(rel);
          else if (e.isFile() && (!ext || e.name.endsWith(ext))) out.push(rel);
        }
      }
      await walk(relDir.replace(/\/$/, ''));
      return out.sort();
    },
    env: (name) => env[name],
    // Lets asset checks see where a symbolic link really leads (see LinkAwareWorld in src/load/assets.ts).
    realPath: async (rel: string) => (await fs.realpath(abs(rel))).split(path.sep).join('/'),
  };
}

export function memoryWorld(files: Record<string, string | Uint8Array>, env: Record<string, string> = {}, root = '/memory'): World {
  const get = (rel: string) => {
    const v = files[rel];
    if (v === undefined) {
      const err = new Error(`ENOENT: ${rel}`) as NodeJS.ErrnoException;
      err.code = 'ENOENT';
      throw err;
    }
    return v;
  };
  return {
    root,
    readText: async (rel) => {
      const v = get(rel);
      return typeof v === 'string' ? v : new TextDecoder().decode(v);
    },
    size: async (rel) => {
      const v = get(rel);
      return typeof v === 'string' ? new TextEncoder().encode(v).length : v.length;
    },
    readBytes: async (rel) => {
      const v = get(rel);
      return typeof v === 'string' ? new TextEncoder().encode(v) : v;
    },
    exists: async (rel) => rel in files,
    list: async (relDir, ext) =>
      Object.keys(files)
        // '' is the project root, as for fsWorld.
        .filter((f) => f.startsWith(relDir ? `${relDir.replace(/\/$/, '')}/` : '') && (!ext || f.endsWith(ext)))
        .sort(),
    env: (name) => env[name],
  };
}
