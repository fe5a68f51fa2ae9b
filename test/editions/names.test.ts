// Each edition publishes under its own names: the patterns of the config, an edition's own names, the live mid-2020 ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG, outputNames } from '../../src/config.js';
import { loadConfig } from '../../src/config-file.js';
import { BuildError } from '../../src/diagnostics.js';
import { memoryWorld } from '../../src/world.js';

test('the patterns name each edition’s files; mid-2020 keeps the names that are online', () => {
  assert.deepEqual(outputNames(DEFAULT_CONFIG, { id: 'mi-2021', date: '2021-09-14', page: 'p-mi-2021.markdown', latest: true }), {
    pdf: '20210914_Plaquette_Techgouv_DINUM.pdf',
    thumbnail: 'capture-plaquette-TECH-couv-mi-2021',
    page: 'p-mi-2021.markdown',
    une: '20210914_Publication_TECHGOUV_une.jpg',
    manifests: ['manifest-mi-2021.json', 'manifest.json'],
  });
  assert.deepEqual(outputNames(DEFAULT_CONFIG, { id: 'mi-2020', date: '2020-08-27', page: 'tech-gouv-bilan-du-programme-mise-jour-mi-2020.markdown' }), {
    pdf: '20200827_Plaquette_Techgouv_DINUM.pdf',
    thumbnail: 'capture-plaquette-TECH-couv',
    page: 'tech-gouv-bilan-du-programme-mise-jour-mi-2020.markdown',
    une: '20200827_Publication_TECHGOUV_une.jpg',
    manifests: ['manifest-mi-2020.json'],
  });
  // A project without editions/: the names of the days of a single edition.
  assert.deepEqual(outputNames(DEFAULT_CONFIG, { date: '2020-08-27', page: 'p.markdown' }).thumbnail, 'capture-plaquette-TECH-couv');
  assert.deepEqual(outputNames(DEFAULT_CONFIG, { date: '2020-08-27', page: 'p.markdown' }).manifests, ['manifest.json']);
});

test('brochure.config.yaml: per-edition names over the defaults, key by key; anything else there is an error', async () => {
  const config = await loadConfig(memoryWorld({ 'brochure.config.yaml': 'pdfName: TECH-GOUV_{edition}.pdf\neditions:\n  mi-2020:\n    pdfName: ancien.pdf\n  2019:\n    pageName: page-2019.markdown\n' }));
  assert.deepEqual(config.editions, { 'mi-2020': { thumbnailName: 'capture-plaquette-TECH-couv', pdfName: 'ancien.pdf' }, '2019': { pageName: 'page-2019.markdown' } });
  assert.equal(outputNames(config, { id: 'mi-2021', date: '2021-09-14', page: 'x' }).pdf, 'TECH-GOUV_mi-2021.pdf');
  assert.equal(outputNames(config, { id: 'mi-2020', date: '2020-08-27', page: 'x' }).pdf, 'ancien.pdf');
  const une = await loadConfig(memoryWorld({ 'brochure.config.yaml': 'editions:\n  2019:\n    uneName: Publication_TECHGOUV_une.jpg\n' }));
  assert.equal(outputNames(une, { id: '2019', date: '2019-10-02', page: 'x' }).une, 'Publication_TECHGOUV_une.jpg');
  // Located at the mistyped key, with the nearest name.
  await assert.rejects(loadConfig(memoryWorld({ 'brochure.config.yaml': 'editions:\n  mi-2020:\n    pdfNam: x.pdf\n' })), (e: unknown) => {
    assert.ok(e instanceof BuildError);
    assert.deepEqual(e.diagnostics.map((d) => [d.code, d.pos?.line, d.pos?.column, d.hint]), [['config-cle-inconnue', 3, 5, 'vouliez-vous dire « pdfName » ?']]);
    return true;
  });
  await assert.rejects(loadConfig(memoryWorld({ 'brochure.config.yaml': 'editions:\n  mi-2020:\n    uneName: 3\n' })), (e: unknown) => {
    assert.ok(e instanceof BuildError);
    assert.deepEqual(e.diagnostics.map((d) => [d.code, d.pos?.line, d.pos?.column]), [['config-type', 3, 14]]);
    return true;
  });
  await assert.rejects(loadConfig(memoryWorld({ 'brochure.config.yaml': 'editions: oui\n' })), (e: unknown) => e instanceof BuildError && e.diagnostics[0].code === 'config-type' && e.diagnostics[0].pos?.line === 1);
});

test('a name pattern that would give two editions one file is refused before anything is built', async () => {
  const { editionSources } = await import('../../src/load/editions.js');
  const { fsWorld } = await import('../../src/world.js');
  const { REPO } = await import('../helpers/project.js');
  await assert.rejects(editionSources(fsWorld(REPO), { ...DEFAULT_CONFIG, thumbnailName: 'vignette' }), (e: unknown) => {
    assert.ok(e instanceof BuildError);
    // mid-2020 keeps its own thumbnail name (DEFAULT_CONFIG.editions): only 2019 would share mid-2021's.
    assert.deepEqual(e.diagnostics.map((d) => [d.code, d.pos?.file]), [['noms-en-double', 'editions/mi-2021/edition.yaml']]);
    assert.match(e.diagnostics[0].message, /les éditions « mi-2021 » et « 2019 » seraient publiées sous le même nom \(vignette\)/);
    return true;
  });
});

test('a une name without {date} or {edition} would give every edition one une: refused', async () => {
  const { editionSources } = await import('../../src/load/editions.js');
  const { fsWorld } = await import('../../src/world.js');
  const { REPO } = await import('../helpers/project.js');
  await assert.rejects(editionSources(fsWorld(REPO), { ...DEFAULT_CONFIG, edition: 'mi-2020', uneName: 'une.jpg' }), (e: unknown) => {
    assert.ok(e instanceof BuildError);
    assert.deepEqual(e.diagnostics.map((d) => d.message), [
      'les éditions « mi-2020 » et « 2019 » seraient publiées sous le même nom (une.jpg) : l’une remplacerait l’autre sur le site',
      'les éditions « mi-2020 » et « mi-2021 » seraient publiées sous le même nom (une.jpg) : l’une remplacerait l’autre sur le site',
    ]);
    return true;
  });
});

test('any edition’s PDF or une, whatever the config names them, is recognised as ours by the page check', async () => {
  const { anyEditionName } = await import('../../src/config.js');
  const { checkPage } = await import('../../src/sync/check-page.js');
  const { siteFacts } = await import('../../src/sync/index.js');
  const { editionOutputNames } = await import('../../src/build.js');
  const { loadInputs } = await import('../../src/load/index.js');
  const { buildDocument } = await import('../../src/model/build.js');
  const { fsWorld } = await import('../../src/world.js');
  const { REPO } = await import('../helpers/project.js');
  const config = { ...DEFAULT_CONFIG, pdfName: 'TECH-GOUV_{edition}.pdf', editions: { ...DEFAULT_CONFIG.editions, '2019': { pdfName: 'feuille-de-route-2019.pdf' } }, edition: 'mi-2021' };
  const pdf = anyEditionName(config, 'pdfName');
  for (const name of ['TECH-GOUV_mi-2021.pdf', 'TECH-GOUV_mi-2020.pdf', 'TECH-GOUV.pdf', 'feuille-de-route-2019.pdf']) assert.ok(pdf.test(name), name);
  for (const name of ['TECH-GOUV_mi-2021.pdf.bak', 'autre.pdf', 'TECH-GOUV_Mi 2021.pdf']) assert.ok(!pdf.test(name), name);
  assert.ok(anyEditionName(DEFAULT_CONFIG, 'pdfName').test('20200827_Plaquette_Techgouv_DINUM.pdf'));
  assert.ok(anyEditionName(DEFAULT_CONFIG, 'uneName').test('20210914_Publication_TECHGOUV_une.jpg'));

  const inputs = await loadInputs(fsWorld(REPO), config);
  const { counts, values } = buildDocument(inputs.data, inputs.editorial, inputs.previous ? { previous: inputs.previous } : {});
  const facts = siteFacts({ inputs, counts, values, names: editionOutputNames(config, inputs), pdf: new Uint8Array(100_000) }, config);
  const page = (file: string) => `---\ntitle: x\n---\n[Télécharger la brochure (pdf – 98 Ko)](/uploads/${file})\n`;
  const codes = (file: string) => checkPage('p.markdown', page(file), facts).map((f) => f.code);
  // This edition's PDF under the config's name: no finding about the link or its size.
  assert.deepEqual(codes('TECH-GOUV_mi-2021.pdf').filter((c) => c.startsWith('lien-pdf') || c.startsWith('taille')), []);
  // Another edition's: the link is caught, with this edition's name as its fix.
  const other = checkPage('p.markdown', page('TECH-GOUV_mi-2020.pdf'), facts).find((f) => f.code.startsWith('lien-pdf'));
  assert.ok(other, 'a link to mid-2020’s PDF is reported');
  assert.equal(other.edit?.text, 'TECH-GOUV_mi-2021.pdf');
});
