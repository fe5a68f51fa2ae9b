// Every fixture page gives exactly its expected messages (page check + lint), and the lint alone gives its own on the seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { applyEdits, checkAndLintPage, lintProject, lintText, unifiedDiff } from '../../src/sync/index.js';
import { fsWorld } from '../../src/world.js';
import { REPO } from '../helpers/project.js';
import { factsForTests } from './facts.js';

const DIR = 'test/fixtures/pages';
const facts = await factsForTests();
const ctx = { config: facts.config, produced: facts.produced, periode: facts.periode };
const pages = readdirSync(path.join(REPO, DIR)).filter((f) => f.endsWith('.markdown')).sort();
const read = (name: string) => readFileSync(path.join(REPO, DIR, name), 'utf8');
const lines = (name: string) => read(name).split('\n').filter(Boolean);

test('the seed fixture is a faithful copy of the shared seed page', { skip: !exists('../shared/seed') }, () => {
  assert.equal(read('seed.markdown'), readFileSync(path.join(REPO, '../shared/seed/tech-gouv-bilan-du-programme-mise-jour-mi-2020.markdown'), 'utf8'));
});

for (const page of pages.filter((p) => p !== 'lint.markdown')) {
  test(`--check on ${page} prints exactly its expected messages`, () => {
    const got = checkAndLintPage(`${DIR}/${page}`, read(page), facts).map(formatDiagnostic);
    assert.deepEqual(got, lines(page.replace('.markdown', '.expected.txt')));
  });
}

test('each drift fixture differs from the clean page by its drift only: one error code per page', () => {
  const codes: Record<string, string[]> = {
    'compte-faux.markdown': ['compte-faux'],
    'lien-pdf.markdown': ['lien-pdf'],
    'periode-dans-url.markdown': ['periode-fausse'],
    'periode-edition-precedente.markdown': ['periode-fausse'],
    'periode-fausse.markdown': ['periode-fausse'],
    'propre.markdown': [],
    'taille-fausse.markdown': ['taille-fausse'],
    'titre.markdown': ['titre'],
    'vignette.markdown': ['vignette', 'vignette-alt'],
  };
  for (const [page, expected] of Object.entries(codes)) {
    const errors = checkAndLintPage(page, read(page), facts).filter((d) => d.severity === 'error');
    assert.deepEqual([...new Set(errors.map((d) => d.code))].sort(), expected, page);
  }
});

for (const name of ['seed.markdown', 'lint.markdown']) {
  test(`the lint on ${name} reports exactly the expected findings`, () => {
    const got = lintText(`${DIR}/${name}`, read(name), ctx).map(formatDiagnostic);
    assert.deepEqual(got, lines(name.replace('.markdown', '.lint-expected.txt')));
  });
}

test('the lint on the seed reports the ????, both roadmap periods, the size labels and the generic alt', () => {
  const found = lintText('seed.markdown', read('seed.markdown'), ctx);
  const at = (code: string) => found.filter((d) => d.code === code).map((d) => d.pos!.line);
  assert.deepEqual(at('texte-provisoire'), [9]);
  assert.deepEqual(at('periode-incoherente'), [40, 41]);
  assert.match(found.find((d) => d.code === 'periode-incoherente')!.message, /« 2019-2021 ».*« 2019-2022 » ligne 10/);
  assert.deepEqual(at('taille-fausse'), [49, 49, 51]);
  assert.deepEqual(at('alt-generique'), [15]);
  assert.deepEqual(at('lien-en-double'), [51]);
});

test('the project’s own content and data pass the lint without errors', async () => {
  const found = await lintProject(fsWorld(REPO), ctx);
  assert.deepEqual(found.filter((d) => d.severity === 'error').map(formatDiagnostic), []);
});

for (const page of pages.filter((p) => !['seed.markdown', 'lint.markdown', 'propre.markdown'].includes(p))) {
  test(`--fix on ${page} changes only the drifting spans, and the fixed page passes`, () => {
    const before = read(page);
    const fixed = applyEdits(before, checkAndLintPage(page, before, facts)).text;
    assert.deepEqual(checkAndLintPage(page, fixed, facts).filter((d) => d.severity === 'error').map(formatDiagnostic), []);
    // Same lines, and only the drifting lines changed: the fix is local.
    const a = before.split('\n');
    const b = fixed.split('\n');
    assert.equal(b.length, a.length);
    const changed = a.flatMap((l, i) => (l !== b[i] ? [i + 1] : []));
    const drifting = new Set(checkAndLintPage(page, before, facts).filter((d) => d.severity === 'error').map((d) => d.pos!.line));
    assert.ok(changed.length > 0 && changed.every((l) => drifting.has(l)), `${page}: lines ${changed} vs ${[...drifting]}`);
  });
}

test('--fix on the seed keeps its formatting (&nbsp;, hyphen, HTML) and leaves only what needs a writer', () => {
  const before = read('seed.markdown');
  const fixed = applyEdits(before, checkAndLintPage('seed.markdown', before, facts)).text;
  assert.match(fixed, /\(pdf - 276&nbsp;Ko\)\]\(\/uploads\/20200827_Plaquette_Techgouv_DINUM\.pdf\)/);
  assert.match(fixed, /TECH\.GOUV \(pdf – 276 Ko\)\]\(\/uploads\/capture/);
  assert.match(fixed, /<a href="\/publications\/tech-gouv-strategie-et-feuille-de-route-2019-2021\/">la stratégie et feuille de route TECH\.GOUV 2019-2021 \(édition précédente\)<\/a>/);
  const left = checkAndLintPage('seed.markdown', fixed, facts).filter((d) => d.severity === 'error');
  assert.deepEqual(left.map((d) => `${d.pos!.line}:${d.code}`), ['9:texte-provisoire', '15:alt-generique']);
  const diff = unifiedDiff('seed.markdown', before, fixed);
  assert.equal(diff.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---')).length, 4);
});

function exists(rel: string): boolean {
  try {
    readdirSync(path.join(REPO, rel));
    return true;
  } catch {
    return false;
  }
}
