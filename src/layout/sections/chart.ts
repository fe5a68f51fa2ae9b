// A horizontal stacked bar chart of project status by mission, drawn from the counts; one Figure with an alt text.
import type { StatusChart } from '../../model/types.js';
import type { LayoutBuilder } from '../builder.js';
import type { StructNode } from '../types.js';
import type { Statut } from '../../load/types.js';
import { STATUTS } from '../../load/types.js';
import { COLORS, STATUT_COLORS, STYLES } from '../styles.js';
import { placeLines, linesHeight } from '../text.js';

const ROW = 20;
const BAR = 13;
const LABEL_WIDTH = 72;
const LEGEND = 26;

export function chartHeight(chart: StatusChart): number {
  return LEGEND + chart.rows.length * ROW + 10 + 30;
}

/** Returns the y below the chart and its caption. */
export function layoutStatusChart(b: LayoutBuilder, parent: StructNode, chart: StatusChart, x: number, top: number, width: number): number {
  const fig = b.node(parent, 'Figure', { alt: chart.alt });
  const tag = { node: fig.id };
  // Legend first: the statut words go with their colours, so colour never carries the meaning alone.
  let lx = x + LABEL_WIDTH;
  for (const { statut: s, label: text } of chart.legend) {
    b.add({ kind: 'rect', x: lx, y: top + 2, w: 10, h: 10, fill: STATUT_COLORS[s].fg, tag });
    const label = b.typeset(`graphique-legende-${s}`, { runs: [{ text, style: STYLES.caption }], width: 100, align: 'left', hyphenate: false });
    placeLines(b, label.lines, lx + 14, top, fig);
    lx += 14 + label.lines[0].width + 18;
  }
  const max = Math.max(1, ...chart.rows.map((r) => r.total));
  const barWidth = width - LABEL_WIDTH - 30;
  let y = top + LEGEND;
  for (const r of chart.rows) {
    const code = b.typeset(`graphique-${r.code}`, { runs: [{ text: r.code, style: STYLES.chartLabel }], width: LABEL_WIDTH - 8, align: 'left', hyphenate: false });
    placeLines(b, code.lines, x, y + (BAR - linesHeight(code.lines)) / 2 + 1, fig);
    let bx = x + LABEL_WIDTH;
    // A bar of one status is labelled by its total alone: the same number inside it would be said twice.
    const segments = (STATUTS as readonly Statut[]).filter((s) => r.parStatut[s]).length;
    for (const s of STATUTS as readonly Statut[]) {
      const n = r.parStatut[s];
      if (!n) continue;
      const w = (n / max) * barWidth;
      b.add({ kind: 'rect', x: bx, y, w: w - 1, h: BAR, fill: STATUT_COLORS[s].fg, tag });
      if (segments > 1) {
        const v = b.typeset(`graphique-valeur-${n}`, { runs: [{ text: String(n), style: STYLES.chartValue }], width: w, align: 'center', hyphenate: false });
        placeLines(b, v.lines, bx, y + (BAR - linesHeight(v.lines)) / 2 + 0.5, fig);
      }
      bx += w;
    }
    const total = b.typeset(`graphique-total-${r.total}`, { runs: [{ text: String(r.total), style: { ...STYLES.chartLabel, color: COLORS.blueFrance } }], width: 28, align: 'left', hyphenate: false });
    placeLines(b, total.lines, bx + 6, y + (BAR - linesHeight(total.lines)) / 2 + 1, fig);
    y += ROW;
  }
  b.add({ kind: 'line', x1: x + LABEL_WIDTH, y1: top + LEGEND - 4, x2: x + LABEL_WIDTH, y2: y - ROW + BAR + 4, color: COLORS.text, width: 0.75, tag });
  const caption = b.typeset('graphique-legende', { runs: [{ text: chart.caption, style: STYLES.caption }], width, align: 'left', hyphenate: false });
  const bottom = placeLines(b, caption.lines, x, y + 8, b.node(fig, 'Caption'));
  fig.bbox = { x, y: top, w: width, h: bottom - top };
  return bottom;
}
