// Section headings and openings: one place that sets the text, the anchor, the bookmark and the heading level.
import type { StructNode } from './types.js';
import type { LayoutBuilder } from './builder.js';
import type { TextStyle } from '../typeset/types.js';
import { Flow, MIN_LINES_AT_BREAK } from './flow.js';
import { CONTENT } from './geometry.js';
import { STYLES } from './styles.js';
import { MIN_FILL, fillAt, pageFill } from './fill.js';

export function heading(
  b: LayoutBuilder,
  flow: Flow,
  parent: StructNode,
  opts: { id: string; text: string; level: 1 | 2 | 3; style?: TextStyle; after?: number; keepWithNext?: number },
): StructNode {
  const style = opts.style ?? (opts.level === 1 ? STYLES.h1 : opts.level === 2 ? STYLES.h2 : STYLES.h3);
  const keep = opts.keepWithNext ?? STYLES.body.lineHeight * MIN_LINES_AT_BREAK;
  flow.ensure(style.lineHeight + keep);
  b.anchor(opts.id, flow.y);
  const node = flow.paragraph(`${opts.id}-titre`, { runs: [{ text: opts.text, style }], align: 'left', hyphenate: false }, parent, `H${opts.level}`, {
    keepWithNext: keep,
  });
  flow.y += opts.after ?? style.lineHeight * 0.5;
  b.bookmark(opts.level, opts.text, opts.id);
  return node;
}

/**
 * Opens a section that starts a page: its Sect node, a flow over the text block (or `column`), and its H1
 * with anchor and bookmark — how every flowing section of the brochure begins.
 */
export function openSection(
  b: LayoutBuilder,
  parent: StructNode,
  s: { id: string; titre: string },
  openPage: () => number,
  opts: { column?: { x: number; width: number }; after?: number } = {},
): { sect: StructNode; flow: Flow } {
  const sect = b.node(parent, 'Sect', { title: s.titre });
  const col = opts.column ?? { x: CONTENT.x, width: CONTENT.width };
  const flow = new Flow(b, { x: col.x, width: col.width, bottom: CONTENT.bottom }, openPage(), openPage);
  heading(b, flow, sect, { id: s.id, text: s.titre, level: 1, ...(opts.after !== undefined ? { after: opts.after } : {}) });
  return { sect, flow };
}

/** Above a section that follows another on its page. */
const SECTION_GAP = 30;

/**
 * A section that opens a page unless the page before would be left under MIN_FILL: then it follows `previous`'s
 * content on that page (a short bilan and the missions' introduction, a short governance text and the indicators).
 */
export function followingSection(b: LayoutBuilder, parent: StructNode, s: { id: string; titre: string }, previous: Flow | undefined, openPage: () => number): { sect: StructNode; flow: Flow } {
  if (!previous || pageFill(b.page) >= MIN_FILL) return openSection(b, parent, s, openPage);
  const sect = b.node(parent, 'Sect', { title: s.titre });
  previous.space(SECTION_GAP);
  heading(b, previous, sect, { id: s.id, text: s.titre, level: 1 });
  return { sect, flow: previous };
}

/**
 * A section measured beforehand (`height`, its title included) that would leave a page of its own under MIN_FILL:
 * it goes below `previous` on its page when it fits there whole (a short édito under the contents), else it opens a
 * page. Unlike `followingSection`, it is never split from its page's first section.
 */
export function sectionBelow(
  b: LayoutBuilder,
  parent: StructNode,
  s: { id: string; titre: string },
  previous: Flow | undefined,
  height: number,
  openPage: () => number,
  opts: { column?: { x: number; width: number }; after?: number } = {},
): { sect: StructNode; flow: Flow } {
  const top = previous ? previous.y + SECTION_GAP : 0;
  if (!previous || fillAt(CONTENT.y + height) >= MIN_FILL || top + height > CONTENT.bottom) return openSection(b, parent, s, openPage, opts);
  const sect = b.node(parent, 'Sect', { title: s.titre });
  const col = opts.column ?? { x: CONTENT.x, width: CONTENT.width };
  const flow = new Flow(b, { x: col.x, width: col.width, bottom: CONTENT.bottom }, top, openPage);
  heading(b, flow, sect, { id: s.id, text: s.titre, level: 1, ...(opts.after !== undefined ? { after: opts.after } : {}) });
  return { sect, flow };
}
