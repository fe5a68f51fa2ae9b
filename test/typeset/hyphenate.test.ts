import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseParagraph } from '../../src/typeset/analyse-paragraph.js';
import { looser } from '../../src/typeset/break-lines.js';
import { buildItems } from '../../src/typeset/items.js';
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

test('refusals: capitals, camelCase, digits, proper names', () => {
  assert.equal(hyphenationRefusal('DINUM'), 'all-capitals');
  assert.equal(hyphenationRefusal('INTERMINISTERIEL'), 'all-capitals');
  assert.equal(hyphenationRefusal('FranceConnect'), 'inner-capital');
  assert.equal(hyphenationRefusal('numérique', { token: 'numérique2020' }), 'digits');
  assert.equal(hyphenationRefusal('Montpellier', { properNames: ['Montpellier'] }), 'proper-name');
  assert.equal(hyphenationRefusal('Montpellier', { token: '(Montpellier),', properNames: ['Montpellier'] }), 'proper-name');
  assert.equal(hyphenationRefusal('Transformation'), null);
  for (const w of ['DINUM', 'FranceConnect']) assert.deepEqual(hyphenationPoints(w), []);
  assert.deepEqual(hyphenationPoints('Montpellier', { properNames: ['Montpellier'] }), []);
});

const fonts = loadFonts();
const words = (text: string, width: number, properNames?: string[]) =>
  typesetParagraph({ runs: [{ text, style: body }], width, align: 'justify', hyphenate: true, properNames }, fonts);

test('in a paragraph: never proper names, capitals or words with digits; the last word only as a last resort', () => {
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
    const lastLine = set.lines[set.lines.length - 1].fragments.map((f) => f.text).join('');
    if (!lastLine.endsWith(' transformation') && lastLine !== 'transformation') {
      // Cut: only because the paragraph set with the word whole is looser (break-lines.ts, `looser`).
      const spec = { runs: [{ text, style: body }], width, align: 'justify' as const, hyphenate: true, properNames: ['Montpellier'] };
      const m = analyseParagraph(set, spec, fonts);
      const whole = analyseParagraph(typesetParagraph(spec, fonts, { lastResorts: false }), spec, fonts);
      assert.ok(looser({ loose: whole.loose, worst: whole.maxRatio }, { loose: m.loose, worst: m.maxRatio }), `width ${width}: « ${lastLine} »`);
    }
  }
  // With room to spare the last word stays whole.
  const wide = words('Les administrations accompagnent la transformation', 400);
  assert.equal(wide.lines.length, 1);
});

test('words next to digits and inside no-break groups are hyphenated: « 2 500 visioconférences »', () => {
  assert.deepEqual(hyphenationPoints('visioconférences', { token: 'visioconférences' }), [2, 5, 8, 10]);
  const breaksIn = (text: string) =>
    buildItems([{ text, style: body }], fonts, { hyphenate: true, minLineWidth: 200 })
      .filter((it) => it.type === 'penalty' && it.kind === 'hyphen').length;
  assert.equal(breaksIn('2\u202F500\u00A0visioconférences par jour'), 4);
  assert.equal(breaksIn('« Cloud\u00A01 » interministérielles'), 5);
  // A word that itself carries digits is never cut.
  assert.equal(breaksIn('COVID19numérique'), 0);
  assert.equal(breaksIn('numérique2020'), 0);
});

test('hyphenate: false never adds a hyphen', () => {
  const text = 'Les administrations interministérielles transforment profondément les organisations publiques';
  const set = typesetParagraph({ runs: [{ text, style: body }], width: 120, align: 'left', hyphenate: false }, fonts);
  assert.ok(set.lines.every((l) => !l.hyphenated && !l.fragments.some((f) => f.actualText)));
});
