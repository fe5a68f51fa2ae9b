// The typesetter's shaped words as plain data, so a later process can start with them instead of asking fontkit again.
//
// Why: in a cold process, shaping ~2,900 distinct words costs ~280 ms (fontkit parses GSUB/GPOS lazily and
// re-plans its lookups on each call); reading them back costs a few milliseconds. The data is keyed by the
// font file's SHA-256 and fontkit's version, so a changed font or shaper starts from nothing: what is drawn is
// the same, bytes included, with or without the cache (test/typeset/shaping-cache.test.ts).
import type { ShapedWord } from './measure.js';

export const SHAPING_CACHE_FORMAT = 1;

/**
 * One word: glyph ids, advance widths, then kerning (xAdvance − advanceWidth per glyph) and the code points
 * each glyph stands for, each left out (0) in the usual case: no kerning, one glyph per character.
 */
export type PackedWord = [ids: number[], advances: number[], kerning: number[] | 0, codePoints: number[][] | 0];

export interface ShapingCacheFile {
  format: typeof SHAPING_CACHE_FORMAT;
  /** The shaper's version: another fontkit may shape differently. */
  shaper: string;
  /** Font file SHA-256 (hex) → word → shaping. */
  faces: Record<string, Record<string, PackedWord>>;
}

export function packWord(word: string, s: ShapedWord): PackedWord {
  const kerning = s.xAdvances.map((x, i) => x - s.advanceWidths[i]);
  const chars = [...word].map((c) => c.codePointAt(0)!);
  const oneToOne = s.codePoints.length === chars.length && s.codePoints.every((cps, i) => cps.length === 1 && cps[0] === chars[i]);
  return [s.ids, s.advanceWidths, kerning.some((k) => k !== 0) ? kerning : 0, oneToOne ? 0 : s.codePoints];
}

export function unpackWord(word: string, p: PackedWord): ShapedWord {
  const [ids, advanceWidths, kerning, codePoints] = p;
  const xAdvances = kerning ? advanceWidths.map((a, i) => a + kerning[i]) : advanceWidths.slice();
  let units = 0;
  for (const x of xAdvances) units += x;
  return {
    units,
    glyphs: ids.length,
    ids,
    xAdvances,
    advanceWidths,
    codePoints: codePoints || [...word].map((c) => [c.codePointAt(0)!]),
  };
}

const isIntArray = (v: unknown): v is number[] => Array.isArray(v) && v.every((n) => Number.isInteger(n));
const isNumberArray = (v: unknown): v is number[] => Array.isArray(v) && v.every((n) => Number.isFinite(n));

/**
 * The faces of a parsed cache file that match this shaper, or an empty object for anything else (another format,
 * another fontkit, a truncated or hand-edited file): a cache is only ever a shortcut, never a reason to fail.
 */
export function readShapingCache(json: string, shaper: string): Record<string, Map<string, PackedWord>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return {};
  }
  const file = parsed as Partial<ShapingCacheFile> | null;
  if (!file || file.format !== SHAPING_CACHE_FORMAT || file.shaper !== shaper || typeof file.faces !== 'object' || !file.faces) return {};
  const out: Record<string, Map<string, PackedWord>> = {};
  for (const [hash, words] of Object.entries(file.faces)) {
    if (!/^[0-9a-f]{64}$/.test(hash) || typeof words !== 'object' || !words) continue;
    const map = new Map<string, PackedWord>();
    for (const [word, p] of Object.entries(words)) {
      if (!Array.isArray(p) || p.length !== 4 || !isIntArray(p[0]) || !isNumberArray(p[1]) || p[0].length !== p[1].length) continue;
      if (p[2] !== 0 && !(isNumberArray(p[2]) && p[2].length === p[0].length)) continue;
      if (p[3] !== 0 && !(Array.isArray(p[3]) && p[3].length === p[0].length && p[3].every(isIntArray))) continue;
      map.set(word, p as PackedWord);
    }
    out[hash] = map;
  }
  return out;
}

/** Faces and words in sorted order: the same words give the same file. */
export function writeShapingCache(shaper: string, faces: ReadonlyMap<string, ReadonlyMap<string, ShapedWord>>): string {
  const out: ShapingCacheFile = { format: SHAPING_CACHE_FORMAT, shaper, faces: {} };
  for (const hash of [...faces.keys()].sort()) {
    const words = faces.get(hash)!;
    const packed: Record<string, PackedWord> = {};
    for (const word of [...words.keys()].sort()) packed[word] = packWord(word, words.get(word)!);
    out.faces[hash] = packed;
  }
  return JSON.stringify(out);
}
