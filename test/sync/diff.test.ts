// The unified diff printed by --fix, and edits applied back to front.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, unifiedDiff } from '../../src/sync/index.js';

test('unifiedDiff shows changed lines with three lines of context and merges close hunks', () => {
  const a = Array.from({ length: 20 }, (_, i) => `l${i + 1}`);
  const b = [...a];
  b[4] = 'L5';
  b[7] = 'L8';
  b[18] = 'L19';
  const diff = unifiedDiff('p.md', a.join('\n'), b.join('\n')).split('\n');
  assert.deepEqual(diff.slice(0, 3), ['--- p.md', '+++ p.md', '@@ -2,10 +2,10 @@']);
  assert.deepEqual(diff.filter((l) => l.startsWith('@@')), ['@@ -2,10 +2,10 @@', '@@ -16,5 +16,5 @@']);
  assert.ok(diff.includes('-l19') && diff.includes('+L19'));
  assert.equal(unifiedDiff('p.md', 'same', 'same'), '');
});

test('applyEdits applies non-overlapping edits and skips duplicates', () => {
  const f = (start: number, end: number, text: string) => ({ severity: 'error' as const, code: 'x', message: '', edit: { start, end, text } });
  const r = applyEdits('a 857 Ko b 2019-2021', [f(2, 5, '276'), f(11, 20, '2019-2022'), f(11, 20, '2019-2022')]);
  assert.deepEqual(r, { text: 'a 276 Ko b 2019-2022', applied: 2 });
});
