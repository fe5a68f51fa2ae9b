import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffWords, formatWordDiff, hasChanges } from '../../src/review/word-diff.js';

test('one word replaced: one deletion and one insertion between unchanged runs', () => {
  assert.deepEqual(diffWords('le projet est en cours depuis 2019', 'le projet est achevé depuis 2019'), [
    { op: 'same', text: 'le projet est' },
    { op: 'del', text: 'en cours' },
    { op: 'add', text: 'achevé' },
    { op: 'same', text: 'depuis 2019' },
  ]);
});

test('insertions and deletions in the middle keep the longest common subsequence', () => {
  const ops = diffWords('a b c d e f', 'a x c d f g');
  assert.deepEqual(ops, [
    { op: 'same', text: 'a' },
    { op: 'del', text: 'b' },
    { op: 'add', text: 'x' },
    { op: 'same', text: 'c d' },
    { op: 'del', text: 'e' },
    { op: 'same', text: 'f' },
    { op: 'add', text: 'g' },
  ]);
  // Reassembling either side gives the texts back.
  assert.equal(ops.filter((o) => o.op !== 'add').map((o) => o.text).join(' '), 'a b c d e f');
  assert.equal(ops.filter((o) => o.op !== 'del').map((o) => o.text).join(' '), 'a x c d f g');
});

test('identical texts (whitespace aside) have no changes; empty sides are all add or all del', () => {
  assert.equal(hasChanges(diffWords('un  texte\nidentique', 'un texte identique')), false);
  assert.deepEqual(diffWords('', 'nouveau texte'), [{ op: 'add', text: 'nouveau texte' }]);
  assert.deepEqual(diffWords('ancien', ''), [{ op: 'del', text: 'ancien' }]);
});

test('terminal format marks changes and elides long unchanged runs', () => {
  const ops = diffWords('un deux trois quatre cinq six sept huit neuf dix onze', 'un deux trois quatre cinq SIX sept huit neuf dix onze');
  assert.equal(formatWordDiff(ops, 2), '… quatre cinq [-six-] {+SIX+} sept huit …');
});
