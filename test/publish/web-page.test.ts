import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countProjets } from '../../src/model/counts.js';
import { dataValues } from '../../src/model/placeholders.js';
import type { RoadmapData } from '../../src/load/types.js';
import { checkPublicationFrontMatter, publicationUrl, renderWebPage, type PageValues } from '../../src/publish/web-page.js';
import { pageValues } from '../../src/publish/page-values.js';
import { thumbnailAlt } from '../../src/publish/alt-text.js';
import { SITE_FRONT_MATTER, testConfig, testData, testNames, testPage } from './fixtures.js';

/** The page's values for `data`, with the data's values as the model computes them for a first edition. */
function valuesOf(data: RoadmapData, pdfBytes: number): PageValues {
  const counts = countProjets(data);
  return pageValues(dataValues(data, counts), data, counts, testConfig(), testNames(), new Uint8Array(pdfBytes));
}
const values = (): PageValues => valuesOf(testData(), 877_568);

test('pageValues derives every placeholder from the counts, the data, the config and the files', () => {
  assert.deepEqual(values(), {
    projets: '38',
    acheves: '5',
    a_achever: '0',
    en_cours: '30',
    nouveaux: '3',
    missions: String(testData().missions.length),
    enjeux: String(testData().enjeux.length),
    periode: '2019-2022',
    statuts: 'achevé, en cours ou nouveau',
    date_edition: '27 août 2020',
    annee: '2020',
    edition: 'édition actualisée mi-2020',
    porteur: 'direction interministérielle du numérique (DINUM)',
    licence: testData().programme.licence,
    date_publication: '28 août 2020',
    date_publication_iso: '2020-08-28',
    periode_precedente: '2019-2021',
    projets_precedents: '35',
    acheves_precedents: '0',
    pdf_url: '/uploads/20200827_Plaquette_Techgouv_DINUM.pdf',
    pdf_label: 'pdf – 857\u00a0Ko',
    vignette_url: '/uploads/capture-plaquette-TECH-couv.png',
    vignette_2x_url: '/uploads/capture-plaquette-TECH-couv@2x.png',
    vignette_alt: 'Couverture de la brochure «\u00a0TECH.GOUV\u00a0: Stratégie et feuille de route 2019-2022\u00a0», édition actualisée mi-2020',
    une_url: '/uploads/20200827_Publication_TECHGOUV_une.jpg',
  });
  assert.equal(thumbnailAlt(testData(), countProjets(testData())), values().vignette_alt);
});

test('a first edition has no periode_precedente: the page may not use it (an error, as in the brochure)', () => {
  const data = testData();
  delete data.programme.edition.precedente;
  const v = valuesOf(data, 1);
  assert.equal(v.periode_precedente, undefined);
  const { diagnostics } = renderWebPage(testPage('---\ntitle: x\n---\n{{ periode_precedente }}\n'), v);
  assert.equal(diagnostics[0].code, 'placeholder-inconnu');
});

test('placeholders are filled in the front matter and the body; every other byte is kept', () => {
  const source = [
    '---',
    "title: 'TECH.GOUV : bilan'",
    'chapeau-text: |-',
    '  La feuille de route {{ periode }} comprend {{projets}} projets. Parmi eux, {{ acheves }} sont achevés et {{  nouveaux  }} nouveaux.',
    '---',
    '',
    '> Texte avec  deux espaces, une tabulation\t, des « guillemets » et un {{ } isolé.\r',
    '[![{{ vignette_alt }} ({{ pdf_label }})]({{ vignette_url }})]({{ pdf_url }})',
    'Précédente : {{ periode_precedente }}',
    '',
  ].join('\n');
  const { text, diagnostics } = renderWebPage(testPage(source), values());
  assert.deepEqual(diagnostics, []);
  const v = values();
  const expected = source
    .replace('{{ periode }}', v.periode)
    .replace('{{projets}}', v.projets)
    .replace('{{ acheves }}', v.acheves)
    .replace('{{  nouveaux  }}', v.nouveaux)
    .replace('{{ vignette_alt }}', v.vignette_alt)
    .replace('{{ pdf_label }}', v.pdf_label)
    .replace('{{ vignette_url }}', v.vignette_url)
    .replace('{{ pdf_url }}', v.pdf_url)
    .replace('{{ periode_precedente }}', v.periode_precedente);
  assert.equal(text, expected);
  assert.match(text, /comprend 38 projets\. Parmi eux, 5 sont achevés et 3 nouveaux\./);
  assert.ok(text.includes('\t, des « guillemets » et un {{ } isolé.\r\n'));
});

test('an unknown placeholder is a located French error with a suggestion; known ones around it are still filled', () => {
  const source = '---\ntitle: x\n---\n\nÉlan : {{ projets }} et {{ projet }}\n  puis {{ inconnue_totale }}\n';
  const { text, diagnostics } = renderWebPage(testPage(source, 'content/page/p.markdown'), values());
  assert.equal(diagnostics.length, 2);
  const [a, b] = diagnostics;
  assert.deepEqual([a.severity, a.code, a.pos], ['error', 'placeholder-inconnu', { file: 'content/page/p.markdown', line: 5, column: 25 }]);
  assert.match(a.message, /variable « \{\{ projet \}\} » inconnue/);
  assert.equal(a.hint, 'vouliez-vous dire « {{ projets }} » ?');
  assert.deepEqual(b.pos, { file: 'content/page/p.markdown', line: 6, column: 8 });
  assert.equal(b.hint, undefined);
  assert.ok(text.includes('Élan : 38 et {{ projet }}'));
});

test('a page without placeholders comes out unchanged', () => {
  const source = '---\ntitle: rien\n---\nTexte.\n';
  assert.deepEqual(renderWebPage(testPage(source), values()), { text: source, diagnostics: [] });
});

/** The rendered page and what the site-contract check says of it. */
function frontMatterIssues(frontMatter: string, publication = '2020-08-28') {
  const source = `---\n${frontMatter}\n---\n\nTexte.\n`;
  const page = testPage(source, 'content/page/p.markdown');
  const { text } = renderWebPage(page, values());
  return checkPublicationFrontMatter(page, text, { uneUrl: values().une_url, publication }).map((d) => [d.code, d.pos?.line, d.pos?.column, d.message]);
}

test('the site front matter of a publication page passes the drop-in check', () => {
  assert.deepEqual(frontMatterIssues(SITE_FRONT_MATTER), []);
  assert.equal(publicationUrl(testNames().page), '/publications/tech-gouv-bilan-du-programme-mise-jour-mi-2020/');
});

test('each field the site reads is checked, at its line, with what was expected', () => {
  const without = (key: RegExp) => SITE_FRONT_MATTER.replace(key, '');
  // The closing `---` is line 14 once a line is gone: a missing field is reported there.
  assert.deepEqual(frontMatterIssues(without(/layout: rgaa/)), [
    ['page-en-tete', 15, 1, 'champ « layout » absent de l’en-tête de la page : le site affiche ses publications avec « layout: rgaa » (sans cette ligne, la page s’affiche sans la mise en page du site)'],
  ]);
  assert.deepEqual(frontMatterIssues(SITE_FRONT_MATTER.replace('layout: rgaa', 'layout: post')), [
    ['page-en-tete', 14, 9, '« layout: post » : les publications du site utilisent « layout: rgaa »'],
  ]);
  assert.deepEqual(frontMatterIssues(SITE_FRONT_MATTER.replace('2020-08-28 12:33', '2020-08-29 09:00')), [
    ['page-en-tete', 3, 7, '« date » est le 2020-08-29, mais l’édition est publiée le 2020-08-28 (edition.publication dans les données)'],
  ]);
  assert.deepEqual(frontMatterIssues(SITE_FRONT_MATTER.replace('28 août 2020', '2 octobre 2019')), [
    ['page-en-tete', 4, 23, '« date_de_modification » vaut « 2 octobre 2019 » : attendu « 28 août 2020 », la date de publication de l’édition'],
  ]);
  assert.deepEqual(frontMatterIssues(without(/tags:\n- TECH.GOUV\n/)).map((i) => i[3]), ['champ « tags » absent de l’en-tête de la page : la liste des thèmes de la publication']);
  // The listing card reads the first picture of une-ou-diaporama with its own alternative text.
  assert.deepEqual(frontMatterIssues(without(/\n {2}alternative-textuelle: "\{\{ vignette_alt \}\}"(?=\nune:)/)).map((i) => i.slice(0, 2).concat(i[3])), [
    ['page-en-tete', 9, '« une-ou-diaporama » n’a pas de texte alternatif (« alternative-textuelle ») : le site l’affiche dans la balise alt de l’image'],
  ]);
  assert.deepEqual(frontMatterIssues(SITE_FRONT_MATTER.replace('  image: "{{ une_url }}"', '  image: "/uploads/Publication_TECHGOUV_une.jpg"')).map((i) => i[3]), [
    'l’image de « une » est « /uploads/Publication_TECHGOUV_une.jpg » : attendu « /uploads/20200827_Publication_TECHGOUV_une.jpg », l’image produite à partir de la couverture',
  ]);
  assert.deepEqual(frontMatterIssues(without(/une:\n.*\n.*\n/)).map((i) => i[3]), [
    'champ « une » absent de l’en-tête de la page : l’image d’en-tête de la publication (« image » et « alternative-textuelle »)',
  ]);
});

test('every edition’s real page is a drop-in publication once rendered, with its own une and thumbnails', async () => {
  const [{ loadInputs, listEditions }, { editionOutputNames }, { buildDocument }, { fsWorld }, { REPO }] = await Promise.all([
    import('../../src/load/index.js'),
    import('../../src/build.js'),
    import('../../src/model/build.js'),
    import('../../src/world.js'),
    import('../helpers/project.js'),
  ]);
  const world = fsWorld(REPO);
  const { editions } = await listEditions(world, testConfig());
  assert.deepEqual(editions.map((e) => e.id), ['2019', 'mi-2020', 'mi-2021']);
  for (const { id } of editions) {
    const config = { ...testConfig(), edition: id };
    const inputs = await loadInputs(world, config);
    const names = editionOutputNames(config, inputs);
    const { counts, values } = buildDocument(inputs.data, inputs.editorial, inputs.previous ? { previous: inputs.previous } : {});
    const v = pageValues(values, inputs.data, counts, config, names, new Uint8Array(1000));
    const { page } = inputs.editorial;
    const { text, diagnostics } = renderWebPage(page, v);
    assert.deepEqual(diagnostics, [], id);
    assert.deepEqual(checkPublicationFrontMatter(page, text, { uneUrl: v.une_url, publication: inputs.data.programme.edition.publication }), [], id);
    assert.ok(text.includes(`  image: "/uploads/${names.une}"\n`), id);
    const t = `/uploads/${names.thumbnail}`;
    assert.ok(text.includes(`](<${t}.png>){: srcset="${t}@2x.png 2x"}`), id);
  }
});
