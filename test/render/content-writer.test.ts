import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ContentWriter, fmt, rectPath, rgb } from '../../src/render/content-writer.js';

test('colours are written with four decimals, enough to keep every 8-bit level', () => {
  assert.equal(rgb('#000091'), '0 0 0.5686');
  assert.equal(rgb('#fff'), '1 1 1');
  assert.equal(rgb('#E1000F'), '0.8824 0 0.0588');
  for (let level = 0; level < 256; level++) {
    const back = Math.round(Number(rgb(`#${level.toString(16).padStart(2, '0')}0000`).split(' ')[0]) * 255);
    assert.equal(back, level);
  }
  assert.throws(() => rgb('rouge'), /couleur non prise en charge/);
});

test('numbers are short and never negative zero', () => {
  assert.equal(fmt(51.023622047), '51.024');
  assert.equal(fmt(-0.0001), '0');
  assert.equal(fmt(12), '12');
});

test('a colour, width or font the state already has is not written again, and q/Q restore what was known', () => {
  const ops: string[] = [];
  const out = new ContentWriter((op) => ops.push(op));
  out.fillColor('#161616');
  out.fillColor('#161616');
  out.lineWidth(1);
  out.lineWidth(1);
  assert.equal(out.fontOperator('F1', 10), '/F1 10 Tf ');
  assert.equal(out.fontOperator('F1', 10), '');
  out.save();
  out.fillColor('#000091');
  assert.equal(out.fontOperator('F2', 10), '/F2 10 Tf ');
  out.restore();
  // After Q the reader is back to #161616 and /F1 10: nothing to write for those.
  out.fillColor('#161616');
  assert.equal(out.fontOperator('F1', 10), '');
  out.fillColor('#000091');
  assert.deepEqual(ops, ['0.0863 0.0863 0.0863 rg', '1 w', 'q', '0 0 0.5686 rg', 'Q', '0 0 0.5686 rg']);
});

test('rounded rectangles follow pdfkit’s geometry', () => {
  assert.equal(rectPath(1, 2, 3, 4), '1 2 3 4 re');
  const path = rectPath(0, 0, 100, 50, 10);
  assert.match(path, /^10 0 m 90 0 l 95\.523 0 100 4\.477 100 10 c /);
  assert.match(path, / h$/);
  // The radius never exceeds half the shorter side.
  assert.match(rectPath(0, 0, 10, 4, 8), /^2 0 m 8 0 l/);
});

test('horizontal scaling (Tz) is written when it changes; a stream starts at 100 and Q restores it', () => {
  const out = new ContentWriter(() => {});
  assert.equal(out.scaleOperator(1), '');
  assert.equal(out.scaleOperator(1.015), '101.5 Tz ');
  assert.equal(out.scaleOperator(1.015), '');
  out.save();
  assert.equal(out.scaleOperator(0.98), '98 Tz ');
  out.restore();
  assert.equal(out.scaleOperator(1.015), '');
  assert.equal(out.scaleOperator(1), '100 Tz ');
});
