// What a run leaves for the next one — shaped words (typeset/shaping-cache.ts), typeset paragraphs
// (typeset/typeset-cache.ts), the validated load (load/load-cache.ts), SVG parses (assets/load-assets.ts), embedded
// font subsets (render/fonts.ts) and vector forms (render/vector.ts) — and the only code that reads or writes them.
// This file: where the cache lives, and how a cache file is written and read (sealed with its checksum).
//
// node_modules/.cache/ is where JavaScript tools keep such caches: git-ignored, removed by `npm ci`, never
// published. Reading it is a shortcut only: a missing, stale, damaged (checksum) or broken file means the work is
// done again, and the output is byte for byte the same either way (the *-cache tests, test/render/fonts.test.ts).
import { createHash } from 'node:crypto';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from '../atomic-file.js';
import type { World } from '../world.js';

export interface BuildCache {
  dir: string;
  /**
   * Names the code that typesets (the bundle's build id, see scripts/build.mjs): typeset paragraphs are kept only
   * when it is known, since any change to our typesetting code may change them. Shaped words depend on fontkit only.
   */
  codeId?: string;
}

declare const __BROCHURE_BUILD_ID__: string | undefined;
/** Set by the bundler; undefined when running from sources (tsx), where typeset paragraphs are not kept. */
const BUILD_ID: string | undefined = typeof __BROCHURE_BUILD_ID__ === 'string' ? __BROCHURE_BUILD_ID__ : undefined;

/**
 * `BROCHURE_CACHE_DIR` when set, else `<root>/node_modules/.cache/techgouv-brochure` in an installed project; none
 * elsewhere (a copy of the inputs without node_modules/, a test fixture), so no run litters a folder it does not own.
 */
export function buildCacheFor(world: World): BuildCache | undefined {
  // The runtime too: V8's Unicode tables (\p{L} in the typesetter) and zlib (stored forms) come with Node.
  const code = BUILD_ID ? { codeId: `${BUILD_ID} ${process.version} ${process.arch}` } : {};
  const dir = world.env('BROCHURE_CACHE_DIR');
  if (dir) return { dir: path.resolve(world.root, dir), ...code };
  const modules = path.join(world.root, 'node_modules');
  return existsSync(modules) ? { dir: path.join(modules, '.cache', 'techgouv-brochure'), ...code } : undefined;
}

/**
 * Every cache file starts with the SHA-256 of the rest: a file damaged on disk (or edited by hand) reads as a miss,
 * whatever its format would have accepted — a flipped bit in a stored font subset would otherwise be embedded.
 */
export function sealCacheText(payload: string): string {
  return `${createHash('sha256').update(payload).digest('hex')}\n${payload}`;
}

export function openCacheText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const nl = text.indexOf('\n');
  if (nl !== 64) return undefined;
  const payload = text.slice(nl + 1);
  return createHash('sha256').update(payload).digest('hex') === text.slice(0, nl) ? payload : undefined;
}

/**
 * `field` of a JSON cache file (font subsets, vector forms, SVG parses) whose `header` matches, the format and what
 * its content depends on (fontkit, the code, zlib), when it is an object or an array; undefined for a missing,
 * broken or stale file.
 */
export function cachedJsonField(text: string | undefined, header: Readonly<Record<string, unknown>>, field: string): object | undefined {
  try {
    const parsed = JSON.parse(text ?? 'null') as Record<string, unknown> | null;
    const value = parsed && Object.entries(header).every(([k, v]) => parsed[k] === v) ? parsed[field] : undefined;
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

export function readCacheFile(cache: BuildCache, name: string): Promise<string | undefined> {
  return fs.readFile(path.join(cache.dir, name), 'utf8').then(openCacheText, () => undefined);
}

/** Temporary files of runs killed between write and rename are removed after this long. */
const STALE_TMP_MS = 10 * 60_000;

/** Written whole then renamed, so a reader never sees half a file; a failure only loses the shortcut. */
export async function writeCacheFile(cache: BuildCache, name: string, text: string): Promise<boolean> {
  try {
    await fs.mkdir(cache.dir, { recursive: true });
    await writeFileAtomically(path.join(cache.dir, name), sealCacheText(text), { durable: false });
    await removeStaleTemporaries(cache.dir);
    return true;
  } catch {
    return false;
  }
}

async function removeStaleTemporaries(dir: string): Promise<void> {
  const now = Date.now();
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    if (!e.isFile() || !/^\..*\.tmp$/.test(e.name)) continue;
    const file = path.join(dir, e.name);
    const { mtimeMs } = await fs.stat(file).catch(() => ({ mtimeMs: now }));
    if (now - mtimeMs > STALE_TMP_MS) await fs.rm(file, { force: true });
  }
}

export function readCacheFileSync(cache: BuildCache, name: string): string | undefined {
  try {
    return openCacheText(readFileSync(path.join(cache.dir, name), 'utf8'));
  } catch {
    return undefined;
  }
}
