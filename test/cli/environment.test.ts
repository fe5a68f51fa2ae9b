// The machine's failures (full disk, read-only or forbidden folder, `--out` naming a file) are told in French with the
// folder and the cause, exit 4, never as an internal error to report; the previous outputs stay whole. `--out` at a
// file is a real case (test/fixtures/cli-bad/47-*, 48-*); a full disk or a read-only file system cannot be made here,
// so the system error is injected where publishing writes (the staging step, before any rename).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { copyProject, runCli, snapshotDir } from '../helpers/project.js';

const project = copyProject();
const out = path.join(project, 'out');
const env = { SOURCE_DATE_EPOCH: '1598486400' };
const good = await runCli(['--quiet'], project, env);
const before = snapshotDir(out);
test.after(() => rmSync(project, { recursive: true, force: true }));

/** A system error as Node raises it: a message in English, a code, the syscall and the path. */
function systemError(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated, ${syscall}`), { code, syscall, errno: -1, path: path.join(out, '.staging-x', 'manifest.json') });
}

test('the baseline build publishes', () => assert.equal(good.code, 0, good.stderr));

const CASES: [string, string, string][] = [
  ['ENOSPC', 'le disque est plein', 'Libérez de la place sur le disque, puis relancez.'],
  ['EDQUOT', 'le quota de disque est atteint', 'Libérez de la place sur le disque, puis relancez.'],
  ['EROFS', 'le disque est en lecture seule', 'Choisissez un dossier où écrire avec --out DOSSIER.'],
  ['EACCES', 'permission refusée', 'Choisissez un dossier où vous pouvez écrire (--out DOSSIER), ou faites corriger ses droits.'],
];

for (const [code, cause, fix] of CASES) {
  test(`${code} while publishing: « Erreur d’environnement » naming out and the cause, exit 4, out/ as it was`, async () => {
    const run = await runCli(['--quiet'], project, env, {
      beforeRename: () => {
        throw systemError(code, 'write');
      },
    });
    assert.equal(run.code, 4, run.stderr);
    assert.deepEqual(run.stderr.split('\n'), [`Erreur d’environnement : impossible d’écrire dans « out » : ${cause} (${code}).`, `${fix} Les fichiers déjà publiés sont inchangés.`]);
    assert.deepEqual(snapshotDir(out), before, 'out/ changed');
    assert.deepEqual(readdirSync(out).filter((n) => n.startsWith('.staging-')), [], 'a staging folder was left');
  });
}

test('a failure that is not the environment stays an internal error (exit 3): a bug is not blamed on the machine', async () => {
  const run = await runCli(['--quiet'], project, env, {
    beforeRename: () => {
      throw new Error('panne simulée');
    },
  });
  assert.equal(run.code, 3);
  assert.match(run.stderr, /^Erreur interne : panne simulée/);
  assert.deepEqual(snapshotDir(out), before);
});

const isRoot = process.getuid?.() === 0;
test('a real folder without write permission: EACCES, exit 4', { skip: isRoot && 'running as root: permissions do not stop root from writing' }, async () => {
  chmodSync(out, 0o555);
  try {
    const run = await runCli(['--quiet'], project, env);
    assert.equal(run.code, 4, run.stderr);
    assert.match(run.stderr, /^Erreur d’environnement : impossible d’écrire dans « out » : permission refusée \(EACCES\)\./);
  } finally {
    chmodSync(out, 0o755);
  }
  assert.deepEqual(snapshotDir(out), before);
});
