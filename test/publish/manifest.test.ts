import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { countProjets } from '../../src/model/counts.js';
import { buildManifest, publishedNames, type ManifestInput } from '../../src/publish/manifest.js';
import { sha256Hex } from '../../src/publish/hash.js';
import { outputNames } from '../../src/config.js';
import { testConfig, testData, testNames } from './fixtures.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);

function input(): ManifestInput {
  const pdf = bytes(877_568, 1);
  const png = bytes(1000, 2);
  const png2 = bytes(3000, 3);
  const une = bytes(500, 4);
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
    ],
    une: { name: '20200827_Publication_TECHGOUV_une.jpg', bytes: une, sha256: sha(une), mediaType: 'image/jpeg', width: 1200, height: 675 },
    page: { name: 'tech-gouv-bilan-du-programme-mise-jour-mi-2020.markdown', bytes: page, sha256: sha(page) },
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
  assert.deepEqual(Object.keys(m), ['schema', 'edition', 'title', 'pdf', 'thumbnails', 'thumbnailAlt', 'une', 'page', 'counts']);
  assert.equal(m.schema, 1);
  assert.deepEqual(m.edition, { libelle: 'Édition actualisée mi-2020', date: '2020-08-27', publication: '2020-08-28' });
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
  assert.deepEqual(m.thumbnails.map((t: { density: number }) => t.density), [1, 2]);
  assert.match(m.thumbnailAlt, /^Couverture de la brochure «\u00a0TECH\.GOUV\u00a0: Stratégie/u);
  assert.deepEqual(m.une, {
    path: '20200827_Publication_TECHGOUV_une.jpg',
    url: '/uploads/20200827_Publication_TECHGOUV_une.jpg',
    bytes: 500,
    sha256: sha(i.une.bytes),
    mediaType: 'image/jpeg',
    width: 1200,
    height: 675,
  });
  // The page's place on the site: the `_publications` collection, served under its file name.
  assert.deepEqual(m.page, {
    path: 'tech-gouv-bilan-du-programme-mise-jour-mi-2020.markdown',
    collection: '_publications',
    url: '/publications/tech-gouv-bilan-du-programme-mise-jour-mi-2020/',
    bytes: i.page.bytes.length,
    sha256: sha(i.page.bytes),
    mediaType: 'text/markdown',
  });
  assert.deepEqual(m.counts, { projets: 38, acheves: 5, aAchever: 0, enCours: 30, nouveaux: 3, missions: 8, enjeux: 6 });
  assert.doesNotMatch(text, /T\d\d:\d\d/);
});

test('manifest bytes are reproducible', () => {
  assert.equal(buildManifest(input()), buildManifest(input()));
});

test('publishedNames: the files a build writes, in publishing order, the manifest last', () => {
  assert.deepEqual(publishedNames(testNames()), [
    '20200827_Plaquette_Techgouv_DINUM.pdf',
    'capture-plaquette-TECH-couv.png',
    'capture-plaquette-TECH-couv@2x.png',
    '20200827_Publication_TECHGOUV_une.jpg',
    'tech-gouv-bilan-du-programme-mise-jour-mi-2020.markdown',
    'manifest.json',
  ]);
});

test('publishedNames of an edition: its own une, page and manifest; the latest also writes manifest.json', () => {
  const names = (id: string, date: string, latest: boolean) =>
    publishedNames(outputNames(testConfig(), { id, date, page: `tech-gouv-${id}.markdown`, latest }));
  assert.deepEqual(names('mi-2021', '2021-09-14', true), [
    '20210914_Plaquette_Techgouv_DINUM.pdf',
    'capture-plaquette-TECH-couv-mi-2021.png',
    'capture-plaquette-TECH-couv-mi-2021@2x.png',
    '20210914_Publication_TECHGOUV_une.jpg',
    'tech-gouv-mi-2021.markdown',
    'manifest-mi-2021.json',
    'manifest.json',
  ]);
  // mi-2020 keeps the thumbnail names online since August 2020 (DEFAULT_CONFIG.editions).
  assert.deepEqual(names('mi-2020', '2020-08-27', false), [
    '20200827_Plaquette_Techgouv_DINUM.pdf',
    'capture-plaquette-TECH-couv.png',
    'capture-plaquette-TECH-couv@2x.png',
    '20200827_Publication_TECHGOUV_une.jpg',
    'tech-gouv-mi-2020.markdown',
    'manifest-mi-2020.json',
  ]);
});
