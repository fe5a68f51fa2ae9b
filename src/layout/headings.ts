// Section headings: one place that sets the text, the anchor, the bookmark and the heading level.
import type { StructNode } from './types.js';
import type { LayoutBuilder } from './builder.js';
import type { Flow } from './flow.js';
import type { TextStyle } from '../typeset/types.js';
import { MIN_LINES_AT_BREAK } from './flow.js';
import { STYLES } from './styles.js';

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
