// The pair shaper is a shortcut only: every word it takes, fontkit's layout shapes the same (glyphs, advances,
// kerning, code points), and every word it cannot vouch for it leaves to fontkit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { FONT_FILES } from '../../src/load/fonts.js';
import { loadInputs } from '../../src/load/index.js';
import { namedPictogrammes } from '../../src/load/assets.js';
import { loadVectorAssets } from '../../src/assets/load-assets.js';
import { buildDocument } from '../../src/model/build.js';
import { layoutDocument } from '../../src/layout/index.js';
import { BLOC_MARQUE } from '../../src/layout/vectors.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { memoryWorld } from '../../src/world.js';
import { shapingOf } from '../../src/typeset/measure.js';
import { pairShaperFor } from '../../src/typeset/pair-shaper.js';
import type { FontKey } from '../../src/typeset/types.js';
import { readProject } from '../cli/build-to-layout.js';
import { editionIds } from '../helpers/roadmaps.js';

const fontBytes = (key: FontKey) => readFileSync(new URL(`../../fonts/${FONT_FILES[key]}`, import.meta.url));

/** What a face gives for each word, in order: `viaPairShaper` tries the pair shaper first. */
function shapeAll(key: FontKey, words: readonly string[], viaPairShaper: boolean): { shaped: string[]; taken: number } {
  const face = fontkit.create(fontBytes(key));
  const shaper = viaPairShaper ? pairShaperFor(face) : undefined;
  if (viaPairShaper) assert.ok(shaper, `${key}: no pair shaper`);
  let taken = 0;
  const shaped = words.map((w) => {
    const fast = shaper?.shape(w);
    if (fast) taken++;
    // Code points too: a glyph object keeps those of the first character that asked for it (fontkit's cache).
    if (fast) return JSON.stringify([w, fast.ids.map((id, i) => [id, fast.advanceWidths[i], fast.codePoints[i]]), fast.xAdvances]);
    const run = face.layout(w);
    return JSON.stringify([w, run.glyphs.map((g) => [g.id, g.advanceWidth, g.codePoints]), run.positions.map((p) => p.xAdvance)]);
  });
  return { shaped, taken };
}

function assertSameAsFontkit(key: FontKey, words: readonly string[]): number {
  const fast = shapeAll(key, words, true);
  const reference = shapeAll(key, words, false);
  for (let i = 0; i < words.length; i++) assert.equal(fast.shaped[i], reference.shaped[i], `${key}: ${JSON.stringify(words[i])}`);
  return fast.taken;
}

test('every word of every edition: the pair shaper gives what fontkit gives, and takes most of them', async () => {
  const files = readProject();
  const words = new Map<FontKey, Set<string>>();
  for (const edition of editionIds()) {
    const world = memoryWorld(files);
    const inputs = await loadInputs(world, { ...DEFAULT_CONFIG, edition });
    const { assets } = await loadVectorAssets(world, [BLOC_MARQUE, ...namedPictogrammes(inputs.data)]);
    const document = buildDocument(inputs.data, inputs.editorial, inputs.previous ? { previous: inputs.previous } : {}).document!;
    layoutDocument(document, inputs.fonts, assets);
    for (const [key, face] of Object.entries(inputs.fonts) as [FontKey, fontkit.Font][]) {
      const set = words.get(key) ?? new Set<string>();
      // Superior words (behind U+0002) ask for a feature: fontkit shapes them, never the pair shaper.
      for (const w of shapingOf(face).words.keys()) if (!w.startsWith('\u0002')) set.add(w);
      words.set(key, set);
    }
  }
  for (const [key, set] of words) {
    if (set.size === 0) continue;
    const taken = assertSameAsFontkit(key, [...set]);
    if (key === 'regular' || key === 'bold') assert.ok(taken > 0.9 * set.size, `${key}: the pair shaper took ${taken} of ${set.size} words`);
  }
  assert.ok((words.get('regular')?.size ?? 0) > 1000, 'the editions were laid out');
});

test('every two-character string of Latin-1, Œ and French punctuation, in Marianne and Spectral', () => {
  const chars: string[] = [];
  for (let c = 0x20; c < 0x100; c++) if (c < 0x7f || c >= 0xa0) chars.push(String.fromCodePoint(c));
  chars.push(...'ŒœŸ‘’“”„…‰‹›€−–—\u202F\u2009\u2044\u200B\uFE0F→ﬁĳ', 'e\u0301');
  const pairs = chars.flatMap((a) => chars.map((b) => a + b));
  // Kerned pairs in both subtable formats, a soft hyphen met before .notdef (fontkit then hides .notdef), U+00A0
  // before and after the space, Spectral's f ligatures: all through the comparison.
  for (const key of ['regular', 'spectral'] as const) {
    const taken = assertSameAsFontkit(key, pairs);
    assert.ok(taken > 0.3 * pairs.length && taken < pairs.length, `${key}: ${taken} of ${pairs.length}`);
  }
});

test('a face whose tables hold what the pair shaper does not model gets none', () => {
  const face = fontkit.create(fontBytes('regular'));
  const gsub = (face as unknown as { GSUB: object }).GSUB;
  const gpos = (face as unknown as { GPOS: { scriptList: { tag: string; script: { defaultLangSys: { featureIndexes: number[] } } }[] } }).GPOS;
  const variant = (over: object) =>
    Object.create(face, Object.fromEntries(Object.entries(over).map(([k, value]) => [k, { value }]))) as fontkit.Font;
  assert.ok(pairShaperFor(face));
  // Feature variations, no GPOS, or scripts that reach different lookups (fontkit would pick one by the text).
  assert.equal(pairShaperFor(variant({ GSUB: { ...gsub, featureVariations: {} } })), undefined);
  assert.equal(pairShaperFor(variant({ GPOS: undefined })), undefined);
  const [first, ...rest] = gpos.scriptList;
  const withFeatures = (featureIndexes: number[]) => ({ ...first, script: { ...first.script, defaultLangSys: { ...first.script.defaultLangSys, featureIndexes } } });
  assert.equal(pairShaperFor(variant({ GPOS: { ...gpos, scriptList: [withFeatures([]), ...rest] } })), undefined);
  // A tag listed twice (fontkit keeps its last record), a lookup under two tags (fontkit applies it twice).
  const features = (gpos as unknown as { featureList: { tag: string; feature: { lookupListIndexes: number[] } }[] }).featureList;
  const kernLookup = features.find((f) => f.tag === 'kern')!.feature.lookupListIndexes[0];
  const withExtra = (tag: string, lookupListIndexes: number[]) => {
    const featureList = [...features, { tag, feature: { lookupListIndexes } }];
    const indexes = [...first.script.defaultLangSys.featureIndexes, featureList.length - 1];
    const scriptList = [first, ...rest].map((s) => ({ ...s, script: { ...s.script, defaultLangSys: { ...s.script.defaultLangSys, featureIndexes: indexes } } }));
    return variant({ GPOS: { ...gpos, featureList, scriptList } });
  };
  assert.ok(pairShaperFor(withExtra('curs', [])), 'an extra empty feature changes nothing');
  assert.equal(pairShaperFor(withExtra('kern', [])), undefined);
  assert.equal(pairShaperFor(withExtra('curs', [kernLookup])), undefined);
  // No script fontkit would pick for Latin text (DFLT, dflt, latn): it applies no feature at all.
  assert.equal(pairShaperFor(variant({ GPOS: { ...gpos, scriptList: [{ ...first, tag: 'cyrl' }] } })), undefined);
  // A morx table: fontkit shapes with AAT.
  const directory = (face as unknown as { directory: { tables: object } }).directory;
  assert.equal(pairShaperFor(variant({ directory: { ...directory, tables: { ...directory.tables, morx: {} } } })), undefined);
});
