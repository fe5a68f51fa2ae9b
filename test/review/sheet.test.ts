import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { REPO } from '../helpers/project.js';
import { fsWorld } from '../../src/world.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { makeReview } from '../../src/review/review.js';
import { writeReview } from '../../src/review/cli.js';
import { SHEET, sheetSize } from '../../src/review/sheet.js';
import { diffBoxes } from '../../src/review/pixel-diff.js';

const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

test('sheet size: 6 pages of 250 px per row, rows from the page count', () => {
  const a4 = { width: 500, height: 707 };
  assert.deepEqual(sheetSize(Array(18).fill(a4)), { width: 6 * 250 + 7 * 24, height: 3 * (354 + 28) + 4 * 24, rows: 3 });
  assert.equal(sheetSize(Array(7).fill(a4)).rows, 2);
  assert.equal(SHEET.perRow, 6);
});

test('the real brochure: out/review.png has every page, out/review.html embeds them with French labels', { timeout: 300_000 }, async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'review-'));
  try {
    const { review, built } = await makeReview(fsWorld(REPO, {}), DEFAULT_CONFIG);
    const pages = built.layout.paged.pages.length;
    assert.equal(review.pages.length, pages);
    const files = await writeReview(review, out, path.join(REPO, 'fonts'));
    const png = readFileSync(files.png);
    const { width, height } = sheetSize(review.pages.map((p) => p.current!));
    assert.deepEqual(pngSize(png), { width, height });
    assert.deepEqual(pngSize(png), { width: files.sheet.width, height: files.sheet.height });
    const html = readFileSync(files.html, 'utf8');
    assert.match(html, /<html lang="fr">/);
    assert.equal(html.match(/<img src="data:image\/png;base64,/g)?.length, pages);
    assert.match(html, new RegExp(`Page ${pages}<`));
    assert.doesNotMatch(html, /src="(?!data:)/, 'no external file: the report opens offline');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('pixel diff: identical images have no box, a changed square gives one box around it', () => {
  const draw = (square: boolean) => {
    const c = createCanvas(100, 80);
    const ctx = c.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 100, 80);
    if (square) {
      ctx.fillStyle = '#000';
      ctx.fillRect(40, 20, 10, 10);
    }
    return { width: 100, height: 80, rgba: ctx.getImageData(0, 0, 100, 80).data };
  };
  assert.deepEqual(diffBoxes(draw(false), draw(false)), []);
  const [box, ...rest] = diffBoxes(draw(false), draw(true));
  assert.deepEqual(rest, []);
  assert.ok(box.x <= 40 && box.y <= 20 && box.x + box.width >= 50 && box.y + box.height >= 30, JSON.stringify(box));
  assert.ok(box.width <= 24 && box.height <= 24, JSON.stringify(box));
});
