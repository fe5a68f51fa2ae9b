// The two worlds list files alike: sorted, recursive, the root included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fsWorld, memoryWorld } from '../../src/world.js';

test('fsWorld and memoryWorld list the same files, sorted, from a folder or from the root', async () => {
  const files = { 'b.yaml': 'b', 'data/z.yaml': 'z', 'data/a.yaml': 'a', 'data/sub/c.md': 'c' };
  const dir = mkdtempSync(path.join(tmpdir(), 'world-'));
  try {
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
    for (const world of [fsWorld(dir), memoryWorld(files)]) {
      assert.deepEqual(await world.list('data'), ['data/a.yaml', 'data/sub/c.md', 'data/z.yaml']);
      assert.deepEqual(await world.list('data/', '.yaml'), ['data/a.yaml', 'data/z.yaml']);
      assert.deepEqual(await world.list(''), ['b.yaml', 'data/a.yaml', 'data/sub/c.md', 'data/z.yaml']);
      assert.equal(await world.size('data/a.yaml'), 1);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
