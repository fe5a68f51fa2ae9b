// Comparison of our Knuth–Plass setting against pdfkit-style greedy filling, per paragraph, with the targets.
import { analyseParagraph, type ParagraphMetrics } from './analyse-paragraph.js';
import { greedyBreak } from './greedy-break.js';
import { typesetParagraph } from './typeset-paragraph.js';
import type { FontSet, ParagraphSpec, SetParagraph } from './types.js';

export interface ReportParagraph {
  id: string;
  spec: ParagraphSpec;
  /** What the layout drew; typeset afresh when absent. */
  set?: SetParagraph;
  /** Lines placed on each page (flowing paragraphs), from the layout. */
  pieces?: readonly number[];
}

export interface SideMetrics extends ParagraphMetrics {
  widows: number;
  orphans: number;
}

export interface TypoReportRow {
  id: string;
  ours: SideMetrics;
  greedy: SideMetrics;
}

/** A first piece of one line is an orphan, a last piece of one line a widow. */
function widowsOrphans(pieces: readonly number[] | undefined): { widows: number; orphans: number } {
  if (!pieces || pieces.length < 2) return { widows: 0, orphans: 0 };
  return { orphans: pieces[0] === 1 ? 1 : 0, widows: pieces[pieces.length - 1] === 1 ? 1 : 0 };
}

/** Greedy has no widow control: its lines fill the same pages as ours did, the last page taking the rest. */
export function greedyPieces(pieces: readonly number[] | undefined, lines: number): number[] | undefined {
  if (!pieces || pieces.length < 2) return undefined;
  const out: number[] = [];
  let left = lines;
  for (const p of pieces.slice(0, -1)) {
    if (left <= 0) break;
    out.push(Math.min(p, left));
    left -= p;
  }
  if (left > 0) out.push(left);
  return out;
}

export function compareParagraphs(paragraphs: readonly ReportParagraph[], fonts: FontSet): TypoReportRow[] {
  return paragraphs.map(({ id, spec, set, pieces }) => {
    const ours = analyseParagraph(set ?? typesetParagraph(spec, fonts), spec, fonts);
    const greedy = analyseParagraph(greedyBreak(spec, fonts), spec, fonts);
    return {
      id,
      ours: { ...ours, ...widowsOrphans(pieces) },
      greedy: { ...greedy, ...widowsOrphans(greedyPieces(pieces, greedy.lines)) },
    };
  });
}

export function totalOf(rows: readonly TypoReportRow[], side: 'ours' | 'greedy'): SideMetrics {
  const ms = rows.map((r) => r[side]);
  const n = ms.reduce((a, m) => a + m.justifiedLines, 0);
  const sum = (f: (m: SideMetrics) => number) => ms.reduce((a, m) => a + f(m), 0);
  const weighted = (f: (m: SideMetrics) => number, empty: number) => (n ? sum((m) => f(m) * m.justifiedLines) / n : empty);
  return {
    lines: sum((m) => m.lines),
    ratios: ms.flatMap((m) => m.ratios),
    kpRatios: ms.flatMap((m) => m.kpRatios),
    hyphenated: sum((m) => m.hyphenated),
    maxConsecutiveHyphens: Math.max(0, ...ms.map((m) => m.maxConsecutiveHyphens)),
    overfull: sum((m) => m.overfull),
    meanAbsRatio: weighted((m) => m.meanAbsRatio, 0),
    withinOne: weighted((m) => m.withinOne, 1),
    kpMeanAbsRatio: weighted((m) => m.kpMeanAbsRatio, 0),
    kpWithinOne: weighted((m) => m.kpWithinOne, 1),
    justifiedLines: n,
    widows: sum((m) => m.widows),
    orphans: sum((m) => m.orphans),
  };
}

export interface Verdict {
  ok: boolean;
  /** French, for the report. */
  label: string;
}

/** The targets for the brochure, judged on the totals. */
export function typoVerdicts(rows: readonly TypoReportRow[]): Verdict[] {
  const o = totalOf(rows, 'ours');
  const g = totalOf(rows, 'greedy');
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  return [
    { ok: o.overfull === 0, label: `0 ligne débordante (${o.overfull})` },
    { ok: o.widows === 0, label: `0 veuve (${o.widows})` },
    { ok: o.orphans === 0, label: `0 orpheline (${o.orphans})` },
    { ok: o.maxConsecutiveHyphens < 3, label: `jamais 3 coupures de suite (suite max ${o.maxConsecutiveHyphens})` },
    { ok: o.withinOne >= 0.95, label: `≥ 95 % des lignes justifiées dans ±1 (${pct(o.withinOne)} ; glouton ${pct(g.withinOne)})` },
    {
      ok: o.meanAbsRatio <= g.meanAbsRatio / 2,
      label: `|ratio| moyen ≤ moitié du glouton (${o.meanAbsRatio.toFixed(3)} ≤ ${(g.meanAbsRatio / 2).toFixed(3)})`,
    },
  ];
}

const HEAD = ['paragraphe', 'lignes', '|ratio| moy.', '% dans ±1', '|r KP| moy.', '% KP ±1', 'coupées', 'suite max', 'débordantes', 'veuves', 'orphelines'];

function cells(m: SideMetrics): string[] {
  return [
    String(m.lines),
    m.meanAbsRatio.toFixed(2),
    `${Math.round(m.withinOne * 100)} %`,
    m.kpMeanAbsRatio.toFixed(2),
    `${Math.round(m.kpWithinOne * 100)} %`,
    String(m.hyphenated),
    String(m.maxConsecutiveHyphens),
    String(m.overfull),
    String(m.widows),
    String(m.orphans),
  ];
}

export const REPORT_LEGEND = [
  '« ratio » : écart de l’espace entre mots par rapport à sa largeur normale, rapporté à celle-ci ((espace réelle − espace normale) / espace normale),',
  '  sur les lignes justifiées hors dernière ligne ; c’est le ratio de référence des cibles.',
  '« r KP » : ratio de Knuth–Plass (rapporté à l’étirement ou au rétrécissement permis des espaces), pour les ingénieurs.',
  '« nous » : notre composition (Knuth–Plass) ; « glouton » : le remplissage ligne à ligne de pdfkit, même texte, même colonne',
  '  (ses veuves et orphelines sont estimées en remplissant les mêmes pages).',
].join('\n');

/** One line per paragraph and engine (« nous » = Knuth–Plass, « glouton » = pdfkit-like), then totals. */
export function formatTypoReport(rows: readonly TypoReportRow[]): string {
  const body: string[][] = [];
  for (const r of rows) {
    body.push([`${r.id} nous`, ...cells(r.ours)]);
    body.push([`${r.id} glouton`, ...cells(r.greedy)]);
  }
  if (rows.length) {
    body.push([`TOTAL nous`, ...cells(totalOf(rows, 'ours'))]);
    body.push([`TOTAL glouton`, ...cells(totalOf(rows, 'greedy'))]);
  }
  const table = [HEAD, ...body];
  const widths = HEAD.map((_, c) => Math.max(...table.map((row) => row[c].length)));
  const fmt = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [fmt(HEAD), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmt)].join('\n');
}

export function formatVerdicts(verdicts: readonly Verdict[]): string {
  return verdicts.map((v) => `${v.ok ? '✓' : '✗'} ${v.label}`).join('\n');
}
