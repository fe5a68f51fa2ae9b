// The closing pages: governance and method, sources, colophon, and the bloc-marque as the back of the brochure.
import type { Section } from '../../model/types.js';
import type { LayoutBuilder } from '../builder.js';
import type { StructNode } from '../types.js';
import type { StyledRun } from '../../typeset/types.js';
import { CONTENT, MM } from '../geometry.js';
import { COLORS, STYLES } from '../styles.js';
import { heading, openSection } from '../headings.js';
import { placeVector, BLOC_MARQUE } from '../vectors.js';
import { BODY } from '../families.js';
import { formatDateFr } from '../../model/dates.js';

const BLOC_WIDTH = 80;

/** The closing section's two sub-sections, as the table of contents lists them. */
export const CLOTURE_PARTS = { sources: { id: 'sources', title: 'Sources' }, colophon: { id: 'colophon' } } as const;

export function layoutCloture(b: LayoutBuilder, parent: StructNode, s: Extract<Section, { kind: 'cloture' }>, openPage: () => number): void {
  const { sect, flow } = openSection(b, parent, s, openPage);
  flow.prose('gouvernance', s.gouvernance, sect, BODY, { h2: STYLES.h2, h3: STYLES.h3 });

  flow.space(22);
  const { sources: S, colophon: C } = CLOTURE_PARTS;
  const sources = b.node(sect, 'Sect', { title: S.title });
  heading(b, flow, sources, { id: S.id, text: S.title, level: 2 });
  const items = s.sources.map((src): StyledRun[] => {
    const runs = [{ text: src.titre + (src.date ? `, ${formatDateFr(src.date)}` : ''), style: STYLES.body }];
    return src.url ? [...runs, { text: ' : ', style: STYLES.body }, { text: src.url, style: { ...STYLES.body, color: COLORS.blueFrance }, href: src.url, verbatim: true }] : runs;
  });
  // Titles and URLs: ragged, never hyphenated (a URL breaks after `/` only).
  flow.list('source', items, sources, BODY, { align: 'left', hyphenate: false });

  flow.space(22);
  const colophon = b.node(sect, 'Sect', { title: s.colophonTitre });
  heading(b, flow, colophon, { id: C.id, text: s.colophonTitre, level: 2 });
  flow.prose('colophon', s.colophon, colophon, { ...BODY, regular: { ...STYLES.body, size: 9, lineHeight: 12.5 } }, { h2: STYLES.h2, h3: STYLES.h3 });

  // The bloc-marque closes the brochure at the foot of the last page.
  const blocHeight = (BLOC_WIDTH * 0.75) + 10;
  flow.ensure(blocHeight + 20);
  placeVector(b, colophon, BLOC_MARQUE, CONTENT.x, CONTENT.bottom - blocHeight + 4 * MM, BLOC_WIDTH, 'Bloc-marque de la République française');
}
