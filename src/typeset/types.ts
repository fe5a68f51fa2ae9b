// The typesetting contract: styled text in, lines with chosen breaks and exact positions out (no pdfkit, no files).
import type { Font } from 'fontkit';

/** The faces the brochure uses; each maps to one TTF under fonts/. */
export const FONT_KEYS = [
  'light',
  'regular',
  'medium',
  'bold',
  'lightItalic',
  'italic',
  'mediumItalic',
  'boldItalic',
  'spectral',
  'spectralBold',
] as const;
export type FontKey = (typeof FONT_KEYS)[number];

/** Fonts as fontkit objects, created by `load` from the same bytes `render` embeds. */
export type FontSet = Readonly<Record<FontKey, Font>>;

export interface TextStyle {
  font: FontKey;
  /** Points. */
  size: number;
  /** `#RRGGBB`. */
  color: string;
  /** Baseline-to-baseline distance, points. */
  lineHeight: number;
  /** Extra letter spacing in points (small caps-like headings); 0 for body text. */
  tracking?: number;
  /** The font's superior letters (OpenType `sups`): the ending of a French ordinal, « 1er », « 16e ». */
  superior?: boolean;
}

export interface StyledRun {
  text: string;
  style: TextStyle;
  href?: string;
  /** BCP 47 tag when the run is not French. */
  lang?: string;
  /** URLs, code, ids: no French spacing added, no hyphenation, but may break after `/` `.` `-`. */
  verbatim?: boolean;
}

export type Align = 'justify' | 'left' | 'center' | 'right';

export interface ParagraphSpec {
  runs: StyledRun[];
  /** Column width, points. */
  width: number;
  align: Align;
  /** Headings pass false; body text true. */
  hyphenate: boolean;
  /** Words never to hyphenate (proper names marked in the data), compared case-sensitively. */
  properNames?: readonly string[];
  /** Indent of the first line, points. */
  indent?: number;
}

/** A piece of one line in one style, positioned relative to the line's left edge. */
export interface LineFragment {
  /** Text as drawn, French spaces applied, including a trailing `-` when the engine hyphenated. */
  text: string;
  style: TextStyle;
  /** Offset from the line's start, points. */
  x: number;
  /** Width as drawn (glyphs scaled, spaces and letter-spacing added), points. */
  width: number;
  /**
   * Extra advance (points on the page) added to each word space in `text` (U+0020 and U+00A0) by justification;
   * the narrow no-break space U+202F is never stretched.
   */
  spaceExtra: number;
  /**
   * Horizontal scale of the glyphs (font expansion, 0.98–1.02), absent when 1. Widths and `spaceExtra` are what
   * the page shows: the renderer draws the glyphs scaled and adds the extras unscaled.
   */
  scale?: number;
  href?: string;
  lang?: string;
  /** Set when `text` differs from what a reader should get (engine hyphen): the text without it. */
  actualText?: string;
}

export interface Line {
  fragments: LineFragment[];
  /**
   * Width of the line as drawn, points, from its first fragment's x: at most the column width plus what hangs into
   * the margins (`hang`), unless `overfull`.
   */
  width: number;
  /** Points its first character hangs into the left margin and its last into the right one (justified text), when any. */
  hang?: { left: number; right: number };
  /** Knuth–Plass adjustment ratio: 0 natural, >0 stretched, <0 shrunk; NaN for a last line. */
  ratio: number;
  hyphenated: boolean;
  overfull: boolean;
  /** Baseline-to-baseline distance of this line, points. */
  lineHeight: number;
  /** Distance from the line's top to its baseline (ascent of its largest style), points. */
  ascent: number;
}

export interface SetParagraph {
  lines: Line[];
  /** Sum of line heights, points. */
  height: number;
}
