// The size limits hold with bounded work: MAX_PROJETS + 1 compact projects (under 2 MB) are refused in one run, before
// their records are validated one by one (an error planted in the last one is not reached); MAX_PROJETS load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { MAX_FILE_BYTES, MAX_PROJETS } from '../../src/load/limits.js';
import { loadRoadmap } from '../../src/load/roadmap.js';
import { memoryWorld } from '../../src/world.js';
import { validFiles } from './fixture-world.js';

function projets(n: number, statut = (_i: number) => 'nouveau'): string {
  const lines = ['projets:'];
  for (let i = 0; i < n; i++)
    lines.push(`  - {id: p${i}, titre: T, mission: LABEL, enjeux: [inclusion], porteur: DINUM, statut: ${statut(i)}, resume: R, illustratif: true, sources: []}`);
  return lines.join('\n') + '\n';
}

test(`more than ${MAX_PROJETS} projects is an error, found before the records are validated`, async () => {
  const text = projets(MAX_PROJETS + 1, (i) => (i === MAX_PROJETS ? 'fini' : 'nouveau'));
  assert.ok(text.length < MAX_FILE_BYTES, 'the case must not hit the file-size limit first');
  const { data, diagnostics } = await loadRoadmap(memoryWorld({ ...validFiles(), 'data/projets.yaml': text }), DEFAULT_CONFIG);
  assert.equal(data, undefined);
  assert.deepEqual(diagnostics.map(formatDiagnostic), [
    `data/projets.yaml:2:3  erreur [trop-de-projets] la liste « projets » compte ${MAX_PROJETS + 1} éléments : au plus ${MAX_PROJETS} admis`,
  ]);
});

test(`${MAX_PROJETS} projects load`, async () => {
  const { data, diagnostics } = await loadRoadmap(memoryWorld({ ...validFiles(), 'data/projets.yaml': projets(MAX_PROJETS) }), DEFAULT_CONFIG);
  assert.deepEqual(diagnostics, []);
  assert.equal(data?.projets.length, MAX_PROJETS);
});
