import { test } from 'node:test';
import assert from 'node:assert/strict';
import PDFDocument from 'pdfkit';
import { PDFDocument as LibDocument, PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, decodePDFRawStream } from 'pdf-lib';
import { VectorForms } from '../../src/render/vector.js';
import { ContentWriter } from '../../src/render/content-writer.js';
import type { VectorAsset } from '../../src/assets/types.js';
import type { PDFDoc } from '../../src/render/pdfkit-internals.js';

const PICTO: VectorAsset = {
  file: 'pictogrammes/test.svg',
  viewBox: [0, 0, 80, 80],
  shapes: [
    { d: 'M 10 10 L 70.123456 10 L 70 70 Z', fill: '#ECECFF', transform: [1, 0, 0, 1, 0, 0] },
    { d: 'M 40 40 A 10 10 0 1 0 60 40', fill: '#E1000F', fillRule: 'evenodd', transform: [1, 0, 0, 1, 5, 0] },
    { d: 'M 0 0 L 80 80', fill: null, stroke: '#000091', strokeWidth: 2, transform: [1, 0, 0, 1, 0, 0] },
  ],
};

async function render(draw: (forms: VectorForms, out: () => ContentWriter, doc: PDFDoc) => void): Promise<Uint8Array> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: true, bufferPages: true });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  const d = doc as unknown as PDFDoc;
  const forms = new VectorForms(d);
  draw(forms, () => new ContentWriter((op) => void d.addContent(op)), d);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

const text = (s: PDFRawStream) => Buffer.from(decodePDFRawStream(s).decode()).toString('latin1');

test('an asset drawn on several pages is one Form XObject, placed with Do', async () => {
  const bytes = await render((forms, out, doc) => {
    doc.addPage({ size: 'A4', margin: 0 });
    const page1 = out();
    forms.draw(page1, PICTO, { x: 100, y: 100, w: 40, h: 40 });
    forms.draw(page1, PICTO, { x: 200, y: 100, w: 40, h: 40 });
    doc.addPage({ size: 'A4', margin: 0 });
    forms.draw(out(), PICTO, { x: 50, y: 60, w: 80, h: 80 });
    forms.draw(out(), PICTO, { x: 50, y: 200, w: 80, h: 80, recolor: { '#ECECFF': '#8585F6' } });
  });
  const pdf = await LibDocument.load(bytes);
  const forms = pdf.context.enumerateIndirectObjects().filter(([, o]) => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Form'));
  assert.equal(forms.length, 2, 'one form for the asset, one for its recoloured copy');
  const [plainRef, plain] = forms[0] as [PDFRef, PDFRawStream];
  assert.deepEqual((plain.dict.get(PDFName.of('BBox')) as PDFArray).asArray().map(String), ['0', '0', '80', '80']);
  const body = text(plain);
  assert.match(body, /0\.9255 0\.9255 1 rg/);
  assert.match(body, /70\.123 10 l/, 'path numbers rounded to what the drawing size needs');
  assert.match(body, /1 0 0 1 5 0 cm/);
  assert.match(body, /f\*/);
  assert.match(body, /0 0 0\.5686 RG\n2 w\n/);
  const recoloured = text(forms[1][1] as PDFRawStream);
  assert.doesNotMatch(recoloured, /0\.9255 0\.9255 1 rg/, 'the recoloured layer loses its colour');
  assert.match(recoloured, /0\.5216 0\.5216 0\.9647 rg/, '#8585F6 takes its place');
  assert.match(recoloured, /0\.8824 0 0\.0588 rg/, 'other fills are kept');

  for (const [i, page] of pdf.getPages().entries()) {
    const resources = pdf.context.lookup(page.node.get(PDFName.of('Resources')), PDFDict);
    const xobjects = resources.lookup(PDFName.of('XObject'), PDFDict);
    assert.equal(xobjects.get(PDFName.of('Fm0')), plainRef, `page ${i + 1} names the shared form`);
    const content = text(pdf.context.lookup(page.node.get(PDFName.of('Contents'))) as PDFRawStream);
    assert.match(content, /q\n[\d. -]+ cm \/Fm0 Do\nQ/);
  }
  const page1 = text(pdf.context.lookup(pdf.getPages()[0].node.get(PDFName.of('Contents'))) as PDFRawStream);
  assert.match(page1, /0\.5 0 0 0\.5 100 100 cm \/Fm0 Do/);
  assert.equal(page1.match(/ Do/g)!.length, 2);
});
