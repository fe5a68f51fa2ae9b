// Measures how well a paragraph was set: adjustment ratios, hyphen runs, overfull lines.
import type { ParagraphSpec, SetParagraph } from './types.js';

export interface ParagraphMetrics {
  lines: number;
  ratios: number[];
  hyphenated: number;
  maxConsecutiveHyphens: number;
  overfull: number;
  /** Mean |ratio| over justified lines other than the last (0 when there are none). */
  meanAbsRatio: number;
  /** Share (0–1) of those lines whose ratio lies within ±1. */
  withinOne: number;
  /** Number of lines those two figures are computed over. */
  justifiedLines: number;
}

export function analyseParagraph(set: SetParagraph, spec: ParagraphSpec): ParagraphMetrics {
  const ratios = set.lines.map((l) => l.ratio);
  let run = 0;
  let maxRun = 0;
  for (const l of set.lines) {
    run = l.hyphenated ? run + 1 : 0;
    maxRun = Math.max(maxRun, run);
  }
  const judged = spec.align === 'justify' ? ratios.filter((r) => !Number.isNaN(r)) : [];
  const abs = judged.map((r) => (Number.isFinite(r) ? Math.abs(r) : 10));
  return {
    lines: set.lines.length,
    ratios,
    hyphenated: set.lines.filter((l) => l.hyphenated).length,
    maxConsecutiveHyphens: maxRun,
    overfull: set.lines.filter((l) => l.overfull).length,
    meanAbsRatio: abs.length ? abs.reduce((a, b) => a + b, 0) / abs.length : 0,
    withinOne: abs.length ? abs.filter((r) => r <= 1).length / abs.length : 1,
    justifiedLines: abs.length,
  };
}
