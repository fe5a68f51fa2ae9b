// Each case of test/fixtures/cli-bad/ breaks the real inputs in one small way: the CLI must exit with the expected code, print exactly the expected lines and leave out/ untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO, copyProject, runCli, snapshotDir } from '../helpers/project.js';
import { applyCase, errorLines, readCases } from './patch-project.js';

const CASES = path.join(REPO, 'test/fixtures/cli-bad');
const cases = readCases(CASES);
const project = copyProject();
const out = path.join(project, 'out');
// One good build populates out/; every case then runs against that same folder, restored after each.
const good = await runCli(['--quiet'], project, { SOURCE_DATE_EPOCH: '1598486400' });
const before = good.code === 0 ? snapshotDir(out) : {};

test('the real inputs build (the baseline every case breaks)', () => {
  assert.equal(good.code, 0, good.stderr);
  assert.ok(Object.keys(before).length >= 4, `out/ holds ${Object.keys(before).join(', ')}`);
});

test('at least 30 cases', () => assert.ok(cases.length >= 30, `${cases.length} cases`));

for (const c of cases) {
  test(c.name, async () => {
    const restore = applyCase(project, c);
    try {
      const t0 = performance.now();
      // The cases were written against the mid-2020 edition (its files, lines and figures): each run builds it.
      const run = await runCli([...c.args, '--edition', 'mi-2020'], project, { SOURCE_DATE_EPOCH: '1598486400' });
      const ms = performance.now() - t0;
      const lines = errorLines(run.stderr);
      if (process.env.UPDATE_EXPECTED) {
        writeFileSync(path.join(c.dir, 'expected.txt'), lines.join('\n') + '\n');
        writeFileSync(path.join(c.dir, 'exit'), `${run.code}\n`);
        return;
      }
      assert.deepEqual(lines, c.expected, run.stderr);
      assert.equal(run.code, c.exit, run.stderr);
      assert.deepEqual(snapshotDir(out), before, 'out/ changed');
      assert.ok(ms < 15_000, `${ms.toFixed(0)} ms`);
    } finally {
      restore();
    }
  });
}
