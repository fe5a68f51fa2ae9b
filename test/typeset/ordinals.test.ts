// French ordinals: the ending after the digits in the font's superior letters, measured and drawn so, read as typed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { superiorOrdinals } from '../../src/typeset/french-spacing.js';
import { measureText, typesetParagraph } from '../../src/typeset/typeset-paragraph.js';
import { shapeWord } from '../../src/typeset/measure.js';
import { body, loadFonts } from './fonts.js';

const fonts = loadFonts();
const endings = (text: string, extra = {}) =>
  superiorOrdinals([{ text, style: body, ...extra }])
    .filter((r) => r.style.superior)
    .map((r) => r.text);

test('the ending of an ordinal after its digits is superior; other letters after digits are not', () => {
  assert.deepEqual(endings('le 1er, la 1re, les 2es, le 16e rang, au XXe siècle, 12e.'), ['er', 're', 'es', 'e', 'e']);
  assert.deepEqual(endings('3D, 10est, 2020-2022, 4e5, mi-2021, 2 500 e'), []);
  // Code and other languages are left as typed.
  assert.deepEqual(endings('1er', { verbatim: true }), []);
  assert.deepEqual(endings('1st 2e', { lang: 'en' }), []);
  // The runs still read as the text: nothing added, nothing lost.
  assert.equal(superiorOrdinals([{ text: 'le 1er est le meilleur', style: body }]).map((r) => r.text).join(''), 'le 1er est le meilleur');
});

test('superior letters are the font’s own (sups), narrower than the letters, and the line is measured as drawn', () => {
  const face = fonts.regular;
  const plain = shapeWord(face, 'er');
  const sup = shapeWord(face, 'er', true);
  assert.notDeepEqual(sup.ids, plain.ids);
  assert.ok(sup.units < plain.units);
  // The glyphs still stand for « e » and « r »: text extraction reads « 1er ».
  assert.deepEqual(sup.codePoints, [[0x65], [0x72]]);
  const set = typesetParagraph({ runs: [{ text: 'le 1er est le meilleur', style: body }], width: 400, align: 'left', hyphenate: false }, fonts);
  const [line] = set.lines;
  const er = line.fragments.find((f) => f.text === 'er')!;
  assert.equal(er.style.superior, true);
  assert.ok(Math.abs(er.width - measureText('er', { ...body, superior: true }, fonts)) < 1e-9);
  const next = line.fragments[line.fragments.indexOf(er) + 1];
  assert.ok(Math.abs(next.x - (er.x + er.width)) < 1e-9, 'the next fragment starts where the superior letters end');
});
