// `--check` and `--fix` through the CLI, on a throwaway copy of the project: exit codes, printed drifts, the fixed page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyProject, REPO, runCli } from '../helpers/project.js';

const root = copyProject();
const fixture = (name: string, as: string) => copyFileSync(path.join(REPO, 'test/fixtures/pages', name), path.join(root, as));

test('--check on the seed prints every drift as file:line:col and exits 1', async () => {
  fixture('seed.markdown', 'seed.markdown');
  const r = await runCli(['--check', path.join(root, 'seed.markdown'), '--edition', 'mi-2020'], root);
  assert.equal(r.code, 1);
  const heads = r.stderr.split('\n').filter((l) => /^seed\.markdown:\d+:\d+ {2}/.test(l));
  assert.deepEqual(
    heads.map((l) => /^seed\.markdown:(\d+):\d+ {2}(\S+) \[([^\]]+)\]/.exec(l)!.slice(1).join(' ')),
    ['9 erreur texte-provisoire', '15 erreur alt-generique', '40 erreur periode-fausse', '41 erreur periode-fausse', '49 erreur taille-fausse', '49 erreur taille-fausse', '51 avertissement lien-en-double', '51 erreur taille-fausse'],
  );
  assert.match(r.stderr, /attendu « pdf – \d+ Ko »/);
  assert.match(r.stdout, /7 écarts : seed\.markdown ne doit pas être publiée en l’état\./);
});

test('--check PAGE --fix rewrites only the drifting spans, prints a unified diff, and the page then passes', async () => {
  fixture('titre.markdown', 'page.markdown');
  // The fixture's size labels are made current first, so that the title is the page's only drift.
  assert.equal((await runCli(['--quiet', '--edition', 'mi-2020'], root)).code, 0);
  const label: string = JSON.parse(readFileSync(path.join(root, 'out/manifest-mi-2020.json'), 'utf8')).pdf.sizeLabel;
  const stale = readFileSync(path.join(root, 'page.markdown'), 'utf8');
  writeFileSync(path.join(root, 'page.markdown'), stale.replace(/pdf – \d+\s*Ko/g, label));
  const before = readFileSync(path.join(root, 'page.markdown'), 'utf8');
  const fix = await runCli(['--check', path.join(root, 'page.markdown'), '--fix', '--edition', 'mi-2020'], root);
  assert.equal(fix.code, 0, fix.stderr);
  assert.match(fix.stdout, /^--- page\.markdown\n\+\+\+ page\.markdown\n@@ -1,5 \+1,5 @@/);
  assert.match(fix.stdout, /^-title: 'TECH\.GOUV : bilan du programme à mi-2019'$/m);
  assert.match(fix.stdout, /^\+title: 'TECH\.GOUV : bilan du programme et mise à jour à mi-2020'$/m);
  const after = readFileSync(path.join(root, 'page.markdown'), 'utf8');
  assert.deepEqual(after.split('\n').slice(2), before.split('\n').slice(2));
  const again = await runCli(['--check', path.join(root, 'page.markdown'), '--edition', 'mi-2020'], root);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /page\.markdown est conforme aux données et au PDF\./);
});

test('a conforming page whose accents are decomposed (pasted from macOS) still conforms, and is left as written', async () => {
  // page.markdown conforms after the test above.
  const page = path.join(root, 'page.markdown');
  const decomposed = readFileSync(page, 'utf8').normalize('NFD');
  assert.notEqual(decomposed, decomposed.normalize('NFC'));
  writeFileSync(page, decomposed);
  for (const args of [[], ['--fix']]) {
    const r = await runCli(['--check', page, ...args, '--edition', 'mi-2020'], root);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /page\.markdown est conforme aux données et au PDF\./);
    assert.equal(readFileSync(page, 'utf8'), decomposed);
  }
});

test('--fix without a page is a usage error: the generated page is fixed by rebuilding', async () => {
  const r = await runCli(['--check', '--fix'], root);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--fix attend une page à corriger/);
});

test('--check without a page checks the edition’s page in out/ and says to build first when there is none', async () => {
  const r = await runCli(['--check', '--out', 'nulle-part'], root);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /nulle-part\/tech-gouv-bilan-du-programme-mise-jour-mi-2021\.markdown:1:1 {2}erreur \[page-introuvable\]/);
  const old = await runCli(['--check', '--out', 'nulle-part', '--edition', 'mi-2020'], root);
  assert.match(old.stderr, /nulle-part\/tech-gouv-bilan-du-programme-mise-jour-mi-2020\.markdown:1:1 {2}erreur \[page-introuvable\]/);
});
