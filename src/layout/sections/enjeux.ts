// The six enjeux: an introduction, then one tinted block each (pictogram, name, text) on a two-column grid.
import type { Section } from '../../model/types.js';
import type { LayoutBuilder } from '../builder.js';
import type { StructNode } from '../types.js';
import type { Flow } from '../flow.js';
import { GRID, gridSpan } from '../geometry.js';
import { COLORS, STYLES } from '../styles.js';
import { followingSection } from '../headings.js';
import { placeLines, linesHeight } from '../text.js';
import { placePictogram } from '../vectors.js';
import { BODY } from '../families.js';

const PAD = 12;
const PICTO = 36;

export function layoutEnjeux(b: LayoutBuilder, parent: StructNode, s: Extract<Section, { kind: 'enjeux' }>, previous: Flow | undefined, openPage: () => number): Flow {
  const { sect, flow } = followingSection(b, parent, s, previous, openPage);
  // Body size, not the lead's: the introduction and the six blocks must share one page.
  flow.prose('enjeux-intro', s.intro, sect, BODY, { h2: STYLES.h2, h3: STYLES.h3 });
  flow.space(16);

  const cols = [gridSpan(0, 6), gridSpan(6, 6)];
  for (let i = 0; i < s.enjeux.length; i += 2) {
    const row = s.enjeux.slice(i, i + 2).map((e, j) => {
      const inner = cols[j].width - 2 * PAD;
      const name = b.typeset(`enjeu-${e.cle}-nom`, { runs: [{ text: e.nom, style: STYLES.h2 }], width: inner - PICTO - 10, align: 'left', hyphenate: false });
      const text = b.typeset(`enjeu-${e.cle}`, { runs: [{ text: e.resume, style: STYLES.body }], width: inner, align: 'justify', hyphenate: true });
      return { e, j, name, text, height: PAD + PICTO + 8 + linesHeight(text.lines) + PAD };
    });
    const { top, height: h } = flow.row(row, (tallest, excess) => ({
      severity: 'error',
      code: 'texte-trop-long',
      pos: tallest.e.pos,
      message: `le bloc de l’enjeu « ${tallest.e.cle} » est plus haut qu’une page : dépassement de ${excess} pt (raccourcissez son texte)`,
    }));
    for (const r of row) {
      const x = cols[r.j].x;
      const block = b.node(sect, 'Div');
      b.add({ kind: 'rect', x, y: top, w: cols[r.j].width, h, fill: COLORS.blue975, tag: { artifact: 'Background' } });
      placePictogram(b, null, r.e.pictogramme, x + PAD, top + PAD, PICTO);
      b.anchor(`enjeu-${r.e.cle}`, top);
      const nameTop = top + PAD + (PICTO - linesHeight(r.name.lines)) / 2;
      placeLines(b, r.name.lines, x + PAD + PICTO + 10, nameTop, b.node(block, 'H2'));
      b.bookmark(2, r.e.nom, `enjeu-${r.e.cle}`);
      placeLines(b, r.text.lines, x + PAD, top + PAD + PICTO + 8, b.node(block, 'P'));
    }
    flow.placed(top + h + GRID.gutter);
  }
  return flow;
}
