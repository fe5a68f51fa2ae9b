// « Gouvernance et méthode »: the first of the closing sections (governance, indicators, sources, colophon), which
// follow one another (`followingSection`).
import type { Section } from '../../model/types.js';
import type { LayoutBuilder } from '../builder.js';
import type { StructNode } from '../types.js';
import type { Flow } from '../flow.js';
import { STYLES } from '../styles.js';
import { openSection } from '../headings.js';
import { BODY } from '../families.js';

export function layoutGouvernance(b: LayoutBuilder, parent: StructNode, s: Extract<Section, { kind: 'gouvernance' }>, openPage: () => number): Flow {
  const { sect, flow } = openSection(b, parent, s, openPage);
  flow.prose('gouvernance', s.prose, sect, BODY, { h2: STYLES.h2, h3: STYLES.h3 });
  return flow;
}

