// The project's own data/ and content/ load without errors (skipped while they are not written yet).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { loadEditorial } from '../../src/load/editorial.js';
import { loadRoadmap } from '../../src/load/roadmap.js';
import { fsWorld } from '../../src/world.js';
import { REPO } from './fixture-world.js';

const world = fsWorld(REPO);

test('data/*.yaml loads without errors', { skip: !existsSync(path.join(REPO, 'data/projets.yaml')) }, async () => {
  const { data, diagnostics } = await loadRoadmap(world, DEFAULT_CONFIG);
  assert.deepEqual(diagnostics.map(formatDiagnostic), []);
  assert.ok(data && data.projets.length > 0);
  for (const p of data.projets) assert.ok(data.missions.some((m) => m.code === p.mission));
});

test('content/ loads without errors', { skip: !existsSync(path.join(REPO, 'content/page')) }, async () => {
  const { editorial, diagnostics } = await loadEditorial(world, DEFAULT_CONFIG);
  assert.deepEqual(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic), []);
  assert.ok(editorial && editorial.page.blocks.length > 0);
});
