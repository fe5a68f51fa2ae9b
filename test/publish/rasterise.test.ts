import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPdfjs, rasterisePage, type RasterPage } from '../../src/publish/rasterise.js';
import { A4, BIG_L, BLUE_BAND, TITLE, makeTestPdf } from './fixtures.js';

const WIDTH = 300;
const pdfPromise = makeTestPdf();

function pixel(r: RasterPage, x: number, y: number): [number, number, number, number] {
  const i = (Math.floor(y) * r.width + Math.floor(x)) * 4;
  return [r.rgba[i], r.rgba[i + 1], r.rgba[i + 2], r.rgba[i + 3]];
}
const isDark = ([r, g, b]: number[]) => r < 96 && g < 96 && b < 96;
const isWhite = ([r, g, b]: number[]) => r > 240 && g > 240 && b > 240;

/** Dark pixels in a box given in PDF points. */
function darkBox(r: RasterPage, x0: number, y0: number, x1: number, y1: number, scale: number) {
  const out: [number, number][] = [];
  for (let y = Math.ceil(y0 * scale); y < Math.floor(y1 * scale); y++)
    for (let x = Math.ceil(x0 * scale); x < Math.floor(x1 * scale); x++) if (isDark(pixel(r, x, y))) out.push([x, y]);
  return out;
}

test('timings: pdfjs import, first and second render of page 1', async () => {
  const pdf = await pdfPromise;
  let t = performance.now();
  await loadPdfjs();
  const importMs = performance.now() - t;
  t = performance.now();
  await rasterisePage(pdf, 1, WIDTH);
  const firstMs = performance.now() - t;
  t = performance.now();
  await rasterisePage(pdf, 1, WIDTH);
  const secondMs = performance.now() - t;
  console.log(`pdfjs import ${importMs.toFixed(0)} ms, page 1 @${WIDTH}px first ${firstMs.toFixed(0)} ms, again ${secondMs.toFixed(0)} ms`);
});

test('page 1 has the requested width and the A4 aspect ratio, on an opaque white background', async () => {
  const r = await rasterisePage(await pdfPromise, 1, WIDTH);
  assert.equal(r.width, WIDTH);
  assert.equal(r.height, Math.round((WIDTH * A4.height) / A4.width));
  assert.equal(r.rgba.length, r.width * r.height * 4);
  assert.equal(r.canvas.width, r.width);
  assert.ok(isWhite(pixel(r, WIDTH - 5, r.height - 5)), 'bottom-right corner is white');
  assert.equal(pixel(r, WIDTH - 5, r.height - 5)[3], 255);
});

test('the blue band is drawn in bleu France where the PDF puts it', async () => {
  const r = await rasterisePage(await pdfPromise, 1, WIDTH);
  const scale = WIDTH / A4.width;
  const [red, green, blue] = pixel(r, WIDTH / 2, (BLUE_BAND.height / 2) * scale);
  assert.ok(Math.abs(red - 0x00) <= 4 && Math.abs(green - 0x00) <= 4 && Math.abs(blue - 0x91) <= 4, `got ${red},${green},${blue}`);
  assert.ok(isWhite(pixel(r, WIDTH / 2, (BLUE_BAND.height + 20) * scale)), 'white under the band');
});

test('the embedded TrueType subset really renders: the title has ink, and the big L has the shape of an L', async () => {
  const r = await rasterisePage(await pdfPromise, 1, 600);
  const scale = 600 / A4.width;
  const titleInk = darkBox(r, TITLE.x, TITLE.y, A4.width, TITLE.y + TITLE.size * 1.3, scale);
  assert.ok(titleInk.length > 300, `title ink: ${titleInk.length} dark pixels`);

  const ink = darkBox(r, BIG_L.x - 20, BIG_L.y, A4.width, BIG_L.y + BIG_L.size * 1.3, scale);
  assert.ok(ink.length > 1000, `L ink: ${ink.length} dark pixels`);
  const xs = ink.map(([x]) => x);
  const ys = ink.map(([, y]) => y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = maxX - minX;
  const h = maxY - minY;
  assert.ok(h > w, `an L is taller than wide (${w}×${h})`);
  // A missing font draws a .notdef box: its top and right edges would put ink in the L's empty top-right part.
  let topRightInk = 0;
  for (let y = minY; y < minY + h * 0.7; y++)
    for (let x = minX + Math.ceil(w * 0.5); x <= maxX; x++) if (!isWhite(pixel(r, x, y))) topRightInk++;
  assert.equal(topRightInk, 0, 'top-right of the L is empty');
  // The stem (left) and the foot (bottom) are solid.
  assert.ok(isDark(pixel(r, minX + 3, minY + h / 2)), 'stem is inked');
  assert.ok(isDark(pixel(r, maxX - 3, maxY - 3)), 'foot is inked');
});

test('page 2 is rendered with its own (landscape) size; a missing page is an error; the input stays usable', async () => {
  const pdf = await pdfPromise;
  const r = await rasterisePage(pdf, 2, 400);
  assert.equal(r.width, 400);
  assert.equal(r.height, Math.round((400 * A4.width) / A4.height));
  await assert.rejects(rasterisePage(pdf, 3, 100), /page 3 absente/);
  await assert.rejects(rasterisePage(pdf, 1, 0), RangeError);
  assert.equal(String.fromCharCode(...pdf.subarray(0, 5)), '%PDF-', 'caller bytes not detached');
});
