// `npm run review -- --against X` checks X before building anything: a version that does not exist is a usage error
// (exit 2) told at once, not after the pages are rendered. Proved by order, not by time: the inputs here are broken, so
// a review that built first would stop on them (exit 1) instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/review/cli.js';
import { copyProject } from '../helpers/project.js';

const project = copyProject();
// The latest edition, the one a review builds by default.
const projets = path.join(project, 'editions/mi-2021/projets.yaml');
writeFileSync(projets, readFileSync(projets, 'utf8').replace('statut: achevé', 'statut: fini'));
test.after(() => rmSync(project, { recursive: true, force: true }));

async function review(args: string[]): Promise<{ code: number; stderr: string }> {
  const err: string[] = [];
  const error = console.error;
  console.error = (...a: unknown[]) => void err.push(a.join(' '));
  try {
    return { code: await main(args, project, {}), stderr: err.join('\n') };
  } finally {
    console.error = error;
  }
}

// A tag that does not exist, an edition id that does not either, a folder that is not there.
for (const against of ['v2019', 'mi-2018', 'editions/absente']) {
  test(`--against ${against}: exit 2 with the French reason, before any build`, async () => {
    const r = await review(['--against', against]);
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stderr, `Erreur : « ${against} » n’est ni une édition, ni un PDF, ni un dossier, ni une version git connue.`);
    assert.equal(existsSync(path.join(project, 'out/review.png')), false);
  });
}

test('without --against, the same broken inputs are what stops the review (exit 1): the test above did not build', async () => {
  const r = await review([]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /statut « fini » inconnu/);
});
