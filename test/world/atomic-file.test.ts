// One file replaced whole or not at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeFileAtomically } from '../../src/atomic-file.js';

test('the new text replaces the old one and no temporary file is left', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'atomic-'));
  const file = path.join(dir, 'page.markdown');
  writeFileSync(file, 'avant');
  await writeFileAtomically(file, 'après');
  assert.equal(readFileSync(file, 'utf8'), 'après');
  await writeFileAtomically(file, 'encore', { durable: false });
  assert.equal(readFileSync(file, 'utf8'), 'encore');
  assert.deepEqual(readdirSync(dir), ['page.markdown']);
});

test('a failed rename keeps the old file and removes the temporary one', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'atomic-'));
  // A folder in the way: rename(file → folder) fails after the temporary file was written.
  const target = path.join(dir, 'occupied');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(target);
  writeFileSync(path.join(target, 'inside'), 'x');
  await assert.rejects(writeFileAtomically(target, 'texte'));
  assert.deepEqual(readdirSync(dir), ['occupied']);
});
