import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyProject } from '../helpers/project.js';
import { fsWorld } from '../../src/world.js';
import { buildBrochure } from '../../src/build.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { TypesetReuse } from '../../src/watch/typeset-reuse.js';

test('a rebuild with the kept typeset paragraphs gives the same PDF bytes as a cold build', { timeout: 30_000 }, async () => {
  const root = copyProject();
  try {
    const world = fsWorld(root, { SOURCE_DATE_EPOCH: '1598486400' });
    const reuse = new TypesetReuse();
    const cache = reuse.forBuild();
    assert.equal(reuse.adopt(await buildBrochure(world, DEFAULT_CONFIG, undefined, { typesetCache: cache }), cache), true);
    const kept = reuse.size;
    assert.ok(kept > 100, `${kept} paragraphs kept`);

    const f = path.join(root, 'editions/mi-2021/projets.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('depuis le premier trimestre', 'depuis le tout premier trimestre'));
    const warmCache = reuse.forBuild();
    const warm = await buildBrochure(world, DEFAULT_CONFIG, undefined, { typesetCache: warmCache });
    assert.equal(reuse.adopt(warm, warmCache), true);
    const cold = await buildBrochure(world, DEFAULT_CONFIG);
    assert.ok(Buffer.from(warm.pdf).equals(Buffer.from(cold.pdf)));
    assert.ok(warm.timings['typeset+layout']! < cold.timings['typeset+layout']!, JSON.stringify([warm.timings, cold.timings]));

    // New proper names change hyphenation: the kept paragraphs are refused and must be typeset again.
    writeFileSync(f, readFileSync(f, 'utf8').replace(/noms_propres: \[/, 'noms_propres: [Zorglub, '));
    const staleCache = reuse.forBuild();
    const stale = await buildBrochure(world, DEFAULT_CONFIG, undefined, { typesetCache: staleCache });
    assert.ok(stale.document.properNames.includes('Zorglub'));
    assert.equal(reuse.adopt(stale, staleCache), false);
    assert.equal(reuse.size, 0);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
