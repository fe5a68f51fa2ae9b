// The edito: the web page's quotation set in Spectral, with its author.
import type { Section } from '../../model/types.js';
import type { LayoutBuilder } from '../builder.js';
import type { StructNode } from '../types.js';
import { CONTENT, gridSpan } from '../geometry.js';
import { COLORS, STYLES } from '../styles.js';
import { styledRuns } from '../flow.js';
import { openSection } from '../headings.js';
import { placeLines } from '../text.js';

const QUOTE = { regular: STYLES.quote, bold: STYLES.quoteBold, italic: STYLES.quote, boldItalic: STYLES.quoteBold };

export function layoutEdito(b: LayoutBuilder, parent: StructNode, s: Extract<Section, { kind: 'edito' }>, openPage: () => number): void {
  const col = gridSpan(1, 11);
  const { sect, flow } = openSection(b, parent, s, openPage, { column: col, after: 6 });
  // The opening guillemet is decoration: the quotation itself is tagged as BlockQuote. A text that stands in for the
  // signatory's (illustrative) is no quotation: no guillemet, plain paragraphs, and a note under the signature.
  if (s.citation) {
    const mark = b.typeset('edito-guillemet', { runs: [{ text: '«', style: STYLES.quoteMark }], width: 60, align: 'left', hyphenate: false });
    placeLines(b, mark.lines, CONTENT.x - 4, flow.y - 18, null);
    flow.placed(flow.y + 30);
  }
  const quote = s.citation ? b.node(sect, 'BlockQuote') : sect;
  s.paragraphs.forEach((p, i) => {
    if (i > 0) flow.space(STYLES.quote.lineHeight * 0.45);
    flow.paragraph(`edito-${i + 1}`, { runs: styledRuns(p, QUOTE), align: 'justify', hyphenate: true }, quote, 'P');
  });
  flow.space(16);
  flow.ensure(STYLES.author.lineHeight + STYLES.authorRole.lineHeight + 12);
  b.add({ kind: 'rect', x: col.x, y: flow.y, w: 32, h: 3, fill: COLORS.redMarianne, tag: { artifact: 'Layout' } });
  flow.placed(flow.y + 10);
  const signature = b.node(sect, 'P');
  const author = b.typeset('edito-auteur', { runs: [{ text: s.auteur, style: STYLES.author }], width: col.width, align: 'left', hyphenate: false });
  let y = placeLines(b, author.lines, col.x, flow.y, signature);
  const role = b.typeset('edito-fonction', { runs: [{ text: s.fonction, style: STYLES.authorRole }], width: col.width, align: 'left', hyphenate: false });
  y = placeLines(b, role.lines, col.x, y, signature);
  if (s.note) {
    const note = b.typeset('edito-note', { runs: [{ text: s.note, style: { ...STYLES.authorRole, font: 'italic' } }], width: col.width, align: 'left', hyphenate: false });
    y = placeLines(b, note.lines, col.x, y + 8, b.node(sect, 'P'));
  }
  flow.placed(y);
}
