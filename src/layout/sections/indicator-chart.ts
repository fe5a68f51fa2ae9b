// One steering indicator as a chart: bars (a quantity) or points on a reversed axis (a rank, 1 at the top) over its
// dated values, the current target as a dashed line. One Figure whose alt text states every value.
import type { IndicatorView } from '../../model/indicateurs.js';
import type { LayoutBuilder } from '../builder.js';
import type { StructNode } from '../types.js';
import { COLORS, STYLES } from '../styles.js';
import { placeLines, linesHeight } from '../text.js';

const PLOT = 104;
const LABEL_ROOM = 14;
const BAR = 30;
const DOT = 7;
const DASH = 4;

/** The chart's height for `width`: its unit and target legend, the plot with room for the values above it, the periods below. */
export function indicatorChartHeight(b: LayoutBuilder, ind: IndicatorView, width: number): number {
  return legend(b, ind, width).height + 6 + LABEL_ROOM + PLOT + 4 + periodsHeight(b, ind, width);
}

/** Above the plot: the unit, and the target with a dashed sample (the line across the plot then needs no label). */
function legend(b: LayoutBuilder, ind: IndicatorView, width: number) {
  const unit = b.typeset(`indicateur-${ind.id}-unite`, { runs: [{ text: ind.unitLabel.charAt(0).toUpperCase() + ind.unitLabel.slice(1), style: STYLES.caption }], width, align: 'left', hyphenate: false });
  const text = ind.target && `Objectif : ${[ind.target.text, ind.target.deadline].filter(Boolean).join(' ')}`;
  const target = text ? b.typeset(`indicateur-${ind.id}-objectif`, { runs: [{ text, style: { ...STYLES.caption, font: 'bold', color: COLORS.text } }], width: width - SAMPLE - 6, align: 'left', hyphenate: false }) : undefined;
  return { unit, target, height: linesHeight(unit.lines) + (target ? 2 + linesHeight(target.lines) : 0) };
}

const SAMPLE = 3 * DASH + 2 * DASH;

function dashes(b: LayoutBuilder, x: number, y: number, width: number, tag: { node: string }): void {
  for (let dx = 0; dx < width; dx += 2 * DASH) b.add({ kind: 'line', x1: x + dx, y1: y, x2: x + Math.min(width, dx + DASH), y2: y, color: COLORS.redMarianne, width: 1.25, tag });
}

/** A value's column: the chart's width shared, but no wider than this (one value makes a bar, not a wall). */
const MAX_SLOT = 96;
const slotWidth = (ind: IndicatorView, width: number) => Math.min(MAX_SLOT, width / ind.points.length);

function periods(b: LayoutBuilder, ind: IndicatorView, width: number) {
  return ind.points.map((p, i) =>
    b.typeset(`indicateur-${ind.id}-periode-${i}`, { runs: [{ text: p.label, style: STYLES.caption }], width: slotWidth(ind, width) - 4, align: 'center', hyphenate: false }),
  );
}

function periodsHeight(b: LayoutBuilder, ind: IndicatorView, width: number): number {
  return Math.max(...periods(b, ind, width).map((p) => linesHeight(p.lines)));
}

/** Draws the chart with its top-left at (x, top); returns its bottom. */
export function drawIndicatorChart(b: LayoutBuilder, parent: StructNode, ind: IndicatorView, x: number, top: number, width: number): number {
  const height = indicatorChartHeight(b, ind, width);
  const fig = b.node(parent, 'Figure', { alt: ind.alt, bbox: { x, y: top, w: width, h: height } });
  const tag = { node: fig.id };
  const head = legend(b, ind, width);
  const below = placeLines(b, head.unit.lines, x, top, fig);
  if (head.target) {
    dashes(b, x, below + 2 + linesHeight(head.target.lines) / 2, SAMPLE, tag);
    placeLines(b, head.target.lines, x + SAMPLE + 6, below + 2, fig);
  }
  const plotTop = top + head.height + 6 + LABEL_ROOM;
  const base = plotTop + PLOT;
  const slot = slotWidth(ind, width);
  const plotWidth = slot * ind.points.length;
  const rank = ind.mesure === 'rang';
  // A quantity from 0 up to its largest value or target; a rank from 1 (top) down to a little past the worst shown.
  const highest = Math.max(...ind.points.map((p) => p.value), ind.target?.value ?? 0);
  const max = rank ? highest + 2 : highest * 1.08;
  const yOf = (v: number) => (rank ? plotTop + ((v - 1) / (max - 1)) * PLOT : base - (v / max) * PLOT);

  b.add({ kind: 'line', x1: x, y1: base, x2: x + plotWidth, y2: base, color: COLORS.text, width: 0.75, tag });
  if (rank) {
    // The top of a ranking, for scale: the points' height means nothing without it.
    b.add({ kind: 'line', x1: x, y1: plotTop, x2: x + plotWidth, y2: plotTop, color: COLORS.rule, width: 0.75, tag });
    const first = b.typeset(`indicateur-${ind.id}-premier`, { runs: [{ text: '1er', style: STYLES.caption }], width: 30, align: 'left', hyphenate: false });
    placeLines(b, first.lines, x, plotTop - linesHeight(first.lines), fig);
  }
  // The target first, so the values' labels are drawn over its dashes.
  if (ind.target) dashes(b, x, yOf(ind.target.value), plotWidth, tag);
  const targetY = ind.target ? yOf(ind.target.value) : undefined;
  const value = (text: string, i: number, y: number, barBottom?: number) => {
    const set = b.typeset(`indicateur-${ind.id}-valeur-${i}`, { runs: [{ text, style: STYLES.chartLabel }], width: slot - 2, align: 'center', hyphenate: false });
    const h = linesHeight(set.lines);
    const w = Math.max(...set.lines.map((l) => l.width)) + 4;
    // A label across the target's dashes reads as the target: inside its bar, in white, when it fits there.
    const crossesTarget = targetY !== undefined && targetY > y - h - 3 && targetY < y;
    if (crossesTarget && barBottom !== undefined && w <= BAR && barBottom - y >= h + 4) {
      const white = set.lines.map((l) => ({ ...l, fragments: l.fragments.map((f) => ({ ...f, style: { ...f.style, color: COLORS.white } })) }));
      placeLines(b, white, x + slot * i + 1, y + 2, fig);
      return;
    }
    b.add({ kind: 'rect', x: x + slot * i + slot / 2 - w / 2, y: y - h - 2, w, h, fill: COLORS.white, tag });
    placeLines(b, set.lines, x + slot * i + 1, y - h - 2, fig);
  };
  let previous: { x: number; y: number } | undefined;
  ind.points.forEach((p, i) => {
    const cx = x + slot * i + slot / 2;
    const y = yOf(p.value);
    if (rank) {
      if (previous) b.add({ kind: 'line', x1: previous.x, y1: previous.y, x2: cx, y2: y, color: COLORS.blueFrance, width: 1.5, tag });
      b.add({ kind: 'rect', x: cx - DOT / 2, y: y - DOT / 2, w: DOT, h: DOT, radius: DOT / 2, fill: COLORS.blueFrance, tag });
      value(p.text, i, y - DOT / 2);
      previous = { x: cx, y };
    } else {
      b.add({ kind: 'rect', x: cx - BAR / 2, y, w: BAR, h: base - y, fill: COLORS.blueFrance, tag });
      value(p.text, i, y, base);
    }
  });
  periods(b, ind, width).forEach((set, i) => placeLines(b, set.lines, x + slot * i + 2, base + 4, fig));

  return top + height;
}
