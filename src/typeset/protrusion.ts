// Character protrusion (hanging punctuation): light marks at a justified line's ends hang into the margin, so the
// edge the eye follows is the letters' and looks straight (pdfTeX/microtype's \pdfprotrudechars, InDesign's optical
// margin alignment).
import { fontForCodePoint, measureInFont } from './measure.js';
import type { FontKey, FontSet } from './types.js';

/** Share of the glyph's advance that hangs out: [left margin, right margin]. */
type Table = Readonly<Record<string, readonly [number, number]>>;

/**
 * Marianne, a sans with generous side bearings on punctuation. Microtype's default set for text faces is the
 * starting point (full stop 700, comma 500, hyphen 500, quotes 300–400, dashes 150–200 thousandths); the full stop
 * and comma of Marianne have their ink near the advance's left, so hanging 70 % and 55 % of it puts the ink just
 * outside the edge. The colon and semicolon come after a space in French: they hang half, as microtype's do.
 */
const MARIANNE: Table = {
  '-': [0, 0.55],
  '\u2010': [0, 0.55],
  '\u2011': [0, 0.55],
  '.': [0, 0.7],
  ',': [0, 0.55],
  ':': [0, 0.5],
  ';': [0, 0.45],
  '!': [0, 0.2],
  '?': [0, 0.15],
  '…': [0, 0.25],
  '\u2013': [0.2, 0.2],
  '\u2014': [0.15, 0.15],
  '’': [0, 0.5],
  '‘': [0.4, 0],
  '“': [0.35, 0],
  '”': [0, 0.35],
  '«': [0.25, 0],
  '»': [0, 0.25],
  '(': [0.1, 0],
  ')': [0, 0.1],
  '/': [0, 0.1],
};

/** Spectral, a serif: its full stop and comma are narrower in their advance, its hyphen wider. */
const SPECTRAL: Table = {
  ...MARIANNE,
  '-': [0, 0.5],
  '.': [0, 0.65],
  ',': [0, 0.55],
};

const TABLES: Readonly<Record<FontKey, Table>> = {
  light: MARIANNE,
  regular: MARIANNE,
  medium: MARIANNE,
  bold: MARIANNE,
  lightItalic: MARIANNE,
  italic: MARIANNE,
  mediumItalic: MARIANNE,
  boldItalic: MARIANNE,
  spectral: SPECTRAL,
  spectralBold: SPECTRAL,
};

/** How far (points) `ch` drawn in `font` at `size` hangs into the left (`side` 0) or right (1) margin. */
export function protrusion(ch: string | undefined, side: 0 | 1, font: FontKey, size: number, fonts: FontSet): number {
  if (!ch) return 0;
  const share = TABLES[font][ch]?.[side];
  return share ? share * measureInFont(ch, fontForCodePoint(ch.codePointAt(0)!, font, fonts), size, 0, fonts) : 0;
}
