// Rendered pages compared with committed reference images, within a tolerance: catches layout regressions a text test misses.
// Refresh the references after an intended change: UPDATE_REFERENCES=1 node scripts/test.mjs test/visual/pages.test.ts
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { buildBrochure } from '../../src/build.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { fsWorld } from '../../src/world.js';
import { rasterisePages } from '../../src/publish/rasterise.js';
import { REPO } from '../helpers/project.js';

const REFS = path.join(REPO, 'test/visual/references');
/** Small enough to keep the references light, large enough to see a block move by a few points. */
const WIDTH = 240;
/** A channel difference above this counts as a changed pixel (anti-aliasing differs by a few levels at most). */
const PIXEL_THRESHOLD = 48;
/** Share of changed pixels tolerated per page. */
const MAX_CHANGED = 0.004;

let pdf: Uint8Array;
let pageCount: number;

before(async () => {
  // The references are the pages of the mid-2020 edition (the other editions share its layout code).
  const built = await buildBrochure(fsWorld(REPO, { ...process.env, SOURCE_DATE_EPOCH: '' }), { ...DEFAULT_CONFIG, edition: 'mi-2020' });
  pdf = built.pdf;
  pageCount = built.layout.paged.pages.length;
});

function pixels(img: Awaited<ReturnType<typeof loadImage>>): Uint8ClampedArray {
  const c = createCanvas(img.width, img.height);
  const ctx = c.getContext('2d');
  ctx.drawImage(img, 0, 0);
  return ctx.getImageData(0, 0, img.width, img.height).data;
}

test('every page matches its reference image', async () => {
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1);
  const rendered = await rasterisePages(pdf, pages.map((pageNumber) => ({ pageNumber, widthPx: WIDTH })));
  const update = process.env.UPDATE_REFERENCES === '1';
  if (update) mkdirSync(REFS, { recursive: true });
  const failures: string[] = [];
  for (const [i, page] of rendered.entries()) {
    const file = path.join(REFS, `page-${String(i + 1).padStart(2, '0')}.png`);
    if (update) {
      writeFileSync(file, await page.canvas.encode('png'));
      continue;
    }
    assert.ok(existsSync(file), `no reference for page ${i + 1}: run with UPDATE_REFERENCES=1 after checking the pages by eye`);
    const ref = await loadImage(readFileSync(file));
    if (ref.width !== page.width || ref.height !== page.height) {
      failures.push(`page ${i + 1}: size ${page.width}×${page.height}, reference ${ref.width}×${ref.height}`);
      continue;
    }
    const a = pixels(ref);
    let changed = 0;
    for (let p = 0; p < a.length; p += 4) {
      const d = Math.max(Math.abs(a[p] - page.rgba[p]), Math.abs(a[p + 1] - page.rgba[p + 1]), Math.abs(a[p + 2] - page.rgba[p + 2]));
      if (d > PIXEL_THRESHOLD) changed++;
    }
    const share = changed / (page.width * page.height);
    if (share > MAX_CHANGED) failures.push(`page ${i + 1}: ${(share * 100).toFixed(2)} % of pixels differ`);
  }
  if (!update) {
    const refs = Array.from({ length: 40 }, (_, i) => path.join(REFS, `page-${String(i + 1).padStart(2, '0')}.png`)).filter(existsSync).length;
    assert.equal(pageCount, refs, 'page count equals the number of reference pages');
  }
  assert.deepEqual(failures, []);
});
