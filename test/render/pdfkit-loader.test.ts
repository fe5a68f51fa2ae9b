// pdfkit loaded with stand-ins for its requires (src/render/pdfkit-loader.ts). This file must not import pdfkit
// itself: the stand-ins apply only when the loader is what loads pdfkit first in the process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { loadPdfkit, shareParsedFace } from '../../src/render/pdfkit-loader.js';

const FONT = readFileSync(new URL('../../fonts/Marianne-Regular.ttf', import.meta.url));
const require = createRequire(import.meta.url);

type Doc = {
  registerFont(name: string, src: Uint8Array): void;
  font(name: string): Doc;
  _font: { font: unknown };
  _id: Buffer;
};

test('pdfkit opens a shared face as it is, parses any other buffer, and leaves crypto-js unloaded for the file /ID', async () => {
  const PDFDocument = loadPdfkit<new (o?: object) => Doc>();
  const face = fontkit.create(FONT);
  const shared = Buffer.from(FONT);
  shareParsedFace(shared, face);
  const doc = new PDFDocument({ font: null, info: { CreationDate: new Date(Date.UTC(2020, 7, 27)), Title: 'Feuille de route' } });
  doc.registerFont('shared', shared);
  assert.equal(doc.font('shared')._font.font, face);
  // Another document, another buffer of the same bytes (pdfkit would reuse a same-named font within one document).
  const other = new PDFDocument({ font: null });
  other.registerFont('own', Buffer.from(FONT));
  const own = other.font('own')._font.font as { postscriptName: string };
  assert.notEqual(own, face);
  assert.equal(own.postscriptName, (face as unknown as { postscriptName: string }).postscriptName);
  assert.equal(require.cache[require.resolve('crypto-js')], undefined, 'crypto-js not loaded');

  // The /ID is crypto-js's MD5 of the info dictionary, whichever computes it.
  const CryptoJS = require('crypto-js') as { MD5(s: string): { toString(): string } };
  const infoStr = `${Date.UTC(2020, 7, 27)}\nProducer: PDFKit\nCreator: PDFKit\nCreationDate: ${Date.UTC(2020, 7, 27)}\nTitle: Feuille de route\n`;
  assert.equal(doc._id.toString('hex'), CryptoJS.MD5(infoStr).toString());
});
