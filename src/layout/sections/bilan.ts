// The mid-term review: key figures large, the editorial text, and the chart of project status by mission.
import type { Section } from '../../model/types.js';
import type { LayoutBuilder } from '../builder.js';
import type { StructNode } from '../types.js';
import type { Flow } from '../flow.js';
import { CONTENT, GRID, gridSpan } from '../geometry.js';
import { COLORS, STYLES } from '../styles.js';
import { followingSection } from '../headings.js';
import { placeLines, linesHeight } from '../text.js';
import { BODY } from '../families.js';
import { chartHeight, layoutStatusChart } from './chart.js';

export function layoutBilan(b: LayoutBuilder, parent: StructNode, s: Extract<Section, { kind: 'bilan' }>, previous: Flow | undefined, openPage: () => number): Flow {
  const { sect, flow } = followingSection(b, parent, s, previous, openPage);

  // Key figures: three cells on the grid, each a paragraph "38 / projets dans la feuille de route".
  const span = GRID.columns / s.chiffres.length;
  const cells = s.chiffres.map((f, i) => {
    const col = gridSpan(i * span, span);
    const value = b.typeset(`bilan-chiffre-${i}`, { runs: [{ text: String(f.value), style: STYLES.figure }], width: col.width - 24, align: 'left', hyphenate: false });
    const label = b.typeset(`bilan-chiffre-${i}-libelle`, { runs: [{ text: f.label, style: STYLES.figureLabel }], width: col.width - 24, align: 'left', hyphenate: false });
    return { col, value, label, h: 14 + linesHeight(value.lines) + 4 + linesHeight(label.lines) + 14 };
  });
  const h = Math.max(...cells.map((c) => c.h));
  flow.block(h, (excess) => ({
    severity: 'error',
    code: 'texte-trop-long',
    message: `les chiffres clés du bilan sont plus hauts qu’une page : dépassement de ${excess} pt`,
  }));
  const top = flow.y;
  const figures = b.node(sect, 'L');
  for (const c of cells) {
    b.add({ kind: 'rect', x: c.col.x, y: top, w: c.col.width, h, fill: COLORS.blue975, tag: { artifact: 'Background' } });
    b.add({ kind: 'rect', x: c.col.x, y: top, w: 4, h, fill: COLORS.blueFrance, tag: { artifact: 'Layout' } });
    const li = b.node(figures, 'LI');
    const y = placeLines(b, c.value.lines, c.col.x + 14, top + 14, b.node(li, 'Lbl'));
    placeLines(b, c.label.lines, c.col.x + 14, y + 4, b.node(li, 'LBody'));
  }
  flow.placed(top + h + 18);

  flow.prose('bilan', s.intro, sect, BODY, { h2: STYLES.h2, h3: STYLES.h3 });
  flow.space(18);
  flow.block(chartHeight(s.chart), (excess) => ({
    severity: 'error',
    code: 'texte-trop-long',
    message: `le graphique du bilan (${s.chart.rows.length} missions) est plus haut qu’une page : dépassement de ${excess} pt`,
  }));
  flow.placed(layoutStatusChart(b, sect, s.chart, CONTENT.x, flow.y, CONTENT.width));
  return flow;
}
