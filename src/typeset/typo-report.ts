// Plain-text comparison table: our Knuth–Plass setting against pdfkit-style greedy filling, per paragraph.
import { analyseParagraph, type ParagraphMetrics } from './analyse-paragraph.js';
import { greedyBreak } from './greedy-break.js';
import { typesetParagraph } from './typeset-paragraph.js';
import type { FontSet, ParagraphSpec } from './types.js';

export interface TypoReportRow {
  id: string;
  ours: ParagraphMetrics;
  greedy: ParagraphMetrics;
}

export function compareParagraphs(paragraphs: readonly { id: string; spec: ParagraphSpec }[], fonts: FontSet): TypoReportRow[] {
  return paragraphs.map(({ id, spec }) => ({
    id,
    ours: analyseParagraph(typesetParagraph(spec, fonts), spec),
    greedy: analyseParagraph(greedyBreak(spec, fonts), spec),
  }));
}

const HEAD = ['paragraphe', 'lignes', '|ratio| moy.', '% dans ±1', 'coupées', 'suite max', 'débordantes'];

function cells(m: ParagraphMetrics): string[] {
  return [
    String(m.lines),
    m.meanAbsRatio.toFixed(2),
    `${Math.round(m.withinOne * 100)} %`,
    String(m.hyphenated),
    String(m.maxConsecutiveHyphens),
    String(m.overfull),
  ];
}

function total(rows: readonly TypoReportRow[], side: 'ours' | 'greedy'): ParagraphMetrics {
  const ms = rows.map((r) => r[side]);
  const n = ms.reduce((a, m) => a + m.justifiedLines, 0);
  return {
    lines: ms.reduce((a, m) => a + m.lines, 0),
    ratios: ms.flatMap((m) => m.ratios),
    hyphenated: ms.reduce((a, m) => a + m.hyphenated, 0),
    maxConsecutiveHyphens: Math.max(0, ...ms.map((m) => m.maxConsecutiveHyphens)),
    overfull: ms.reduce((a, m) => a + m.overfull, 0),
    meanAbsRatio: n ? ms.reduce((a, m) => a + m.meanAbsRatio * m.justifiedLines, 0) / n : 0,
    withinOne: n ? ms.reduce((a, m) => a + m.withinOne * m.justifiedLines, 0) / n : 1,
    justifiedLines: n,
  };
}

/** One line per paragraph and engine (« nous » = Knuth–Plass, « glouton » = pdfkit-like), then totals. */
export function formatTypoReport(rows: readonly TypoReportRow[]): string {
  const body: string[][] = [];
  for (const r of rows) {
    body.push([`${r.id} nous`, ...cells(r.ours)]);
    body.push([`${r.id} glouton`, ...cells(r.greedy)]);
  }
  if (rows.length) {
    body.push([`TOTAL nous`, ...cells(total(rows, 'ours'))]);
    body.push([`TOTAL glouton`, ...cells(total(rows, 'greedy'))]);
  }
  const table = [HEAD, ...body];
  const widths = HEAD.map((_, c) => Math.max(...table.map((row) => row[c].length)));
  const fmt = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [fmt(HEAD), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmt)].join('\n');
}
