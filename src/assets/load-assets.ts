// Reads the SVG assets the data names (paths under assets/) through the World and parses them into vector assets.
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics.js';
import type { World } from '../world.js';
import type { VectorAsset } from './types.js';
import { parseSvg } from './svg.js';

/** A parse depends on the text and on the path its diagnostics name, nothing else. */
export type ParsedSvgs = Map<string, ReturnType<typeof parseSvg>>;

export function svgKey(rel: string, text: string): string {
  return createHash('sha256').update(rel).update('\0').update(text).digest('hex');
}

export interface LoadedAssets {
  /** Keyed by the path as given (relative to the assets folder, e.g. `pictogrammes/inclusion.svg`). */
  assets: Map<string, VectorAsset>;
  diagnostics: Diagnostic[];
  /** The `svgKey`s of the files this call read: what a cache of parses should keep. */
  parseKeys: string[];
}

/**
 * A path that stays inside the assets folder: relative, forward slashes, no `..`, no drive letter. `.` and empty
 * segments are dropped, as the data loader's `resolveAssetPath` does (which reports these errors first, with the
 * line that names the file; this check guards any other caller).
 */
function safePath(p: string): string | undefined {
  if (!p || p.startsWith('/') || p.includes('\\') || /^[A-Za-z]:/.test(p) || p.includes('\0')) return undefined;
  const segs = p.split('/');
  if (segs.includes('..')) return undefined;
  return segs.filter((s) => s !== '' && s !== '.').join('/') || undefined;
}

/**
 * `files` are paths under `assetsDir` (e.g. `pictogrammes/inclusion.svg`, as the data writes them);
 * diagnostics are located at the project-relative path (`assets/pictogrammes/inclusion.svg`).
 * Each distinct file is read and parsed once, in the order given; a failing file is reported and left out of the map.
 * `parsed`: parses of earlier runs by `svgKey(rel, text)` (the build cache), read and filled in.
 */
export async function loadVectorAssets(world: World, files: string[], assetsDir = 'assets', parsed: ParsedSvgs = new Map()): Promise<LoadedAssets> {
  const assets = new Map<string, VectorAsset>();
  const diagnostics: Diagnostic[] = [];
  const parseKeys: string[] = [];
  for (const file of new Set(files)) {
    const clean = safePath(file);
    const rel = `${assetsDir.replace(/\/$/, '')}/${clean ?? file}`;
    if (!clean) {
      diagnostics.push({
        severity: 'error',
        code: 'chemin-interdit',
        pos: { file: rel, line: 1, column: 1 },
        message: `Chemin d’image « ${file} » refusé : il doit être relatif au dossier ${assetsDir}/ et ne pas en sortir (ni « .. », ni chemin absolu).`,
      });
      continue;
    }
    if (!file.toLowerCase().endsWith('.svg')) {
      diagnostics.push({
        severity: 'error',
        code: 'image-format',
        pos: { file: rel, line: 1, column: 1 },
        message: `Image « ${file} » refusée : seules les images vectorielles SVG sont prises en charge.`,
      });
      continue;
    }
    let text: string;
    try {
      text = await world.readText(rel);
    } catch {
      diagnostics.push({
        severity: 'error',
        code: 'image-introuvable',
        pos: { file: rel, line: 1, column: 1 },
        message: `Image « ${rel} » introuvable.`,
        hint: `les pictogrammes disponibles sont dans ${assetsDir}/pictogrammes/`,
      });
      continue;
    }
    const key = svgKey(rel, text);
    parseKeys.push(key);
    let result = parsed.get(key);
    if (!result) parsed.set(key, (result = parseSvg(text, rel)));
    diagnostics.push(...result.diagnostics);
    if (result.asset) assets.set(file, { ...result.asset, file });
  }
  return { assets, diagnostics, parseKeys };
}
