import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatSizeLabel, parseSizeLabel, MO } from '../../src/publish/size-label.js';

test('size labels: 1024-based, Ko rounded up, Mo to the nearest tenth with a decimal comma', () => {
  const cases: [number, string][] = [
    [0, 'pdf – 0 Ko'],
    [300, 'pdf – 1 Ko'],
    [243_000, 'pdf – 238 Ko'],
    [877_568, 'pdf – 857 Ko'],
    [1_047_552, 'pdf – 1023 Ko'],
    [1_047_553, 'pdf – 1 Mo'],
    [1_258_291, 'pdf – 1,2 Mo'],
    [2_097_152, 'pdf – 2 Mo'],
  ];
  for (const [bytes, expected] of cases) {
    assert.equal(formatSizeLabel(bytes), expected.replace(/ (?=[KM]o)/, '\u00a0'), `${bytes} octets`);
  }
});

test('the label uses an en dash between ordinary spaces and a no-break space before the unit', () => {
  assert.deepEqual([...formatSizeLabel(877_568)].map((c) => c.codePointAt(0)!.toString(16)).slice(3, 6), ['20', '2013', '20']);
  assert.equal(formatSizeLabel(877_568).at(-3), '\u00a0');
  assert.throws(() => formatSizeLabel(-1), RangeError);
  assert.throws(() => formatSizeLabel(1.5), RangeError);
});

test('parseSizeLabel reads hand-written labels too', () => {
  assert.deepEqual(parseSizeLabel('(pdf - 857&nbsp;Ko)'), { min: 876_545, max: 877_568 });
  assert.deepEqual(parseSizeLabel('pdf – 1 Ko'), { min: 1, max: 1024 });
  assert.deepEqual(parseSizeLabel('1,2 Mo'), { min: Math.ceil(1.15 * MO), max: Math.ceil(1.25 * MO) - 1 });
  assert.equal(parseSizeLabel('pdf'), undefined);
  assert.equal(parseSizeLabel('1,5 Ko'), undefined);
});

test('every size lies in the range its own label parses back to, and nowhere else', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 50 * MO }), (bytes) => {
      const label = formatSizeLabel(bytes);
      const range = parseSizeLabel(label)!;
      assert.ok(range.min <= bytes && bytes <= range.max, `${bytes} ∉ [${range.min}, ${range.max}] for ${label}`);
      assert.equal(formatSizeLabel(range.min), label);
      assert.equal(formatSizeLabel(range.max), label);
      if (range.min > 0) assert.notEqual(formatSizeLabel(range.min - 1), label);
      assert.notEqual(formatSizeLabel(range.max + 1), label);
    }),
    { numRuns: 2000 },
  );
});
