// The machine's failures (full disk, read-only or forbidden folder, `--out` naming a file) are told in French with the
// folder and the cause, exit 4, never as an internal error to report; the previous outputs stay whole. `--out` at a
// file is a real case (test/fixtures/cli-bad/47-*, 48-*); a full disk or a read-only file system cannot be made here,
// so the system error is injected where publishing writes (the staging step, before any rename): through the CLI in
// test/reproducible/atomic.test.ts (beside the other failures inside publish), and for each cause here, through
// publishAtomically itself (no build needed).
import { mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import fsPromises from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asEnvironmentError, EnvironmentError } from '../../src/environment-error.js';
import { publishAtomically } from '../../src/publish/atomic-write.js';
import { captureConsole, copyProject, runCli } from '../helpers/project.js';
import { main as review } from '../../src/review/cli.js';
import { main as newEdition } from '../../src/new-edition/cli.js';

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

test('npm run review with --out naming a file: the machine is blamed (exit 4), not an internal error', { timeout: 300_000 }, async () => {
  const project = copyProject();
  try {
    writeFileSync(path.join(project, 'relecture'), 'un fichier, pas un dossier');
    const run = await captureConsole(() => review(['--out', 'relecture'], project));
    assert.equal(run.code, 4, run.stderr);
    assert.match(run.stderr, /^Erreur d’environnement : impossible d’écrire dans « relecture » : c’est un fichier, pas un dossier \(EEXIST\)\.\nDonnez à --out un dossier/m);
    assert.doesNotMatch(run.stderr, /Erreur interne/);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});

test('npm run new-edition on a full disk: exit 4, no half edition in editions/ and no staging folder left', { timeout: 300_000 }, async () => {
  const project = copyProject();
  const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write', errno: -28 });
  // The command imports writeFile by name: the builtin's named export follows the mocked property once synced.
  const writeFile = mock.method(fsPromises, 'writeFile', () => Promise.reject(enospc));
  syncBuiltinESMExports();
  try {
    const run = await captureConsole(() => newEdition(['--date', '2022-07-01', '--label', 'mi-2022'], project, {}));
    assert.equal(writeFile.mock.callCount(), 1);
    assert.equal(run.code, 4, run.stderr);
    assert.equal(
      run.stderr,
      'Erreur d’environnement : impossible d’écrire dans « editions/mi-2022/ » : le disque est plein (ENOSPC).\nLibérez de la place sur le disque, puis relancez. Rien n’a été écrit dans editions/mi-2022/.',
    );
    assert.equal(existsSync(path.join(project, 'editions', 'mi-2022')), false);
    assert.deepEqual(readdirSync(project).filter((f) => f.startsWith('.new-edition-')), []);
  } finally {
    writeFile.mock.restore();
    syncBuiltinESMExports();
    rmSync(project, { recursive: true, force: true });
  }
});
