// Measures how well a paragraph was set: adjustment ratios (the and Knuth–Plass's), hyphen runs, overfull lines.
import { measureText } from './measure.js';
import type { FontSet, Line, ParagraphSpec, SetParagraph } from './types.js';

/** Counted in means as this much when a justified line cannot be justified at all (no space to stretch). */
export const UNJUSTIFIABLE_RATIO = 10;

export interface ParagraphMetrics {
  lines: number;
  /**
   * The adjustment ratio per line: (actual word space − natural word space) / natural word space, so
   * +1 means spaces twice their normal width, −0.5 half of it. NaN for lines not judged (last line, not justified).
   */
  ratios: number[];
  /** Knuth–Plass ratio per line (relative to the glue's stretchability or shrinkability), for engineers. */
  kpRatios: number[];
  hyphenated: number;
  maxConsecutiveHyphens: number;
  overfull: number;
  /** Mean |ratio| (issue's definition) over justified lines other than the last (0 when there are none). */
  meanAbsRatio: number;
  /** Share (0–1) of those lines whose ratio (issue's definition) lies within ±1. */
  withinOne: number;
  /** Same two figures with the Knuth–Plass ratio. */
  kpMeanAbsRatio: number;
  kpWithinOne: number;
  /** Number of lines those figures are computed over. */
  justifiedLines: number;
}

const SPACE = / /g;

/**
 * How far a justified line's U+0020 spaces moved from their natural width, relative to it. A line with slack
 * but no space to stretch is unjustifiable (+∞); a full line without spaces is exact (0).
 */
export function spaceRatio(line: Line, available: number, fonts: FontSet): number {
  let natural = 0;
  let count = 0;
  let extra = 0;
  for (const f of line.fragments) {
    const n = f.text.match(SPACE)?.length ?? 0;
    if (!n) continue;
    natural += n * measureText(' ', f.style, fonts);
    extra += n * f.spaceExtra;
    count += n;
  }
  if (count === 0 || natural === 0) return available - line.width > 0.01 ? Infinity : 0;
  return extra / natural;
}

function stats(judged: readonly number[]): { mean: number; within: number } {
  const abs = judged.map((r) => (Number.isFinite(r) ? Math.abs(r) : UNJUSTIFIABLE_RATIO));
  return {
    mean: abs.length ? abs.reduce((a, b) => a + b, 0) / abs.length : 0,
    within: abs.length ? abs.filter((r) => r <= 1).length / abs.length : 1,
  };
}

export function analyseParagraph(set: SetParagraph, spec: ParagraphSpec, fonts: FontSet): ParagraphMetrics {
  const justify = spec.align === 'justify';
  const judgedLine = (l: Line) => justify && !Number.isNaN(l.ratio);
  const kpRatios = set.lines.map((l) => (judgedLine(l) ? l.ratio : NaN));
  const ratios = set.lines.map((l, i) =>
    judgedLine(l) ? spaceRatio(l, spec.width - (i === 0 ? (spec.indent ?? 0) : 0), fonts) : NaN,
  );
  let run = 0;
  let maxRun = 0;
  for (const l of set.lines) {
    run = l.hyphenated ? run + 1 : 0;
    maxRun = Math.max(maxRun, run);
  }
  const ours = stats(ratios.filter((r) => !Number.isNaN(r)));
  const kp = stats(kpRatios.filter((r) => !Number.isNaN(r)));
  return {
    lines: set.lines.length,
    ratios,
    kpRatios,
    hyphenated: set.lines.filter((l) => l.hyphenated).length,
    maxConsecutiveHyphens: maxRun,
    overfull: set.lines.filter((l) => l.overfull).length,
    meanAbsRatio: ours.mean,
    withinOne: ours.within,
    kpMeanAbsRatio: kp.mean,
    kpWithinOne: kp.within,
    justifiedLines: set.lines.filter(judgedLine).length,
  };
}
