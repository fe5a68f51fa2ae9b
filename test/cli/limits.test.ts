// Inputs big enough to hang or swamp a build end in an error (or a result) within a stated bound, through the real pipeline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_FILE_BYTES, MAX_PROJETS, MAX_TEXT_CHARS } from '../../src/load/limits.js';
import { buildToLayout, EDITION_DIR, locatedLines, readProject, type Files } from './build-to-layout.js';

const base = readProject();
const BILAN = `${EDITION_DIR}/brochure/bilan.md`;
const PROJETS = `${EDITION_DIR}/projets.yaml`;

async function timed(files: Files) {
  const t0 = performance.now();
  const r = await buildToLayout({ ...base, ...files });
  const ms = performance.now() - t0;
  console.log(`# ${r.kind} in ${ms.toFixed(0)} ms`);
  return { r, ms };
}

function expectError(r: Awaited<ReturnType<typeof buildToLayout>>, pattern: RegExp): string[] {
  assert.equal(r.kind, 'input', r.kind === 'internal' ? String(r.error) : 'the build should have failed');
  const lines = locatedLines(r.kind === 'input' ? r.diagnostics : []);
  assert.ok(lines.some((l) => pattern.test(l)), lines.join('\n'));
  return lines;
}

const projets = (n: number) =>
  'projets:\n' +
  Array.from({ length: n }, (_, i) => `  - {id: p${i}, titre: Projet ${i}, mission: LABEL, enjeux: [inclusion], porteur: DINUM, statut: nouveau, resume: Résumé du projet ${i}., illustratif: true, sources: []}`).join('\n') +
  '\n';

test('a 50 MB YAML file is refused unread, in under 3 s', async () => {
  const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x61);
  const { r, ms } = await timed({ 'data/export.yaml': bytes });
  assert.deepEqual(expectError(r, /fichier-trop-gros/), [`data/export.yaml:1:1  erreur [fichier-trop-gros] fichier de 50.0 Mo : au plus ${MAX_FILE_BYTES / 1024 / 1024} Mo admis (est-ce le bon fichier ?)`]);
  assert.ok(ms < 3000, `${ms.toFixed(0)} ms`);
});

test('a 100 000-character paragraph is refused at load, in under 5 s', async () => {
  const para = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(1800).slice(0, 99_999) + '.';
  const { r, ms } = await timed({ [BILAN]: (base[BILAN] as string).replace('La crise sanitaire', () => `${para}\n\nLa crise sanitaire`) });
  const lines = expectError(r, /texte-trop-long/);
  assert.ok(lines.includes(`${BILAN}:8:1  erreur [texte-trop-long] paragraphe de 100000 caractères : au plus ${MAX_TEXT_CHARS} admis (scindez-le)`), lines.join('\n'));
  assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
});

test('a 100 000-character summary is refused at load, in under 5 s', async () => {
  const { r, ms } = await timed({ [PROJETS]: (base[PROJETS] as string).replace('facilement des outils', () => 'très '.repeat(20_000)) });
  expectError(r, /editions\/mi-2020\/projets\.yaml:\d+:\d+ {2}erreur \[texte-trop-long\] « resume » dans le projet « offre-labellisation » fait 100\d{3} caractères/);
  assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
});

test('10 000 projects are refused at load, in under 5 s', async () => {
  const { r, ms } = await timed({ [PROJETS]: projets(10_000) });
  expectError(r, new RegExp(`trop-de-projets\\] la liste « projets » compte 10000 éléments : au plus ${MAX_PROJETS} admis`));
  assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
});

test('a Markdown table of 10 000 rows is refused, in under 10 s', async () => {
  const table = '| a | b |\n|---|---|\n' + Array.from({ length: 10_000 }, (_, i) => `| ${i} | x |`).join('\n') + '\n';
  const { r, ms } = await timed({ [BILAN]: `${base[BILAN] as string}\n${table}` });
  expectError(r, /markdown-non-pris-en-charge\] élément Markdown « table » non pris en charge/);
  assert.ok(ms < 10_000, `${ms.toFixed(0)} ms`);
});

/** A thousand projects (26× the roadmap) keep this test short; the benchmark lays out 3 800 (`npm run bench`). */
const MANY = Math.min(MAX_PROJETS, 1_000);

test(`${MANY} projects lay out, in under 40 s`, async () => {
  const { r, ms } = await timed({ [PROJETS]: projets(MANY) });
  assert.equal(r.kind, 'ok', r.kind === 'input' ? locatedLines(r.diagnostics).slice(0, 5).join('\n') : String((r as { error?: unknown }).error));
  console.log(`# ${MANY} projects through layout in ${ms.toFixed(0)} ms`);
  assert.ok(ms < 40_000, `${ms.toFixed(0)} ms`);
});
