// Content-stream parsing: tricky tokens must not hide or invent painting operators.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseContent } from '../../src/check/content-lexer.js';
import { findPaintOps } from '../../src/check/marked-content.js';

const parse = (s: string) => parseContent(new Uint8Array(Buffer.from(s, 'latin1')));

test('strings with nested and escaped parentheses, hex strings and comments are single operands', () => {
  const ops = parse('BT (a (b) \\) Tj c) Tj <48 65 6c6c6f> Tj % f S Tj\n[(x) -120 <79>] TJ ET');
  assert.deepEqual(ops.map((o) => o.op), ['BT', 'Tj', 'Tj', 'TJ', 'ET']);
  assert.deepEqual(ops[1].operands, [{ str: 'a (b) \\) Tj c' }]);
  assert.deepEqual(ops[2].operands, [{ str: 'Hello' }]);
  assert.deepEqual(ops[3].operands, [[{ str: 'x' }, -120, { str: 'y' }]]);
});

test('BDC property dictionaries and names are parsed, with #-escapes', () => {
  const ops = parse('/P <</MCID 3 /Lang (fr) /Nested << /A [1 2] >> >> BDC /Sp#61n /MC0 BDC EMC EMC');
  assert.equal(ops[0].op, 'BDC');
  const props = ops[0].operands[1] as Map<string, unknown>;
  assert.equal(props.get('MCID'), 3);
  assert.deepEqual(ops[1].operands[0], { name: 'Span' });
});

test('inline image data is skipped, even when it contains operator-looking bytes', () => {
  const ops = parse('q BI /W 2 /H 1 /BPC 8 /CS /G ID \x00Tj f S\xff EI Q 0 0 m 1 1 l S');
  assert.deepEqual(ops.map((o) => o.op), ['q', 'BI', 'Q', 'm', 'l', 'S']);
});

test('findPaintOps: MCIDs, artifacts (nested), named property lists and unbalanced EMC', () => {
  const ops = parse(
    '/P <</MCID 0>> BDC BT (a) Tj ET EMC ' +
      '/Artifact BMC /Span <</MCID 9>> BDC 0 0 10 10 re f EMC EMC ' +
      '/Figure /MC1 BDC /Im0 Do EMC ' +
      "BT (b) ' ET 0 0 m 5 5 l S EMC",
  );
  const { paints, errors } = findPaintOps(ops, (name) => (name === 'MC1' ? new Map([['MCID', 4]]) : undefined));
  assert.deepEqual(
    paints.map((p) => [p.op, p.kind, p.mcid, p.artifact]),
    [
      ['Tj', 'text', 0, false],
      ['f', 'path', 9, true],
      ['Do', 'xobject', 4, false],
      ["'", 'text', undefined, false],
      ['S', 'path', undefined, false],
    ],
  );
  assert.equal(errors.length, 1);
  assert.match(errors[0], /EMC sans BMC/);
});

test('malformed content is an error, not silence', () => {
  assert.throws(() => parse('BT (never closed Tj'), /non fermée/);
});
