import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseParagraph } from '../../src/typeset/analyse-paragraph.js';
import { greedyBreak } from '../../src/typeset/greedy-break.js';
import { SAMPLE_PARAGRAPHS } from '../../src/typeset/sample-paragraphs.js';
import { typesetParagraph } from '../../src/typeset/typeset-paragraph.js';
import type { Line, ParagraphSpec } from '../../src/typeset/types.js';
import { looser, MAX_CONSECUTIVE_HYPHENS } from '../../src/typeset/break-lines.js';
import { adjustLine, EXPANSION_MAX, EXPANSION_STEP, LETTER_SPACING_MAX_EM, LOOSE_RATIO } from '../../src/typeset/justify.js';
import { protrusion } from '../../src/typeset/protrusion.js';
import { body, loadFonts } from './fonts.js';

const fonts = loadFonts();
const spec = (text: string, width = 240): ParagraphSpec => ({ runs: [{ text, style: body }], width, align: 'justify', hyphenate: true });

/** What lies inside the column: a justified line's width less what hangs into the margins. */
const inside = (l: Line) => l.width - (l.hang?.left ?? 0) - (l.hang?.right ?? 0);

test('real French paragraphs at 10 pt in 240 pt: no overfull line, even word gaps, few loose lines', () => {
  let lines = 0;
  let loose = 0;
  let ours = 0;
  let greedy = 0;
  for (const p of SAMPLE_PARAGRAPHS) {
    const s = spec(p.text);
    const set = typesetParagraph(s, fonts);
    const m = analyseParagraph(set, s, fonts);
    const g = analyseParagraph(greedyBreak(s, fonts), s, fonts);
    assert.equal(m.overfull, 0, p.id);
    assert.ok(set.lines.every((l) => inside(l) <= 240 + 1e-6), p.id);
    assert.ok(m.maxConsecutiveHyphens <= MAX_CONSECUTIVE_HYPHENS, p.id);
    assert.ok(m.maxRatio <= 2, `${p.id}: r max ${m.maxRatio}`);
    lines += m.judgedLines;
    loose += m.loose;
    ours += m.meanDeviation * m.judgedLines;
    greedy += g.meanDeviation * g.judgedLines;
  }
  assert.ok(ours / lines <= 0.13, `mean |r − 1| ${ours / lines}`);
  assert.ok(loose <= lines * 0.05, `${loose} loose lines of ${lines}`);
  assert.ok(ours / lines <= greedy / lines / 4, `mean |r − 1| ours ${ours / lines} vs greedy ${greedy / lines}`);
});

test('justified lines fill the column exactly, less what hangs out; the last line keeps its natural width', () => {
  const set = typesetParagraph(spec(SAMPLE_PARAGRAPHS[1].text), fonts);
  for (const l of set.lines.slice(0, -1)) assert.ok(Math.abs(inside(l) - 240) < 1e-6);
  const last = set.lines[set.lines.length - 1];
  assert.ok(Number.isNaN(last.ratio));
  assert.ok(last.fragments.every((f) => f.spaceExtra === 0 && f.scale === undefined && !f.style.tracking));
  assert.ok(last.width < 240);
});

test('hyphens: never four in a row; a third only when the paragraph set without it is looser', () => {
  for (const width of [110, 130, 150, 170, 190]) {
    for (const p of SAMPLE_PARAGRAPHS) {
      const s = spec(p.text, width);
      const set = typesetParagraph(s, fonts);
      const m = analyseParagraph(set, s, fonts);
      assert.ok(m.maxConsecutiveHyphens <= 3, `${p.id} at ${width}`);
      assert.ok(set.lines.every((l) => !l.overfull), `${p.id} at ${width}`);
      if (m.maxConsecutiveHyphens < 3) continue;
      const alt = analyseParagraph(typesetParagraph(s, fonts, { lastResorts: false }), s, fonts);
      assert.ok(alt.maxConsecutiveHyphens <= 2);
      const loose = (x: typeof m) => ({ loose: x.loose, worst: x.maxRatio });
      assert.ok(looser(loose(alt), loose(m)), `${p.id} at ${width}: ${JSON.stringify(loose(m))}; without: ${JSON.stringify(loose(alt))}`);
    }
  }
});

test('font expansion: whole steps of 0.5 % within ±2 %, the same for every fragment of a line, only in justified text', () => {
  const steps = new Set<number>();
  for (const width of [150, 240, 480]) {
    for (const p of SAMPLE_PARAGRAPHS) {
      for (const l of typesetParagraph(spec(p.text, width), fonts).lines) {
        const scales = new Set(l.fragments.map((f) => f.scale ?? 1));
        assert.equal(scales.size, 1);
        const [scale] = scales;
        assert.ok(Math.abs(scale - 1) <= EXPANSION_MAX + 1e-12, `${scale}`);
        const step = Math.round((scale - 1) / EXPANSION_STEP);
        assert.ok(Math.abs(scale - 1 - step * EXPANSION_STEP) < 1e-12, `${scale} is not a step`);
        steps.add(step);
      }
    }
  }
  assert.ok(steps.has(4) && steps.has(-4) && steps.size >= 7, `steps used: ${[...steps].sort((a, b) => a - b)}`);
  const ragged = typesetParagraph({ ...spec(SAMPLE_PARAGRAPHS[0].text), align: 'left' }, fonts);
  assert.ok(ragged.lines.every((l) => l.fragments.every((f) => f.scale === undefined) && !l.hang));
});

test('adjustLine: expansion first, then the word spaces, letter-spacing only past 1.5 natural spaces and capped', () => {
  const shape = { natural: 200, spaces: 16, count: 6, glyphs: 40, size: 10 };
  const fill = { expand: true, fill: true };
  // Slack within 2 % of the line: the glyphs take it, to the nearest half per cent; the spaces the rounding.
  const a = adjustLine(3, shape, fill);
  assert.equal(a.scale, 1.015);
  assert.ok(Math.abs(a.spaceExtra * 6 - 0) < 1e-9 && a.letterSpacing === 0 && Math.abs(a.rest) < 1e-9);
  // Shrinking alike.
  const b = adjustLine(-5, shape, fill);
  assert.equal(b.scale, 0.98);
  assert.ok(Math.abs(b.spaceExtra * 6 + 1) < 1e-9);
  // Much slack: glyphs at +2 %, spaces to 1.5 natural, letter-spacing for the rest within 1 % of an em per glyph.
  const c = adjustLine(20, shape, fill);
  assert.equal(c.scale, 1.02);
  assert.ok(c.letterSpacing > 0 && c.letterSpacing <= LETTER_SPACING_MAX_EM * 10 + 1e-12);
  assert.ok(Math.abs(c.scale * 200 + c.spaceExtra * 6 + c.letterSpacing * 40 - 220) < 1e-9, 'the line is full');
  assert.ok(c.gapRatio > LOOSE_RATIO, 'capped: still loose');
  const d = adjustLine(14, shape, fill);
  assert.ok(d.letterSpacing > 0 && Math.abs(d.gapRatio - LOOSE_RATIO) < 1e-9, 'letter-spacing brings the gap down to 1.5 exactly');
  // A last line is never stretched; it shrinks only when it would overflow.
  assert.deepEqual(adjustLine(12, shape, { expand: true, fill: false }), { scale: 1, spaceExtra: 0, letterSpacing: 0, gapRatio: 1, rest: 12 });
  assert.ok(adjustLine(-2, shape, { expand: true, fill: false }).scale < 1);
  // Ragged text keeps its glyphs.
  assert.equal(adjustLine(-2, shape, { expand: false, fill: false }).scale, 1);
});

test('hanging punctuation: a hyphen, comma or full stop at the end of a justified line hangs into the right margin', () => {
  const set = typesetParagraph(spec(SAMPLE_PARAGRAPHS[1].text, 200), fonts);
  let hung = 0;
  for (const l of set.lines.slice(0, -1)) {
    const text = l.fragments.map((f) => f.text).join('');
    const last = text[text.length - 1];
    const right = l.hang?.right ?? 0;
    if ('-,.'.includes(last)) {
      assert.ok(Math.abs(right - protrusion(last, 1, 'regular', 10, fonts)) < 1e-9, text);
      assert.ok(right > 1, `${text}: ${right}`);
      hung++;
    } else if (/\p{L}$/u.test(text)) assert.equal(right, 0, text);
    // The first fragment starts left of the column by what hangs on the left.
    assert.ok(Math.abs(l.fragments[0].x + (l.hang?.left ?? 0)) < 1e-9);
  }
  assert.ok(hung >= 2, `${hung} lines end with hanging punctuation`);
  assert.equal(protrusion('«', 0, 'regular', 10, fonts) > 0, true);
  assert.equal(protrusion('a', 1, 'regular', 10, fonts), 0);
});

test('ragged-right lines never exceed the width and are balanced, never stretched', () => {
  for (const width of [120, 240]) {
    const s: ParagraphSpec = { ...spec(SAMPLE_PARAGRAPHS[2].text, width), align: 'left', hyphenate: false };
    const set = typesetParagraph(s, fonts);
    assert.ok(set.lines.length > 3);
    for (const l of set.lines) {
      assert.ok(l.width <= width + 1e-6, `${l.width} > ${width}`);
      assert.ok(l.fragments.every((f) => f.spaceExtra === 0));
      assert.equal(l.hyphenated, false);
    }
  }
});

test('center and right alignment place lines inside the column', () => {
  for (const align of ['center', 'right'] as const) {
    const set = typesetParagraph({ ...spec(SAMPLE_PARAGRAPHS[0].text, 200), align }, fonts);
    for (const l of set.lines) {
      const first = l.fragments[0];
      const slack = 200 - l.width;
      assert.ok(Math.abs(first.x - (align === 'center' ? slack / 2 : slack)) < 1e-6);
    }
  }
});
