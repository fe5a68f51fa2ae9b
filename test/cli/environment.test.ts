// The machine's failures (full disk, read-only or forbidden folder, `--out` naming a file) are told in French with the
// folder and the cause, exit 4, never as an internal error to report; the previous outputs stay whole. `--out` at a
// file is a real case (test/fixtures/cli-bad/47-*, 48-*); a full disk or a read-only file system cannot be made here,
// so the system error is injected where publishing writes (the staging step, before any rename): through the CLI in
// test/reproducible/atomic.test.ts (beside the other failures inside publish), and for each cause here, through
// publishAtomically itself (no build needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asEnvironmentError, EnvironmentError } from '../../src/environment-error.js';
import { publishAtomically } from '../../src/publish/atomic-write.js';
import { copyProject, runCli } from '../helpers/project.js';

/** A system error as Node raises it: a message in English, a code, the syscall and the path. */
function systemError(code: string, syscall: string, where: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated, ${syscall}`), { code, syscall, errno: -1, path: path.join(where, '.staging-x', 'manifest.json') });
}

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

test('a system error from anywhere else (an input the user may not read) is named by its path; others stay internal', () => {
  const root = '/projet';
  const read = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', syscall: 'open', path: '/projet/data/projets.yaml' });
  assert.equal(asEnvironmentError(read, root)?.message, 'impossible de lire « data/projets.yaml » : permission refusée (EACCES)');
  const io = Object.assign(new Error('EIO'), { code: 'EIO', syscall: 'read', path: '/ailleurs/polices/x.ttf' });
  assert.equal(asEnvironmentError(io, root)?.message, 'impossible de lire « /ailleurs/polices/x.ttf » : erreur de lecture ou d’écriture du disque (EIO)');
  // A missing file is the inputs' business (located errors) or a bug, never the machine's.
  assert.equal(asEnvironmentError(Object.assign(new Error('ENOENT'), { code: 'ENOENT', syscall: 'open', path: '/projet/x' }), root), undefined);
  assert.equal(asEnvironmentError(new Error('bug'), root), undefined);
});

const isRoot = process.getuid?.() === 0;
test('a real folder without write permission: EACCES, exit 4', { skip: isRoot && 'running as root: permissions do not stop root from writing' }, async () => {
  const project = copyProject();
  const out = path.join(project, 'out');
  mkdirSync(out);
  chmodSync(out, 0o555);
  try {
    const run = await runCli(['--quiet'], project, { SOURCE_DATE_EPOCH: '1598486400' });
    assert.equal(run.code, 4, run.stderr);
    assert.match(run.stderr, /^Erreur d’environnement : impossible d’écrire dans « out » : permission refusée \(EACCES\)\./);
    assert.deepEqual(readdirSync(out), []);
  } finally {
    chmodSync(out, 0o755);
    rmSync(project, { recursive: true, force: true });
  }
});
