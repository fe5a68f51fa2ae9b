// Before/after picture for review: the brochure's project summaries (9 pt, 217.5 pt card column) set by pdfkit-like
// greedy filling (left) and by our Knuth–Plass stage (right), drawn with pdfkit, rasterised to out/typo-before-after.png.
import { mkdirSync, writeFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { buildBrochure } from '../src/build.js';
import { DEFAULT_CONFIG } from '../src/config.js';
import { FONT_FILES } from '../src/load/index.js';
import { rasterisePage } from '../src/publish/rasterise.js';
import { greedyBreak } from '../src/typeset/greedy-break.js';
import { measureText } from '../src/typeset/measure.js';
import type { FontKey, SetParagraph } from '../src/typeset/types.js';
import { fsWorld } from '../src/world.js';

const MARGIN = 48;
const GUTTER = 40;
const PARAGRAPH_GAP = 9;

const world = fsWorld(process.cwd());
const built = await buildBrochure(world, DEFAULT_CONFIG);
const fonts = built.inputs.fonts;
const chosen = built.layout.paragraphs.filter((p) => p.spec.align === 'justify' && /^projet-.*-resume$/.test(p.id)).slice(0, 9);
const width = chosen[0].spec.width;

const doc = new PDFDocument({ size: [MARGIN * 2 + width * 2 + GUTTER, 842], margin: 0, autoFirstPage: true });
const chunks: Buffer[] = [];
doc.on('data', (c: Buffer) => chunks.push(c));
const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
for (const [key, file] of Object.entries(FONT_FILES as Record<FontKey, string>)) doc.registerFont(key, `fonts/${file}`);

function draw(set: SetParagraph, x: number, y: number): number {
  for (const line of set.lines) {
    for (const f of line.fragments) {
      doc.font(f.style.font).fontSize(f.style.size).fillColor(f.style.color);
      // Word by word: pdfkit's wordSpacing would also stretch the no-break spaces (its split is on \s), the render does not.
      const top = y + line.ascent - (fonts[f.style.font].ascent * f.style.size) / fonts[f.style.font].unitsPerEm;
      let wx = x + f.x;
      for (const word of f.text.split(' ')) {
        if (word) doc.text(word, wx, top, { lineBreak: false });
        wx += measureText(word + ' ', f.style, fonts) + f.spaceExtra;
      }
    }
    y += line.lineHeight;
  }
  return y;
}

doc.font('bold').fontSize(11).fillColor('#000091');
doc.text('Avant : remplissage glouton (pdfkit)', MARGIN, MARGIN, { lineBreak: false });
doc.text('Après : Knuth–Plass, règles françaises', MARGIN + width + GUTTER, MARGIN, { lineBreak: false });
let yLeft = MARGIN + 28;
let yRight = MARGIN + 28;
for (const p of chosen) {
  // Same start for both versions of a paragraph, so the eye compares like with like.
  const y = Math.max(yLeft, yRight);
  yLeft = draw(greedyBreak(p.spec, fonts), MARGIN, y) + PARAGRAPH_GAP;
  yRight = draw(p.set, MARGIN + width + GUTTER, y) + PARAGRAPH_GAP;
}
doc.end();
await done;

const pdf = new Uint8Array(Buffer.concat(chunks));
const page = await rasterisePage(pdf, 1, 1400);
mkdirSync('out', { recursive: true });
writeFileSync('out/typo-before-after.png', await page.canvas.encode('png'));
console.log(`Écrit : out/typo-before-after.png (${page.width}×${page.height} px, ${chosen.length} résumés de projet, colonne de ${width.toFixed(1)} pt)`);
