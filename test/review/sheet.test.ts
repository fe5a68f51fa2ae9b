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
import { drawSheet } from '../../src/review/sheet.js';
import { fillReport } from '../../src/layout/fill.js';
import { fillLabel } from '../../src/review/fill-label.js';
import { summariseReview } from '../../src/review/summary.js';

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
    assert.match(html, new RegExp(`Page ${pages} — contenu jusqu’à \\d+ % \\(dernière page\\)<`));
    // The fill line's figures are the layout's (src/layout/fill.ts), the ones test/layout/page-fill.test.ts asserts.
    assert.deepEqual(review.fills, fillReport(built.layout.paged, built.document.sections));
    assert.ok(review.fills.every((f) => f.ok));
    assert.match(html, /Page 7 — contenu jusqu’à \d+ %</);
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

test('the fill line: across each page where its content ends, blue when it meets the rule, red when short, grey when exempt', () => {
  const blank = () => {
    const c = createCanvas(100, 140);
    const ctx = c.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 100, 140);
    return c;
  };
  const layout = { perRow: 3, pageWidth: 100, gap: 20, labelHeight: 20 };
  const sheet = drawSheet(
    [
      { canvas: blank(), label: '1', fill: { end: 0.8, threshold: 0.6, ok: true, exempt: false } },
      { canvas: blank(), label: '2', fill: { end: 0.4, threshold: 0.6, ok: false, exempt: false } },
      { canvas: blank(), label: '3', fill: { end: 0.5, threshold: 0.6, ok: true, exempt: true } },
    ],
    'sans-serif',
    layout,
  );
  const ctx = sheet.getContext('2d');
  /** The colour drawn across the page at that height (the exempt line is dashed: the first non-white pixel). */
  const at = (page: number, fraction: number) => {
    const d = ctx.getImageData(20 + page * 120, Math.round(20 + fraction * 140), 100, 1).data;
    for (let i = 0; i < d.length; i += 4) {
      const hex = `#${[d[i], d[i + 1], d[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      if (hex !== '#ffffff') return hex;
    }
    return '#ffffff';
  };
  assert.equal(at(0, 0.8), '#000091');
  assert.equal(at(1, 0.4), '#e1000f');
  assert.equal(at(2, 0.5), '#929292');
  assert.equal(at(0, 0.5), '#ffffff', 'nothing drawn elsewhere on the page');
});

test('fill labels and the terminal summary name the short pages', () => {
  assert.equal(fillLabel({ page: 7, fill: 0.784, ok: true }), '78 %');
  assert.equal(fillLabel({ page: 9, fill: 0.27, ok: false }), '27 % : sous 60 %');
  assert.equal(fillLabel({ page: 2, fill: 0.55, ok: true, exempt: 'sommaire' }), '55 % (sommaire)');
  const lines = summariseReview({ title: 'T', pages: [], fills: [{ page: 9, fill: 0.27, ok: false }, { page: 10, fill: 0.9, ok: true }] });
  assert.deepEqual(lines.slice(1), ['Remplissage : 1 page(s) s’arrêtent avant 60 % de la zone de texte : page 9 (27 % : sous 60 %).']);
});
