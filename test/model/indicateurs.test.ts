// The steering indicators as each edition shows them: only what was public at its date, every value in the alt text
// and in the table, each citing its source's number in the brochure's list.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { loadInputs, type Inputs } from '../../src/load/index.js';
import { buildDocument } from '../../src/model/build.js';
import { atPeriod, formatNumberFr, indicatorViews, type IndicatorView } from '../../src/model/indicateurs.js';
import type { Section } from '../../src/model/types.js';
import type { RoadmapData } from '../../src/load/types.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { fsWorld } from '../../src/world.js';
import { REPO } from '../helpers/project.js';
import { tocEntries } from '../../src/layout/sections/sommaire.js';

const inputs = new Map<string, Inputs>();
before(async () => {
  for (const id of ['2019', 'mi-2020', 'mi-2021']) inputs.set(id, await loadInputs(fsWorld(REPO), { ...DEFAULT_CONFIG, edition: id }));
});

/** An edition's document; dated otherwise when `date` is given (to see what an earlier date would show). */
function sectionsOf(id: string, date?: string): readonly Section[] {
  const { data, editorial, previous } = inputs.get(id)!;
  const edition = date ? { ...data.programme.edition, date, publication: date } : data.programme.edition;
  const dated: RoadmapData = { ...data, programme: { ...data.programme, edition } };
  return buildDocument(dated, editorial, previous ? { previous } : {}).document!.sections;
}

const indicators = (sections: readonly Section[]): readonly IndicatorView[] => {
  const s = sections.find((x) => x.kind === 'indicateurs');
  return s && s.kind === 'indicateurs' ? s.indicateurs : [];
};
const sourcesOf = (sections: readonly Section[]) => {
  const s = sections.find((x) => x.kind === 'cloture');
  return s && s.kind === 'cloture' ? s.sources.map((x) => x.id) : [];
};

test('2019 (published 2 October 2019): FranceConnect’s 10 million users and the 25 million target, nothing later', () => {
  const sections = sectionsOf('2019');
  const [fc, ...rest] = indicators(sections);
  assert.deepEqual(rest, [], 'the videoconference peak (2020) and the DESI ranks (2021 interview) come later');
  assert.deepEqual(fc.points.map((p) => `${p.label} : ${p.text}`), ['juin 2019 : environ 10']);
  assert.deepEqual(fc.targets.map((t) => t.text), ['25']);
  const sources = sourcesOf(sections);
  assert.equal(sources[fc.points[0].source - 1], 'feuille-de-route-2019');
});

test('mid-2020 (published 28 August 2020): the values public then, none from 2021', () => {
  const sections = sectionsOf('mi-2020');
  const kinds = sections.map((s) => s.kind);
  assert.deepEqual(kinds.slice(-3), ['gouvernance', 'indicateurs', 'cloture'], 'after the governance, as in the 2019 brochure');
  assert.deepEqual(
    tocEntries(sections).slice(-4).map((e) => e.title),
    ['Gouvernance et méthode', 'Indicateurs de pilotage', 'Sources', 'À propos de cette édition'],
  );
  const [fc, visio, ...rest] = indicators(sections);
  assert.deepEqual(rest, [], 'the DESI ranks come from a 2021 interview: not in this edition');
  assert.deepEqual(fc.points.map((p) => `${p.label} : ${p.text}`), ['juin 2019 : environ 10', 'mai 2020 : plus de 15', 'août 2020 : environ 17']);
  assert.deepEqual(fc.targets.map((t) => `${t.text} ${t.deadline}`.trim()), ['25', '30 d’ici fin 2022']);
  assert.equal(fc.target?.value, 30, 'the chart draws the latest target');
  assert.deepEqual(visio.points.map((p) => `${p.label} : ${p.text}`), ['printemps 2020 : environ 2 500']);
  // The edition lists its own sources (edition.yaml and its projects'), those of the indicators' values among them;
  // the tables cite their numbers in that list.
  const sources = sourcesOf(sections);
  assert.deepEqual(sources, ['feuille-de-route-2019', 'presse-2019', 'avancement-mai-2020', 'dossier-presse-2020', 'page-bilan-2020']);
  assert.deepEqual(fc.points.map((p) => sources[p.source - 1]), ['feuille-de-route-2019', 'avancement-mai-2020', 'dossier-presse-2020']);
});

test('mid-2021 (published 14 September 2021): the 28 million users of its publication page and both DESI ranks join, with their sources in its list', () => {
  const sections = sectionsOf('mi-2021');
  const [fc, , desi] = indicators(sections);
  assert.deepEqual(fc.points.map((p) => p.text), ['environ 10', 'plus de 15', 'environ 17', '28']);
  assert.equal(fc.points[3].label, 'mi-2021');
  assert.deepEqual(desi.points.map((p) => `${p.label} : ${p.text}`), ['2018 : 16e', '2020 : 12e']);
  assert.equal(desi.mesure, 'rang');
  const sources = sourcesOf(sections);
  assert.equal(sources[desi.points[0].source - 1], 'entretien-albouy-2021');
  assert.equal(sources[fc.points[3].source - 1], 'page-publication-mi-2021');
  // Sources are declared once (data/sources.yaml): the earlier values' sources join this edition's list too.
  assert.equal(sources[fc.points[0].source - 1], 'feuille-de-route-2019');
  assert.ok(sources.includes('communique-2021'), sources.join(', '));
  // The day before its publication page, the 28 million were not public yet.
  const before = indicators(sectionsOf('mi-2021', '2021-09-13'));
  assert.deepEqual(before[0].points.map((p) => p.text), ['environ 10', 'plus de 15', 'environ 17']);
});

test('an edition before any value (April 2019) has no indicators section, and the contents do not list it', () => {
  const sections = sectionsOf('2019', '2019-04-16');
  assert.equal(sections.some((s) => s.kind === 'indicateurs'), false);
  assert.equal(tocEntries(sections).some((e) => e.id === 'indicateurs'), false);
});

test('the alt text states every value and target; the table has a row for each, with its source', () => {
  for (const ind of indicators(sectionsOf('mi-2021'))) {
    for (const p of ind.points) {
      const said = `${p.text} ${p.at}`;
      assert.ok(ind.alt.toLowerCase().includes(said.toLowerCase()), `${ind.id}: « ${said} » in « ${ind.alt} »`);
      assert.ok(ind.table.rows.some((r) => r.header === p.label && r.cells[0] === p.text && r.cells[1] === `n° ${p.source}`), `${ind.id}: row ${p.label}`);
    }
    for (const t of ind.targets) {
      assert.ok(ind.alt.includes(`${t.text}${t.deadline ? ` ${t.deadline}` : ''}, fixé ${t.set}`), `${ind.id}: target ${t.text} in « ${ind.alt} »`);
      assert.ok(ind.table.rows.some((r) => r.header === `Objectif fixé ${t.set}` && r.cells[1] === `n° ${t.source}`));
    }
    assert.equal(ind.table.rows.length, ind.points.length + ind.targets.length);
    assert.deepEqual(ind.table.columns, ['Date', ind.mesure === 'rang' ? 'Rang' : 'Valeur', 'Source']);
    assert.match(ind.table.caption, ind.mesure === 'rang' ? /le 1er est le meilleur/ : /millions d’utilisateurs|visioconférences par jour/);
  }
  const [fc] = indicators(sectionsOf('mi-2020'));
  assert.equal(
    fc.alt,
    'Graphique en barres : Utilisateurs de FranceConnect, en millions d’utilisateurs. Environ 10 en juin 2019, plus de 15 en mai 2020, environ 17 en août 2020. Objectif : 30 d’ici fin 2022, fixé en août 2020 ; objectif précédent : 25, fixé en 2019.',
  );
});

test('numbers and periods in French: thousands grouped, decimal comma; en juin, au printemps, à mi-2021', () => {
  assert.deepEqual([2500, 28, 12.5, 1234567].map(formatNumberFr), ['2 500', '28', '12,5', '1 234 567']);
  assert.deepEqual(['juin 2019', 'printemps 2020', 'mi-2021', '2018'].map(atPeriod), ['en juin 2019', 'au printemps 2020', 'à mi-2021', 'en 2018']);
});

test('values and targets dated to the day read « le 27 août 2020 », never « en 27 août 2020 »', () => {
  const pos = { file: 'data/indicateurs.yaml', line: 1, column: 1 };
  const sources = [{ id: 's', titre: 'Source', date: '2020-08-27', pos }];
  const [view] = indicatorViews(
    [{ id: 'i', nom: 'Démarches', mesure: 'nombre', unite: 'démarches', pos, valeurs: [{ date: '2020-08-27', valeur: 3, source: 's', pos }, { date: '2020-05', libelle: 'printemps 2020', valeur: 2, source: 's', pos }], objectifs: [{ date: '2020-08-27', valeur: 5, echeance: 'fin 2022', source: 's', pos }] }],
    sources,
    '2020-09-01',
  );
  assert.equal(view.alt, 'Graphique en barres : Démarches, en démarches. 2 au printemps 2020, 3 le 27 août 2020. Objectif : 5 d’ici fin 2022, fixé le 27 août 2020.');
  assert.deepEqual(view.table.rows.map((r) => r.header), ['printemps 2020', '27 août 2020', 'Objectif fixé le 27 août 2020']);
  assert.doesNotMatch(view.alt + view.table.rows.map((r) => r.header).join(), /en \d/);
});
