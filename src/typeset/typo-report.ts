// The typography report: how even the justified text is, measured as a typographer reads the page (visible word gap
// over the font's natural space), line by line, with the issue's targets; pdfkit-style greedy filling for comparison.
import { analyseParagraph, type ParagraphMetrics } from './analyse-paragraph.js';
import { greedyBreak } from './greedy-break.js';
import { looser } from './break-lines.js';
import { LOOSE_RATIO } from './justify.js';
import { typesetParagraph } from './typeset-paragraph.js';
import type { FontSet, Line, ParagraphSpec, SetParagraph } from './types.js';

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
  /** The paragraph as judged (justified when `justifyAll` asked it) and as set by each engine. */
  spec: ParagraphSpec;
  set: SetParagraph;
  ours: SideMetrics;
  greedy: SideMetrics;
}

export interface ReportOptions {
  /**
   * Judge the engine apart from the design: every paragraph of running text (the design lets it hyphenate) is set
   * justified, whatever alignment the design chose for it.
   */
  justifyAll?: boolean;
}

/** The issue's targets for the brochure's justified paragraphs. */
export const TARGETS = {
  meanDeviation: 0.13,
  loose: 10,
  worst: 2.0,
  /** Hyphenated line ends in the whole brochure before font expansion (issue 14): never more. */
  hyphenated: 59,
} as const;

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

export function compareParagraphs(paragraphs: readonly ReportParagraph[], fonts: FontSet, options: ReportOptions = {}): TypoReportRow[] {
  return paragraphs.map(({ id, spec: drawn, set: drawnSet, pieces }) => {
    const rejustify = options.justifyAll && drawn.hyphenate && drawn.align !== 'justify';
    const spec: ParagraphSpec = rejustify ? { ...drawn, align: 'justify' } : drawn;
    const set = (!rejustify && drawnSet) || typesetParagraph(spec, fonts);
    const greedy = analyseParagraph(greedyBreak(spec, fonts), spec, fonts);
    // A paragraph set again does not fill the pages the drawn one did: its widows and orphans are not known.
    const placed = rejustify ? undefined : pieces;
    return {
      id,
      spec,
      set,
      ours: { ...analyseParagraph(set, spec, fonts), ...widowsOrphans(placed) },
      greedy: { ...greedy, ...widowsOrphans(greedyPieces(placed, greedy.lines)) },
    };
  });
}

export function totalOf(rows: readonly TypoReportRow[], side: 'ours' | 'greedy'): SideMetrics {
  const ms = rows.map((r) => r[side]);
  const judged = ms.filter((m) => m.judgedLines > 0);
  const n = judged.reduce((a, m) => a + m.judgedLines, 0);
  const sum = (f: (m: SideMetrics) => number) => ms.reduce((a, m) => a + f(m), 0);
  return {
    lines: sum((m) => m.lines),
    ratios: ms.flatMap((m) => m.ratios),
    hyphenated: sum((m) => m.hyphenated),
    maxConsecutiveHyphens: Math.max(0, ...ms.map((m) => m.maxConsecutiveHyphens)),
    overfull: sum((m) => m.overfull),
    meanDeviation: n ? judged.reduce((a, m) => a + m.meanDeviation * m.judgedLines, 0) / n : 0,
    loose: sum((m) => m.loose),
    maxRatio: judged.length ? Math.max(...judged.map((m) => m.maxRatio)) : 1,
    minRatio: judged.length ? Math.min(...judged.map((m) => m.minRatio)) : 1,
    judgedLines: n,
    widows: sum((m) => m.widows),
    orphans: sum((m) => m.orphans),
  };
}

export const lineText = (l: Line): string => l.fragments.map((f) => f.text).join('');

export interface JudgedLine {
  id: string;
  /** 0-based line index in its paragraph. */
  index: number;
  ratio: number;
  text: string;
}

/** The `count` loosest judged lines of our setting, loosest first. */
export function loosestLines(rows: readonly TypoReportRow[], count: number): JudgedLine[] {
  const all = rows.flatMap((r) =>
    r.ours.ratios.flatMap((ratio, index) => (Number.isNaN(ratio) ? [] : [{ id: r.id, index, ratio, text: lineText(r.set.lines[index]) }])),
  );
  return all.sort((a, b) => b.ratio - a.ratio || a.id.localeCompare(b.id) || a.index - b.index).slice(0, count);
}

/** The breaker's last resorts (break-lines.ts): each must have made the paragraph less loose. */
export type LastResortKind = 'three-hyphens' | 'last-word-cut';

export interface LastResort {
  id: string;
  kinds: LastResortKind[];
  /** The same paragraph set without the last resorts: its loose lines and its loosest. */
  alternative: { loose: number; worst: number };
  /** Without them the loosest line is looser, or as loose with more loose lines (`looser`): they closed a hole. */
  saved: boolean;
}

/** The paragraph's last word was hyphenated: its last line is one word's end, the line before ends with an engine hyphen. */
export function lastWordCut(set: SetParagraph): boolean {
  const [before, last] = set.lines.slice(-2);
  return !!before && !!last && before.fragments.some((f) => f.actualText !== undefined) && !lineText(last).includes(' ');
}

/** Paragraphs of our setting that took a last resort, with what they would have been without. */
export function lastResorts(rows: readonly TypoReportRow[], fonts: FontSet): LastResort[] {
  return rows.flatMap((row) => {
    const kinds: LastResortKind[] = [];
    if (row.ours.maxConsecutiveHyphens >= 3) kinds.push('three-hyphens');
    if (lastWordCut(row.set)) kinds.push('last-word-cut');
    if (!kinds.length) return [];
    const m = analyseParagraph(typesetParagraph(row.spec, fonts, { lastResorts: false }), row.spec, fonts);
    const alternative = { loose: m.loose, worst: m.maxRatio };
    return [{ id: row.id, kinds, alternative, saved: looser(alternative, { loose: row.ours.loose, worst: row.ours.maxRatio }) }];
  });
}

const RESORT_LABELS: Readonly<Record<LastResortKind, string>> = { 'three-hyphens': '(3 coupures)', 'last-word-cut': '(dernier mot)' };

export interface Verdict {
  ok: boolean;
  /** French, for the report. */
  label: string;
}

/** The issue's targets, judged on the totals (rows of every paragraph: hyphens are counted over all of them). */
export function typoVerdicts(rows: readonly TypoReportRow[], fonts: FontSet): Verdict[] {
  const o = totalOf(rows, 'ours');
  const resorts = lastResorts(rows, fonts);
  const f = (x: number, d = 2) => x.toFixed(d).replace('.', ',');
  return [
    { ok: o.meanDeviation <= TARGETS.meanDeviation, label: `|r − 1| moyen ≤ ${f(TARGETS.meanDeviation)} (${f(o.meanDeviation, 3)})` },
    { ok: o.loose <= TARGETS.loose, label: `≤ ${TARGETS.loose} lignes lâches, r > ${f(LOOSE_RATIO, 1)} (${o.loose} sur ${o.judgedLines})` },
    { ok: o.maxRatio <= TARGETS.worst, label: `r maximal ≤ ${f(TARGETS.worst, 1)} (${f(o.maxRatio)})` },
    { ok: o.overfull === 0, label: `0 ligne débordante (${o.overfull})` },
    { ok: o.hyphenated <= TARGETS.hyphenated, label: `≤ ${TARGETS.hyphenated} fins de ligne coupées (${o.hyphenated})` },
    {
      ok: resorts.every((r) => r.saved),
      label:
        `3 coupures de suite, ou le dernier mot coupé, seulement pour une ligne moins lâche (${resorts.length} cas` +
        (resorts.length
          ? ` : ${resorts.map((r) => `${r.id} ${r.kinds.map((k) => RESORT_LABELS[k]).join(' ')}, sinon ${r.alternative.loose} lâche(s), r max ${f(r.alternative.worst)}`).join(' ; ')})`
          : ')'),
    },
    { ok: o.widows === 0, label: `0 veuve (${o.widows})` },
    { ok: o.orphans === 0, label: `0 orpheline (${o.orphans})` },
  ];
}

const HEAD = ['paragraphe', 'lignes', 'jugées', '|r−1| moy.', 'lâches', 'r min', 'r max', 'coupées', 'suite max', 'débordantes', 'veuves', 'orphelines'];

function cells(m: SideMetrics): string[] {
  const judged = m.judgedLines > 0;
  return [
    String(m.lines),
    String(m.judgedLines),
    judged ? m.meanDeviation.toFixed(3) : '–',
    String(m.loose),
    judged ? m.minRatio.toFixed(2) : '–',
    judged ? m.maxRatio.toFixed(2) : '–',
    String(m.hyphenated),
    String(m.maxConsecutiveHyphens),
    String(m.overfull),
    String(m.widows),
    String(m.orphans),
  ];
}

export const REPORT_LEGEND = [
  '« r » : pour chaque ligne justifiée (hors dernière ligne), le blanc visible entre deux mots — du dernier glyphe d’un mot',
  '  au premier du suivant : espace dessinée, extension de la police et interlettrage compris — divisé par l’espace',
  `  normale de la police à ce corps ; r = 1 : espace normale ; une ligne est lâche si r > ${LOOSE_RATIO.toString().replace('.', ',')}.`,
  '« nous » : notre composition (Knuth–Plass, extension des glyphes ±2 %, ponctuation en débord) ; « glouton » : le',
  '  remplissage ligne à ligne de pdfkit, même texte, même colonne (ses veuves et orphelines : mêmes pages remplies).',
].join('\n');

/** `left`: the columns aligned left (text); the others are numbers, aligned right. */
function table(rows: readonly string[][], left: readonly number[] = [0]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const fmt = (row: readonly string[]) => row.map((cell, c) => (left.includes(c) ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
  return [fmt(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(fmt)].join('\n');
}

/** One line per judged paragraph (ours), then the totals of both engines. */
export function formatTypoReport(rows: readonly TypoReportRow[]): string {
  const body = rows.filter((r) => r.ours.judgedLines > 0).map((r) => [r.id, ...cells(r.ours)]);
  if (rows.length) {
    body.push(['TOTAL nous', ...cells(totalOf(rows, 'ours'))]);
    body.push(['TOTAL glouton', ...cells(totalOf(rows, 'greedy'))]);
  }
  return table([HEAD, ...body]);
}

/** The loosest lines with their text, for the eye. */
export function formatLoosest(rows: readonly TypoReportRow[], count = 12): string {
  const lines = loosestLines(rows, count);
  return table([['r', 'paragraphe', 'ligne', 'texte'], ...lines.map((l) => [l.ratio.toFixed(2), l.id, String(l.index + 1), `« ${l.text} »`])], [1, 3]);
}

export function formatVerdicts(verdicts: readonly Verdict[]): string {
  return verdicts.map((v) => `${v.ok ? '✓' : '✗'} ${v.label}`).join('\n');
}
