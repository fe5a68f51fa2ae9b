// Shows one positioned text item with its exact glyph advances: justification goes into U+0020 only, tracking into every glyph.
import type { Font } from 'fontkit';
import { isStretchingSpace, shapeWord, shapingKey, wordsAndSpaces, type ShapedWord } from '../typeset/measure.js';
import type { PDFDoc, PdfkitFont } from './pdfkit-internals.js';
import { fmt, type ContentWriter } from './content-writer.js';

/** Encoded glyphs and per-glyph TJ adjustments (thousandths of an em) for one word, cached per font. */
interface EncodedWord {
  hex: string[];
  adjust: number[];
}

const wordCache = new WeakMap<PdfkitFont, Map<string, EncodedWord>>();

function encodeWord(font: PdfkitFont, word: string, face: Font | undefined, superior = false): EncodedWord {
  let cache = wordCache.get(font);
  if (!cache) wordCache.set(font, (cache = new Map()));
  const key = shapingKey(word, superior);
  let e = cache.get(key);
  if (!e) {
    // pdfkit's own encode shapes again what typesetting shaped; it also splits at tabs, so those words keep it.
    e = face && !word.includes('\t') ? encodeShaped(font, shapeWord(face, word, superior)) : encodeByPdfkit(font, word, superior);
    cache.set(key, e);
  }
  return e;
}

function encodeByPdfkit(font: PdfkitFont, word: string, superior: boolean): EncodedWord {
  const [hex, positions] = font.encode(word, superior ? ['sups'] : undefined);
  return { hex, adjust: positions.map((p) => p.xAdvance - p.advanceWidth) };
}

/** What pdfkit 0.17.2's `EmbeddedFont.encode` does with its `layoutRun`, from the typesetter's shaping (same font bytes, so same glyph ids). */
function encodeShaped(font: PdfkitFont, s: ShapedWord): EncodedWord {
  const hex: string[] = [];
  const adjust: number[] = [];
  s.ids.forEach((id, i) => {
    const gid = font.subset.includeGlyph(id);
    hex.push(`0000${gid.toString(16)}`.slice(-4));
    font.widths[gid] ??= s.advanceWidths[i] * font.scale;
    font.unicode[gid] ??= s.codePoints[i];
    adjust.push(s.xAdvances[i] * font.scale - s.advanceWidths[i] * font.scale);
  });
  return { hex, adjust };
}

export interface TextRun {
  x: number;
  y: number;
  text: string;
  size: number;
  /** Points added to each word space (U+0020, U+00A0), on the page. */
  spaceExtra: number;
  /** Points added after each glyph, on the page. */
  tracking?: number;
  /** Horizontal scale of the glyphs (font expansion), 1 when absent. */
  scale?: number;
  /** The font's superior letters (`sups`), as measured. */
  superior?: boolean;
}

/**
 * Writes `BT … TJ ET` for the run with the current pdfkit font and the writer's fill colour; y is the baseline from the top.
 * `face`: the typesetter's fontkit font for the current pdfkit font, whose shaping of each word is then reused.
 *
 * Expansion is the text state's horizontal scaling (`Tz`, PDF 32000-1 §9.3.4): glyphs, kerning and every TJ
 * adjustment are scaled by it, so the extras the typesetter gives on the page (spaces, tracking) are written divided
 * by the scale. The glyphs, their codes and the ToUnicode map are unchanged: extraction and search read the same text.
 */
export function showText(doc: PDFDoc, out: ContentWriter, run: TextRun, face?: Font): void {
  const font = doc._font;
  if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
  const scale = run.scale ?? 1;
  const unitsPerPoint = 1000 / run.size / scale;
  const tracking = (run.tracking ?? 0) * unitsPerPoint;
  const spaceExtra = run.spaceExtra * unitsPerPoint;
  const parts: string[] = [];
  // Glyphs with no adjustment between them share one hex string (`<00120013>`), as pdfkit writes them.
  let glyphs = '';
  const push = (e: EncodedWord, extraLast: number) => {
    e.hex.forEach((h, i) => {
      const adj = e.adjust[i] + tracking + (i === e.hex.length - 1 ? extraLast : 0);
      glyphs += h;
      if (Math.abs(adj) > 1e-6) {
        parts.push(`<${glyphs}>`, fmt(-adj));
        glyphs = '';
      }
    });
  };
  for (const w of wordsAndSpaces(run.text)) push(encodeWord(font, w, face, run.superior), isStretchingSpace(w) ? spaceExtra : 0);
  if (glyphs) parts.push(`<${glyphs}>`);
  if (parts.length === 0) return;
  // pdfkit's pages are flipped to a top-left origin: a text matrix flipped back sets the glyphs upright.
  out.write(`BT 1 0 0 -1 ${fmt(run.x)} ${fmt(run.y)} Tm ${out.fontOperator(font.id, run.size)}${out.scaleOperator(scale)}[${parts.join(' ')}] TJ ET`);
}
