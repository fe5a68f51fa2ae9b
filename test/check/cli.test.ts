// The check:pdf command: one line per check, a summary, and exit codes 0 / 1 / 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSample } from './build-sample.js';

const CLI = new URL('../../src/check/cli.ts', import.meta.url).pathname;
const cli = (args: string[], cwd = process.cwd()) => spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), CLI, ...args], { cwd, encoding: 'utf8' });

test('good and bad PDFs: exit 0 and 1, with ✓/✗ lines and the summary', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'check-cli-'));
  const good = path.join(dir, 'good.pdf');
  const bad = path.join(dir, 'bad.pdf');
  writeFileSync(good, await buildSample());
  writeFileSync(bad, await buildSample('figureNoAlt'));
  const [g, b] = [cli([good]), cli([bad])];
  assert.equal(g.status, 0, g.stdout + g.stderr);
  const size = readFileSync(good).length;
  assert.match(g.stdout, new RegExp(`^Vérification PDF/UA-1 et PDF/A-2 : ${good.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n1 page, ${String(size).replace(/\B(?=(\d{3})+$)/g, '\u202f')} octets \\(${Math.ceil(size / 1024)}\u00a0Ko\\)$`, 'm'));
  assert.match(g.stdout, /^✓ structure\.figures — /m);
  assert.match(g.stdout, /^(\d+) vérifications, \1 réussies, 0 échouées$/m);
  assert.equal(b.status, 1);
  assert.match(b.stdout, /^✗ structure\.figures — .*\n {4}Figure sans texte de remplacement/m);
  assert.match(b.stdout, /^\d+ vérifications, \d+ réussies, 1 échouées$/m);
});

test('usage errors exit 2: missing file, not a PDF, nothing in out/', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'check-cli-'));
  const txt = path.join(dir, 'x.pdf');
  writeFileSync(txt, 'bonjour');
  assert.equal(cli([path.join(dir, 'absent.pdf')]).status, 2);
  const notPdf = cli([txt]);
  assert.equal(notPdf.status, 2);
  assert.match(notPdf.stderr, /n’est pas un PDF/);
  assert.equal(cli([], dir).status, 2);
});
