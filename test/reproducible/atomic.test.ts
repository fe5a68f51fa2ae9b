// A build that fails midway, through the CLI, leaves out/ exactly as it was: input errors, lint errors, a failure inside publish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../src/cli.js';
import { appendFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PublishHooks } from '../../src/publish/index.js';
import { copyProject, runCli, snapshotDir } from '../helpers/project.js';

const root = copyProject();
const out = path.join(root, 'out');
const first = runCli([], root);

/** `runCli` with publish hooks: the CLI's `main` takes them as a test seam. */
async function runWithHooks(hooks: PublishHooks): Promise<number> {
  const log = console.log;
  const error = console.error;
  console.log = console.error = () => {};
  try {
    return await main([], root, {}, hooks);
  } finally {
    console.log = log;
    console.error = error;
  }
}

function edit(rel: string, change: (s: string) => string): () => void {
  const file = path.join(root, rel);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  assert.notEqual(after, before, `${rel}: the edit changes nothing`);
  writeFileSync(file, after);
  return () => writeFileSync(file, before);
}

test('a first build publishes seven files (the latest edition: its manifest also as manifest.json)', async () => {
  const r = await first;
  assert.equal(r.code, 0, r.stderr);
  assert.equal(Object.keys(snapshotDir(out)).length, 7);
});

test('an input error (a YAML syntax error) leaves out/ byte for byte as it was', async () => {
  await first;
  const before = snapshotDir(out);
  const restore = edit('editions/mi-2021/projets.yaml', (s) => s.replace('statut: achevé', 'statut: [achevé'));
  try {
    const r = await runCli([], root);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /les fichiers de out\/ sont inchangés/);
  } finally {
    restore();
  }
  assert.deepEqual(snapshotDir(out), before);
});

test('a lint error (a placeholder left in the brochure text) stops the build before out/', async () => {
  await first;
  const before = snapshotDir(out);
  const file = path.join(root, 'editions/mi-2021/brochure/bilan.md');
  const original = readFileSync(file, 'utf8');
  appendFileSync(file, '\nChiffre à confirmer : [à compléter].\n');
  try {
    const r = await runCli([], root);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /editions\/mi-2021\/brochure\/bilan\.md:\d+:\d+ {2}erreur \[texte-provisoire\] texte provisoire « \[à compléter\] »/);
  } finally {
    writeFileSync(file, original);
  }
  assert.deepEqual(snapshotDir(out), before);
});

test('a failure injected in publish after staging, before the first rename, leaves out/ as it was, no staging left', async () => {
  await first;
  // A different PDF (another edition label) so a half-publish would show in the hashes.
  const restore = edit('editions/mi-2021/edition.yaml', (s) => s.replace('libelle: Édition actualisée mi-2021', 'libelle: Édition actualisée de septembre 2021'));
  const before = snapshotDir(out);
  try {
    let staged = 0;
    const code = await runWithHooks({
      beforeRename: () => {
        staged = readdirSync(out).filter((n) => n.startsWith('.staging-')).length;
        throw new Error('disque plein (simulé)');
      },
    });
    assert.equal(code, 3);
    assert.equal(staged, 1);
  } finally {
    restore();
  }
  assert.deepEqual(snapshotDir(out), before);
});
