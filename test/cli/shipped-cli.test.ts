// The CLI as users run it: `npm run brochure` → scripts/brochure.mjs → the bundle dist/cli.js (built by `npm test`
// first), on a copy of the project. The other tests run the sources; only these see what bundling changed (issue 13:
// any brochure.config.yaml failed with « parse is not a function » in the bundle alone).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyProject, REPO, snapshotDir } from '../helpers/project.js';

/** `npm run brochure -- …args` from the repository, building the project copied at `root` (BROCHURE_ROOT). */
function npmBrochure(root: string, args: string[]) {
  return spawnSync('npm', ['run', '--silent', 'brochure', '--', ...args], {
    cwd: REPO,
    env: { ...process.env, BROCHURE_ROOT: root },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

const CONFIG = ['outDir: sortie', 'thumbnailWidth: 200', "pdfName: 'plaquette-{date}.pdf'", 'pageName: page-{edition}.markdown', 'editions:', '  mi-2021:', '    uneName: une-mi-2021.jpg', ''].join('\n');

test('a brochure.config.yaml is honoured by the shipped CLI: build, then --check of what it built', () => {
  const root = copyProject();
  try {
    writeFileSync(path.join(root, 'brochure.config.yaml'), CONFIG);
    const built = npmBrochure(root, ['--quiet']);
    assert.equal(built.status, 0, built.stderr);
    assert.doesNotMatch(built.stderr, /is not a function|erreur/);
    const out = path.join(root, 'sortie');
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    assert.deepEqual(readFileSync(path.join(out, 'manifest-mi-2021.json')), readFileSync(path.join(out, 'manifest.json')));
    assert.equal(manifest.pdf.path, 'plaquette-20210914.pdf');
    assert.equal(manifest.page.path, 'page-mi-2021.markdown');
    assert.equal(manifest.une.path, 'une-mi-2021.jpg');
    assert.deepEqual(
      manifest.thumbnails.map((t: { width: number; density: number }) => [t.width, t.density]),
      [
        [200, 1],
        [400, 2],
      ],
    );
    for (const f of [manifest.pdf.path, manifest.page.path, manifest.une.path, ...manifest.thumbnails.map((t: { path: string }) => t.path)]) {
      assert.ok(existsSync(path.join(out, f)), f);
    }
    assert.ok(!existsSync(path.join(root, 'out/manifest.json')), 'the default out/ is left alone');
    assert.match(readFileSync(path.join(out, 'page-mi-2021.markdown'), 'utf8'), /\]\(<\/uploads\/plaquette-20210914\.pdf>\)/);
    assert.match(readFileSync(path.join(out, 'page-mi-2021.markdown'), 'utf8'), /^  image: "\/uploads\/une-mi-2021\.jpg"$/m);

    const checked = npmBrochure(root, ['--check']);
    assert.equal(checked.status, 0, checked.stdout + checked.stderr);
    assert.match(checked.stdout, /sortie\/page-mi-2021\.markdown est conforme aux données et au PDF/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a broken config file: located French errors from the shipped CLI, exit 1, out/ untouched', () => {
  const root = copyProject();
  try {
    writeFileSync(path.join(root, 'brochure.config.yaml'), 'thumbnailWidth: deux cents\nouDir: sortie\n');
    const before = snapshotDir(root);
    const wrong = npmBrochure(root, ['--quiet']);
    assert.equal(wrong.status, 1, wrong.stderr);
    assert.match(wrong.stderr, /^brochure\.config\.yaml:1:17 {2}erreur \[config-type\] la clé « thumbnailWidth » attend une valeur de type nombre$/m);
    assert.match(wrong.stderr, /^brochure\.config\.yaml:2:1 {2}erreur \[config-cle-inconnue\] clé « ouDir » inconnue : .*\(vouliez-vous dire « outDir » \?\)$/m);

    writeFileSync(path.join(root, 'brochure.config.yaml'), 'thumbnailWidth: 300\noutDir: "sortie\n');
    const syntax = npmBrochure(root, ['--quiet']);
    assert.equal(syntax.status, 1, syntax.stderr);
    assert.match(syntax.stderr, /^brochure\.config\.yaml:2:9 {2}erreur \[config-syntaxe\] syntaxe YAML invalide : guillemet fermant manquant$/m);
    writeFileSync(path.join(root, 'brochure.config.yaml'), 'thumbnailWidth: deux cents\nouDir: sortie\n');
    assert.deepEqual(snapshotDir(root), before, 'nothing written');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('--help and a wrong option, from the shipped CLI', () => {
  const root = copyProject();
  try {
    const help = npmBrochure(root, ['--help']);
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /^Usage : npm run brochure -- \[options\]/m);
    const wrong = npmBrochure(root, ['--nope']);
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /option inconnue « --nope »/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('--watch from the shipped CLI follows the config file, builds once, and stops on SIGINT', { timeout: 120_000 }, async () => {
  const root = copyProject();
  try {
    writeFileSync(path.join(root, 'brochure.config.yaml'), CONFIG);
    // scripts/brochure.mjs directly (what `npm run brochure` runs): the signal goes to the CLI, not to npm.
    const child = spawn(process.execPath, [path.join(REPO, 'scripts/brochure.mjs'), '--watch'], { cwd: REPO, env: { ...process.env, BROCHURE_ROOT: root } });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += b));
    const built = new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (b) => {
        stdout += b;
        if (/reconstruit en/.test(stdout)) resolve();
      });
      child.once('exit', () => reject(new Error(`exited before its first build:\n${stdout}\n${stderr}`)));
    });
    await built;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    assert.equal(await exited, 0, stderr);
    assert.match(stdout, /Surveillance de data\/, content\/, editions\/, fonts\/, assets\/ et brochure\.config\.yaml/);
    assert.match(stdout, /Surveillance arrêtée\./);
    assert.doesNotMatch(stderr, /erreur/);
    assert.ok(existsSync(path.join(root, 'sortie/plaquette-20210914.pdf')), 'the watch built with the config file');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a reader that stops early (| head, | true) does not crash the shipped CLI: the build publishes and exits 0', { timeout: 120_000 }, async () => {
  const root = copyProject();
  try {
    const child = spawn(process.execPath, [path.join(REPO, 'scripts/brochure.mjs'), '--out', 'sortie'], { cwd: REPO, env: { ...process.env, BROCHURE_ROOT: root } });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    // As `| head -1` does once it has its line, or `| true` at once: the pipe is closed while the CLI has lines to print.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.doesNotMatch(stderr, /EPIPE|Unhandled/);
    assert.equal(code, 0, stderr);
    assert.ok(existsSync(path.join(root, 'sortie', 'manifest.json')));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
