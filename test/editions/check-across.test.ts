// A page of one edition checked against the next one's data: every stale figure, label, link, size label and
// alternative text in one pass; one `--fix` pass makes it pass. And the lint refuses another edition's words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { applyEdits, checkAndLintPage, lintText } from '../../src/sync/index.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { REPO } from '../helpers/project.js';
import { factsForTests } from '../sync/facts.js';

const FILE = 'test/fixtures/pages/propre.markdown';
/** A clean page of mid-2020 (its PDF labelled « pdf – 276 Ko »), checked against mid-2021 whose PDF weighs 293 Ko. */
const page = readFileSync(path.join(REPO, FILE), 'utf8');
const facts = await factsForTests(300_000, 'mi-2021');

test('the mid-2020 page against the mid-2021 data: every stale place in one pass', () => {
  const found = checkAndLintPage(FILE, page, facts);
  const codes = found.map((f) => `${f.pos!.line}:${f.pos!.column} ${f.code}`);
  assert.deepEqual(codes, [
    '2:9 titre',
    '3:7 date-page',
    '10:42 compte-faux',
    '10:65 compte-faux',
    '10:93 compte-faux',
    '10:124 annee-incoherente',
    '40:4 vignette-alt',
    '40:116 vignette',
    '40:161 lien-pdf',
    '40:299 edition-incoherente',
    '40:314 taille-fausse',
    '43:3 lien-en-double',
    '43:93 edition-incoherente',
    '43:108 taille-fausse',
    '43:118 lien-pdf',
  ]);
  const text = found.map(formatDiagnostic).join('\n');
  assert.match(text, /attendu « TECH\.GOUV : bilan du programme et mise à jour à mi-2021 »/);
  assert.match(text, /attendu « 2021-09-14 »/);
  assert.match(text, /attendu « comprend 43 projets »/);
  assert.match(text, /taille « 276\s?Ko » fausse : 20210914_Plaquette_Techgouv_DINUM\.pdf pèse 300\s000 octets ; attendu « pdf – 293\sKo »/u);
  assert.match(text, /édition actualisée mi-2021 »$/m);
});

test('one --fix pass converges: the fixed page passes, the duplicate-link warning aside', () => {
  const { text, applied } = applyEdits(page, checkAndLintPage(FILE, page, facts));
  assert.ok(applied >= 14, `${applied} edits`);
  assert.deepEqual(checkAndLintPage(FILE, text, facts).map((f) => f.code), ['lien-en-double']);
  assert.match(text, /\(pdf – 293\sKo\)\]\(<\/uploads\/20210914_Plaquette_Techgouv_DINUM\.pdf>\)/u);
  assert.match(text, /!\[Couverture de la brochure «\sTECH\.GOUV\s: Stratégie et feuille de route 2019-2022\s», édition actualisée mi-2021\]\(<\/uploads\/capture-plaquette-TECH-couv-mi-2021\.png>\)/u);
  // The link to the first roadmap says it is a past edition: kept.
  assert.match(text, /\[la première version de la stratégie et feuille de route TECH\.GOUV 2019-2021\]/);
});

const words = { courte: 'mi-2021', annee: '2021', date: '2021-09-14', publication: '2021-09-14' };
const lint = (text: string, file = 'editions/mi-2021/brochure/bilan.md') =>
  lintText(file, text, { config: DEFAULT_CONFIG, produced: new Map(), edition: words }).map(formatDiagnostic);

test('the lint refuses another edition’s label or year typed in a text of this edition, with file:line:col', () => {
  assert.deepEqual(lint('---\ntitre: Le bilan à mi-2020\n---\n\nIls ont rejoint la liste en 2020.\n'), [
    'editions/mi-2021/brochure/bilan.md:2:19  erreur [edition-incoherente] édition « mi-2020 » : ce texte est celui de l’édition « mi-2021 » ; attendu « mi-2021 » (dans les textes de content/ et editions/, écrivez {{ edition_courte }} ou {{ edition }} ; s’il s’agit d’une édition passée, dites-le (« depuis l’édition mi-2020 », « l’édition précédente »))',
    'editions/mi-2021/brochure/bilan.md:5:29  erreur [annee-incoherente] « rejoint la liste en 2020 » : l’édition est celle de 2021 ; attendu « 2021 » (dans les textes de content/ et editions/, écrivez {{ annee }})',
  ]);
  assert.equal(lint('edition:\n  libelle: Édition actualisée mi-2020\n', 'editions/mi-2021/edition.yaml').length, 1);
});

test('a past edition said as such, a quoted title, an address, history and shared data are not refused', () => {
  assert.deepEqual(lint('Depuis l’édition actualisée mi-2020, neuf projets sont achevés.\n'), []);
  assert.deepEqual(lint('L’édition précédente (mi-2020) comptait 38 projets.\n'), []);
  assert.deepEqual(lint('Voir le « bilan à mi-2020 » et [la page](/publications/tech-gouv-bilan-du-programme-mise-jour-mi-2020/).\n'), []);
  assert.deepEqual(lint('La crise sanitaire du printemps 2020 a pesé sur le programme.\n'), []);
  assert.deepEqual(lint('Le bilan à mi-2021 : cinq nouveaux projets en 2021.\n'), []);
  assert.deepEqual(lint('  - titre: Dossier de presse, bilan à mi-2020\n', 'data/sources.yaml'), []);
});
