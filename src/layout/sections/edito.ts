// The edito: the web page's quotation set in Spectral, with its author. A short one (an illustrative stand-in) shares
// the contents' page when it fits there whole, rather than leave a page mostly empty.
import type { Section } from '../../model/types.js';
import type { LayoutBuilder } from '../builder.js';
import type { StructNode } from '../types.js';
import type { ParagraphSpec } from '../../typeset/types.js';
import { CONTENT, gridSpan } from '../geometry.js';
import { COLORS, STYLES } from '../styles.js';
import { styledRuns, type Flow } from '../flow.js';
import { sectionBelow } from '../headings.js';
import { linesHeight, placeLines } from '../text.js';

const QUOTE = { regular: STYLES.quote, bold: STYLES.quoteBold, italic: STYLES.quote, boldItalic: STYLES.quoteBold };
/** Below the title; the opening guillemet's room; between paragraphs; above the signature's rule; the rule's room; above the note. */
const AFTER_TITLE = 6;
const GUILLEMET = 30;
const PARAGRAPH_GAP = STYLES.quote.lineHeight * 0.45;
const BEFORE_SIGNATURE = 16;
const RULE = 10;
const BEFORE_NOTE = 8;

type Edito = Extract<Section, { kind: 'edito' }>;

/** The édito's texts as set, one spec each: what is measured is what is placed. */
function editoSpecs(s: Edito, width: number) {
  const line = (text: string, style: ParagraphSpec['runs'][number]['style']): ParagraphSpec => ({ runs: [{ text, style }], width, align: 'left', hyphenate: false });
  return {
    // Keys in the order the flow writes them (`{ ...spec, width }`): the same cache entry as when they are placed.
    title: { runs: [{ text: s.titre, style: STYLES.h1 }], align: 'left', hyphenate: false, width } as ParagraphSpec,
    paragraphs: s.paragraphs.map((p): ParagraphSpec => ({ runs: styledRuns(p, QUOTE), align: 'justify', hyphenate: true, width })),
    author: line(s.auteur, STYLES.author),
    role: line(s.fonction, STYLES.authorRole),
    note: s.note ? line(s.note, { ...STYLES.authorRole, font: 'italic' }) : undefined,
  };
}

/** The édito's whole height, its title included, as `layoutEdito` places it on one page. */
function editoHeight(b: LayoutBuilder, specs: ReturnType<typeof editoSpecs>, citation: boolean): number {
  const h = (spec: ParagraphSpec) => linesHeight(b.measure(spec).lines);
  return (
    h(specs.title) +
    AFTER_TITLE +
    (citation ? GUILLEMET : 0) +
    specs.paragraphs.reduce((sum, p, i) => sum + (i > 0 ? PARAGRAPH_GAP : 0) + h(p), 0) +
    BEFORE_SIGNATURE +
    RULE +
    h(specs.author) +
    h(specs.role) +
    (specs.note ? BEFORE_NOTE + h(specs.note) : 0)
  );
}

/** Returns its flow: the enjeux follow a short édito that could not share the contents' page. */
export function layoutEdito(b: LayoutBuilder, parent: StructNode, s: Edito, contents: Flow | undefined, openPage: () => number): Flow {
  const col = gridSpan(1, 11);
  const specs = editoSpecs(s, col.width);
  const { sect, flow } = sectionBelow(b, parent, s, contents, editoHeight(b, specs, s.citation), openPage, { column: col, after: AFTER_TITLE });
  // The opening guillemet is decoration: the quotation itself is tagged as BlockQuote. A text that stands in for the
  // signatory's (illustrative) is no quotation: no guillemet, plain paragraphs, and a note under the signature.
  if (s.citation) {
    const mark = b.typeset('edito-guillemet', { runs: [{ text: '«', style: STYLES.quoteMark }], width: 60, align: 'left', hyphenate: false });
    placeLines(b, mark.lines, CONTENT.x - 4, flow.y - 18, null);
    flow.placed(flow.y + GUILLEMET);
  }
  const quote = s.citation ? b.node(sect, 'BlockQuote') : sect;
  specs.paragraphs.forEach(({ width: _, ...spec }, i) => {
    if (i > 0) flow.space(PARAGRAPH_GAP);
    flow.paragraph(`edito-${i + 1}`, spec, quote, 'P');
  });
  flow.space(BEFORE_SIGNATURE);
  flow.ensure(STYLES.author.lineHeight + STYLES.authorRole.lineHeight + RULE + 2);
  b.add({ kind: 'rect', x: col.x, y: flow.y, w: 32, h: 3, fill: COLORS.redMarianne, tag: { artifact: 'Layout' } });
  flow.placed(flow.y + RULE);
  const signature = b.node(sect, 'P');
  let y = placeLines(b, b.typeset('edito-auteur', specs.author).lines, col.x, flow.y, signature);
  y = placeLines(b, b.typeset('edito-fonction', specs.role).lines, col.x, y, signature);
  if (specs.note) y = placeLines(b, b.typeset('edito-note', specs.note).lines, col.x, y + BEFORE_NOTE, b.node(sect, 'P'));
  flow.placed(y);
  return flow;
}
