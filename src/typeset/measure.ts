// Measures text the way pdfkit will draw it (fontkit layout, default features), each (text, style) once per FontSet.
import type { FontKey, FontSet, TextStyle } from './types.js';

/** The face that draws a character a style's font lacks (Spectral has no U+202F). */
export const FALLBACK_FONT: FontKey = 'regular';

const caches = new WeakMap<FontSet, Map<string, number>>();

function cacheFor(fonts: FontSet): Map<string, number> {
  let c = caches.get(fonts);
  if (!c) caches.set(fonts, (c = new Map()));
  return c;
}

/** The face that will draw `codePoint` in `style`: its own, the fallback, or its own anyway (reported as missing). */
export function fontForCodePoint(codePoint: number, font: FontKey, fonts: FontSet): FontKey {
  if (fonts[font].hasGlyphForCodePoint(codePoint)) return font;
  if (fonts[FALLBACK_FONT].hasGlyphForCodePoint(codePoint)) return FALLBACK_FONT;
  return font;
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

/** Width in points of text drawn in one face (no fallback), with kerning and ligatures, plus tracking per glyph. */
export function measureInFont(text: string, font: FontKey, size: number, tracking: number, fonts: FontSet): number {
  if (text === '') return 0;
  const cache = cacheFor(fonts);
  const key = `${font}\u0000${size}\u0000${tracking}\u0000${text}`;
  let w = cache.get(key);
  if (w === undefined) {
    const face = fonts[font];
    const run = face.layout(text);
    let units = 0;
    for (const p of run.positions) units += p.xAdvance;
    w = (units / face.unitsPerEm) * size + tracking * run.glyphs.length;
    cache.set(key, w);
  }
  return w;
}

/** Natural width in points of `text` set in `style`, fallback face included. */
export function measureText(text: string, style: TextStyle, fonts: FontSet): number {
  let w = 0;
  for (const seg of segmentByFont(text, style.font, fonts)) {
    w += measureInFont(seg.text, seg.font, style.size, style.tracking ?? 0, fonts);
  }
  return w;
}
