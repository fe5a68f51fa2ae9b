// Turns chosen breaks into positioned lines and fragments (per run and per drawing face), justified as pdfkit will draw them.
import type { Break } from './break-lines.js';
import type { Item, Piece } from './items.js';
import { measureInFont, segmentByFont } from './measure.js';
import type { Align, FontSet, Line, LineFragment, StyledRun } from './types.js';

/** Tolerance for rounding in "fits the column" checks, points. */
const EPSILON = 0.01;

/**
 * Letter-spacing justification, as InDesign's composer does: once word spaces would stretch past half their
 * natural width, the rest of a loose line is spread between the letters too, up to 1.5 % of the type size per
 * glyph — too little to see as spacing, enough to keep narrow columns free of gaping word spaces.
 */
const WORD_STRETCH_BEFORE_LETTERS = 0.5;
const MAX_LETTER_SPACING_EM = 0.015;

export interface SetLinesInput {
  items: readonly Item[];
  breaks: readonly Break[];
  runs: readonly StyledRun[];
  fonts: FontSet;
  align: Align;
  width: number;
  indent: number;
  /** Ratios to report instead of the breaker's (the greedy comparison measures its own). */
  ratioOf?: (lineIndex: number) => number;
}

function linePieces(items: readonly Item[], from: number, to: number, brk: Break | undefined): { pieces: Piece[]; engineHyphen: boolean } {
  const pieces: Piece[] = [];
  const push = (p: Piece) => {
    const last = pieces[pieces.length - 1];
    if (last && last.run === p.run) last.text += p.text;
    else pieces.push({ ...p });
  };
  let start = from;
  while (start < to && items[start].type !== 'box') start++;
  let end = to;
  while (end > start && items[end - 1].type !== 'box') end--;
  for (let i = start; i < end; i++) {
    const it = items[i];
    if (it.type === 'box') it.pieces.forEach(push);
    else if (it.type === 'glue') push({ run: it.run, text: ' ' });
  }
  const at = brk && brk.position < items.length ? items[brk.position] : undefined;
  const engineHyphen = at?.type === 'penalty' && at.kind === 'hyphen';
  if (engineHyphen && at.type === 'penalty') push({ run: at.run, text: '-' });
  return { pieces, engineHyphen };
}

const countSpaces = (s: string) => s.split(' ').length - 1;

export function setLines(input: SetLinesInput): Line[] {
  const { items, breaks, runs, fonts, align, width, indent } = input;
  const lines: Line[] = [];
  let from = 0;
  breaks.forEach((brk, index) => {
    const isLast = index === breaks.length - 1;
    const { pieces, engineHyphen } = linePieces(items, from, brk.position, brk);
    from = brk.position + 1;
    const offset = index === 0 ? indent : 0;
    const available = width - offset;
    // Natural widths as pdfkit will measure each fragment's text.
    const raw = pieces.flatMap((p) =>
      segmentByFont(p.text, runs[p.run].style.font, fonts).map((s) => ({ run: p.run, text: s.text, font: s.font })),
    );
    const widths = raw.map((f) => {
      const st = runs[f.run].style;
      return measureInFont(f.text, f.font, st.size, st.tracking ?? 0, fonts);
    });
    const natural = widths.reduce((a, b) => a + b, 0);
    const spaces = raw.reduce((n, f) => n + countSpaces(f.text), 0);
    // A last line the breaker accepted by shrinking its spaces must be drawn shrunk too, or it overflows.
    const justified = spaces > 0 && ((align === 'justify' && !isLast) || natural > available + EPSILON);
    // Glyphs per fragment (tracking is added to each), and the natural word space, for letter-spacing justification.
    const glyphCounts = raw.map((f, k) => {
      const st = runs[f.run].style;
      return measureInFont(f.text, f.font, st.size, (st.tracking ?? 0) + 1, fonts) - widths[k];
    });
    const glyphs = glyphCounts.reduce((a, b) => a + b, 0);
    const spaceWidth = raw.length ? measureInFont(' ', raw[0].font, runs[raw[0].run].style.size, 0, fonts) : 0;
    const excess = available - natural;
    let letterExtra = 0;
    if (justified && align === 'justify' && !isLast && glyphs > 0 && excess / spaces > WORD_STRETCH_BEFORE_LETTERS * spaceWidth) {
      const size = Math.min(...raw.map((f) => runs[f.run].style.size));
      letterExtra = Math.min(MAX_LETTER_SPACING_EM * size, (excess - WORD_STRETCH_BEFORE_LETTERS * spaceWidth * spaces) / glyphs);
    }
    const spaceExtra = justified ? (excess - letterExtra * glyphs) / spaces : 0;
    const lineWidth = natural + letterExtra * glyphs + spaceExtra * spaces;
    const slack = available - lineWidth;
    let x = offset + (align === 'center' ? slack / 2 : align === 'right' ? slack : 0);
    if (align === 'center' || align === 'right') x = Math.max(offset, x);
    const fragments: LineFragment[] = raw.map((f, k) => {
      const run = runs[f.run];
      const fw = widths[k] + letterExtra * glyphCounts[k] + spaceExtra * countSpaces(f.text);
      const face = f.font === run.style.font ? run.style : { ...run.style, font: f.font };
      const frag: LineFragment = {
        text: f.text,
        style: letterExtra ? { ...face, tracking: (face.tracking ?? 0) + letterExtra } : face,
        x,
        width: fw,
        spaceExtra,
      };
      if (run.href) frag.href = run.href;
      if (run.lang) frag.lang = run.lang;
      x += fw;
      return frag;
    });
    const lastFrag = fragments[fragments.length - 1];
    if (engineHyphen && lastFrag?.text.endsWith('-')) lastFrag.actualText = lastFrag.text.slice(0, -1);
    const usedRuns = new Set(pieces.map((p) => p.run));
    const lineHeight = Math.max(0, ...[...usedRuns].map((r) => runs[r].style.lineHeight));
    const ascent = Math.max(
      0,
      ...fragments.map((f) => (fonts[f.style.font].ascent * f.style.size) / fonts[f.style.font].unitsPerEm),
    );
    const ratio = isLast ? NaN : input.ratioOf ? input.ratioOf(index) : align === 'justify' ? brk.ratio : 0;
    lines.push({
      fragments,
      width: lineWidth,
      ratio,
      hyphenated: brk.flagged,
      overfull: lineWidth > available + EPSILON,
      lineHeight,
      ascent,
    });
  });
  return lines;
}
