// Turns chosen breaks into positioned lines and fragments (per run and per drawing face), justified as they will be drawn.
import type { Break } from './break-lines.js';
import { hangAtBreak, hangAtStart, type Item, type Piece } from './items.js';
import { adjustLine, type Adjustment } from './justify.js';
import { isStretchingSpace, measureInFont, segmentByFont } from './measure.js';
import type { Align, FontSet, Line, LineFragment, StyledRun } from './types.js';

/** Tolerance for rounding in "fits the column" checks, points. */
const EPSILON = 0.01;

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
  /** Word spaces only, no expansion, letter-spacing or protrusion: how pdfkit justifies (the greedy comparison). */
  plain?: boolean;
}

function linePieces(items: readonly Item[], start: number, to: number, brk: Break | undefined): { pieces: Piece[]; engineHyphen: boolean } {
  const pieces: Piece[] = [];
  const push = (p: Piece) => {
    const last = pieces[pieces.length - 1];
    if (last && last.run === p.run) last.text += p.text;
    else pieces.push({ ...p });
  };
  let end = to;
  while (end > start && items[end - 1].type !== 'box') end--;
  for (let i = start; i < end; i++) {
    const it = items[i];
    if (it.type === 'box') it.pieces.forEach(push);
    else if (it.type === 'glue') push({ run: it.run, text: it.text });
  }
  const at = brk && brk.position < items.length ? items[brk.position] : undefined;
  const engineHyphen = at?.type === 'penalty' && at.kind === 'hyphen';
  if (engineHyphen && at.type === 'penalty') push({ run: at.run, text: '-' });
  return { pieces, engineHyphen };
}

const countSpaces = (s: string) => {
  let n = 0;
  for (const ch of s) if (isStretchingSpace(ch)) n++;
  return n;
};

export function setLines(input: SetLinesInput): Line[] {
  const { items, breaks, runs, fonts, align, width, indent } = input;
  const justify = align === 'justify' && !input.plain;
  const lines: Line[] = [];
  let from = 0;
  breaks.forEach((brk, index) => {
    const isLast = index === breaks.length - 1;
    let start = from;
    while (start < brk.position && items[start].type !== 'box') start++;
    const { pieces, engineHyphen } = linePieces(items, start, brk.position, brk);
    from = brk.position + 1;
    const offset = index === 0 ? indent : 0;
    // Hanging punctuation: the column is wider by what may hang out at either end (justified text only).
    const hangLeft = justify ? hangAtStart(items, start) : 0;
    const hangRight = justify ? hangAtBreak(items, brk.position) : 0;
    const available = width - offset + hangLeft + hangRight;
    // Natural widths as the renderer will draw each fragment's text.
    const raw = pieces.flatMap((p) =>
      segmentByFont(p.text, runs[p.run].style.font, fonts).map((s) => ({ run: p.run, text: s.text, font: s.font })),
    );
    const widths = raw.map((f) => {
      const st = runs[f.run].style;
      return measureInFont(f.text, f.font, st.size, st.tracking ?? 0, fonts, st.superior);
    });
    const glyphCounts = raw.map((f, k) => {
      const st = runs[f.run].style;
      return measureInFont(f.text, f.font, st.size, (st.tracking ?? 0) + 1, fonts, st.superior) - widths[k];
    });
    const spaceCounts = raw.map((f) => countSpaces(f.text));
    const natural = widths.reduce((a, b) => a + b, 0);
    const shape = {
      natural,
      spaces: raw.reduce((w, f, k) => w + spaceCounts[k] * measureInFont(' ', f.font, runs[f.run].style.size, 0, fonts), 0),
      count: spaceCounts.reduce((a, b) => a + b, 0),
      glyphs: glyphCounts.reduce((a, b) => a + b, 0),
      size: Math.min(...raw.map((f) => runs[f.run].style.size)),
    };
    // Justified lines fill the column; any line the breaker accepted by shrinking must be drawn shrunk, or it overflows.
    const fill = align === 'justify' && !isLast;
    const adj: Adjustment = adjustLine(available - natural, shape, { expand: justify, fill });
    const lineWidth = available - adj.rest;
    const slack = available - lineWidth;
    let x = offset - hangLeft + (align === 'center' ? slack / 2 : align === 'right' ? slack : 0);
    if (align === 'center' || align === 'right') x = Math.max(offset, x);
    const fragments: LineFragment[] = raw.map((f, k) => {
      const run = runs[f.run];
      const fw = widths[k] * adj.scale + adj.letterSpacing * glyphCounts[k] + adj.spaceExtra * spaceCounts[k];
      const face = f.font === run.style.font ? run.style : { ...run.style, font: f.font };
      const frag: LineFragment = {
        text: f.text,
        style: adj.letterSpacing ? { ...face, tracking: (face.tracking ?? 0) + adj.letterSpacing } : face,
        x,
        width: fw,
        spaceExtra: adj.spaceExtra,
      };
      if (adj.scale !== 1) frag.scale = adj.scale;
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
      ...(hangLeft || hangRight ? { hang: { left: hangLeft, right: hangRight } } : {}),
      ratio,
      hyphenated: brk.flagged,
      overfull: lineWidth > available + EPSILON,
      lineHeight,
      ascent,
    });
  });
  return lines;
}
