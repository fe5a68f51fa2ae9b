// Font subsets an earlier run encoded, embedded instead of encoding them again.
//
// Why: in a cold process `subset.encode()` at `doc.end()` (fontkit decodes each used glyph and re-encodes the
// glyf/loca/hmtx tables with restructure) costs ~40–55 ms. The same font file and the same glyph sequence always
// give the same subset bytes, so they are kept in the build cache (see `SubsetStore`), keyed by both.
import type { FontKey } from '../typeset/types.js';

/** One embedded subset: which font file (by key), the glyph ids in pdfkit's subset order, and the TrueType bytes. */
export interface EncodedSubset {
  font: FontKey;
  glyphs: readonly number[];
  bytes: Uint8Array;
}

/** Finds subsets earlier runs encoded. Looking up must be cheap: it runs between drawing and `doc.end()`. */
export type SubsetLookup = (font: FontKey, glyphs: readonly number[]) => Uint8Array | undefined;

/** Where subsets are kept between runs (the build cache's, see build-cache/fonts.ts). Failures only lose the shortcut. */
export interface SubsetStore {
  read(): Promise<SubsetLookup>;
  /** Called with the subsets this run encoded itself (none when all came from the store). */
  write(subsets: readonly EncodedSubset[]): Promise<unknown>;
}

/** pdfkit 0.17.2's EmbeddedFont, as far as embedding reads it. */
interface EmbeddedFont {
  font?: unknown;
  /** Set once the font is used on a page: only those are embedded. */
  dictionary?: unknown;
  subset?: { glyphs: number[]; encode(): Uint8Array };
}

/**
 * Call after drawing, before `doc.end()`. Each font pdfkit will embed takes its subset bytes from `lookup` when an
 * earlier run encoded the same glyph sequence; the others encode as usual, and are returned (filled in at
 * `doc.end()`) for the store. Two keys naming one face are embedded once, under the first.
 */
export function useStoredSubsets(doc: object, keys: readonly FontKey[], lookup: SubsetLookup | undefined): EncodedSubset[] {
  const families = (doc as { _fontFamilies: Record<string, EmbeddedFont | undefined> })._fontFamilies;
  const encoded: EncodedSubset[] = [];
  const seen = new Set<EmbeddedFont>();
  for (const key of keys) {
    const f = families[key];
    if (!f || seen.has(f) || !f.dictionary || !f.subset) continue;
    seen.add(f);
    const subset = f.subset;
    // encode() appends composite glyphs' components to `glyphs`: the key is the sequence drawing produced.
    const glyphs = subset.glyphs.slice();
    const stored = lookup?.(key, glyphs);
    if (stored) {
      subset.encode = () => stored;
      continue;
    }
    const encode = subset.encode.bind(subset);
    subset.encode = () => {
      const bytes = encode();
      encoded.push({ font: key, glyphs, bytes });
      return bytes;
    };
  }
  return encoded;
}
