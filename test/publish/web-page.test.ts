import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countProjets } from '../../src/model/counts.js';
import { renderWebPage, type PageValues } from '../../src/publish/web-page.js';
import { pageValues } from '../../src/publish/page-values.js';
import { thumbnailAlt } from '../../src/publish/alt-text.js';
import { testConfig, testData, testNames, testPage } from './fixtures.js';

const values = (): PageValues => pageValues(testData(), countProjets(testData()), testConfig(), testNames(), new Uint8Array(877_568));

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
    ...(testData().programme.edition.publication ? { date_publication: '28 août 2020', date_publication_iso: '2020-08-28' } : {}),
    periode_precedente: '2019-2021',
    projets_precedents: '35',
    acheves_precedents: '0',
    pdf_url: '/uploads/20200827_Plaquette_Techgouv_DINUM.pdf',
    pdf_label: 'pdf – 857\u00a0Ko',
    vignette_url: '/uploads/capture-plaquette-TECH-couv.png',
    vignette_alt: 'Couverture de la brochure «\u00a0TECH.GOUV\u00a0: Stratégie et feuille de route 2019-2022\u00a0», édition actualisée mi-2020',
  });
  assert.equal(thumbnailAlt(testData(), countProjets(testData())), values().vignette_alt);
});

test('a first edition has no periode_precedente: the page may not use it (an error, as in the brochure)', () => {
  const data = testData();
  delete data.programme.edition.precedente;
  const v = pageValues(data, countProjets(data), testConfig(), testNames(), new Uint8Array(1));
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
