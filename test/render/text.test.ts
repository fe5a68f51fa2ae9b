// The renderer draws what the typesetter measured: with font expansion (Tz), word-space extras and letter-spacing,
// the advances written in the TJ array add up to the fragment's width on the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ContentWriter } from '../../src/render/content-writer.js';
import { createRequire } from 'node:module';
import type { PDFDoc } from '../../src/render/pdfkit-internals.js';
import { showText } from '../../src/render/text.js';
import { measureText, shapeWord } from '../../src/typeset/measure.js';
import { FONT_FILES } from '../../src/load/fonts.js';
import { body, loadFonts } from '../typeset/fonts.js';

const fonts = loadFonts();

/** Draws `run`, then the same run unscaled, through a real pdfkit document; the content ops and pdfkit's glyph widths. */
function draw(run: Parameters<typeof showText>[2]): { ops: string[]; width: (gid: number) => number } {
  const PDFDocument = createRequire(import.meta.url)('pdfkit') as typeof import('pdfkit');
  const doc = new PDFDocument({ font: null } as never) as unknown as PDFDoc;
  doc.registerFont('regular', readFileSync(new URL(`../../fonts/${FONT_FILES.regular}`, import.meta.url)));
  doc.font('regular');
  const ops: string[] = [];
  const out = new ContentWriter((op) => ops.push(op));
  showText(doc, out, run, fonts.regular);
  showText(doc, out, { ...run, scale: undefined }, fonts.regular);
  return { ops, width: (gid) => doc._font.widths[gid] };
}

/** Horizontal displacement of a TJ array drawn at `size` with scale `th` (PDF 32000-1 §9.4.4). */
function advance(op: string, size: number, th: number, widths: (gid: number) => number): number {
  const array = /\[(.*)\] TJ/.exec(op)![1];
  let total = 0;
  for (const m of array.matchAll(/<([0-9a-f]+)>|(-?[\d.]+)/g)) {
    if (m[1]) for (let i = 0; i < m[1].length; i += 4) total += (widths(parseInt(m[1].slice(i, i + 4), 16)) / 1000) * size * th;
    else total += (-Number(m[2]) / 1000) * size * th;
  }
  return total;
}

test('Tz scales the glyphs; spaces’ extras and letter-spacing are written divided by it, so the page shows the typeset width', () => {
  const text = 'visioconférences par\u00A0jour';
  const size = 9;
  const run = { x: 10, y: 20, text, size, spaceExtra: 1.25, tracking: 0.05, scale: 1.015 };
  const { ops, width } = draw(run);
  assert.match(ops[0], / 101\.5 Tz \[/);
  // The state knows Tz: the next run, unscaled, writes it back to 100.
  assert.match(ops[1], / 100 Tz \[/);
  const drawn = advance(ops[0], size, 1.015, width);
  const glyphs = ['visioconférences', ' ', 'par', '\u00A0', 'jour'].reduce((n, w) => n + shapeWord(fonts.regular, w).glyphs, 0);
  const typeset = measureText(text, { ...body, size }, fonts) * 1.015 + 2 * 1.25 + glyphs * 0.05;
  assert.ok(Math.abs(drawn - typeset) < 0.01, `drawn ${drawn}, typeset ${typeset}`);
});
