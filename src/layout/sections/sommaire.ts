// The table of contents: one linked entry per section and per mission, page numbers from the previous pass.
import type { Section } from '../../model/types.js';
import type { LayoutBuilder } from '../builder.js';
import type { StructNode } from '../types.js';
import type { TextStyle } from '../../typeset/types.js';
import { applyFrenchSpacing } from '../../typeset/index.js';
import { CONTENT } from '../geometry.js';
import { COLORS, STYLES } from '../styles.js';
import { placeLines } from '../text.js';
import { openSection } from '../headings.js';
import type { Flow } from '../flow.js';
import { COLOPHON_ID } from './cloture.js';

interface Entry {
  id: string;
  title: string;
  level: 1 | 2;
}

export function tocEntries(sections: readonly Section[]): Entry[] {
  return sections.flatMap((s): Entry[] => {
    switch (s.kind) {
      case 'cover':
      case 'sommaire':
        return [];
      case 'mission':
        return [{ id: s.id, title: `${s.code} — ${s.nom}`, level: 2 }];
      case 'cloture':
        return [
          { id: s.id, title: s.sourcesTitre, level: 1 },
          { id: COLOPHON_ID, title: s.colophonTitre, level: 1 },
        ];
      default:
        return [{ id: s.id, title: s.titre, level: 1 }];
    }
  });
}

/** Returns its flow: a short édito may follow it on its page (`sectionBelow`). */
export function layoutSommaire(b: LayoutBuilder, parent: StructNode, s: Extract<Section, { kind: 'sommaire' }>, all: readonly Section[], openPage: () => number): Flow {
  const { sect, flow } = openSection(b, parent, s, openPage, { after: 18 });
  const toc = b.node(sect, 'TOC');
  const numberWidth = 30;
  for (const e of tocEntries(all)) {
    const style: TextStyle = e.level === 1 ? STYLES.tocH1 : STYLES.tocH2;
    const indent = e.level === 1 ? 0 : 18;
    const page = b.pageOf(e.id);
    const item = b.node(toc, 'TOCI');
    const link = b.node(item, 'Link');
    const top = (flow.y += e.level === 1 ? 10 : 2);
    const title = b.typeset(`sommaire-${e.id}`, { runs: [{ text: e.title, style }], width: CONTENT.width - indent - numberWidth - 12, align: 'left', hyphenate: false });
    const num = b.typeset(`sommaire-${e.id}-page`, { runs: [{ text: page ? String(page) : '00', style: { ...style, font: 'bold', color: COLORS.blueFrance } }], width: numberWidth, align: 'right', hyphenate: false });
    let bottom = placeLines(b, title.lines, CONTENT.x + indent, top, link);
    placeLines(b, num.lines.slice(0, 1), CONTENT.x + CONTENT.width - numberWidth, bottom - title.lines[title.lines.length - 1].lineHeight, link);
    b.add({
      kind: 'link',
      x: CONTENT.x + indent,
      y: top,
      w: CONTENT.width - indent,
      h: bottom - top,
      target: { dest: e.id },
      contents: applyFrenchSpacing(`Aller à « ${e.title} », page ${page ?? ''}`.trim()),
      node: link.id,
    });
    if (e.level === 1) b.add({ kind: 'line', x1: CONTENT.x, y1: bottom + 3, x2: CONTENT.x + CONTENT.width, y2: bottom + 3, color: COLORS.rule, width: 0.75, tag: { artifact: 'Layout' } });
    flow.placed(bottom + 4);
  }
  return flow;
}
