// « Indicateurs de pilotage »: each indicator's name, its chart and its table side by side, kept on one page.
import type { Section } from '../../model/types.js';
import type { IndicatorView } from '../../model/indicateurs.js';
import type { LayoutBuilder } from '../builder.js';
import type { StructNode } from '../types.js';
import type { Flow } from '../flow.js';
import { CONTENT, gridSpan } from '../geometry.js';
import { STYLES } from '../styles.js';
import { placeLines, linesHeight } from '../text.js';
import { BODY } from '../families.js';
import { followingSection } from '../headings.js';
import { drawIndicatorChart, indicatorChartHeight } from './indicator-chart.js';
import { drawTable, measureTable, type TableSpec } from '../table.js';

/** Chart (7 columns) and table (5) side by side under the indicator's name. */
const CHART = gridSpan(0, 7);
const TABLE = gridSpan(7, 5);
const TABLE_STYLE: TableSpec['style'] = { caption: STYLES.caption, head: { ...STYLES.cardMeta, font: 'bold', color: STYLES.h3.color }, rowHead: STYLES.cardBold, cell: STYLES.card };

export function layoutIndicateurs(b: LayoutBuilder, parent: StructNode, s: Extract<Section, { kind: 'indicateurs' }>, previous: Flow | undefined, openPage: () => number): Flow {
  const { sect, flow } = followingSection(b, parent, s, previous, openPage);
  flow.prose('indicateurs-intro', s.intro, sect, BODY, { h2: STYLES.h2, h3: STYLES.h3 });
  for (const ind of s.indicateurs) {
    flow.space(22);
    layoutIndicator(b, sect, ind, flow);
  }
  return flow;
}

const NAME = { ...STYLES.h2, size: 14, lineHeight: 18 };

/** One indicator: its name (H2), then its chart and table, kept together on one page. */
function layoutIndicator(b: LayoutBuilder, parent: StructNode, ind: IndicatorView, flow: Flow): void {
  const block = b.node(parent, 'Sect', { title: ind.nom });
  const name = b.typeset(`indicateur-${ind.id}-nom`, { runs: [{ text: ind.nom, style: NAME }], width: CONTENT.width, align: 'left', hyphenate: false });
  const table = measureTable(b, `indicateur-${ind.id}-tableau`, { ...ind.table, widths: [0.42, 0.36, 0.22], style: TABLE_STYLE }, TABLE.width);
  const body = Math.max(indicatorChartHeight(b, ind, CHART.width), table.height);
  const height = linesHeight(name.lines) + 8 + body;
  flow.block(height, (excess) => ({
    severity: 'error',
    code: 'texte-trop-long',
    message: `l’indicateur « ${ind.id} » (${ind.points.length} valeurs) est plus haut qu’une page : dépassement de ${excess} pt`,
  }));
  const top = flow.y;
  b.anchor(`indicateur-${ind.id}`, top);
  const y = placeLines(b, name.lines, CONTENT.x, top, b.node(block, 'H2')) + 8;
  b.bookmark(2, ind.nom, `indicateur-${ind.id}`);
  drawIndicatorChart(b, block, ind, CHART.x, y, CHART.width);
  drawTable(b, block, table, TABLE.x, y);
  flow.placed(top + height);
}
