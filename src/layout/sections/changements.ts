// What changed since the previous edition: the editorial introduction, then one titled list per kind of change.
import type { Section } from '../../model/types.js';
import type { LayoutBuilder } from '../builder.js';
import type { StructNode } from '../types.js';
import { STYLES } from '../styles.js';
import { heading, openSection } from '../headings.js';
import { styledRuns } from '../flow.js';
import { BODY } from '../families.js';

export function layoutChangements(b: LayoutBuilder, parent: StructNode, s: Extract<Section, { kind: 'changements' }>, openPage: () => number): void {
  const { sect, flow } = openSection(b, parent, s, openPage);
  flow.prose('changements', s.intro, sect, BODY, { h2: STYLES.h2, h3: STYLES.h3 });
  for (const g of s.groupes) {
    flow.space(14);
    const part = b.node(sect, 'Sect', { title: g.titre });
    heading(b, flow, part, { id: g.id, text: g.titre, level: 2 });
    // Titles and mission codes, ragged: a list to scan, not prose to justify.
    flow.list(g.id, g.items.map((item) => styledRuns(item, BODY)), part, BODY, { align: 'left', hyphenate: true });
  }
  if (s.aucun.length) {
    flow.space(14);
    s.aucun.forEach((p, i) => flow.paragraph(`changements-aucun-${i}`, { runs: styledRuns(p, BODY), align: 'left', hyphenate: true }, sect, 'P'));
  }
}
