// Font embedding shortcuts (src/render/fonts.ts): pdfkit on the typesetter's faces, subsets from the build cache.
// Each must write the very bytes pdfkit writes on its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { buildBrochure } from '../../src/build.js';
import { fsWorld } from '../../src/world.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { renderPdf, type RenderInputs } from '../../src/render/index.js';
import { type EncodedSubset, type SubsetStore } from '../../src/render/fonts.js';
import { hashFonts, subsetStoreFor } from '../../src/build-cache.js';
import { sha256Hex } from '../../src/publish/index.js';
import { pdfStandards } from '../../src/finish/standards.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const FONT = readFileSync(path.join(ROOT, 'fonts/Marianne-Regular.ttf'));

test('a TrueType subset is the same bytes for the same font file and glyph sequence', () => {
  const encode = (glyphs: number[]) => {
    const subset = (fontkit.create(FONT) as unknown as { createSubset(): { includeGlyph(g: number): number; encode(): Uint8Array } }).createSubset();
    for (const g of glyphs) subset.includeGlyph(g);
    return Buffer.from(subset.encode());
  };
  const glyphs = [36, 72, 79, 3, 200, 17, 90];
  const a = encode(glyphs);
  assert.ok(a.length > 1000);
  assert.ok(a.equals(encode(glyphs)));
  // The order is part of the key: glyph ids in the subset follow it.
  assert.ok(!a.equals(encode([...glyphs].reverse())));
});

/** An in-memory store that records what it is asked. */
function memoryStore(initial: EncodedSubset[] = []) {
  const kept = [...initial];
  const writes: EncodedSubset[][] = [];
  const store: SubsetStore = {
    read: async () => (font, glyphs) => kept.find((s) => s.font === font && s.glyphs.join() === glyphs.join())?.bytes,
    write: async (subsets) => {
      writes.push([...subsets]);
      kept.push(...subsets);
    },
  };
  return { store, kept, writes };
}

test('the real brochure renders byte for byte the same with subsets encoded, stored, or read back from the build cache', async () => {
  const built = await buildBrochure(fsWorld(ROOT, { SOURCE_DATE_EPOCH: '1598486400' }), DEFAULT_CONFIG);
  const { paged } = built.layout;
  const base: RenderInputs = { fontBytes: built.inputs.fontBytes, assets: built.assets, fonts: built.inputs.fonts, standards: pdfStandards(paged.meta) };
  const plain = await sha256Hex(await renderPdf(paged, { ...base, fonts: undefined }));

  const memory = memoryStore();
  assert.equal(await sha256Hex(await renderPdf(paged, { ...base, subsets: memory.store })), plain, 'first run: encoded and stored');
  assert.equal(memory.writes.length, 1);
  assert.ok(memory.kept.length >= 3, `${memory.kept.length} subsets`);
  assert.equal(await sha256Hex(await renderPdf(paged, { ...base, subsets: memory.store })), plain, 'second run: read back');
  assert.equal(memory.writes.length, 1, 'nothing new to store');

  // The stored bytes are what gets embedded (so the test above could fail): a changed subset changes the PDF.
  const tampered = memoryStore(memory.kept.map((s, i) => (i === 0 ? { ...s, bytes: Uint8Array.from(s.bytes, (b, j) => (j === 100 ? b ^ 1 : b)) } : s)));
  assert.notEqual(await sha256Hex(await renderPdf(paged, { ...base, subsets: tampered.store })), plain);

  // Through the build cache's file: written by one run, read by the next.
  const cache = { dir: mkdtempSync(path.join(tmpdir(), 'subsets-')) };
  const hashes = hashFonts(built.inputs.fontBytes);
  assert.equal(await sha256Hex(await renderPdf(paged, { ...base, subsets: subsetStoreFor(cache, hashes) })), plain);
  const file = path.join(cache.dir, 'subsets.json');
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { subsets: unknown[] };
  assert.equal(stored.subsets.length, memory.kept.length);
  let wrote = 0;
  const counting = subsetStoreFor(cache, hashes);
  const write = counting.write.bind(counting);
  counting.write = (s) => ((wrote += s.length), write(s));
  assert.equal(await sha256Hex(await renderPdf(paged, { ...base, subsets: counting })), plain);
  assert.equal(wrote, 0, 'every subset read from the file');

  // A broken file is only a missed shortcut.
  writeFileSync(file, '{"format":1,');
  assert.equal(await sha256Hex(await renderPdf(paged, { ...base, subsets: subsetStoreFor(cache, hashes) })), plain);
});

test('the build cache keeps a few subsets per font file, newest first, and ignores another fontkit’s', async () => {
  const cache = { dir: mkdtempSync(path.join(tmpdir(), 'subsets-')) };
  const hashes = { regular: 'a'.repeat(64) };
  const subset = (n: number): EncodedSubset => ({ font: 'regular', glyphs: [0, n], bytes: Uint8Array.of(n) });
  for (let n = 1; n <= 5; n++) await subsetStoreFor(cache, hashes).write([subset(n)]);
  const lookup = await subsetStoreFor(cache, hashes).read();
  assert.deepEqual([1, 2, 3, 4, 5].map((n) => lookup('regular', [0, n])?.[0]), [undefined, undefined, 3, 4, 5]);
  assert.equal(lookup('light', [0, 5]), undefined);

  const file = path.join(cache.dir, 'subsets.json');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/"shaper":"fontkit [^"]*"/, '"shaper":"fontkit 0.0.1"'));
  assert.equal((await subsetStoreFor(cache, hashes).read())('regular', [0, 5]), undefined);
});
