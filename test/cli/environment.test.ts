// The machine's failures (full disk, read-only or forbidden folder, `--out` naming a file) are told in French with the
// folder and the cause, exit 4, never as an internal error to report; the previous outputs stay whole. `--out` at a
// file is a real case (test/fixtures/cli-bad/47-*, 48-*); a full disk or a read-only file system cannot be made here,
// so the system error is injected where publishing writes (the staging step, before any rename): once through the
// CLI, and for each cause through publishAtomically itself (no build needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EnvironmentError } from '../../src/environment-error.js';
import { publishAtomically } from '../../src/publish/atomic-write.js';
import { copyProject, runCli, snapshotDir } from '../helpers/project.js';

const project = copyProject();
const out = path.join(project, 'out');
const env = { SOURCE_DATE_EPOCH: '1598486400' };
const good = await runCli(['--quiet'], project, env);
const before = snapshotDir(out);
test.after(() => rmSync(project, { recursive: true, force: true }));

/** A system error as Node raises it: a message in English, a code, the syscall and the path. */
function systemError(code: string, syscall: string, where = out): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated, ${syscall}`), { code, syscall, errno: -1, path: path.join(where, '.staging-x', 'manifest.json') });
}

test('the baseline build publishes', () => assert.equal(good.code, 0, good.stderr));

test('a full disk while publishing: « Erreur d’environnement » naming out and the cause, exit 4, out/ as it was', async () => {
  const run = await runCli(['--quiet'], project, env, {
    beforeRename: () => {
      throw systemError('ENOSPC', 'write');
    },
  });
  assert.equal(run.code, 4, run.stderr);
  assert.deepEqual(run.stderr.split('\n'), [
    'Erreur d’environnement : impossible d’écrire dans « out » : le disque est plein (ENOSPC).',
    'Libérez de la place sur le disque, puis relancez. Les fichiers déjà publiés sont inchangés.',
  ]);
  assert.deepEqual(snapshotDir(out), before, 'out/ changed');
  assert.deepEqual(readdirSync(out).filter((n) => n.startsWith('.staging-')), [], 'a staging folder was left');
});

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

const CAUSES: [string, string, string][] = [
  ['ENOSPC', 'le disque est plein', 'libérez de la place sur le disque, puis relancez'],
  ['EDQUOT', 'le quota de disque est atteint', 'libérez de la place sur le disque, puis relancez'],
  ['EROFS', 'le disque est en lecture seule', 'choisissez un dossier où écrire avec --out DOSSIER'],
  ['EACCES', 'permission refusée', 'choisissez un dossier où vous pouvez écrire (--out DOSSIER), ou faites corriger ses droits'],
  ['EPERM', 'opération non permise', 'choisissez un dossier où vous pouvez écrire (--out DOSSIER), ou faites corriger ses droits'],
];

for (const [code, cause, fix] of CAUSES) {
  test(`${code} while staging: an EnvironmentError naming the folder as given, the previous files whole`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'publish-'));
    writeFileSync(path.join(dir, 'manifest.json'), 'ancien');
    const files = [{ name: 'manifest.json', bytes: new TextEncoder().encode('nouveau') }];
    try {
      await assert.rejects(
        publishAtomically(dir, files, { beforeRename: () => Promise.reject(systemError(code, 'write', dir)) }, 'sortie'),
        (e: unknown) => {
          assert.ok(e instanceof EnvironmentError);
          assert.equal(e.message, `impossible d’écrire dans « sortie » : ${cause} (${code})`);
          assert.equal(e.fix, fix);
          assert.equal(e.outputsIntact, true);
          return true;
        },
      );
      assert.deepEqual(readdirSync(dir), ['manifest.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

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
