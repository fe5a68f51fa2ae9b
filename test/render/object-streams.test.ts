import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { PDFDocument as LibDocument, PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { useObjectStreams } from '../../src/render/object-streams.js';
import { pdfStandards } from '../../src/finish/standards.js';
import { SAMPLE_META } from '../check/build-sample.js';

const FONT = new URL('../../fonts/', import.meta.url).pathname;

async function sample(objectStreams: boolean): Promise<Buffer> {
  const standards = pdfStandards(SAMPLE_META);
  const doc = new PDFDocument(standards.options as never);
  standards.apply(doc);
  if (objectStreams) useObjectStreams(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  const { readdirSync } = await import('node:fs');
  const ttf = readdirSync(FONT).find((f) => f.endsWith('.ttf'))!;
  doc.registerFont('body', `${FONT}${ttf}`);
  const section = doc.struct('Sect');
  doc.addStructure(section);
  for (const text of ['Première page', 'Deuxième page']) {
    doc.addPage({ size: 'A4', margin: 50 });
    const p = doc.struct('P');
    section.add(p);
    p.add(doc.markStructureContent('P'));
    doc.font('body').fontSize(12).text(text);
    doc.endMarkedContent();
    p.end();
    doc.link(50, 50, 100, 20, 'https://www.numerique.gouv.fr/');
  }
  section.end();
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** Reads the cross-reference stream by its own offsets, as a reader that trusts `startxref` does (pdf-lib does not). */
function readXref(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  const head = text.slice(startxref, startxref + 400);
  assert.match(head, /^\d+ 0 obj\s*<<[^]*\/Type \/XRef/);
  const dict = head.slice(0, head.indexOf('stream'));
  const w = /\/W \[(\d+) (\d+) (\d+)\]/.exec(dict)!.slice(1).map(Number);
  const size = Number(/\/Size (\d+)/.exec(dict)![1]);
  const length = Number(/\/Length (\d+)/.exec(dict)![1]);
  const dataStart = startxref + head.indexOf('stream') + 'stream\n'.length;
  const table = inflateSync(pdf.subarray(dataStart, dataStart + length));
  const row = w[0] + w[1] + w[2];
  assert.equal(table.length, size * row);
  const field = (at: number, n: number) => [...table.subarray(at, at + n)].reduce((v, b) => v * 256 + b, 0);
  const entries = Array.from({ length: size }, (_, i) => ({ type: field(i * row, w[0]), f2: field(i * row + w[0], w[1]), f3: field(i * row + w[0] + w[1], w[2]) }));
  return { dict, entries };
}

test('plain dictionaries go into object streams and the trailer into a cross-reference stream', async () => {
  const plain = await sample(false);
  const packed = await sample(true);
  assert.ok(packed.length < plain.length - 1500, `${packed.length} bytes packed, ${plain.length} plain`);
  const text = packed.toString('latin1');
  assert.doesNotMatch(text, /\nxref\n|\ntrailer\n/);
  assert.match(text.slice(0, 9), /^%PDF-1\.7/);

  const { dict, entries } = readXref(packed);
  assert.match(dict, /\/Root \d+ 0 R/);
  assert.match(dict, /\/Info \d+ 0 R/);
  assert.match(dict, /\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/);
  assert.doesNotMatch(dict, /\/Encrypt/);
  assert.equal(entries[0].type, 0);
  let inStreams = 0;
  entries.forEach((e, id) => {
    if (e.type === 1) {
      // Every direct object starts exactly where the table says.
      assert.equal(text.slice(e.f2, e.f2 + `${id} 0 obj`.length), `${id} 0 obj`, `object ${id} at ${e.f2}`);
    } else if (e.type === 2) {
      inStreams++;
      const stm = entries[e.f2];
      assert.equal(stm.type, 1, `object stream ${e.f2} of object ${id} is a direct object`);
      const at = stm.f2;
      const header = text.slice(at, at + 300);
      assert.match(header, /\/Type \/ObjStm/);
      const n = Number(/\/N (\d+)/.exec(header)![1]);
      const first = Number(/\/First (\d+)/.exec(header)![1]);
      const length = Number(/\/Length (\d+)/.exec(header)![1]);
      const start = at + header.indexOf('stream') + 'stream\n'.length;
      const body = inflateSync(packed.subarray(start, start + length)).toString('latin1');
      const pairs = body.slice(0, first).trim().split(/\s+/).map(Number);
      assert.equal(pairs.length, 2 * n);
      assert.equal(pairs[2 * e.f3], id, `object ${id} is number ${e.f3} of its stream`);
      assert.match(body.slice(first + pairs[2 * e.f3 + 1]), /^(<<|\()/, `object ${id} is a dictionary or a string`);
    }
  });
  assert.ok(inStreams > 10, `${inStreams} objects in object streams`);

  // An independent parser reads the same document, and no stream went into an object stream.
  const doc = await LibDocument.load(packed, { updateMetadata: false });
  assert.equal(doc.getPageCount(), 2);
  const metadata = doc.context.lookup(doc.catalog.get(PDFName.of('Metadata')));
  assert.ok(metadata instanceof PDFRawStream, 'XMP metadata stays a stream');
  assert.match(Buffer.from(metadata.contents).toString('utf8'), /pdfuaid:part/);
  assert.ok(doc.getPages()[0].node.get(PDFName.of('Annots')), 'annotations kept');
  assert.ok(doc.catalog.lookup(PDFName.of('StructTreeRoot')) instanceof PDFDict);
});

test('objects that drawing a page needs are kept apart from the structure tree', async () => {
  const packed = await sample(true);
  const { entries } = readXref(packed);
  const doc = await LibDocument.load(packed, { updateMetadata: false });
  const pageStreams = new Set(doc.getPages().map((p) => entries[p.ref.objectNumber]).map((e) => (e.type === 2 ? e.f2 : -1)));
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const kids = root.get(PDFName.of('K'));
  const first = kids instanceof PDFArray ? kids.get(0) : kids;
  assert.ok(first instanceof PDFRef);
  const structStream = entries[first.objectNumber];
  assert.equal(structStream.type, 2);
  assert.equal(pageStreams.size, 1);
  assert.ok(!pageStreams.has(-1), 'pages are in an object stream');
  assert.ok(!pageStreams.has(structStream.f2), 'pages and structure elements are in different object streams');
});

test('the same document gives the same bytes', async () => {
  const [a, b] = await Promise.all([sample(true), sample(true)]);
  assert.ok(a.equals(b));
});
