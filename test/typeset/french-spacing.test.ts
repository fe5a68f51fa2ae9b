import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyFrenchSpacing, applyFrenchSpacingToRuns } from '../../src/typeset/french-spacing.js';
import type { StyledRun, TextStyle } from '../../src/typeset/types.js';

const unescape = (s: string) => s.replace(/\\u([0-9A-Fa-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
const show = (s: string) => s.replace(/\u202F/g, '⟨fine⟩').replace(/\u00A0/g, '⟨nbsp⟩');

const lines = readFileSync(new URL('./fixtures/french-spacing.txt', import.meta.url), 'utf8').split('\n');
const pairs: { input: string; expected: string; line: number }[] = [];
lines.forEach((l, i) => {
  if (l.startsWith('< ')) pairs.push({ input: unescape(l.slice(2)), expected: '', line: i + 1 });
  else if (l.startsWith('> ')) pairs[pairs.length - 1].expected = unescape(l.slice(2));
});

test('fixture file has pairs', () => assert.ok(pairs.length >= 20));
for (const p of pairs) {
  test(`fixture line ${p.line}: ${show(p.input)}`, () => {
    assert.equal(show(applyFrenchSpacing(p.input)), show(p.expected));
  });
}

test('idempotent on every fixture', () => {
  for (const p of pairs) assert.equal(applyFrenchSpacing(p.expected), p.expected);
});

const style: TextStyle = { font: 'regular', size: 10, color: '#161616', lineHeight: 14 };
const bold: TextStyle = { ...style, font: 'bold' };

test('rules see across run boundaries and keep each character in its run', () => {
  const runs: StyledRun[] = [
    { text: 'Nous avons ', style },
    { text: '38', style: bold },
    { text: ' projets ', style },
    { text: '«', style },
    { text: 'citation', style: bold },
    { text: '» ?', style },
  ];
  const out = applyFrenchSpacingToRuns(runs);
  assert.deepEqual(
    out.map((r) => show(r.text)),
    ['Nous avons ', '38', '⟨nbsp⟩projets ', '«⟨fine⟩', 'citation', '⟨fine⟩»⟨fine⟩?'],
  );
  assert.equal(out[1].style.font, 'bold');
});

test('verbatim runs are left exactly as written', () => {
  const runs: StyledRun[] = [
    { text: 'Le code ', style },
    { text: "x: 'a' ; b ?", style, verbatim: true },
    { text: ' ?', style },
  ];
  const out = applyFrenchSpacingToRuns(runs);
  assert.equal(out[1].text, "x: 'a' ; b ?");
  assert.equal(show(out[2].text), '⟨fine⟩?');
});
