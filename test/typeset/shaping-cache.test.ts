// The shaping cache is a shortcut only: what it hands back is what fontkit shapes, and a build with it writes the same bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildBrochure } from '../../src/build.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { fsWorld } from '../../src/world.js';
import { loadFonts } from '../../src/load/index.js';
import { shapeWord, shapingOf } from '../../src/typeset/measure.js';
import { packWord, readShapingCache, unpackWord, writeShapingCache } from '../../src/typeset/shaping-cache.js';
import { buildCacheFor, openCacheText, sealCacheText } from '../../src/build-cache/index.js';
import { sha256Hex } from '../../src/publish/index.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const EPOCH = { SOURCE_DATE_EPOCH: '1598486400' };

test('packing and unpacking keeps every glyph, kerning pair, ligature and code point fontkit gives', async () => {
  const { fonts } = await loadFonts(fsWorld(ROOT), DEFAULT_CONFIG);
  // « Té » and « AV » kern in Marianne; « fi » is a ligature (two code points, one glyph); « œuvre », « № » and « ’ » are not ASCII.
  const words = ['Té', 'AVAL', 'officiel', 'efficace', 'œuvre', 'l’État', '«', '2019-2022', 'franceconnect.gouv.fr'];
  let kerned = 0;
  let ligatures = 0;
  for (const key of ['regular', 'bold', 'spectral'] as const) {
    for (const w of words) {
      const fresh = fonts[key]!.layout(w);
      const s = unpackWord(w, JSON.parse(JSON.stringify(packWord(w, shapeWord(fonts[key]!, w)))));
      assert.deepEqual(s.ids, fresh.glyphs.map((g) => g.id), `${key} ${w}`);
      assert.deepEqual(s.xAdvances, fresh.positions.map((p) => p.xAdvance), `${key} ${w}`);
      assert.deepEqual(s.advanceWidths, fresh.glyphs.map((g) => g.advanceWidth), `${key} ${w}`);
      assert.deepEqual(s.codePoints, fresh.glyphs.map((g) => g.codePoints), `${key} ${w}`);
      assert.equal(s.units, fresh.positions.reduce((a, p) => a + p.xAdvance, 0));
      if (packWord(w, s)[2] !== 0) kerned++;
      if (packWord(w, s)[3] !== 0) ligatures++;
    }
  }
  // The sample exercises both rare paths, or this test proves nothing about them.
  assert.ok(kerned > 0, 'some kerning');
  assert.ok(ligatures > 0, 'some ligature');
});

test('a cache of another format, another shaper, or broken entries is ignored, never fatal', () => {
  const hash = 'a'.repeat(64);
  const good = writeShapingCache('fontkit 2.0.4', new Map([[hash, new Map([['Té', unpackWord('Té', [[1, 2], [600, 500], [-20, 0], 0])]])]]));
  assert.equal(readShapingCache(good, 'fontkit 2.0.4')[hash]?.size, 1);
  assert.deepEqual(readShapingCache(good, 'fontkit 2.1.0'), {});
  assert.deepEqual(readShapingCache(good.replace('"format":1', '"format":2'), 'fontkit 2.0.4'), {});
  assert.deepEqual(readShapingCache(good.slice(0, -5), 'fontkit 2.0.4'), {});
  assert.deepEqual(readShapingCache('null', 'fontkit 2.0.4'), {});
  const broken = JSON.parse(good);
  broken.faces[hash].Té = [[1, 2], [600], 0, 0];
  broken.faces[hash].AV = [[1], [600], 0, [[65, 86]]];
  broken.faces[hash].x = ['1', [600], 0, 0];
  broken.faces['not-a-hash'] = { A: [[1], [600], 0, 0] };
  const read = readShapingCache(JSON.stringify(broken), 'fontkit 2.0.4');
  assert.deepEqual(Object.keys(read), [hash]);
  assert.deepEqual([...read[hash].keys()], ['AV']);
});

test('a build reads back what the previous one shaped, asks fontkit nothing more, and writes the same PDF', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'shaping-'));
  const world = fsWorld(ROOT, { ...EPOCH, BROCHURE_CACHE_DIR: dir });
  const store = buildCacheFor(world)!;
  assert.equal(store.dir, dir);

  const plain = await buildBrochure(fsWorld(ROOT, EPOCH), DEFAULT_CONFIG);
  const first = await buildBrochure(world, DEFAULT_CONFIG, undefined, { cache: store });
  const cacheFile = path.join(dir, 'shaping.json');
  const written = openCacheText(readFileSync(cacheFile, 'utf8'))!;
  const second = await buildBrochure(world, DEFAULT_CONFIG, undefined, { cache: store });

  const byFontkit = (b: typeof first) => Object.values(b.inputs.fonts).reduce((n, f) => n + shapingOf(f!).shapedFresh, 0);
  assert.ok(byFontkit(first) > 1000, `first build shaped ${byFontkit(first)} words`);
  assert.equal(byFontkit(second), 0);
  // Nothing new to say: the second build leaves the file as it was.
  assert.equal(openCacheText(readFileSync(cacheFile, 'utf8')), written);
  const hashes = await Promise.all([plain, first, second].map((b) => sha256Hex(b.pdf)));
  assert.equal(hashes[1], hashes[0]);
  assert.equal(hashes[2], hashes[0]);

  // A cache made for other font files is not used.
  const other = JSON.parse(written);
  other.faces = Object.fromEntries(Object.entries(other.faces).map(([h, w]) => [h.replace(/^./, h[0] === '0' ? '1' : '0'), w]));
  writeFileSync(cacheFile, sealCacheText(JSON.stringify(other)));
  const third = await buildBrochure(world, DEFAULT_CONFIG, undefined, { cache: store });
  assert.equal(byFontkit(third), byFontkit(first));
  assert.equal(await sha256Hex(third.pdf), hashes[0]);
});

test('no cache folder is made in a project without node_modules/', () => {
  const bare = mkdtempSync(path.join(tmpdir(), 'bare-'));
  assert.equal(buildCacheFor(fsWorld(bare, {})), undefined);
  assert.ok(buildCacheFor(fsWorld(ROOT, {}))!.dir.endsWith(path.join('node_modules', '.cache', 'techgouv-brochure')));
});

test('the CLI keeps its cache where BROCHURE_CACHE_DIR says, and --no-cache neither reads nor writes it', async () => {
  const { copyProject, runCli } = await import('../helpers/project.js');
  const { existsSync, readdirSync } = await import('node:fs');
  const root = copyProject();
  const dir = path.join(root, 'cache-here');
  const off = await runCli(['--quiet', '--no-cache'], root, { BROCHURE_CACHE_DIR: dir, BROCHURE_THUMBNAIL_WORKER: '0' });
  assert.equal(off.code, 0, off.stderr);
  assert.equal(existsSync(dir), false);
  const on = await runCli(['--quiet'], root, { BROCHURE_CACHE_DIR: dir, BROCHURE_THUMBNAIL_WORKER: '0' });
  assert.equal(on.code, 0, on.stderr);
  assert.deepEqual(readdirSync(dir).sort(), ['shaping.json', 'subsets.json']);
});
