// Finds characters no face can draw (neither the style's font nor the fallback), for located diagnostics in layout.
import { FALLBACK_FONT } from './measure.js';
import type { FontSet, ParagraphSpec } from './types.js';

export interface MissingGlyph {
  char: string;
  /** `U+XXXX`. */
  codePoint: string;
  runIndex: number;
  /** UTF-16 offset in the run's source text (before French spacing). */
  offset: number;
}

const SOFT_HYPHEN = 0xad;
/** Whitespace the stage turns into glue: never drawn as glyphs. */
const BREAKING_WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const CONTROL = /[\p{Cc}\p{Cf}]/u;

export function findMissingGlyphs(spec: ParagraphSpec, fonts: FontSet): MissingGlyph[] {
  const out: MissingGlyph[] = [];
  spec.runs.forEach((run, runIndex) => {
    let offset = 0;
    for (const ch of run.text) {
      const cp = ch.codePointAt(0)!;
      const control = CONTROL.test(ch) && cp !== SOFT_HYPHEN && !BREAKING_WHITESPACE.has(cp);
      const drawable =
        BREAKING_WHITESPACE.has(cp) ||
        cp === SOFT_HYPHEN ||
        fonts[run.style.font].hasGlyphForCodePoint(cp) ||
        fonts[FALLBACK_FONT].hasGlyphForCodePoint(cp);
      if (control || !drawable) {
        out.push({ char: ch, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, runIndex, offset });
      }
      offset += ch.length;
    }
  });
  return out;
}
