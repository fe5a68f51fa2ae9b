// The model stage: counts from one function, placeholders expanded, the edito taken from the web page.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { loadInputs, type Inputs } from '../../src/load/index.js';
import { buildDocument } from '../../src/model/build.js';
import { countProjets } from '../../src/model/counts.js';
import { expandPlaceholders, dataValues } from '../../src/model/placeholders.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { fsWorld } from '../../src/world.js';
import { REPO } from '../helpers/project.js';

let inputs: Inputs;
before(async () => {
  // The mid-2020 edition: the one whose édito is the page's citation (test/model/editions.test.ts covers the others).
  inputs = await loadInputs(fsWorld(REPO), { ...DEFAULT_CONFIG, edition: 'mi-2020' });
});

test('the published totals: 38 projects, 5 completed, 3 new, period 2019-2022', () => {
  const c = countProjets(inputs.data, inputs.previous);
  assert.deepEqual([c.projets, c.acheves, c.nouveaux, c.enCours, c.periode], [38, 5, 3, 30, '2019-2022']);
  assert.equal(c.parMission.reduce((n, m) => n + m.total, 0), 38);
});

test('placeholders expand from the data and unknown names are reported with their offset', () => {
  const values = dataValues(inputs.data, countProjets(inputs.data, inputs.previous));
  const r = expandPlaceholders('La feuille de route {{ periode }} compte {{projets}} projets, {{ projet }}.', values);
  assert.equal(r.text, 'La feuille de route 2019-2022 compte 38 projets, {{ projet }}.');
  assert.deepEqual(r.unknown, [{ name: 'projet', offset: 62, suggestion: 'projets' }]);
});

test('the document: sections in order, edito from the page’s citation, no placeholder left', () => {
  const { document, diagnostics } = buildDocument(inputs.data, inputs.editorial, { previous: inputs.previous! });
  assert.deepEqual(diagnostics, []);
  assert.ok(document);
  const kinds = document.sections.map((s) => s.kind);
  assert.deepEqual(kinds.slice(0, 6), ['cover', 'sommaire', 'edito', 'enjeux', 'bilan', 'missions-intro']);
  assert.equal(kinds.filter((k) => k === 'mission').length, 8);
  assert.equal(kinds[kinds.length - 1], 'cloture');
  const edito = document.sections.find((s) => s.kind === 'edito');
  assert.ok(edito && edito.kind === 'edito');
  assert.equal(edito.auteur, 'Nadi Bou Hanna');
  assert.match(edito.fonction, /Directeur interministériel du numérique/);
  assert.doesNotMatch(JSON.stringify(document), /\{\{/);
  assert.equal(document.meta.date, '2020-08-27T00:00:00Z');
  const bilan = document.sections.find((s) => s.kind === 'bilan');
  assert.ok(bilan && bilan.kind === 'bilan');
  assert.deepEqual(bilan.chiffres.map((f) => f.value), [38, 5, 3]);
  assert.match(bilan.chart.alt, /38 projets/);
  assert.match(bilan.chart.alt, /IDNUM, \d+ projets : \d+ achevé/);
});

test('a missing edito citation is a located error', () => {
  const page = { ...inputs.editorial.page, blocks: inputs.editorial.page.blocks.filter((b) => !b.classes.includes('citation')) };
  const { document, diagnostics } = buildDocument(inputs.data, { ...inputs.editorial, page });
  assert.equal(document, undefined);
  assert.equal(diagnostics[0].code, 'edito-manquant');
  assert.match(diagnostics[0].pos!.file, /^editions\/mi-2020\/page\//);
});

test('cards say what the public record does not: invented projects and guessed statuts are flagged', () => {
  const { document } = buildDocument(inputs.data, inputs.editorial, { previous: inputs.previous! });
  const cards = document!.sections.flatMap((s) => (s.kind === 'mission' ? s.projets : []));
  assert.equal(cards.filter((c) => c.illustratif).length, inputs.data.projets.filter((p) => p.illustratif).length);
  const guessed = inputs.data.projets.filter((p) => !p.illustratif && (p.champsIllustratifs ?? []).includes('statut'));
  assert.ok(guessed.length > 0);
  assert.deepEqual(cards.filter((c) => c.statutSuppose).map((c) => c.id), guessed.map((p) => p.id));
});
