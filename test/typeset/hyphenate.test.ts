import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hyphenationPoints, hyphenationRefusal, showHyphenation, LEFT_MIN, RIGHT_MIN } from '../../src/typeset/hyphenate.js';
import { typesetParagraph } from '../../src/typeset/typeset-paragraph.js';
import { body, loadFonts } from './fonts.js';

test('French patterns give the expected points', () => {
  assert.equal(showHyphenation('transformation'), 'trans-for-ma-tion');
  assert.equal(showHyphenation('interministérielle'), 'in-ter-mi-nis-té-rielle');
  assert.equal(showHyphenation('accessibilité'), 'ac-ces-si-bi-lité');
});

test('at least 2 letters before and 3 after every point', () => {
  for (const w of ['agilité', 'écologie', 'amélioration', 'usagers', 'numérique', 'aéroport', 'idéal', 'oasis']) {
    for (const p of hyphenationPoints(w)) {
      assert.ok(p >= LEFT_MIN, `${w} cut at ${p}`);
      assert.ok(w.length - p >= RIGHT_MIN, `${w} cut at ${p}`);
    }
  }
  assert.equal(showHyphenation('agilité'), 'agi-lité');
});

test('refusals: capitals, camelCase, digits, proper names, last word', () => {
  assert.equal(hyphenationRefusal('DINUM'), 'all-capitals');
  assert.equal(hyphenationRefusal('INTERMINISTERIEL'), 'all-capitals');
  assert.equal(hyphenationRefusal('FranceConnect'), 'inner-capital');
  assert.equal(hyphenationRefusal('numérique', { token: 'numérique2020' }), 'digits');
  assert.equal(hyphenationRefusal('Montpellier', { properNames: ['Montpellier'] }), 'proper-name');
  assert.equal(hyphenationRefusal('Montpellier', { token: '(Montpellier),', properNames: ['Montpellier'] }), 'proper-name');
  assert.equal(hyphenationRefusal('transformation', { isLastWord: true }), 'last-word');
  assert.equal(hyphenationRefusal('Transformation'), null);
  for (const w of ['DINUM', 'FranceConnect']) assert.deepEqual(hyphenationPoints(w), []);
  assert.deepEqual(hyphenationPoints('Montpellier', { properNames: ['Montpellier'] }), []);
});

const fonts = loadFonts();
const words = (text: string, width: number, properNames?: string[]) =>
  typesetParagraph({ runs: [{ text, style: body }], width, align: 'justify', hyphenate: true, properNames }, fonts);

test('in a paragraph: the last word is never cut, nor proper names, capitals or words with digits', () => {
  const text =
    'Les administrations interministérielles transforment TRANSFORMATIONNELLEMENT Montpellier et COVID19numérique les organisations publiques transformation';
  for (let width = 80; width <= 200; width += 7) {
    const set = words(text, width, ['Montpellier']);
    for (const line of set.lines) {
      const last = line.fragments[line.fragments.length - 1];
      if (!line.hyphenated || !last.actualText) continue;
      const cutWord = last.actualText.split(/\s/).pop()!;
      assert.ok(!/^(TRANSFORMATION|Montpel|COVID)/.test(cutWord), `cut ${cutWord} at width ${width}`);
    }
    const lastLine = set.lines[set.lines.length - 1];
    assert.ok(lastLine.fragments.map((f) => f.text).join('').endsWith('transformation'), `width ${width}`);
  }
});

test('hyphenate: false never adds a hyphen', () => {
  const text = 'Les administrations interministérielles transforment profondément les organisations publiques';
  const set = typesetParagraph({ runs: [{ text, style: body }], width: 120, align: 'left', hyphenate: false }, fonts);
  assert.ok(set.lines.every((l) => !l.hyphenated && !l.fragments.some((f) => f.actualText)));
});
