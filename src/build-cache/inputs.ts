// The load stage's work kept between runs: the validated data and editorial (load/load-cache.ts) and SVG parses.
import type { Config } from '../config.js';
import type { World } from '../world.js';
import { loadFonts, loadInputs, type Inputs, type LoadedFonts } from '../load/index.js';
import { loadKey, readLoadCache, writeLoadCache } from '../load/load-cache.js';
import { namedPictogrammes, resolveAssetPath, type LinkAwareWorld } from '../load/assets.js';
import type { RoadmapData } from '../load/types.js';
import type { ParsedSvgs } from '../assets/load-assets.js';
import { cachedJsonField, readCacheFile, writeCacheFile, type BuildCache } from './files.js';
import { hashFonts } from '../load/font-hashes.js';

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
  const named = namedPictogrammes(data);
  const pos = { file: config.dataDir, line: 1, column: 1 };
  const checks = await Promise.all([...new Set(named)].map((rel) => resolveAssetPath(world as LinkAwareWorld, config, rel, pos)));
  return checks.every((c) => c.diagnostics.length === 0);
}

const SVG_FILE = 'svg.json';

/** SVG parses of earlier runs of the same code (keys cover the file's path and text: see assets/load-assets.ts). */
export async function loadParsedSvgs(cache: BuildCache): Promise<ParsedSvgs> {
  const json = cache.codeId ? await readCacheFile(cache, SVG_FILE) : undefined;
  const parses = (cachedJsonField(json, { codeId: cache.codeId }, 'parses') ?? {}) as Record<string, ReturnType<ParsedSvgs['get']>>;
  return new Map(Object.entries(parses).filter((e): e is [string, NonNullable<(typeof e)[1]>] => !!e[1] && Array.isArray(e[1].diagnostics)));
}

/** The parses this run used, written when they are not exactly those read (an asset added, edited or dropped). */
export async function saveParsedSvgs(cache: BuildCache, parsed: ParsedSvgs, read: ReadonlySet<string>, used: readonly string[]): Promise<boolean> {
  const keep = [...new Set(used)].sort();
  if (!cache.codeId || (keep.length === read.size && keep.every((k) => read.has(k)))) return false;
  return writeCacheFile(cache, SVG_FILE, JSON.stringify({ codeId: cache.codeId, parses: Object.fromEntries(keep.map((k) => [k, parsed.get(k)])) }));
}
