// The back of the brochure: the numbered sources (the indicators' tables cite their numbers), the colophon, and the
// bloc-marque at the foot of the last page.
import type { Section } from '../../model/types.js';
import type { LayoutBuilder } from '../builder.js';
import type { StructNode } from '../types.js';
import type { StyledRun } from '../../typeset/types.js';
import type { Flow } from '../flow.js';
import { CONTENT, MM } from '../geometry.js';
import { COLORS, STYLES } from '../styles.js';
import { placeVector, BLOC_MARQUE } from '../vectors.js';
import { BODY } from '../families.js';
import { formatDateFr } from '../../model/dates.js';
import { followingSection } from '../headings.js';

const BLOC_WIDTH = 80;

/** The colophon's anchor, as the table of contents lists it. */
export const COLOPHON_ID = 'colophon';

export function layoutCloture(b: LayoutBuilder, parent: StructNode, s: Extract<Section, { kind: 'cloture' }>, previous: Flow | undefined, openPage: () => number): void {
  const { sect: sources, flow } = followingSection(b, parent, { id: s.id, titre: s.sourcesTitre }, previous, openPage);
  const items = s.sources.map((src): StyledRun[] => {
    const runs = [{ text: src.titre + (src.date ? `, ${formatDateFr(src.date)}` : ''), style: STYLES.body }];
    return src.url ? [...runs, { text: ' : ', style: STYLES.body }, { text: src.url, style: { ...STYLES.body, color: COLORS.blueFrance }, href: src.url, verbatim: true }] : runs;
  });
  // Numbered: the indicators' tables cite « n° 3 ». Titles and URLs ragged, never hyphenated (a URL breaks after `/` only).
  flow.list('source', items, sources, BODY, { ordered: true, align: 'left', hyphenate: false });

  const colophon = followingSection(b, parent, { id: COLOPHON_ID, titre: s.colophonTitre }, flow, openPage);
  colophon.flow.prose('colophon', s.colophon, colophon.sect, { ...BODY, regular: { ...STYLES.body, size: 9, lineHeight: 12.5 } }, { h2: STYLES.h2, h3: STYLES.h3 });

  // The bloc-marque closes the brochure at the foot of the last page.
  const blocHeight = BLOC_WIDTH * 0.75 + 10;
  colophon.flow.ensure(blocHeight + 20);
  placeVector(b, colophon.sect, BLOC_MARQUE, CONTENT.x, CONTENT.bottom - blocHeight + 4 * MM, BLOC_WIDTH, 'Bloc-marque de la République française');
}
