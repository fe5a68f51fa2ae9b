// A data table tagged for screen readers: Table > THead/TBody > TR > TH (scope Column or Row) / TD, ruled lightly.
import type { LayoutBuilder } from './builder.js';
import type { StructNode } from './types.js';
import type { SetParagraph, TextStyle } from '../typeset/types.js';
import { COLORS } from './styles.js';
import { placeLines, linesHeight } from './text.js';

export interface TableSpec {
  /** Above the table, tagged as its Caption (the unit goes there rather than in a narrow header cell). */
  caption?: string;
  /** Header cells, one per column. */
  columns: readonly string[];
  /** Each row: its header (the first column, a TH scoped to the row) and its other cells. */
  rows: readonly { header: string; cells: readonly string[] }[];
  /** Column widths as fractions of the table's width. */
  widths: readonly number[];
  style: { caption: TextStyle; head: TextStyle; rowHead: TextStyle; cell: TextStyle };
}

const PAD_Y = 3;
const PAD_X = 4;
const CAPTION_GAP = 4;

export interface MeasuredTable {
  spec: TableSpec;
  width: number;
  caption?: SetParagraph;
  /** Typeset cells, header row first. */
  lines: SetParagraph[][];
  rowHeights: number[];
  height: number;
}

/** Typesets every cell at its column's width; `id` prefixes the paragraphs' ids. */
export function measureTable(b: LayoutBuilder, id: string, spec: TableSpec, width: number): MeasuredTable {
  const colWidth = (c: number) => spec.widths[c] * width - 2 * PAD_X;
  const set = (r: number, c: number, text: string, style: TextStyle) =>
    b.typeset(`${id}-${r}-${c}`, { runs: [{ text, style }], width: colWidth(c), align: 'left', hyphenate: false });
  const lines = [
    spec.columns.map((t, c) => set(0, c, t, spec.style.head)),
    ...spec.rows.map((row, r) => [set(r + 1, 0, row.header, spec.style.rowHead), ...row.cells.map((t, c) => set(r + 1, c + 1, t, spec.style.cell))]),
  ];
  const rowHeights = lines.map((cells) => Math.max(...cells.map((p) => linesHeight(p.lines))) + 2 * PAD_Y);
  const caption = spec.caption ? b.typeset(`${id}-legende`, { runs: [{ text: spec.caption, style: spec.style.caption }], width, align: 'left', hyphenate: false }) : undefined;
  const captionHeight = caption ? linesHeight(caption.lines) + CAPTION_GAP : 0;
  return { spec, width, ...(caption ? { caption } : {}), lines, rowHeights, height: captionHeight + rowHeights.reduce((a, h) => a + h, 0) };
}

/** Draws a measured table at (x, top) under `parent`; returns its bottom. */
export function drawTable(b: LayoutBuilder, parent: StructNode, t: MeasuredTable, x: number, top: number): number {
  const table = b.node(parent, 'Table');
  let y = top;
  if (t.caption) y = placeLines(b, t.caption.lines, x, y, b.node(table, 'Caption')) + CAPTION_GAP;
  const groups = [b.node(table, 'THead'), b.node(table, 'TBody')];
  b.add({ kind: 'line', x1: x, y1: y, x2: x + t.width, y2: y, color: COLORS.blueFrance, width: 1, tag: { artifact: 'Layout' } });
  t.lines.forEach((cells, r) => {
    const tr = b.node(groups[r === 0 ? 0 : 1], 'TR');
    let cx = x;
    cells.forEach((p, c) => {
      const header = r === 0 || c === 0;
      const cell = b.node(tr, header ? 'TH' : 'TD', header ? { scope: r === 0 ? 'Column' : 'Row' } : {});
      placeLines(b, p.lines, cx + PAD_X, y + PAD_Y, cell);
      cx += t.spec.widths[c] * t.width;
    });
    y += t.rowHeights[r];
    const heavy = r === 0 || r === t.lines.length - 1;
    b.add({ kind: 'line', x1: x, y1: y, x2: x + t.width, y2: y, color: heavy ? COLORS.blueFrance : COLORS.rule, width: heavy ? 1 : 0.75, tag: { artifact: 'Layout' } });
  });
  return y;
}
