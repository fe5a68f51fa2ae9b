// The editorial lint judges the text the build was made from, not a file saved since.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildBrochure } from '../../src/build.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { lintBuild } from '../../src/sync/index.js';
import { fsWorld } from '../../src/world.js';
import { copyProject } from '../helpers/project.js';

test('a placeholder saved after load is not blamed on this build; the next build reports it', async () => {
  const root = copyProject();
  const world = fsWorld(root, { SOURCE_DATE_EPOCH: '1598486400' });
  const built = await buildBrochure(world, DEFAULT_CONFIG);
  const page = path.join(root, built.inputs.editorial.page.file);
  assert.ok(built.inputs.sources.has(path.relative(root, page)), 'the page is among the sources read');
  writeFileSync(page, readFileSync(page, 'utf8') + '\nTexte ???? à compléter.\n');
  assert.deepEqual((await lintBuild(world, DEFAULT_CONFIG, built)).filter((d) => d.code === 'texte-provisoire'), []);
  const again = await buildBrochure(world, DEFAULT_CONFIG);
  assert.ok((await lintBuild(world, DEFAULT_CONFIG, again)).some((d) => d.code === 'texte-provisoire'));
});
