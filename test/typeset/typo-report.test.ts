import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseParagraph, spaceRatio } from '../../src/typeset/analyse-paragraph.js';
import { measureText } from '../../src/typeset/measure.js';
import { greedyBreak } from '../../src/typeset/greedy-break.js';
import { SAMPLE_PARAGRAPHS } from '../../src/typeset/sample-paragraphs.js';
import { compareParagraphs, formatTypoReport, formatVerdicts, greedyPieces, typoVerdicts } from '../../src/typeset/typo-report.js';
import type { Line, ParagraphSpec } from '../../src/typeset/types.js';
import { body, loadFonts } from './fonts.js';

const fonts = loadFonts();
const spec: ParagraphSpec = { runs: [{ text: SAMPLE_PARAGRAPHS[0].text, style: body }], width: 240, align: 'justify', hyphenate: true };

test('analyseParagraph counts hyphen runs, overfull lines and both ratios (space-relative and Knuth–Plass)', () => {
  const space = measureText(' ', body, fonts);
  // Two spaces per line; `rel` is the ratio: each space grows by rel × its natural width.
  const line = (kp: number, rel: number, hyphenated = false, overfull = false): Line => ({
    fragments: [{ text: 'a b c', style: body, x: 0, width: 240, spaceExtra: rel * space }],
    width: 240, ratio: kp, hyphenated, overfull, lineHeight: 14, ascent: 11,
  });
  const lines = [line(0.5, 0.25, true), line(-2, -0.6, true, true), line(1.5, 3), line(0, 0, true), line(NaN, 0)];
  const m = analyseParagraph({ lines, height: 70 }, spec, fonts);
  assert.equal(m.lines, 5);
  assert.equal(m.hyphenated, 3);
  assert.equal(m.maxConsecutiveHyphens, 2);
  assert.equal(m.overfull, 1);
  assert.equal(m.justifiedLines, 4);
  assert.ok(Math.abs(m.meanAbsRatio - (0.25 + 0.6 + 3 + 0) / 4) < 1e-9);
  assert.equal(m.withinOne, 0.75);
  assert.equal(m.kpMeanAbsRatio, (0.5 + 2 + 1.5 + 0) / 4);
  assert.equal(m.kpWithinOne, 0.5);
  assert.ok(Number.isNaN(m.ratios[4]));
});

test('a justified line with slack and no space to stretch counts as unjustifiable', () => {
  const l: Line = { fragments: [{ text: 'mot', style: body, x: 0, width: 20, spaceExtra: 0 }], width: 20, ratio: Infinity, hyphenated: false, overfull: false, lineHeight: 14, ascent: 11 };
  assert.equal(spaceRatio(l, 240, fonts), Infinity);
  assert.equal(spaceRatio({ ...l, width: 240 }, 240, fonts), 0);
});

test('greedy fills each line as pdfkit does: never hyphenates, each next word would not fit', () => {
  const set = greedyBreak(spec, fonts);
  assert.ok(set.lines.every((l) => !l.hyphenated && !l.overfull));
  for (const l of set.lines.slice(0, -1)) assert.ok(Math.abs(l.width - 240) < 1e-6);
  const texts = set.lines.map((l) => l.fragments.map((f) => f.text).join(''));
  for (let i = 0; i + 1 < texts.length; i++) {
    const next = texts[i + 1].split(' ')[0];
    const natural = greedyBreak({ ...spec, runs: [{ text: `${texts[i]} ${next}`, style: body }], width: 10000 }, fonts).lines[0].width;
    assert.ok(natural > 240, `line ${i} could have taken «${next}»`);
  }
});

test('the report has a row per paragraph and engine, and totals', () => {
  const rows = compareParagraphs([{ id: 'p1', spec }, { id: 'p2', spec: { ...spec, width: 480 } }], fonts);
  const text = formatTypoReport(rows);
  const lines = text.split('\n');
  assert.equal(lines.length, 2 + 4 + 2);
  assert.match(lines[0], /^paragraphe +lignes/);
  assert.match(text, /^p1 nous +\d+ +\d\.\d\d +\d+ % +\d\.\d\d +\d+ % +\d+ +\d +0 +0 +0$/m);
  assert.match(text, /^TOTAL glouton /m);
  assert.ok(rows[0].ours.meanAbsRatio < rows[0].greedy.meanAbsRatio);
});

test('widows and orphans come from the pieces; greedy fills the same pages', () => {
  const rows = compareParagraphs([{ id: 'p', spec, pieces: [1, 5] }, { id: 'q', spec, pieces: [4, 1] }, { id: 'r', spec, pieces: [3] }], fonts);
  assert.deepEqual(rows.map((r) => [r.ours.orphans, r.ours.widows]), [[1, 0], [0, 1], [0, 0]]);
  assert.deepEqual(greedyPieces([4, 3], 8), [4, 4]);
  assert.deepEqual(greedyPieces([4, 3], 5), [4, 1]);
  assert.deepEqual(greedyPieces([4, 3], 3), [3]);
  const v = typoVerdicts(rows);
  assert.equal(v.length, 6);
  assert.equal(v[1].ok, false);
  assert.equal(v[2].ok, false);
  assert.match(formatVerdicts(v), /^✗ 0 veuve \(1\)$/m);
});
