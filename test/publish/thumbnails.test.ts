import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { loadImage } from '@napi-rs/canvas';
import { makeThumbnails, PNG_1X_MAX_BYTES } from '../../src/publish/thumbnails.js';
import { rasterisePage } from '../../src/publish/rasterise.js';
import { encodeUne } from '../../src/publish/une-image.js';
import { A4, makeNoisyPdf, makeTestPdf, testConfig } from './fixtures.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

test('two thumbnails with the configured names, decoding back at 1× and 2×, and the une', async () => {
  const config = { ...testConfig(), thumbnailWidth: 300 };
  const { files, une, diagnostics } = await makeThumbnails(await makeTestPdf(), config);
  assert.deepEqual(
    files.map((f) => [f.name, f.mediaType, f.density]),
    [
      ['capture-plaquette-TECH-couv.png', 'image/png', 1],
      ['capture-plaquette-TECH-couv@2x.png', 'image/png', 2],
    ],
  );
  const height1 = Math.round((300 * A4.height) / A4.width);
  const height2 = Math.round((600 * A4.height) / A4.width);
  for (const f of files) {
    const img = await loadImage(Buffer.from(f.bytes));
    const [w, h] = f.density === 1 ? [300, height1] : [600, height2];
    assert.equal(img.width, w, f.name);
    assert.equal(img.height, h, f.name);
    assert.equal(f.width, w);
    assert.equal(f.height, h);
  }
  assert.deepEqual([...files[0].bytes.subarray(1, 4)], [...Buffer.from('PNG')]);
  assert.deepEqual([une.mediaType, une.width, une.height], ['image/jpeg', 1200, 675]);
  assert.deepEqual([...une.bytes.subarray(0, 3)], [0xff, 0xd8, 0xff]);
  const uneImage = await loadImage(Buffer.from(une.bytes));
  assert.deepEqual([uneImage.width, uneImage.height], [une.width, une.height]);
  assert.ok(files[0].bytes.length <= PNG_1X_MAX_BYTES, `1× PNG ${files[0].bytes.length} bytes`);
  assert.deepEqual(diagnostics, []);
});

test('thumbnails are byte-identical across runs', async () => {
  const pdf = await makeTestPdf();
  const a = await makeThumbnails(pdf, testConfig());
  const b = await makeThumbnails(await makeTestPdf(), testConfig());
  assert.deepEqual([...a.files, a.une].map((f) => sha(f.bytes)), [...b.files, b.une].map((f) => sha(f.bytes)));
});

test('a too-heavy 1× PNG is a warning, not a failure', async () => {
  const { files, diagnostics } = await makeThumbnails(await makeNoisyPdf(), testConfig());
  assert.ok(files[0].bytes.length > PNG_1X_MAX_BYTES, `noise PNG ${files[0].bytes.length} bytes`);
  assert.deepEqual(diagnostics.map((d) => [d.severity, d.code]), [['warning', 'vignette-trop-lourde']]);
  assert.match(diagnostics[0].message, /capture-plaquette-TECH-couv\.png pèse \d+ Ko/);
});

test('timings: rasterise page 1 at 300 and 600 px, encode PNG and the une', async () => {
  const pdf = await makeTestPdf();
  await rasterisePage(pdf, 1, 300); // warm pdfjs
  const lap = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
    const t = performance.now();
    const v = await f();
    return [v, performance.now() - t];
  };
  const [one, r1] = await lap(() => rasterisePage(pdf, 1, 300));
  const [two, r2] = await lap(() => rasterisePage(pdf, 1, 600));
  const [png, e1] = await lap(() => one.canvas.encode('png'));
  const [png2, e2] = await lap(() => two.canvas.encode('png'));
  const [une, e3] = await lap(() => encodeUne(two.canvas));
  const [, all] = await lap(() => makeThumbnails(pdf, testConfig()));
  console.log(
    `raster 300px ${r1.toFixed(0)} ms, 600px ${r2.toFixed(0)} ms; PNG 1× ${e1.toFixed(0)} ms (${png.length} B), ` +
      `PNG 2× ${e2.toFixed(0)} ms (${png2.length} B), une ${e3.toFixed(0)} ms (${une.length} B); makeThumbnails ${all.toFixed(0)} ms`,
  );
  assert.ok(png.length > 0 && une.length > 0);
});
