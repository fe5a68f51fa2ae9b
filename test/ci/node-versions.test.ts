// The Node lines the project promises (package.json `engines`, the README) are the ones CI tests, and this Node is one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from '../helpers/project.js';

const read = (f: string) => readFileSync(path.join(REPO, f), 'utf8');
const engines: string = JSON.parse(read('package.json')).engines.node;
/** `^20.19.0 || ^22.12.0 || …` → majors and minimum versions. */
const ranges = engines.split('||').map((r) => {
  const m = /^\s*\^(\d+)\.(\d+)\.(\d+)\s*$/.exec(r);
  assert.ok(m, `engines range « ${r.trim()} »: expected ^MAJOR.MINOR.PATCH ranges, one per tested line`);
  return m.slice(1).map(Number) as [number, number, number];
});
const majors = ranges.map(([major]) => major);

test('engines lists exactly the Node lines of the test workflow, and the release runs one of them', () => {
  const matrix = /node:\s*\[([^\]]*)\]/.exec(read('.github/workflows/test.yml'))?.[1].split(',').map((n) => Number(n.trim()));
  assert.deepEqual(matrix, majors);
  const release = Number(/node-version:\s*(\d+)/.exec(read('.github/workflows/release.yml'))?.[1]);
  assert.ok(majors.includes(release), `release.yml runs Node ${release}`);
  assert.equal(release, Math.max(...majors), 'the release runs the newest line CI tests (the active LTS)');
});

test('the README’s table of Node versions names the same lines', () => {
  const readme = read('README.md');
  assert.ok(readme.includes(`\`engines\` (\`${engines}\`)`), 'the README quotes engines');
  const row = readme.split('\n').find((l) => l.startsWith('| GitHub, `test.yml` |'));
  assert.ok(row, 'the README has the test.yml row');
  assert.deepEqual(row.match(/\b\d{2}\b/g)?.map(Number), majors);
});

test('the Node running these tests is one engines allows (CI runs them on each line)', () => {
  const [major, minor, patch] = process.versions.node.split('.').map(Number);
  const range = ranges.find(([m]) => m === major);
  assert.ok(range, `Node ${process.version} is not a line engines lists (${engines})`);
  const [, min, pat] = range;
  assert.ok(minor > min || (minor === min && patch >= pat), `Node ${process.version} is older than ^${range.join('.')}`);
});
