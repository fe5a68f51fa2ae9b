// Font-bound caches: each font file's hash, the words shaped with it (typeset/shaping-cache.ts) and the subsets
// embedded from it (render/fonts.ts); both valid for one font file and one fontkit.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FontKey, FontSet } from '../typeset/types.js';
import { seedShapes, shapingOf, unusedSeedsOf, type ShapedWord } from '../typeset/measure.js';
import { readShapingCache, writeShapingCache } from '../typeset/shaping-cache.js';
import type { FontHashes } from '../load/font-hashes.js';
import type { EncodedSubset, SubsetLookup, SubsetStore } from '../render/fonts.js';
import { cachedJsonField, readCacheFile, readCacheFileSync, writeCacheFile, type BuildCache } from './files.js';

const SHAPING_FILE = 'shaping.json';
/** Words no paragraph asked for in a run stay this long, then the file is cut back to the words in use. */
const MAX_UNUSED_WORDS = 20_000;

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

export async function loadShapings(cache: BuildCache, fonts: FontSet, hashes: FontHashes): Promise<void> {
  const json = await readCacheFile(cache, SHAPING_FILE);
  if (json === undefined) return;
  const faces = readShapingCache(json, shaper());
  for (const [key, face] of Object.entries(fonts) as [FontKey, FontSet[FontKey]][]) {
    const words = faces[hashes[key] ?? ''];
    if (words) seedShapes(face, words);
  }
}

/**
 * Writes the words this run shaped with fontkit, with those read that are still there. Words a run did not ask for
 * are kept (paragraphs taken whole from the typeset cache ask for none), up to MAX_UNUSED_WORDS, past which the
 * file is cut back to this run's words. Never fails the build.
 */
export async function saveShapings(cache: BuildCache, fonts: FontSet, hashes: FontHashes): Promise<boolean> {
  const faces = new Map<string, Map<string, ShapedWord>>();
  let shaped = 0;
  let unused = 0;
  for (const [key, face] of Object.entries(fonts) as [FontKey, FontSet[FontKey]][]) {
    const hash = hashes[key];
    if (!hash) continue;
    const s = shapingOf(face);
    shaped += s.shapedFresh;
    unused += s.unusedSeeds;
    // Two keys may share a file: the words of both go under the one hash.
    const words = faces.get(hash) ?? new Map<string, ShapedWord>();
    for (const [w, sw] of s.words) words.set(w, sw);
    faces.set(hash, words);
  }
  if (shaped === 0 && unused <= MAX_UNUSED_WORDS) return false;
  if (unused <= MAX_UNUSED_WORDS) {
    for (const [key, face] of Object.entries(fonts) as [FontKey, FontSet[FontKey]][]) {
      const words = faces.get(hashes[key] ?? '');
      if (words) for (const [w, sw] of unusedSeedsOf(face)) if (!words.has(w)) words.set(w, sw);
    }
  }
  for (const [hash, words] of faces) if (words.size === 0) faces.delete(hash);
  return writeCacheFile(cache, SHAPING_FILE, writeShapingCache(shaper(), faces));
}

const SUBSETS_FILE = 'subsets.json';
const SUBSETS_FORMAT = 1;
/**
 * Subsets kept per font file, newest first: a build embeds two per font (the cover rendered alone for the
 * thumbnail, then the whole brochure), and a few editions or roadmap sizes built in turn all find theirs.
 */
const SUBSETS_PER_FONT = 6;

interface StoredSubset {
  /** Font file SHA-256. */
  font: string;
  /** Glyph ids in pdfkit's subset order, comma-separated. */
  glyphs: string;
  /** The TrueType subset, base64. */
  ttf: string;
}

function readSubsetsFile(json: string | undefined): StoredSubset[] {
  const subsets = cachedJsonField(json, { format: SUBSETS_FORMAT, shaper: shaper() }, 'subsets');
  if (!Array.isArray(subsets)) return [];
  return subsets.filter((s): s is StoredSubset => !!s && typeof s.font === 'string' && typeof s.glyphs === 'string' && typeof s.ttf === 'string');
}

/**
 * The font subsets earlier runs embedded (render/fonts.ts), keyed by font file SHA-256, the glyph sequence and
 * fontkit's version (which encodes them). A missing, stale or broken file means encoding again, same bytes.
 */
export function subsetStoreFor(cache: BuildCache, hashes: FontHashes): SubsetStore {
  let earlier: StoredSubset[] | undefined;
  // Read synchronously (~1 ms): asked for right after drawing, when an async read, whose steps each wait for a
  // turn of the event loop and the thread pool the thumbnail's encoders use, has barely started.
  const load = async () => (earlier ??= readSubsetsFile(readCacheFileSync(cache, SUBSETS_FILE)));
  return {
    async read(): Promise<SubsetLookup> {
      const byKey = new Map((await load()).map((s) => [`${s.font}|${s.glyphs}`, s.ttf] as const));
      return (font, glyphs) => {
        const hash = hashes[font];
        const ttf = hash && byKey.get(`${hash}|${glyphs.join(',')}`);
        return ttf ? Buffer.from(ttf, 'base64') : undefined;
      };
    },
    async write(subsets: readonly EncodedSubset[]): Promise<boolean> {
      const fresh: StoredSubset[] = [];
      for (const s of subsets) {
        const hash = hashes[s.font];
        if (hash) fresh.push({ font: hash, glyphs: s.glyphs.join(','), ttf: Buffer.from(s.bytes.buffer, s.bytes.byteOffset, s.bytes.byteLength).toString('base64') });
      }
      if (fresh.length === 0) return false;
      const kept = new Map<string, number>();
      const all = [...fresh, ...(await load())].filter((s, i, list) => {
        if (list.findIndex((t) => t.font === s.font && t.glyphs === s.glyphs) !== i) return false;
        const n = (kept.get(s.font) ?? 0) + 1;
        kept.set(s.font, n);
        return n <= SUBSETS_PER_FONT;
      });
      earlier = all;
      return writeCacheFile(cache, SUBSETS_FILE, JSON.stringify({ format: SUBSETS_FORMAT, shaper: shaper(), subsets: all }));
    },
  };
}
