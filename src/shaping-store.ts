// Where the shaping cache (src/typeset/shaping-cache.ts) lives between runs, and the only code that reads or writes it.
//
// node_modules/.cache/ is where JavaScript tools keep such caches: git-ignored, removed by `npm ci`, never
// published. Reading it is a shortcut only: a missing, stale or broken file means fontkit shapes again.
import { createHash } from 'node:crypto';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { World } from './world.js';
import type { FontKey, FontSet } from './typeset/types.js';
import { seedShapes, shapingOf } from './typeset/measure.js';
import { readShapingCache, writeShapingCache } from './typeset/shaping-cache.js';
import type { ShapedWord } from './typeset/measure.js';

const FILE = 'shaping.json';

export interface ShapingStore {
  dir: string;
}

/**
 * `BROCHURE_CACHE_DIR` when set, else `<root>/node_modules/.cache/techgouv-brochure` in an installed project; none
 * elsewhere (a copy of the inputs without node_modules/, a test fixture), so no run litters a folder it does not own.
 */
export function shapingStoreFor(world: World): ShapingStore | undefined {
  const dir = world.env('BROCHURE_CACHE_DIR');
  if (dir) return { dir: path.resolve(world.root, dir) };
  const modules = path.join(world.root, 'node_modules');
  return existsSync(modules) ? { dir: path.join(modules, '.cache', 'techgouv-brochure') } : undefined;
}

let shaperVersion: string | undefined;
/** The fontkit that shapes (pdfkit's copy: the bundle makes ours the same one). */
function shaper(): string {
  if (!shaperVersion) {
    // fontkit's `exports` hides its package.json: find it from the entry file.
    let dir = path.dirname(createRequire(import.meta.url).resolve('fontkit'));
    while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
    shaperVersion = `fontkit ${(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version}`;
  }
  return shaperVersion;
}

export type FontHashes = Partial<Record<FontKey, string>>;

export function hashFonts(fontBytes: Partial<Record<FontKey, Uint8Array>>): FontHashes {
  const out: FontHashes = {};
  for (const [key, bytes] of Object.entries(fontBytes) as [FontKey, Uint8Array][]) out[key] = createHash('sha256').update(bytes).digest('hex');
  return out;
}

/** Seeds each face with what an earlier run shaped with the same font file; returns how many words were read. */
export async function loadShapings(store: ShapingStore, fonts: FontSet, hashes: FontHashes): Promise<number> {
  let json: string;
  try {
    json = await fs.readFile(path.join(store.dir, FILE), 'utf8');
  } catch {
    return 0;
  }
  const faces = readShapingCache(json, shaper());
  let n = 0;
  for (const [key, face] of Object.entries(fonts) as [FontKey, FontSet[FontKey]][]) {
    const words = faces[hashes[key] ?? ''];
    if (!words) continue;
    seedShapes(face, words);
    n += words.size;
  }
  return n;
}

/**
 * Writes the words this run asked for, when they differ from what was read (new words shaped, or old ones no longer
 * used): the file follows the current text rather than growing with every edit. Never fails the build.
 */
export async function saveShapings(store: ShapingStore, fonts: FontSet, hashes: FontHashes): Promise<boolean> {
  const faces = new Map<string, ReadonlyMap<string, ShapedWord>>();
  let changed = false;
  for (const [key, face] of Object.entries(fonts) as [FontKey, FontSet[FontKey]][]) {
    const hash = hashes[key];
    if (!hash) continue;
    const s = shapingOf(face);
    if (s.shapedByFontkit > 0 || s.unusedSeeds > 0) changed = true;
    // Two keys may share a file (a fallback face): the words of both go under the one hash.
    const words = new Map(faces.get(hash) ?? []);
    for (const [w, shaped] of s.words) words.set(w, shaped);
    if (words.size) faces.set(hash, words);
  }
  if (!changed) return false;
  const file = path.join(store.dir, FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await fs.mkdir(store.dir, { recursive: true });
    await fs.writeFile(tmp, writeShapingCache(shaper(), faces));
    await fs.rename(tmp, file);
    return true;
  } catch {
    await fs.rm(tmp, { force: true }).catch(() => {});
    return false;
  }
}
