// Render's shortcuts through the build cache: font subsets (src/render/fonts.ts) and vector forms
// (src/render/vector.ts) read back from earlier runs. Each must write the very bytes drawing them again writes.
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
import { formStoreFor, openCacheText, sealCacheText, subsetStoreFor } from '../../src/build-cache/index.js';
import { hashFonts } from '../../src/load/font-hashes.js';
import type { FormStore, StoredForm } from '../../src/render/vector.js';
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

let brochure: Promise<{ built: Awaited<ReturnType<typeof buildBrochure>>; base: RenderInputs; plain: string }> | undefined;
/** The real brochure, built once per file, and the hash of its PDF rendered without any store. */
function realBrochure() {
  brochure ??= (async () => {
    const built = await buildBrochure(fsWorld(ROOT, { SOURCE_DATE_EPOCH: '1598486400' }), DEFAULT_CONFIG);
    const { paged } = built.layout;
    const base: RenderInputs = { fontBytes: built.inputs.fontBytes, assets: built.assets, fonts: built.inputs.fonts, standards: pdfStandards(paged.meta) };
    return { built, base, plain: await sha256Hex(await renderPdf(paged, { ...base, fonts: undefined })) };
  })();
  return brochure;
}

test('the real brochure renders byte for byte the same with subsets encoded, stored, or read back from the build cache', async () => {
  const { built, base, plain } = await realBrochure();
  const { paged } = built.layout;

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
  const stored = JSON.parse(openCacheText(readFileSync(file, 'utf8'))!) as { subsets: unknown[] };
  assert.equal(stored.subsets.length, memory.kept.length);
  let wrote = 0;
  const counting = subsetStoreFor(cache, hashes);
  const write = counting.write.bind(counting);
  counting.write = (s) => ((wrote += s.length), write(s));
  assert.equal(await sha256Hex(await renderPdf(paged, { ...base, subsets: counting })), plain);
  assert.equal(wrote, 0, 'every subset read from the file');

  // A damaged file that is still valid JSON (one character of a stored subset changed) fails its checksum: a miss,
  // not a broken font in the PDF.
  const sealed = readFileSync(file, 'utf8');
  const at = sealed.indexOf('"', sealed.indexOf('"ttf"') + 6) + 10;
  const flipped = sealed.slice(0, at) + (sealed[at] === 'A' ? 'B' : 'A') + sealed.slice(at + 1);
  assert.ok(JSON.parse(flipped.slice(65)) !== null, 'still valid JSON');
  writeFileSync(file, flipped);
  assert.equal(await sha256Hex(await renderPdf(paged, { ...base, subsets: subsetStoreFor(cache, hashes) })), plain);
  // A broken file is only a missed shortcut.
  writeFileSync(file, '{"format":1,');
  assert.equal(await sha256Hex(await renderPdf(paged, { ...base, subsets: subsetStoreFor(cache, hashes) })), plain);
});

test('the build cache keeps a few subsets per font file, newest first, and ignores another fontkit’s', async () => {
  const cache = { dir: mkdtempSync(path.join(tmpdir(), 'subsets-')) };
  const hashes = { regular: 'a'.repeat(64) };
  const subset = (n: number): EncodedSubset => ({ font: 'regular', glyphs: [0, n], bytes: Uint8Array.of(n) });
  // Six per font: a build embeds two (the cover rendered alone for the thumbnail, then the brochure).
  for (let n = 1; n <= 8; n++) await subsetStoreFor(cache, hashes).write([subset(n)]);
  const lookup = await subsetStoreFor(cache, hashes).read();
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => lookup('regular', [0, n])?.[0]), [undefined, undefined, 3, 4, 5, 6, 7, 8]);
  assert.equal(lookup('light', [0, 5]), undefined);

  const file = path.join(cache.dir, 'subsets.json');
  writeFileSync(file, sealCacheText(openCacheText(readFileSync(file, 'utf8'))!.replace(/"shaper":"fontkit [^"]*"/, '"shaper":"fontkit 0.0.1"')));
  assert.equal((await subsetStoreFor(cache, hashes).read())('regular', [0, 5]), undefined);
});

test('the real brochure renders byte for byte the same with vector forms drawn, stored, or read back from the build cache', async () => {
  const { built, base, plain } = await realBrochure();
  const { paged } = built.layout;
  const kept = new Map<string, Uint8Array>();
  const writes: StoredForm[][] = [];
  const memory: FormStore = {
    read: async () => (key) => kept.get(key),
    write: async (forms) => {
      writes.push([...forms]);
      for (const f of forms) kept.set(f.key, f.bytes);
    },
  };
  assert.equal(await sha256Hex(await renderPdf(paged, { ...base, forms: memory })), plain, 'first run: drawn and stored');
  assert.equal(writes.length, 1);
  assert.ok(kept.size >= 3, `${kept.size} forms`);
  assert.equal(await sha256Hex(await renderPdf(paged, { ...base, forms: memory })), plain, 'second run: read back');
  assert.equal(writes.length, 1, 'nothing new to store');

  // The stored bytes are what gets written: another (valid) deflate of one form changes the PDF.
  const [key, bytes] = [...kept][0];
  const { deflateSync, inflateSync } = await import('node:zlib');
  const other = new Map(kept).set(key, deflateSync(inflateSync(bytes), { level: 1 }));
  assert.notEqual(await sha256Hex(await renderPdf(paged, { ...base, forms: { read: async () => (k) => other.get(k), write: async () => {} } })), plain);

  // Through the build cache's file, for one build of the code only.
  const cache = { dir: mkdtempSync(path.join(tmpdir(), 'forms-')), codeId: 'build-a' };
  assert.equal(formStoreFor({ dir: cache.dir }), undefined, 'no store without a known build');
  assert.equal(await sha256Hex(await renderPdf(paged, { ...base, forms: formStoreFor(cache) })), plain);
  const lookup = await formStoreFor(cache)!.read();
  assert.ok([...kept.keys()].every((k) => lookup(k) !== undefined), 'every form in the file');
  assert.equal((await formStoreFor({ ...cache, codeId: 'build-b' })!.read())(key), undefined, 'another build draws again');
  assert.equal(await sha256Hex(await renderPdf(paged, { ...base, forms: formStoreFor(cache) })), plain);
});
