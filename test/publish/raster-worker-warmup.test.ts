// The worker's warm-up page must run the paths the brochure's cover takes in pdf.js: object and cross-reference
// streams, Flate, a Form XObject, and glyphs of an embedded TrueType font really drawn (not empty boxes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { warmUpPdf } from '../../src/publish/raster-worker-warmup.js';
import { rasterisePage } from '../../src/publish/rasterise.js';

test('the warm-up PDF is written like the brochure: object stream, xref stream, Flate streams, no classic xref table', () => {
  const text = Buffer.from(warmUpPdf()).toString('latin1');
  assert.match(text, /^%PDF-1\.7\n/);
  assert.match(text, /\/Type \/ObjStm/);
  assert.match(text, /\/Type \/XRef/);
  assert.doesNotMatch(text, /\nxref\n|trailer/);
  assert.equal(text.match(/\/Filter \/FlateDecode/g)?.length, 5);
  // The font program is a TrueType file with hinting programs, as real subsets carry.
  const at = text.indexOf('stream\n', text.indexOf('9 0 obj')) + 'stream\n'.length;
  const length = Number(/9 0 obj\n<< [^>]*\/Length (\d+)/.exec(text)![1]);
  const font = inflateSync(Buffer.from(text.slice(at, at + length), 'latin1'));
  assert.equal(font.readUInt32BE(0), 0x00010000);
  const tags = Array.from({ length: font.readUInt16BE(4) }, (_, i) => font.toString('latin1', 12 + i * 16, 16 + i * 16));
  assert.deepEqual(tags, ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'post', 'prep']);
});

test('pdf.js draws the warm-up page: the embedded glyphs, the form and the background', async () => {
  // 60 × 80 pt at 300 px: 5 px per point, top-left origin.
  const page = await rasterisePage(warmUpPdf(), 1, 300);
  assert.deepEqual([page.width, page.height], [300, 400]);
  const px = (xPt: number, yPt: number) => {
    const i = (Math.round(yPt * 5) * page.width + Math.round(xPt * 5)) * 4;
    return [...page.rgba.slice(i, i + 3)];
  };
  const dark = (p: number[]) => p.every((v) => v < 60);
  // At 24 pt from x = 4, baseline y = 26: glyph 1, a square (100–500 units wide, 700 high), advance 500; then
  // 20 thousandths of kerning; glyph 2, a curved diamond 50–650 units wide whose middle is 350 units up.
  assert.ok(dark(px(11, 18)), `first glyph: ${px(11, 18)}`);
  const second = 4 + 0.5 * 24 + 0.02 * 24 + 0.35 * 24;
  assert.ok(dark(px(second, 26 - 0.35 * 24)), `second glyph: ${px(second, 26 - 0.35 * 24)}`);
  assert.ok(!dark(px(2, 2)), 'the light band behind the text');
  // The form: a navy square placed at 30–50 × 40–60 pt.
  const [r, g, b] = px(32, 42);
  assert.ok(r < 30 && g < 30 && b > 110, `form square: ${[r, g, b]}`);
  assert.ok(px(20, 50).every((v) => v > 240), 'white page outside the drawings');
});
