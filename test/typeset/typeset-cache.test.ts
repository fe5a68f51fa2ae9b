// Typeset paragraphs kept between runs: read back only for the same code, fonts and proper names, and the PDF is the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildBrochure } from '../../src/build.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { fsWorld } from '../../src/world.js';
import { readTypesetCache, typesetScope, writeTypesetCache } from '../../src/typeset/typeset-cache.js';
import { sha256Hex } from '../../src/publish/index.js';
import { openCacheText, sealCacheText } from '../../src/build-cache/index.js';
import type { SetParagraph } from '../../src/typeset/types.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const world = fsWorld(ROOT, { SOURCE_DATE_EPOCH: '1598486400' });

const para = (ratio: number): SetParagraph => ({
  height: 12,
  lines: [{ fragments: [{ text: 'Bonjour', style: { font: 'regular', size: 10, color: '#161616', lineHeight: 12 }, x: 0, width: 40, spaceExtra: 0 }], width: 40, ratio, hyphenated: false, overfull: false, lineHeight: 12, ascent: 9 }],
});

test('paragraphs round-trip, a last line’s NaN ratio included; another scope or a damaged entry reads as nothing', () => {
  const scope = typesetScope('build-1', { regular: 'a'.repeat(64) }, ['Etalab']);
  const json = writeTypesetCache(scope, new Map([['k1', para(NaN)], ['k2', para(-Infinity)], ['k3', para(0.25)]]));
  const back = readTypesetCache(json, scope);
  assert.deepEqual([...back.keys()], ['k1', 'k2', 'k3']);
  assert.ok(Number.isNaN(back.get('k1')!.lines[0].ratio));
  assert.equal(back.get('k2')!.lines[0].ratio, -Infinity);
  assert.deepEqual(back.get('k3'), para(0.25));

  assert.equal(readTypesetCache(json, typesetScope('build-2', { regular: 'a'.repeat(64) }, ['Etalab'])).size, 0);
  assert.equal(readTypesetCache(json, typesetScope('build-1', { regular: 'b'.repeat(64) }, ['Etalab'])).size, 0);
  assert.equal(readTypesetCache(json, typesetScope('build-1', { regular: 'a'.repeat(64) }, ['Etalab', 'DINUM'])).size, 0);
  assert.equal(readTypesetCache(json.slice(0, -3), scope).size, 0);
  const damaged = JSON.parse(json);
  damaged.paragraphs.k3.lines[0].width = 'large';
  delete damaged.paragraphs.k2.height;
  assert.deepEqual([...readTypesetCache(JSON.stringify(damaged), scope).keys()], ['k1']);
});

test('a second build takes its paragraphs from the first one’s file, for the same code id only', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'typeset-'));
  const cache = { dir, codeId: 'test-build' };
  const plain = await buildBrochure(world, DEFAULT_CONFIG);
  const first = await buildBrochure(world, DEFAULT_CONFIG, undefined, { cache });
  const file = path.join(dir, 'typeset.json');
  const written = openCacheText(readFileSync(file, 'utf8'))!;
  const second = await buildBrochure(world, DEFAULT_CONFIG, undefined, { cache });
  assert.equal(await sha256Hex(first.pdf), await sha256Hex(plain.pdf));
  assert.equal(await sha256Hex(second.pdf), await sha256Hex(plain.pdf));
  // Every paragraph came from the file: nothing to add, so it is left as it was.
  assert.equal(openCacheText(readFileSync(file, 'utf8')), written);

  // Proof that the file is what the layout used: a word changed in it shows in the next PDF's layout…
  const edited = JSON.parse(written);
  const keys = Object.keys(edited.paragraphs);
  assert.ok(keys.length > 100, `${keys.length} paragraphs kept`);
  edited.paragraphs[keys[0]].lines[0].fragments[0].text = 'Programmé';
  const tampered = JSON.stringify(edited);
  writeFileSync(file, sealCacheText(tampered));
  const fromFile = await buildBrochure(world, DEFAULT_CONFIG, undefined, { cache });
  const texts = (b: typeof plain) => b.layout.paragraphs.flatMap((r) => r.set.lines.flatMap((l) => l.fragments.map((f) => f.text)));
  assert.ok(texts(fromFile).includes('Programmé'));
  // …and a build of another code version does not read it.
  writeFileSync(file, sealCacheText(tampered));
  const otherCode = await buildBrochure(world, DEFAULT_CONFIG, undefined, { cache: { dir, codeId: 'other-build' } });
  assert.ok(!texts(otherCode).includes('Programmé'));
  assert.equal(await sha256Hex(otherCode.pdf), await sha256Hex(plain.pdf));
});

test('without a code id (running from sources), no paragraph is kept', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'typeset-'));
  await buildBrochure(world, DEFAULT_CONFIG, undefined, { cache: { dir } });
  assert.throws(() => readFileSync(path.join(dir, 'typeset.json')), /ENOENT/);
  // Shaped words are kept all the same: they depend on fontkit only.
  assert.ok(openCacheText(readFileSync(path.join(dir, 'shaping.json'), 'utf8'))!.length > 1000);
});

test('lines carry expansion and protrusion through the cache; a file of the format before them is never read', () => {
  const scope = typesetScope('build-1', { regular: 'a'.repeat(64) }, []);
  const p = para(0.25);
  p.lines[0].fragments[0].scale = 1.015;
  p.lines[0].hang = { left: 0, right: 1.7 };
  const json = writeTypesetCache(scope, new Map([['k', p]]));
  assert.deepEqual(readTypesetCache(json, scope).get('k'), p);
  const old = JSON.parse(json);
  old.format = 1;
  assert.equal(readTypesetCache(JSON.stringify(old), scope).size, 0);
  const damaged = JSON.parse(json);
  damaged.paragraphs.k.lines[0].fragments[0].scale = '101.5 %';
  assert.equal(readTypesetCache(JSON.stringify(damaged), scope).size, 0);
});
