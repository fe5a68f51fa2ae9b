// What a run leaves for the next one — shaped words (typeset/shaping-cache.ts), typeset paragraphs
// (typeset/typeset-cache.ts), the validated load (load/load-cache.ts), SVG parses (assets/load-assets.ts), embedded
// font subsets (render/fonts.ts) and vector forms (render/vector.ts) — and the only code that reads or writes them.
//
// node_modules/.cache/ is where JavaScript tools keep such caches: git-ignored, removed by `npm ci`, never
// published. Reading it is a shortcut only: a missing, stale, damaged (checksum) or broken file means the work is
// done again, and the output is byte for byte the same either way (the *-cache tests, test/render/fonts.test.ts).
import { createHash } from 'node:crypto';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { writeFileAtomically } from './atomic-file.js';
import type { World } from './world.js';
import type { Config } from './config.js';
import { loadFonts, loadInputs, type Inputs, type LoadedFonts } from './load/index.js';
import { loadKey, readLoadCache, writeLoadCache } from './load/load-cache.js';
import { resolveAssetPath, type LinkAwareWorld } from './load/assets.js';
import type { RoadmapData } from './load/types.js';
import type { ParsedSvgs } from './assets/load-assets.js';
import type { FontKey, FontSet } from './typeset/types.js';
import { seedShapes, shapingOf, unusedSeedsOf } from './typeset/measure.js';
import { readShapingCache, writeShapingCache } from './typeset/shaping-cache.js';
import type { ShapedWord } from './typeset/measure.js';
import { readTypesetCache, typesetScope, writeTypesetCache } from './typeset/typeset-cache.js';
import type { SetParagraph } from './typeset/types.js';
import type { EncodedSubset, SubsetLookup, SubsetStore } from './render/fonts.js';
import type { FormLookup, FormStore, StoredForm } from './render/vector.js';

const SHAPING_FILE = 'shaping.json';
const TYPESET_FILE = 'typeset.json';
/** Words no paragraph asked for in a run stay this long, then the file is cut back to the words in use. */
const MAX_UNUSED_WORDS = 20_000;

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
export const BUILD_ID: string | undefined = typeof __BROCHURE_BUILD_ID__ === 'string' ? __BROCHURE_BUILD_ID__ : undefined;

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

const fontHashOf = new WeakMap<Uint8Array, string>();

/** Each file's bytes are hashed once per process (the load cache, the build and watch rebuilds all ask). */
export function hashFonts(fontBytes: Partial<Record<FontKey, Uint8Array>>): FontHashes {
  const out: FontHashes = {};
  for (const [key, bytes] of Object.entries(fontBytes) as [FontKey, Uint8Array][]) {
    let hash = fontHashOf.get(bytes);
    if (!hash) fontHashOf.set(bytes, (hash = createHash('sha256').update(bytes).digest('hex')));
    out[key] = hash;
  }
  return out;
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

async function readCacheFile(cache: BuildCache, name: string): Promise<string | undefined> {
  try {
    return openCacheText(await fs.readFile(path.join(cache.dir, name), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Temporary files of runs killed between write and rename are removed after this long. */
const STALE_TMP_MS = 10 * 60_000;

/** Written whole then renamed, so a reader never sees half a file; a failure only loses the shortcut. */
async function writeCacheFile(cache: BuildCache, name: string, text: string): Promise<boolean> {
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

export async function loadShapings(cache: BuildCache, fonts: FontSet, hashes: FontHashes): Promise<number> {
  const json = await readCacheFile(cache, SHAPING_FILE);
  if (json === undefined) return 0;
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
    shaped += s.shapedByFontkit;
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

/** The paragraphs earlier runs typeset in this scope (same code, fonts and proper names). */
export async function loadTypeset(cache: BuildCache, scope: string): Promise<Map<string, SetParagraph>> {
  const json = cache.codeId ? await readCacheFile(cache, TYPESET_FILE) : undefined;
  return json === undefined ? new Map() : readTypesetCache(json, scope);
}

/** Writes the paragraphs this run used, when they are not exactly those read. */
export async function saveTypeset(cache: BuildCache, scope: string, read: ReadonlySet<string>, used: ReadonlyMap<string, SetParagraph>): Promise<boolean> {
  if (!cache.codeId) return false;
  if (used.size === read.size && [...used.keys()].every((k) => read.has(k))) return false;
  return writeCacheFile(cache, TYPESET_FILE, writeTypesetCache(scope, used));
}

export function typesetScopeOf(cache: BuildCache, hashes: FontHashes, properNames: readonly string[]): string {
  return typesetScope(cache.codeId ?? '', hashes, properNames);
}

function readCacheFileSync(cache: BuildCache, name: string): string | undefined {
  try {
    return openCacheText(readFileSync(path.join(cache.dir, name), 'utf8'));
  } catch {
    return undefined;
  }
}

const SUBSETS_FILE = 'subsets.json';
const SUBSETS_FORMAT = 1;
/** Subsets kept per font file, newest first: a few editions or roadmap sizes built in turn all find theirs. */
const SUBSETS_PER_FONT = 3;

interface StoredSubset {
  /** Font file SHA-256. */
  font: string;
  /** Glyph ids in pdfkit's subset order, comma-separated. */
  glyphs: string;
  /** The TrueType subset, base64. */
  ttf: string;
}

function readSubsetsFile(json: string | undefined): StoredSubset[] {
  if (json === undefined) return [];
  try {
    const parsed = JSON.parse(json) as { format?: unknown; shaper?: unknown; subsets?: unknown };
    if (parsed.format !== SUBSETS_FORMAT || parsed.shaper !== shaper() || !Array.isArray(parsed.subsets)) return [];
    return parsed.subsets.filter(
      (s): s is StoredSubset => !!s && typeof s === 'object' && typeof s.font === 'string' && typeof s.glyphs === 'string' && typeof s.ttf === 'string',
    );
  } catch {
    return [];
  }
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

const LOAD_FILE = 'load.json';

/**
 * The load stage, taken from the last run when no input file, font, config or code changed (see load/load-cache.ts);
 * otherwise the real loaders, whose successful result is kept for the next run. Fonts are always loaded.
 */
export async function loadInputsCached(world: World, config: Config, cache: BuildCache, previousFonts?: LoadedFonts): Promise<Inputs> {
  if (!cache.codeId) return loadInputs(world, config, previousFonts);
  const fonts = await loadFonts(world, config, previousFonts);
  const loaded = { fonts: fonts.fonts, bytes: fonts.bytes };
  // Fonts with something to say are left to the real loaders, which report it with everything else.
  if (fonts.diagnostics.length) return loadInputs(world, config, loaded);
  const key = await loadKey(world, config, cache.codeId, hashFonts(fonts.bytes));
  const hit = key ? readLoadCache(await readCacheFile(cache, LOAD_FILE), key) : undefined;
  if (hit && (await assetPathsStillValid(world, config, hit.data))) return { ...hit, fonts: fonts.fonts, fontBytes: fonts.bytes };
  const inputs = await loadInputs(world, config, loaded);
  // Kept only if no file changed while the loaders read them: the key must describe what was loaded.
  if (key && key === (await loadKey(world, config, cache.codeId, hashFonts(fonts.bytes)))) await writeCacheFile(cache, LOAD_FILE, writeLoadCache(key, inputs));
  return inputs;
}

/**
 * The key hashes the files under assets/, but a pictogram may be a link (which the folder listing skips) whose
 * target moved or left assets/: the loader's checks of the named paths run again on every hit, and any finding
 * sends the run through the real loaders, which report it at the line that names the file.
 */
async function assetPathsStillValid(world: World, config: Config, data: RoadmapData): Promise<boolean> {
  const named = [...data.enjeux.map((e) => e.pictogramme), ...data.missions.flatMap((m) => (m.pictogramme ? [m.pictogramme] : []))];
  const pos = { file: config.dataDir, line: 1, column: 1 };
  const checks = await Promise.all([...new Set(named)].map((rel) => resolveAssetPath(world as LinkAwareWorld, config, rel, pos)));
  return checks.every((c) => c.diagnostics.length === 0);
}

const SVG_FILE = 'svg.json';

/** SVG parses of earlier runs of the same code (keys cover the file's path and text: see assets/load-assets.ts). */
export async function loadParsedSvgs(cache: BuildCache): Promise<ParsedSvgs> {
  const json = cache.codeId ? await readCacheFile(cache, SVG_FILE) : undefined;
  if (json === undefined) return new Map();
  try {
    const file = JSON.parse(json) as { codeId?: string; parses?: Record<string, ReturnType<ParsedSvgs['get']>> };
    if (file.codeId !== cache.codeId || !file.parses || typeof file.parses !== 'object') return new Map();
    return new Map(Object.entries(file.parses).filter((e): e is [string, NonNullable<(typeof e)[1]>] => !!e[1] && Array.isArray(e[1].diagnostics)));
  } catch {
    return new Map();
  }
}

/** The parses this run used, written when they are not exactly those read (an asset added, edited or dropped). */
export async function saveParsedSvgs(cache: BuildCache, parsed: ParsedSvgs, read: ReadonlySet<string>, used: readonly string[]): Promise<boolean> {
  const keep = [...new Set(used)].sort();
  if (!cache.codeId || (keep.length === read.size && keep.every((k) => read.has(k)))) return false;
  return writeCacheFile(cache, SVG_FILE, JSON.stringify({ codeId: cache.codeId, parses: Object.fromEntries(keep.map((k) => [k, parsed.get(k)])) }));
}

const FORMS_FILE = 'forms.json';
const FORMS_FORMAT = 1;
/** Forms kept, newest first: the brochure draws a few dozen (assets × tints). */
const MAX_FORMS = 200;

/**
 * The Form XObjects earlier runs drew (render/vector.ts): deflated content by asset-and-tint key, valid for the
 * build of the code that drew them and the zlib that deflated them. Kept only when the build is known (the
 * bundle's), like typeset paragraphs; undefined otherwise.
 */
export function formStoreFor(cache: BuildCache): FormStore | undefined {
  if (!cache.codeId) return undefined;
  const scope = `${cache.codeId} zlib ${process.versions.zlib}`;
  let earlier: Map<string, string> | undefined;
  const load = () => {
    if (earlier) return earlier;
    earlier = new Map();
    try {
      const parsed = JSON.parse(readCacheFileSync(cache, FORMS_FILE) ?? '{}') as { format?: unknown; scope?: unknown; forms?: unknown };
      if (parsed.format === FORMS_FORMAT && parsed.scope === scope && parsed.forms && typeof parsed.forms === 'object') {
        for (const [key, data] of Object.entries(parsed.forms)) if (typeof data === 'string') earlier.set(key, data);
      }
    } catch {
      // A broken file: drawn again.
    }
    return earlier;
  };
  return {
    async read(): Promise<FormLookup> {
      const forms = load();
      return (key) => {
        const data = forms.get(key);
        return data === undefined ? undefined : Buffer.from(data, 'base64');
      };
    },
    async write(forms: readonly StoredForm[]): Promise<boolean> {
      if (forms.length === 0) return false;
      const all = new Map(forms.map((f) => [f.key, Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength).toString('base64')] as const));
      for (const [key, data] of load()) if (all.size < MAX_FORMS && !all.has(key)) all.set(key, data);
      earlier = all;
      return writeCacheFile(cache, FORMS_FILE, JSON.stringify({ format: FORMS_FORMAT, scope, forms: Object.fromEntries(all) }));
    },
  };
}
