import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseParagraph, gapRatio } from '../../src/typeset/analyse-paragraph.js';
import { measureText } from '../../src/typeset/measure.js';
import { greedyBreak } from '../../src/typeset/greedy-break.js';
import { SAMPLE_PARAGRAPHS } from '../../src/typeset/sample-paragraphs.js';
import {
  compareParagraphs,
  formatLoosest,
  formatTypoReport,
  formatVerdicts,
  greedyPieces,
  lastResorts,
  lastWordCut,
  loosestLines,
  typoVerdicts,
} from '../../src/typeset/typo-report.js';
import type { Line, LineFragment, ParagraphSpec } from '../../src/typeset/types.js';
import { body, loadFonts } from './fonts.js';

const fonts = loadFonts();
const spec: ParagraphSpec = { runs: [{ text: SAMPLE_PARAGRAPHS[0].text, style: body }], width: 240, align: 'justify', hyphenate: true };
const space = measureText(' ', body, fonts);
const frag = (text: string, extra: Partial<LineFragment> = {}): LineFragment => ({ text, style: body, x: 0, width: 240, spaceExtra: 0, ...extra });
const line = (fragments: LineFragment[], extra: Partial<Line> = {}): Line => ({
  fragments, width: 240, ratio: 0, hyphenated: false, overfull: false, lineHeight: 14, ascent: 11, ...extra,
});

test('r is the visible word gap over the natural space: scaled space, justification and letter-spacing all count as white', () => {
  assert.equal(gapRatio(line([frag('a b c')]), 240, fonts), 1);
  // Spaces half as wide again.
  assert.ok(Math.abs(gapRatio(line([frag('a b c', { spaceExtra: space / 2 })]), 240, fonts) - 1.5) < 1e-12);
  // Glyphs 2 % wider draw the space 2 % wider too.
  assert.ok(Math.abs(gapRatio(line([frag('a b c', { scale: 1.02 })]), 240, fonts) - 1.02) < 1e-12);
  // Letter-spacing t: after the word's last glyph and after the space, 2t of white per gap.
  const t = 0.1;
  assert.ok(Math.abs(gapRatio(line([frag('a b', { style: { ...body, tracking: t } })]), 240, fonts) - (space + 2 * t) / space) < 1e-12);
  // The no-break space is a word gap; the narrow one (U+202F) is punctuation spacing, not counted.
  assert.ok(Math.abs(gapRatio(line([frag('2\u202F500\u00A0visio', { spaceExtra: space })]), 240, fonts) - 2) < 1e-12);
  // Slack and no gap: unjustifiable; full and no gap: not judged.
  assert.equal(gapRatio(line([frag('mot')], { width: 20 }), 240, fonts), Infinity);
  assert.ok(Number.isNaN(gapRatio(line([frag('mot')]), 240, fonts)));
});

test('analyseParagraph: mean |r − 1|, loose lines over 1.5, extremes, hyphen runs and overfull lines', () => {
  const at = (r: number, extra: Partial<Line> = {}) => line([frag('a b c', { spaceExtra: (r - 1) * space })], extra);
  const lines = [at(1.25, { hyphenated: true }), at(0.7, { hyphenated: true, overfull: true }), at(2), at(1, { hyphenated: true }), at(3)];
  const m = analyseParagraph({ lines, height: 70 }, spec, fonts);
  assert.equal(m.lines, 5);
  assert.equal(m.judgedLines, 4);
  assert.equal(m.hyphenated, 3);
  assert.equal(m.maxConsecutiveHyphens, 2);
  assert.equal(m.overfull, 1);
  assert.ok(Math.abs(m.meanDeviation - (0.25 + 0.3 + 1 + 0) / 4) < 1e-9);
  assert.equal(m.loose, 1);
  assert.ok(Math.abs(m.maxRatio - 2) < 1e-9 && Math.abs(m.minRatio - 0.7) < 1e-9);
  assert.ok(Number.isNaN(m.ratios[4]), 'the last line is not judged');
  assert.equal(analyseParagraph({ lines, height: 70 }, { ...spec, align: 'left' }, fonts).judgedLines, 0);
});

test('greedy fills each line as pdfkit does: never hyphenates, each next word would not fit', () => {
  const set = greedyBreak(spec, fonts);
  assert.ok(set.lines.every((l) => !l.hyphenated && !l.overfull && !l.hang));
  for (const l of set.lines.slice(0, -1)) {
    assert.ok(Math.abs(l.width - 240) < 1e-6);
    assert.ok(l.fragments.every((f) => f.scale === undefined && !f.style.tracking), 'word spaces only');
  }
  const texts = set.lines.map((l) => l.fragments.map((f) => f.text).join(''));
  for (let i = 0; i + 1 < texts.length; i++) {
    const next = texts[i + 1].split(' ')[0];
    const natural = greedyBreak({ ...spec, runs: [{ text: `${texts[i]} ${next}`, style: body }], width: 10000 }, fonts).lines[0].width;
    assert.ok(natural > 240, `line ${i} could have taken «${next}»`);
  }
});

test('the report has a row per judged paragraph, the totals of both engines and the loosest lines with their text', () => {
  const rows = compareParagraphs([{ id: 'p1', spec }, { id: 'p2', spec: { ...spec, width: 480 } }, { id: 'titre', spec: { ...spec, align: 'left', hyphenate: false } }], fonts);
  const text = formatTypoReport(rows);
  const lines = text.split('\n');
  assert.equal(lines.length, 2 + 2 + 2, 'the ragged title is not judged');
  assert.match(lines[0], /^paragraphe +lignes +jugées/);
  assert.match(text, /^p1 +\d+ +\d+ +\d\.\d{3} +\d+ +\d\.\d\d +\d\.\d\d +\d+ +\d +0 +0 +0$/m);
  assert.match(text, /^TOTAL glouton /m);
  assert.ok(rows[0].ours.meanDeviation < rows[0].greedy.meanDeviation / 2);
  const loosest = loosestLines(rows, 3);
  assert.equal(loosest.length, 3);
  assert.ok(loosest[0].ratio >= loosest[1].ratio && loosest[1].ratio >= loosest[2].ratio);
  assert.match(formatLoosest(rows, 3), new RegExp(`« ${loosest[0].text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} »`));
});

test('justifyAll judges the engine apart from the design: running text set ragged is set justified again', () => {
  const ragged: ParagraphSpec = { ...spec, align: 'left' };
  const [asDrawn] = compareParagraphs([{ id: 'p', spec: ragged }], fonts);
  const [justified] = compareParagraphs([{ id: 'p', spec: ragged }], fonts, { justifyAll: true });
  assert.equal(asDrawn.ours.judgedLines, 0);
  assert.ok(justified.ours.judgedLines > 3);
  assert.equal(justified.spec.align, 'justify');
  // A heading (no hyphenation: not running text) stays as designed.
  const [title] = compareParagraphs([{ id: 't', spec: { ...ragged, hyphenate: false } }], fonts, { justifyAll: true });
  assert.equal(title.ours.judgedLines, 0);
});

test('widows and orphans come from the pieces; greedy fills the same pages', () => {
  const rows = compareParagraphs([{ id: 'p', spec, pieces: [1, 5] }, { id: 'q', spec, pieces: [4, 1] }, { id: 'r', spec, pieces: [3] }], fonts);
  assert.deepEqual(rows.map((r) => [r.ours.orphans, r.ours.widows]), [[1, 0], [0, 1], [0, 0]]);
  assert.deepEqual(greedyPieces([4, 3], 8), [4, 4]);
  assert.deepEqual(greedyPieces([4, 3], 5), [4, 1]);
  assert.deepEqual(greedyPieces([4, 3], 3), [3]);
  const v = typoVerdicts(rows, fonts);
  assert.equal(v.length, 8);
  assert.match(formatVerdicts(v), /^✗ 0 veuve \(1\)$/m);
  assert.match(formatVerdicts(v), /^✗ 0 orpheline \(1\)$/m);
});

test('a last resort is reported with the paragraph set without it', () => {
  const cut = (last: string): Line[] => [line([frag('a b c')]), line([frag('dé-', { actualText: 'dé' })], { hyphenated: true }), line([frag(last)])];
  assert.equal(lastWordCut({ lines: cut('ment.'), height: 42 }), true);
  assert.equal(lastWordCut({ lines: cut('ment des services.'), height: 42 }), false);
  // Narrow columns of the sample: each resort the breaker took must have saved a loose line.
  const rows = compareParagraphs(SAMPLE_PARAGRAPHS.map((p) => ({ id: p.id, spec: { ...spec, width: 150, runs: [{ text: p.text, style: body }] } })), fonts);
  const resorts = lastResorts(rows, fonts);
  assert.ok(resorts.length > 0, 'a 150 pt column needs some');
  for (const r of resorts) assert.ok(r.saved, `${r.id} ${r.kinds.join(", ")}: ${JSON.stringify(r.alternative)}`);
});
