// Measures text the way pdfkit will draw it (fontkit layout, default features), each distinct word once per face.
import type { Font } from 'fontkit';
import type { FontKey, FontSet, TextStyle } from './types.js';
import { unpackWord, type PackedWord } from './shaping-cache.js';
import { pairShaperFor, type PairShaper } from './pair-shaper.js';

/** The face that draws a character a style's font lacks (Spectral has no U+202F). */
export const FALLBACK_FONT: FontKey = 'regular';

/** One space-free string as fontkit shapes it (font units), once per face whatever the size; render reuses it. */
export interface ShapedWord {
  /** Sum of the glyphs' advances, kerning included. */
  units: number;
  glyphs: number;
  ids: number[];
  /** Per glyph: the advance after kerning, and the glyph's own advance width. */
  xAdvances: number[];
  advanceWidths: number[];
  codePoints: number[][];
}

const shapes = new WeakMap<Font, Map<string, ShapedWord>>();
/** Shapings of an earlier process (see shaping-cache.ts), taken into `shapes` as words are asked for. */
const seeds = new WeakMap<Font, Map<string, PackedWord>>();
const shapedFresh = new WeakMap<Font, number>();
const pairShapers = new WeakMap<Font, PairShaper | null>();

/** Gives a face the words an earlier run shaped with the same font file and shaper. */
export function seedShapes(face: Font, words: Map<string, PackedWord>): void {
  seeds.set(face, new Map(words));
}

/** Every word asked of this face so far, and how many fontkit had to shape and how many seeds were never asked for. */
export function shapingOf(face: Font): { words: ReadonlyMap<string, ShapedWord>; shapedFresh: number; unusedSeeds: number } {
  return { words: shapes.get(face) ?? new Map(), shapedFresh: shapedFresh.get(face) ?? 0, unusedSeeds: seeds.get(face)?.size ?? 0 };
}

/** The seeds no one asked for, unpacked: a cache keeps them for paragraphs that were not typeset again. */
export function* unusedSeedsOf(face: Font): Iterable<[string, ShapedWord]> {
  for (const [word, p] of seeds.get(face) ?? []) yield [word, unpackWord(word, p)];
}

/** A word's key among a face's shaped words: superior ones behind a character no text holds, so they never meet a plain word. */
export const shapingKey = (word: string, superior: boolean): string => (superior ? `\u0002${word}` : word);

export function shapeWord(face: Font, word: string, superior = false): ShapedWord {
  let cache = shapes.get(face);
  if (!cache) shapes.set(face, (cache = new Map()));
  const key = shapingKey(word, superior);
  let s = cache.get(key);
  if (s) return s;
  const seed = seeds.get(face)?.get(key);
  if (seed) {
    seeds.get(face)!.delete(key);
    s = unpackWord(key, seed);
    cache.set(key, s);
  } else {
    shapedFresh.set(face, (shapedFresh.get(face) ?? 0) + 1);
    let pairShaper = pairShapers.get(face);
    if (pairShaper === undefined) pairShapers.set(face, (pairShaper = pairShaperFor(face) ?? null));
    let shaped = superior ? undefined : pairShaper?.shape(word);
    if (!shaped) {
      const run = face.layout(word, superior ? ['sups'] : undefined);
      shaped = {
        ids: run.glyphs.map((g) => g.id),
        codePoints: run.glyphs.map((g) => g.codePoints),
        advanceWidths: run.glyphs.map((g) => g.advanceWidth),
        xAdvances: run.positions.map((p) => p.xAdvance),
      };
    }
    let units = 0;
    for (const x of shaped.xAdvances) units += x;
    const { ids, xAdvances, advanceWidths, codePoints } = shaped;
    s = { units, glyphs: ids.length, ids, xAdvances, advanceWidths, codePoints };
    cache.set(key, s);
  }
  return s;
}

/** The face that will draw `codePoint` in `style`: its own, the fallback, or its own anyway (reported as missing). */
export function fontForCodePoint(codePoint: number, font: FontKey, fonts: FontSet): FontKey {
  if (hasGlyph(fonts[font], codePoint)) return font;
  if (hasGlyph(fonts[FALLBACK_FONT], codePoint)) return FALLBACK_FONT;
  return font;
}

// Asked for every character of every measured string: fontkit searches its cmap each time.
const cmapHits = new WeakMap<Font, Map<number, boolean>>();
function hasGlyph(face: Font, codePoint: number): boolean {
  let hits = cmapHits.get(face);
  if (!hits) cmapHits.set(face, (hits = new Map()));
  let has = hits.get(codePoint);
  if (has === undefined) hits.set(codePoint, (has = face.hasGlyphForCodePoint(codePoint)));
  return has;
}

export interface FontSegment {
  text: string;
  font: FontKey;
}

/** Splits text into pieces each drawn by one face (the style's own, or the fallback). */
export function segmentByFont(text: string, font: FontKey, fonts: FontSet): FontSegment[] {
  const out: FontSegment[] = [];
  for (const ch of text) {
    const f = fontForCodePoint(ch.codePointAt(0)!, font, fonts);
    const last = out[out.length - 1];
    if (last && last.font === f) last.text += ch;
    else out.push({ text: ch, font: f });
  }
  return out;
}

/**
 * Word spaces: what justification stretches, U+0020 and the no-break space U+00A0 (the narrow no-break space U+202F
 * is punctuation spacing and stays fixed). Text is shaped and drawn in pieces between them (`wordsAndSpaces`).
 */
export const isStretchingSpace = (ch: string): boolean => ch === ' ' || ch === '\u00A0';
const WORD_SPACE = /([ \u00A0])/;

/**
 * Text as the renderer draws it: words and the word spaces between them (U+0020, U+00A0), each shaped apart so that
 * justification can widen each space on its own. Empty words are dropped.
 */
export function wordsAndSpaces(text: string): string[] {
  return text.split(WORD_SPACE).filter((w) => w !== '');
}

/**
 * Width in points of text drawn in one face (no fallback), with kerning and ligatures, plus tracking per glyph.
 * Shaped word by word, split at word spaces exactly as the renderer draws it (render/text.ts encodes each word and
 * each space apart): a line costs no new shaping once its words are known, and the sum of integer font units is exact.
 */
export function measureInFont(text: string, font: FontKey, size: number, tracking: number, fonts: FontSet, superior = false): number {
  if (text === '') return 0;
  const face = fonts[font];
  let units = 0;
  let glyphs = 0;
  for (const word of wordsAndSpaces(text)) {
    const s = shapeWord(face, word, superior);
    units += s.units;
    glyphs += s.glyphs;
  }
  return (units / face.unitsPerEm) * size + tracking * glyphs;
}

/** Natural width in points of `text` set in `style`, fallback face included. */
export function measureText(text: string, style: TextStyle, fonts: FontSet): number {
  let w = 0;
  for (const seg of segmentByFont(text, style.font, fonts)) {
    w += measureInFont(seg.text, seg.font, style.size, style.tracking ?? 0, fonts, style.superior);
  }
  return w;
}
