// Named destinations in byte order (ISO 32000-1 §7.9.6), whatever the machine's locale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { useByteOrderKeys } from '../../src/render/name-tree.js';

test('name-tree keys are compared by code unit, not by locale', () => {
  const PDFDocument = createRequire(import.meta.url)('pdfkit') as new () => object;
  const doc = new PDFDocument();
  useByteOrderKeys(doc);
  const dests = (doc as { _root: { data: { Names: { data: { Dests: object } } } } })._root.data.Names.data.Dests;
  const compare = (Object.getPrototypeOf(dests) as { _compareKeys(a: string, b: string): number })._compareKeys;
  // localeCompare would give a, a-b, aa-1, B (and, in Danish, put « aa » last).
  assert.deepEqual(['aa-1', 'B', 'a-b', 'a'].sort(compare), ['B', 'a', 'a-b', 'aa-1']);
});
