// Every edition of the project's editions/ loads without errors: its data (with the shared data/), its texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { listEditions } from '../../src/load/editions.js';
import { loadEditorial } from '../../src/load/editorial.js';
import { loadRoadmap } from '../../src/load/roadmap.js';
import { fsWorld } from '../../src/world.js';
import { REPO } from './fixture-world.js';

const world = fsWorld(REPO);
const { editions, diagnostics: listing } = await listEditions(world, DEFAULT_CONFIG);

test('the editions are 2019, mi-2020 and mi-2021, in date order', () => {
  assert.deepEqual(listing, []);
  assert.deepEqual(editions.map((e) => [e.id, e.date, e.periode]), [
    ['2019', '2019-10-02', '2019-2021'],
    ['mi-2020', '2020-08-27', '2019-2022'],
    ['mi-2021', '2021-09-14', '2019-2022'],
  ]);
});

for (const { id } of editions) {
  test(`edition ${id}: data and texts load without errors`, async () => {
    const config = { ...DEFAULT_CONFIG, edition: id };
    const { data, previous, diagnostics } = await loadRoadmap(world, config);
    assert.deepEqual(diagnostics.map(formatDiagnostic), []);
    assert.ok(data && data.projets.length > 0);
    for (const p of data.projets) assert.ok(data.missions.some((m) => m.code === p.mission), `${id}: ${p.id} → ${p.mission}`);
    assert.equal(previous?.programme.edition.id, data.programme.edition.precedente?.id);
    const { editorial, diagnostics: text } = await loadEditorial(world, config);
    assert.deepEqual(text.filter((d) => d.severity === 'error').map(formatDiagnostic), []);
    assert.ok(editorial && editorial.page.blocks.length > 0);
  });
}
