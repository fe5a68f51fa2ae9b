// Inputs big enough to hang or swamp a build end in an error (or a result) through the real pipeline, with bounded
// work: refused unread, or at load before any later stage, or before the records are validated one by one. No clock:
// how long these take on the reference machine is `npm run bench`'s and docs/erreurs.md's business.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_FILE_BYTES, MAX_PROJETS, MAX_TEXT_CHARS } from '../../src/load/limits.js';
import { buildToLayout, EDITION_DIR, locatedLines, readProject } from './build-to-layout.js';

const base = readProject();
const BILAN = `${EDITION_DIR}/brochure/bilan.md`;
const PROJETS = `${EDITION_DIR}/projets.yaml`;
/** A hang guard only, minutes above what any of these takes on a loaded machine. */
const HANG_GUARD = { timeout: 300_000 };

function expectError(r: Awaited<ReturnType<typeof buildToLayout>>, pattern: RegExp): string[] {
  assert.equal(r.kind, 'input', r.kind === 'internal' ? String(r.error) : 'the build should have failed');
  const lines = locatedLines(r.kind === 'input' ? r.diagnostics : []);
  assert.ok(lines.some((l) => pattern.test(l)), lines.join('\n'));
  return lines;
}

const projets = (n: number, statut = (_i: number) => 'nouveau') =>
  'projets:\n' +
  Array.from({ length: n }, (_, i) => `  - {id: p${i}, titre: Projet ${i}, mission: LABEL, enjeux: [inclusion], porteur: DINUM, statut: ${statut(i)}, resume: Résumé du projet ${i}., illustratif: true, sources: []}`).join('\n') +
  '\n';

test('a 50 MB YAML file is refused unread, and nothing after load runs', HANG_GUARD, async () => {
  const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x61);
  const r = await buildToLayout({ ...base, 'data/export.yaml': bytes });
  assert.deepEqual(expectError(r, /fichier-trop-gros/), [`data/export.yaml:1:1  erreur [fichier-trop-gros] fichier de 50.0 Mo : au plus ${MAX_FILE_BYTES / 1024 / 1024} Mo admis (est-ce le bon fichier ?)`]);
  assert.ok(!r.reads.includes('data/export.yaml'), 'the file was read');
  assert.deepEqual(r.stages, ['load']);
});

test('a 100 000-character paragraph is refused at load', HANG_GUARD, async () => {
  const para = 'Une phrase qui se répète pour remplir le paragraphe. '.repeat(1900).slice(0, 99_999) + '.';
  const r = await buildToLayout({ ...base, [BILAN]: (base[BILAN] as string).replace('La crise sanitaire', () => `${para}\n\nLa crise sanitaire`) });
  const lines = expectError(r, /texte-trop-long/);
  assert.ok(lines.includes(`${BILAN}:8:1  erreur [texte-trop-long] paragraphe de 100000 caractères : au plus ${MAX_TEXT_CHARS} admis (scindez-le)`), lines.join('\n'));
  assert.deepEqual(r.stages, ['load']);
});

test('a 100 000-character summary is refused at load', HANG_GUARD, async () => {
  const r = await buildToLayout({ ...base, [PROJETS]: (base[PROJETS] as string).replace('facilement des outils', () => 'très '.repeat(20_000)) });
  expectError(r, /editions\/mi-2020\/projets\.yaml:\d+:\d+ {2}erreur \[texte-trop-long\] « resume » dans le projet « offre-labellisation » fait 100\d{3} caractères/);
  assert.deepEqual(r.stages, ['load']);
});

test('10 000 projects are refused at load, before their records are validated one by one', HANG_GUARD, async () => {
  // The last record is wrong: were the records validated, its statut would be reported too.
  const r = await buildToLayout({ ...base, [PROJETS]: projets(10_000, (i) => (i === 9_999 ? 'fini' : 'nouveau')) });
  assert.deepEqual(expectError(r, /trop-de-projets/), [`${PROJETS}:2:3  erreur [trop-de-projets] la liste « projets » compte 10000 éléments : au plus ${MAX_PROJETS} admis`]);
  assert.deepEqual(r.stages, ['load']);
});

test('a Markdown table of 10 000 rows is refused at load', HANG_GUARD, async () => {
  const table = '| a | b |\n|---|---|\n' + Array.from({ length: 10_000 }, (_, i) => `| ${i} | x |`).join('\n') + '\n';
  const r = await buildToLayout({ ...base, [BILAN]: `${base[BILAN] as string}\n${table}` });
  expectError(r, /markdown-non-pris-en-charge\] élément Markdown « table » non pris en charge/);
  assert.deepEqual(r.stages, ['load']);
});

/** A thousand projects (26× the roadmap) keep this test short; the benchmark lays out 3 800 (`npm run bench`). */
const MANY = Math.min(MAX_PROJETS, 1_000);

test(`${MANY} projects lay out`, HANG_GUARD, async () => {
  const r = await buildToLayout({ ...base, [PROJETS]: projets(MANY) });
  assert.equal(r.kind, 'ok', r.kind === 'input' ? locatedLines(r.diagnostics).slice(0, 5).join('\n') : String((r as { error?: unknown }).error));
  assert.deepEqual(r.stages, ['load', 'model', 'typeset+layout', 'render']);
});
