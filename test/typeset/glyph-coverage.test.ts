import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMissingGlyphs } from '../../src/typeset/glyph-coverage.js';
import { body, loadFonts, styled } from './fonts.js';

const fonts = loadFonts();
const spec = (runs: { text: string; font?: 'spectral' }[]) => ({
  runs: runs.map((r) => ({ text: r.text, style: r.font ? styled(r.font) : body })),
  width: 200,
  align: 'justify' as const,
  hyphenate: true,
});

test('ordinary French text, no-break spaces and soft hyphens are all drawable', () => {
  assert.deepEqual(findMissingGlyphs(spec([{ text: 'L’État « œuvre » à 45\u202F% — 23\u00A0M€… trans\u00ADformation' }]), fonts), []);
  assert.deepEqual(findMissingGlyphs(spec([{ text: '«\u202FCitation\u202F»', font: 'spectral' }]), fonts), []);
});

test('a character no face has is located by run and offset; control characters too', () => {
  const found = findMissingGlyphs(spec([{ text: 'ok' }, { text: 'a\u4E2Db\u0007' }]), fonts);
  assert.deepEqual(found, [
    { char: '\u4E2D', codePoint: 'U+4E2D', runIndex: 1, offset: 1 },
    { char: '\u0007', codePoint: 'U+0007', runIndex: 1, offset: 3 },
  ]);
});

test('astral characters report their full code point and UTF-16 offset', () => {
  const found = findMissingGlyphs(spec([{ text: 'x🙂y' }]), fonts);
  assert.equal(found.length, 1);
  assert.equal(found[0].codePoint, 'U+1F642');
  assert.equal(found[0].offset, 1);
});
