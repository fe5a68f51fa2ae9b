// What changed since the previous edition: the editorial introduction, then one titled list per kind of change.
// It follows the bilan on its page when that page is short, and the missions' introduction may follow it.
import type { Section } from '../../model/types.js';
import type { LayoutBuilder } from '../builder.js';
import type { StructNode } from '../types.js';
import { STYLES } from '../styles.js';
import { followingSection, heading } from '../headings.js';
import { styledRuns, type Flow } from '../flow.js';
import { BODY } from '../families.js';

export function layoutChangements(b: LayoutBuilder, parent: StructNode, s: Extract<Section, { kind: 'changements' }>, previous: Flow | undefined, openPage: () => number): Flow {
  const { sect, flow } = followingSection(b, parent, s, previous, openPage);
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
  return flow;
}
