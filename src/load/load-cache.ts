// What the load stage made of unchanged input files, kept between runs: validated data, parsed editorial text and the
// warnings they gave, keyed by everything that can change them.
//
// Why: parsing 36 KB of YAML with positions, validating it against the schema and parsing the Markdown costs
// ≈ 150 ms in a cold process (cold code, mostly), and the modules that do it (yaml, zod, markdown-it, gray-matter:
// ≈ 700 KB of bundle) are then not even loaded. Only successful loads are kept: an input error is always found
// and reported by the real loaders, with its line and column.
import { createHash } from 'node:crypto';
import type { Config } from '../config.js';
import type { Diagnostic } from '../diagnostics.js';
import type { World } from '../world.js';
import { MAX_FILE_BYTES } from './limits.js';
import { fontSignature, type FontHashes } from './font-hashes.js';
import type { Editorial, RoadmapData } from './types.js';
import type { EditionSources } from './editions.js';

export const LOAD_CACHE_FORMAT = 2;

/** The load stage's result without the fonts (loaded apart: they are needed whole for typesetting and rendering). */
export interface LoadedText {
  edition: EditionSources;
  data: RoadmapData;
  previous?: RoadmapData;
  editorial: Editorial;
  sources: ReadonlyMap<string, string>;
  /** Warnings (a successful load has no errors). */
  diagnostics: Diagnostic[];
}

interface LoadCacheFile {
  format: typeof LOAD_CACHE_FORMAT;
  key: string;
  edition: EditionSources;
  data: RoadmapData;
  previous?: RoadmapData;
  editorial: Editorial;
  sources: [string, string][];
  diagnostics: Diagnostic[];
}

type LinkAware = World & { realPath?: (rel: string) => Promise<string> };

/**
 * Hash of every file the loaders may read — all of data/, content/ and assets/ (where links lead included: the
 * loader refuses a pictogram that leaves assets/ through a link) — with the config, the fonts (the glyph check
 * depends on them) and the code. Undefined when a file is over the size limit: the loader must report it.
 */
export async function loadKey(world: LinkAware, config: Config, codeId: string, fontHashes: Readonly<FontHashes>): Promise<string | undefined> {
  // The folders the loaders read, nothing else of the config: `--out` and the site's names do not change a load.
  const dirs = [config.dataDir, config.contentDir, config.editionsDir, config.assetsDir, config.fontsDir];
  // The edition asked for is part of the key; every edition's files are hashed (the latest one, and the previous one, depend on them).
  const h = createHash('sha256').update(`${LOAD_CACHE_FORMAT}\n${codeId}\n${JSON.stringify(dirs)}\n${config.edition ?? ''}\n`);
  h.update(fontSignature(fontHashes));
  for (const dir of [config.dataDir, config.contentDir, config.editionsDir, config.assetsDir]) {
    const files = await world.list(dir.replace(/\/+$/, ''));
    h.update(`[${dir}]\n`);
    for (const file of files) {
      if ((await world.size(file)) > MAX_FILE_BYTES) return undefined;
      const real = world.realPath ? await world.realPath(file) : file;
      h.update(`${file}\n${real}\n`).update(await world.readBytes(file)).update('\n');
    }
  }
  return h.digest('hex');
}

export function writeLoadCache(key: string, loaded: LoadedText): string {
  const file: LoadCacheFile = {
    format: LOAD_CACHE_FORMAT,
    key,
    edition: loaded.edition,
    data: loaded.data,
    ...(loaded.previous ? { previous: loaded.previous } : {}),
    editorial: loaded.editorial,
    sources: [...loaded.sources],
    diagnostics: loaded.diagnostics,
  };
  return JSON.stringify(file);
}

/** The kept load for exactly this key, or undefined (another key, format, or a damaged file). */
export function readLoadCache(json: string | undefined, key: string): LoadedText | undefined {
  if (json === undefined) return undefined;
  let file: Partial<LoadCacheFile> | null;
  try {
    file = JSON.parse(json) as Partial<LoadCacheFile> | null;
  } catch {
    return undefined;
  }
  if (!file || file.format !== LOAD_CACHE_FORMAT || file.key !== key) return undefined;
  const { edition, data, previous, editorial, sources, diagnostics } = file;
  if (!edition || !Array.isArray(edition.dataDirs) || !data || !Array.isArray(data.projets) || !editorial?.page || !Array.isArray(sources) || !Array.isArray(diagnostics)) return undefined;
  return { edition, data, ...(previous ? { previous } : {}), editorial, sources: new Map(sources), diagnostics };
}
