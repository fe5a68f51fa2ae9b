// The closing sections after the missions — governance, steering indicators, sources and colophon — flow one after
// the other: each opens a page unless the page before would be left under MIN_FILL.
import type { Section } from '../../model/types.js';
import type { LayoutBuilder } from '../builder.js';
import type { StructNode } from '../types.js';
import type { Flow } from '../flow.js';
import { STYLES } from '../styles.js';
import { heading, openSection } from '../headings.js';
import { BODY } from '../families.js';
import { MIN_FILL, pageFill } from '../fill.js';

/** Above a section that follows another on its page. */
const SECTION_GAP = 30;

/**
 * A section of the closing run: it follows `flow`'s page when that page is under MIN_FILL (a short governance
 * text and the indicators share one), else it opens a page.
 */
export function closingSection(b: LayoutBuilder, parent: StructNode, s: { id: string; titre: string }, flow: Flow | undefined, openPage: () => number): { sect: StructNode; flow: Flow } {
  if (!flow || pageFill(b.page) >= MIN_FILL) return openSection(b, parent, s, openPage);
  const sect = b.node(parent, 'Sect', { title: s.titre });
  flow.space(SECTION_GAP);
  heading(b, flow, sect, { id: s.id, text: s.titre, level: 1 });
  return { sect, flow };
}

export function layoutGouvernance(b: LayoutBuilder, parent: StructNode, s: Extract<Section, { kind: 'gouvernance' }>, openPage: () => number): Flow {
  const { sect, flow } = openSection(b, parent, s, openPage);
  flow.prose('gouvernance', s.prose, sect, BODY, { h2: STYLES.h2, h3: STYLES.h3 });
  return flow;
}

