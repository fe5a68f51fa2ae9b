// The valid fixture loads into the right shape, with positions pointing at the right YAML and Markdown lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { loadInputs } from '../../src/load/index.js';
import { loadRoadmap } from '../../src/load/roadmap.js';
import { FONT_KEYS } from '../../src/typeset/types.js';
import { memoryWorld } from '../../src/world.js';
import { validFiles } from './fixture-world.js';

test('valid fixture: roadmap data in camelCase, defaults and groups filled', async () => {
  const { data, diagnostics } = await loadRoadmap(memoryWorld(validFiles()), DEFAULT_CONFIG);
  assert.deepEqual(diagnostics, []);
  assert.ok(data);
  assert.equal(data.programme.nom, 'TECH.GOUV');
  assert.equal(data.programme.lancement, '2019-04-16');
  assert.equal(data.programme.edition.date, '2020-08-27');
  assert.deepEqual({ debut: data.programme.feuilleDeRoute.periode.debut, fin: data.programme.feuilleDeRoute.periode.fin }, { debut: 2019, fin: 2022 });
  assert.equal(data.programme.edition.precedente?.projets, 35);
  assert.deepEqual(data.programme.sources.map((s) => s.id), ['dossier-presse-2020']);
  assert.deepEqual(data.enjeux.map((e) => e.cle), ['simplification', 'inclusion']);
  assert.deepEqual(data.missions.map((m) => [m.code, m.groupe]), [['LABEL', 'produits'], ['IDNUM', 'produits']]);
  assert.deepEqual(data.projets.map((p) => [p.id, p.statut]), [['franceconnect', 'en cours'], ['cnie', 'achevé'], ['label-services', 'nouveau']]);
  assert.deepEqual(data.projets[0].nomsPropres, ['FranceConnect']);
  assert.deepEqual(data.projets[1].nomsPropres, []);
  assert.deepEqual(data.projets[2].champsIllustratifs, ['statut']);
  assert.equal(data.projets[2].illustratif, true);
  assert.equal('noms_propres' in data.projets[0], false);
});

test('valid fixture: record positions are the YAML lines of their first key', async () => {
  const { data } = await loadRoadmap(memoryWorld(validFiles()), DEFAULT_CONFIG);
  assert.ok(data);
  assert.deepEqual(data.projets[1].pos, { file: 'data/projets.yaml', line: 12, column: 5 });
  assert.deepEqual(data.missions[1].pos, { file: 'data/missions.yaml', line: 10, column: 5 });
  assert.deepEqual(data.programme.feuilleDeRoute.periode.pos, { file: 'data/programme.yaml', line: 9, column: 12 });
  assert.deepEqual(data.enjeux[0].pos, { file: 'data/enjeux.yaml', line: 2, column: 5 });
});

test('valid fixture: loadInputs returns data, editorial and all ten fonts', async () => {
  const inputs = await loadInputs(memoryWorld(validFiles()), DEFAULT_CONFIG);
  assert.deepEqual(Object.keys(inputs.fonts).sort(), [...FONT_KEYS].sort());
  assert.equal(inputs.fonts.bold.familyName, 'Marianne');
  assert.ok(inputs.fontBytes.spectral.length > 10_000);
  assert.equal(inputs.editorial.page.file, 'content/page/tech-gouv.markdown');
  assert.deepEqual(Object.keys(inputs.editorial.blocks), ['edito']);
  assert.deepEqual(inputs.diagnostics, []);
});

test('dates stay strings whatever the time zone', async () => {
  const before = process.env.TZ;
  process.env.TZ = 'Pacific/Kiritimati';
  try {
    const { data } = await loadRoadmap(memoryWorld(validFiles()), DEFAULT_CONFIG);
    assert.equal(data?.programme.edition.date, '2020-08-27');
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
});
