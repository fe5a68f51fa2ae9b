// The standards part of the writer: escaped, well-formed XMP; dates from the data; byte-identical rebuilds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { checkPdf } from '../../src/check/check-pdf.js';
import { NS, defaultValue, readXmp, xmpValues } from '../../src/check/xmp-read.js';
import { documentDate, pdfkitOptions } from '../../src/finish/standards.js';
import { buildXmp, escapeXml } from '../../src/finish/xmp.js';
import { buildSample, SAMPLE_META } from './build-sample.js';

const run = promisify(execFile);
const TRICKY = 'Données <brutes> & « guillemets » "doubles" — l\'État';

async function xmpOf(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const stream = doc.context.lookup(doc.catalog.get(PDFName.of('Metadata')));
  assert.ok(stream instanceof PDFRawStream);
  return Buffer.from(stream.getContents()).toString('utf8');
}

test('metadata values with <, & and " give well-formed XMP that reads back to the same values', async () => {
  const meta = { ...SAMPLE_META, title: TRICKY, subject: `${TRICKY} (sujet)`, author: 'A & B <DINUM>', keywords: ['a<b', 'c&d', '"e"'] };
  const bytes = await buildSample(undefined, meta);
  const xml = await xmpOf(bytes);
  assert.match(xml, /&lt;brutes&gt; &amp; « guillemets » &quot;doubles&quot;/);
  const xmp = readXmp(xml);
  assert.ok(xmp.ok, xmp.ok ? '' : xmp.error);
  assert.equal(defaultValue(xmpValues(xmp.root, NS.dc, 'title')), TRICKY);
  assert.equal(defaultValue(xmpValues(xmp.root, NS.dc, 'creator')), 'A & B <DINUM>');
  assert.equal(defaultValue(xmpValues(xmp.root, 'http://ns.adobe.com/pdf/1.3/', 'Keywords')), 'a<b, c&d, "e"');
  const failed = (await checkPdf(bytes)).filter((r) => !r.ok);
  assert.deepEqual(failed, [], 'info /Title and XMP dc:title agree');
});

test('without applyStandards, pdfkit’s own XMP is malformed for such a title (the checker sees it)', async () => {
  const bytes = await buildSample('noPdfua', { ...SAMPLE_META, title: TRICKY });
  const ids = (await checkPdf(bytes)).filter((r) => !r.ok).map((r) => r.id);
  assert.ok(ids.includes('metadata.xmp'), ids.join(', '));
});

test('escapeXml escapes markup characters and drops characters XML forbids', () => {
  assert.equal(escapeXml(`<a href="x">&'\u0001`), '&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
});

test('XMP declares PDF/A-2, PDF/UA-1 with its extension schema, and dates in UTC', () => {
  const date = new Date(Date.UTC(2020, 7, 27, 10, 0, 0));
  const xml = buildXmp({ title: 't', creator: 'c', producer: 'p', createDate: date, modifyDate: date, lang: 'fr-FR', pdfaPart: 2, pdfaConformance: 'A', pdfuaPart: 1 });
  const xmp = readXmp(xml);
  assert.ok(xmp.ok);
  assert.deepEqual(xmpValues(xmp.root, NS.pdfuaid, 'part').map((v) => v.value), ['1']);
  assert.deepEqual(xmpValues(xmp.root, NS.pdfaid, 'conformance').map((v) => v.value), ['A']);
  assert.deepEqual(xmpValues(xmp.root, 'http://www.aiim.org/pdfa/ns/schema#', 'prefix').map((v) => v.value), ['pdfuaid']);
  assert.deepEqual(xmpValues(xmp.root, 'http://ns.adobe.com/xap/1.0/', 'CreateDate').map((v) => v.value), ['2020-08-27T10:00:00Z']);
});

test('documentDate reads zoneless date-times as UTC and rejects nonsense', () => {
  assert.equal(documentDate('2020-08-27T10:00:00').toISOString(), '2020-08-27T10:00:00.000Z');
  assert.equal(documentDate('2020-08-27').toISOString(), '2020-08-27T00:00:00.000Z');
  assert.equal(documentDate('2020-08-27T12:00:00+02:00').toISOString(), '2020-08-27T10:00:00.000Z');
  assert.throws(() => documentDate('27/08/2020'), /Date du document invalide/);
  const o = pdfkitOptions(SAMPLE_META);
  assert.equal(o.info.CreationDate.getTime(), o.info.ModDate.getTime());
  assert.equal(o.subset, 'PDF/A-2a');
});

test('two builds in different time zones give identical bytes (dates and /ID from the data)', async () => {
  const script = new URL('./fixtures/print-sample-hash.ts', import.meta.url).pathname;
  const build = (tz: string) => run(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, TZ: tz } }).then((r) => r.stdout);
  const [a, b] = await Promise.all([build('Pacific/Kiritimati'), build('America/Los_Angeles')]);
  assert.match(a, /^[0-9a-f]{64}$/);
  assert.equal(a, b);
});

test('pdfkit alone (no applyStandards) leaves info and XMP disagreeing: metadata.info-xmp catches it', async () => {
  const PDFKit = (await import('pdfkit')).default;
  const doc = new PDFKit(pdfkitOptions(SAMPLE_META));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  doc.addPage();
  doc.end();
  await ended;
  const check = (await checkPdf(new Uint8Array(Buffer.concat(chunks)))).find((r) => r.id === 'metadata.info-xmp');
  assert.equal(check?.ok, false);
  assert.ok(check?.details?.some((d) => d.startsWith('/Producer')), check?.details?.join('\n'));
  assert.ok(check?.details?.some((d) => d.startsWith('/ModDate')), check?.details?.join('\n'));
});
