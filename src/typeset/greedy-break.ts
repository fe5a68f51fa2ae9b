// First-fit line breaking as pdfkit's `doc.text(…, { align: 'justify', width })` does it: the baseline our report compares against.
import type { Break } from './break-lines.js';
import { applyFrenchSpacingToRuns } from './french-spacing.js';
import { buildItems, type Item } from './items.js';
import { setLines } from './set-lines.js';
import type { FontSet, ParagraphSpec, SetParagraph } from './types.js';

/** pdfkit breaks at spaces and after hyphens, and cuts a word too long for the line; it never hyphenates. */
function isCandidate(items: readonly Item[], i: number): boolean {
  const it = items[i];
  if (it.type === 'glue') return i > 0 && items[i - 1].type === 'box';
  return it.type === 'penalty' && (it.kind === 'explicit' || it.kind === 'emergency');
}

export function greedyBreak(spec: ParagraphSpec, fonts: FontSet): SetParagraph {
  const runs = applyFrenchSpacingToRuns(spec.runs);
  const indent = spec.indent ?? 0;
  const items = buildItems(runs, fonts, { hyphenate: false, minLineWidth: Math.min(spec.width, spec.width - indent) });
  if (!items.some((it) => it.type === 'box')) return { lines: [], height: 0 };
  const breaks: Break[] = [];
  const ratios: number[] = [];
  const lineWidth = () => (breaks.length === 0 ? spec.width - indent : spec.width);
  let s = 0;
  while (s < items.length) {
    const L = lineWidth() + 0.01;
    let natural = 0;
    let stretch = 0;
    let fit: { at: number; natural: number; stretch: number } | null = null;
    let i = s;
    for (; i < items.length; i++) {
      const it = items[i];
      if (isCandidate(items, i)) {
        const w = natural + (it.type === 'penalty' ? it.width : 0);
        if (w > L && fit) break;
        fit = { at: i, natural: w, stretch };
      }
      if (it.type === 'box') {
        natural += it.width;
        if (natural > L && fit) break;
      } else if (it.type === 'glue') {
        natural += it.width;
        stretch += it.stretch;
      }
    }
    if (i === items.length) {
      breaks.push({ position: items.length, ratio: 0, flagged: false, overfull: natural > L, gap: NaN });
      ratios.push(NaN);
      break;
    }
    const f = fit!;
    const it = items[f.at];
    breaks.push({ position: f.at, ratio: 0, flagged: it.type === 'penalty' && it.flagged, overfull: f.natural > L, gap: NaN });
    ratios.push(f.stretch > 0 ? (lineWidth() - f.natural) / f.stretch : 0);
    s = f.at + 1;
    while (s < items.length && items[s].type !== 'box') s++;
  }
  const lines = setLines({ items, breaks, runs, fonts, align: spec.align, width: spec.width, indent, ratioOf: (k) => ratios[k], plain: true });
  return { lines, height: lines.reduce((h, l) => h + l.lineHeight, 0) };
}
