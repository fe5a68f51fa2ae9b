import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { countProjets } from '../../src/model/counts.js';
import { buildManifest, type ManifestInput } from '../../src/publish/manifest.js';
import { sha256Hex } from '../../src/publish/hash.js';
import { testConfig, testData } from './fixtures.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);

function input(): ManifestInput {
  const pdf = bytes(877_568, 1);
  const png = bytes(1000, 2);
  const png2 = bytes(3000, 3);
  const webp = bytes(500, 4);
  const page = new TextEncoder().encode('---\ntitle: x\n---\n');
  return {
    data: testData(),
    counts: countProjets(testData()),
    config: testConfig(),
    title: 'TECH.GOUV – Stratégie et feuille de route 2019-2022',
    pdf: { name: '20200827_Plaquette_Techgouv_DINUM.pdf', bytes: pdf, sha256: sha(pdf), pages: 24 },
    thumbnails: [
      { name: 'capture-plaquette-TECH-couv.png', bytes: png, sha256: sha(png), mediaType: 'image/png', width: 300, height: 424, density: 1 },
      { name: 'capture-plaquette-TECH-couv@2x.png', bytes: png2, sha256: sha(png2), mediaType: 'image/png', width: 600, height: 849, density: 2 },
      { name: 'capture-plaquette-TECH-couv.webp', bytes: webp, sha256: sha(webp), mediaType: 'image/webp', width: 300, height: 424, density: 1 },
    ],
    page: { name: 'page.markdown', bytes: page, sha256: sha(page) },
  };
}

test('sha256Hex agrees with node:crypto', async () => {
  const b = bytes(12345, 7);
  assert.equal(await sha256Hex(b), sha(b));
  assert.equal(await sha256Hex(new Uint8Array()), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
});

test('manifest: fields, order, 2-space indent, trailing newline, no timestamps', () => {
  const i = input();
  const text = buildManifest(i);
  assert.ok(text.endsWith('}\n') && !text.endsWith('\n\n'));
  assert.ok(text.includes('\n  "edition": {\n    "libelle"'));
  const m = JSON.parse(text);
  assert.deepEqual(Object.keys(m), ['schema', 'edition', 'title', 'pdf', 'thumbnails', 'thumbnailAlt', 'page', 'counts']);
  assert.equal(m.schema, 1);
  assert.deepEqual(m.edition, { libelle: 'Édition actualisée mi-2020', date: '2020-08-27' });
  assert.equal(m.title, i.title);
  assert.deepEqual(m.pdf, {
    path: '20200827_Plaquette_Techgouv_DINUM.pdf',
    url: '/uploads/20200827_Plaquette_Techgouv_DINUM.pdf',
    bytes: 877_568,
    sha256: sha(i.pdf.bytes),
    mediaType: 'application/pdf',
    pages: 24,
    sizeLabel: 'pdf – 857\u00a0Ko',
  });
  assert.deepEqual(m.thumbnails[1], {
    path: 'capture-plaquette-TECH-couv@2x.png',
    url: '/uploads/capture-plaquette-TECH-couv@2x.png',
    bytes: 3000,
    sha256: sha(i.thumbnails[1].bytes),
    mediaType: 'image/png',
    width: 600,
    height: 849,
    density: 2,
  });
  assert.deepEqual(m.thumbnails.map((t: { density: number }) => t.density), [1, 2, 1]);
  assert.match(m.thumbnailAlt, /^Couverture de la brochure «\u00a0TECH\.GOUV\u00a0: Stratégie/u);
  assert.deepEqual(m.page, { path: 'page.markdown', bytes: i.page.bytes.length, sha256: sha(i.page.bytes), mediaType: 'text/markdown' });
  assert.deepEqual(m.counts, { projets: 38, acheves: 5, aAchever: 0, enCours: 30, nouveaux: 3, missions: 8, enjeux: 6 });
  assert.doesNotMatch(text, /T\d\d:\d\d/);
});

test('manifest bytes are reproducible', () => {
  assert.equal(buildManifest(input()), buildManifest(input()));
});
