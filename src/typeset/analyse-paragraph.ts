// Measures how well a paragraph was set, as a typographer reads the page: the white between words relative to the
// font's own word space, hyphen runs, overfull lines.
import { isStretchingSpace, measureInFont } from './measure.js';
import { isLoose } from './justify.js';
import type { FontSet, Line, ParagraphSpec, SetParagraph } from './types.js';

/** Counted in means as this much when a justified line cannot be justified at all (slack but no gap to widen). */
export const UNJUSTIFIABLE_RATIO = 10;

export interface ParagraphMetrics {
  lines: number;
  /**
   * Per line, r = visible word gap ÷ the font's natural space at that size (1 = natural, 1.5 = half as wide again);
   * NaN for lines not judged (a paragraph's last line, text not justified, a line without a word gap).
   */
  ratios: number[];
  hyphenated: number;
  maxConsecutiveHyphens: number;
  overfull: number;
  /** Mean |r − 1| over the judged lines (0 when there are none). */
  meanDeviation: number;
  /** Judged lines with r > LOOSE_RATIO (justify.ts). */
  loose: number;
  /** Largest and smallest r (1 when no line is judged). */
  maxRatio: number;
  minRatio: number;
  /** Number of judged lines. */
  judgedLines: number;
}

/**
 * The visible gap between two words: from the advance of one word's last glyph to the next word's first glyph, so
 * the word space as drawn (scaled with its line's glyphs), what justification added to it and the letter-spacing
 * after both the last glyph and the space. Over every stretching space of the line (U+0020 and U+00A0; the French
 * narrow space U+202F is fixed punctuation spacing, not a word gap), divided by the natural spaces at the same sizes.
 * A line with slack and no gap to widen is unjustifiable (+∞); a full line without a gap is not judged (NaN).
 */
export function gapRatio(line: Line, available: number, fonts: FontSet): number {
  let natural = 0;
  let visible = 0;
  for (const f of line.fragments) {
    const tracking = f.style.tracking ?? 0;
    for (const ch of f.text) {
      if (!isStretchingSpace(ch)) continue;
      const space = measureInFont(ch, f.style.font, f.style.size, 0, fonts);
      natural += measureInFont(' ', f.style.font, f.style.size, 0, fonts);
      visible += space * (f.scale ?? 1) + f.spaceExtra + 2 * tracking;
    }
  }
  if (natural === 0) return available - line.width > 0.01 ? Infinity : NaN;
  return visible / natural;
}

export function analyseParagraph(set: SetParagraph, spec: ParagraphSpec, fonts: FontSet): ParagraphMetrics {
  const justify = spec.align === 'justify';
  const last = set.lines.length - 1;
  const ratios = set.lines.map((l, i) =>
    justify && i < last ? gapRatio(l, spec.width - (i === 0 ? (spec.indent ?? 0) : 0), fonts) : NaN,
  );
  let run = 0;
  let maxRun = 0;
  for (const l of set.lines) {
    run = l.hyphenated ? run + 1 : 0;
    maxRun = Math.max(maxRun, run);
  }
  const judged = ratios.filter((r) => !Number.isNaN(r));
  const finite = judged.map((r) => (Number.isFinite(r) ? r : UNJUSTIFIABLE_RATIO));
  return {
    lines: set.lines.length,
    ratios,
    hyphenated: set.lines.filter((l) => l.hyphenated).length,
    maxConsecutiveHyphens: maxRun,
    overfull: set.lines.filter((l) => l.overfull).length,
    meanDeviation: finite.length ? finite.reduce((a, r) => a + Math.abs(r - 1), 0) / finite.length : 0,
    loose: judged.filter(isLoose).length,
    maxRatio: judged.length ? Math.max(...judged) : 1,
    minRatio: judged.length ? Math.min(...judged) : 1,
    judgedLines: judged.length,
  };
}
