import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseParagraph } from '../../src/typeset/analyse-paragraph.js';
import { greedyBreak } from '../../src/typeset/greedy-break.js';
import { SAMPLE_PARAGRAPHS } from '../../src/typeset/sample-paragraphs.js';
import { compareParagraphs, formatTypoReport } from '../../src/typeset/typo-report.js';
import type { Line, ParagraphSpec } from '../../src/typeset/types.js';
import { body, loadFonts } from './fonts.js';

const fonts = loadFonts();
const spec: ParagraphSpec = { runs: [{ text: SAMPLE_PARAGRAPHS[0].text, style: body }], width: 240, align: 'justify', hyphenate: true };

test('analyseParagraph counts hyphen runs, overfull lines and ratio statistics', () => {
  const line = (ratio: number, hyphenated = false, overfull = false): Line => ({
    fragments: [], width: 0, ratio, hyphenated, overfull, lineHeight: 14, ascent: 11,
  });
  const m = analyseParagraph({ lines: [line(0.5, true), line(-2, true, true), line(1.5), line(0, true), line(NaN)], height: 70 }, spec);
  assert.equal(m.lines, 5);
  assert.equal(m.hyphenated, 3);
  assert.equal(m.maxConsecutiveHyphens, 2);
  assert.equal(m.overfull, 1);
  assert.equal(m.justifiedLines, 4);
  assert.equal(m.meanAbsRatio, (0.5 + 2 + 1.5 + 0) / 4);
  assert.equal(m.withinOne, 0.5);
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
  assert.match(text, /^p1 nous +\d+ +\d\.\d\d +\d+ % +\d+ +\d +0$/m);
  assert.match(text, /^TOTAL glouton /m);
  assert.ok(rows[0].ours.meanAbsRatio < rows[0].greedy.meanAbsRatio);
});
