// Vertical flow inside a column, page after page: keeps headings with what follows, avoids widows and orphans.
import type { InlineRun } from '../load/types.js';
import type { Align, ParagraphSpec, StyledRun, TextStyle } from '../typeset/types.js';
import type { ProseBlock } from '../model/types.js';
import type { StructNode, StructRole } from './types.js';
import type { LayoutBuilder } from './builder.js';
import { placeLines } from './text.js';
import { CONTENT } from './geometry.js';
import type { Diagnostic } from '../diagnostics.js';

/** Lines a paragraph must keep together at a page's foot and head (no orphan, no widow). */
export const MIN_LINES_AT_BREAK = 2;
/** Where a list item's text starts, right of its label. */
const LIST_INDENT = 14;
/** Between a list label and its text, at least. */
const LABEL_GAP = 4;

export interface StyleFamily {
  regular: TextStyle;
  bold: TextStyle;
  italic: TextStyle;
  boldItalic: TextStyle;
}

export function styledRuns(runs: readonly InlineRun[], family: StyleFamily): StyledRun[] {
  return runs.map((r) => ({
    text: r.text,
    style: r.bold && r.italic ? family.boldItalic : r.bold ? family.bold : r.italic ? family.italic : family.regular,
    ...(r.href ? { href: r.href } : {}),
    ...(r.lang ? { lang: r.lang } : {}),
    ...(r.code ? { verbatim: true } : {}),
  }));
}

export interface Column {
  x: number;
  width: number;
  /** Bottom limit of the text block, y. */
  bottom: number;
}

export class Flow {
  y: number;
  private atTop = true;

  constructor(
    private readonly b: LayoutBuilder,
    readonly column: Column,
    top: number,
    /** Opens a new page and returns the top of its text block. */
    private readonly openPage: () => number,
  ) {
    this.y = top;
  }

  newPage(): void {
    this.y = this.openPage();
    this.atTop = true;
  }

  /** Vertical space, dropped at the top of a page. */
  space(h: number): void {
    if (!this.atTop) this.y += h;
  }

  /** Makes sure `h` points fit below the cursor, else turns the page. Returns true if it turned. */
  ensure(h: number): boolean {
    if (this.y + h > this.column.bottom + 0.01 && !this.atTop) {
      this.newPage();
      return true;
    }
    return false;
  }

  /**
   * Room for an unsplittable block (a row of cards, a figure): turns the page if needed. A block taller than a
   * whole page would be drawn off it, so it is reported through `tooTall(excess in pt)` instead of clipped.
   */
  block(h: number, tooTall: (excess: number) => Diagnostic): void {
    const room = this.column.bottom - CONTENT.y;
    if (h > room + 0.01) this.b.diagnostics.push(tooTall(Math.ceil(h - room)));
    this.ensure(h);
  }

  /**
   * A row of side-by-side blocks drawn at the height of the tallest (grid cards): room for it as one block, the
   * tallest item answering for a row taller than a page. Returns the row's top and height; the caller draws it, then
   * calls `placed`.
   */
  row<T extends { height: number }>(items: readonly T[], tooTall: (tallest: T, excess: number) => Diagnostic): { top: number; height: number } {
    const height = Math.max(...items.map((r) => r.height));
    const tallest = items.find((r) => r.height === height)!;
    this.block(height, (excess) => tooTall(tallest, excess));
    return { top: this.y, height };
  }

  /** Marks that something was placed (spaces are no longer dropped). */
  placed(bottom: number): void {
    this.y = bottom;
    this.atTop = false;
  }

  /**
   * Sets a paragraph in the column, splitting it across pages with at least MIN_LINES_AT_BREAK lines on each side.
   * `keepWithNext` reserves room for what must follow on the same page (a heading's first lines).
   */
  paragraph(
    id: string,
    spec: Omit<ParagraphSpec, 'width'>,
    parent: StructNode,
    role: StructRole,
    opts: { keepWithNext?: number; indent?: number } = {},
  ): StructNode {
    const indent = opts.indent ?? 0;
    const record = this.b.typesetRecord(id, { ...spec, width: this.column.width - indent });
    const node = this.b.node(parent, role);
    const lines = record.set.lines;
    const pieces: number[] = (record.pieces = []);
    if (lines.length === 0) return node;
    const unsplittable = role.startsWith('H') || lines.length < 2 * MIN_LINES_AT_BREAK;
    let i = 0;
    while (i < lines.length) {
      const rest = lines.slice(i);
      const restHeight = rest.reduce((h, l) => h + l.lineHeight, 0);
      const need = restHeight + (opts.keepWithNext ?? 0);
      if (this.y + need <= this.column.bottom + 0.01 || (this.atTop && unsplittable)) {
        this.placed(placeLines(this.b, rest, this.column.x + indent, this.y, node));
        pieces.push(rest.length);
        break;
      }
      let fit = 0;
      for (let h = 0; fit < rest.length && this.y + h + rest[fit].lineHeight <= this.column.bottom + 0.01; fit++) {
        h += rest[fit].lineHeight;
      }
      let take = unsplittable ? 0 : Math.min(fit, rest.length - MIN_LINES_AT_BREAK);
      if (take < MIN_LINES_AT_BREAK) take = 0;
      if (take === 0 && this.atTop) take = Math.max(1, fit); // a block taller than a page: split where it must
      if (take > 0) {
        placeLines(this.b, rest.slice(0, take), this.column.x + indent, this.y, node);
        pieces.push(take);
        i += take;
      }
      this.newPage();
    }
    return node;
  }

  /** Editorial prose (paragraphs, sub-headings, lists) into `parent`. */
  prose(idPrefix: string, blocks: readonly ProseBlock[], parent: StructNode, family: StyleFamily, headings: { h2: TextStyle; h3: TextStyle }): void {
    blocks.forEach((block, i) => {
      const id = `${idPrefix}-${i + 1}`;
      if (block.kind === 'paragraph') {
        this.space(i === 0 ? 0 : family.regular.lineHeight * 0.5);
        this.paragraph(id, { runs: styledRuns(block.runs, family), align: 'justify', hyphenate: true }, parent, 'P');
      } else if (block.kind === 'heading') {
        const style = block.level === 2 ? headings.h2 : headings.h3;
        this.space(style.lineHeight * 0.8);
        const runs = block.runs.map((r) => ({ text: r.text, style }));
        this.ensure(style.lineHeight + family.regular.lineHeight * MIN_LINES_AT_BREAK);
        this.b.anchor(id, this.y);
        this.b.bookmark(block.level, runs.map((r) => r.text).join(''), id);
        this.paragraph(id, { runs, align: 'left', hyphenate: false }, parent, block.level === 2 ? 'H2' : 'H3', {
          keepWithNext: family.regular.lineHeight * MIN_LINES_AT_BREAK + style.lineHeight * 0.3,
        });
        this.y += style.lineHeight * 0.3;
      } else {
        this.space(family.regular.lineHeight * 0.5);
        this.list(id, block.items.map((item) => styledRuns(item, family)), parent, family, { ordered: block.ordered });
      }
    });
  }

  /** A bulleted (or numbered) list, each item's runs already styled: a label in the margin, the text indented. */
  list(idPrefix: string, items: readonly StyledRun[][], parent: StructNode, family: StyleFamily, opts: { ordered?: boolean; align?: Align; hyphenate?: boolean } = {}): void {
    const list = this.b.node(parent, 'L');
    const labels = items.map((_, j) => (opts.ordered ? `${j + 1}.` : '•'));
    const labelSpec = (text: string, width: number): ParagraphSpec => ({ runs: [{ text, style: family.bold }], width, align: 'left', hyphenate: false });
    // From « 10. » on, a number is wider than the usual indent: the whole list's text moves right to clear the widest.
    const widest = Math.max(...labels.map((l) => this.b.measure(labelSpec(l, 100)).lines[0]?.width ?? 0));
    const indent = Math.max(LIST_INDENT, Math.ceil(widest + LABEL_GAP));
    items.forEach((runs, j) => {
      const li = this.b.node(list, 'LI');
      const spec = { runs, align: opts.align ?? 'justify', hyphenate: opts.hyphenate ?? true } as const;
      // The label goes where the item's text starts: room for the whole item when it cannot split (as `paragraph`
      // judges it), else for the lines a page's foot must keep.
      const lines = this.b.measure({ ...spec, width: this.column.width - indent }).lines;
      this.ensure(lines.length < 2 * MIN_LINES_AT_BREAK ? lines.reduce((h, l) => h + l.lineHeight, 0) : family.regular.lineHeight * MIN_LINES_AT_BREAK);
      const lbl = this.b.node(li, 'Lbl');
      placeLines(this.b, this.b.typeset(`${idPrefix}-lbl-${j}`, labelSpec(labels[j], indent)).lines, this.column.x, this.y, lbl);
      this.paragraph(`${idPrefix}-${j + 1}`, spec, li, 'LBody', { indent });
      this.y += family.regular.lineHeight * 0.2;
    });
  }
}
