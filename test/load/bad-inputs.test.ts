// Every folder of test/fixtures/bad/ is one broken input; the load stage must report exactly the lines in its expected.txt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { BuildError, formatDiagnostic } from '../../src/diagnostics.js';
import { loadInputs } from '../../src/load/index.js';
import { BAD, caseWorld } from './fixture-world.js';

const cases = readdirSync(BAD, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

test('the bad-input folder has at least 20 cases', () => {
  assert.ok(cases.length >= 20, `only ${cases.length} cases`);
});

for (const name of cases) {
  test(`bad input: ${name}`, async () => {
    const dir = path.join(BAD, name);
    let actual = '';
    try {
      await loadInputs(caseWorld(dir), DEFAULT_CONFIG);
      assert.fail(`${name}: loadInputs accepted the broken input`);
    } catch (e) {
      if (!(e instanceof BuildError)) throw e;
      actual = e.diagnostics.map(formatDiagnostic).join('\n');
    }
    // UPDATE_EXPECTED=1 writes the current output for review (never commit without reading it).
    if (process.env.UPDATE_EXPECTED) writeFileSync(path.join(dir, 'expected.txt'), actual + '\n');
    const expected = readFileSync(path.join(dir, 'expected.txt'), 'utf8').trimEnd();
    assert.equal(actual, expected);
  });
}
