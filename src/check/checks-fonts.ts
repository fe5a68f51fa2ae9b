// Font checks: every font program embedded, every text font mapped to Unicode (PDF/UA-1 7.21, PDF/A-2 6.2.11).
import { PDFDict, PDFRef } from 'pdf-lib';
import { result, type CheckContext, type CheckResult } from './types.js';

const STANDARD_14 = new Set([
  'Times-Roman', 'Times-Bold', 'Times-Italic', 'Times-BoldItalic', 'Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique',
  'Helvetica-BoldOblique', 'Courier', 'Courier-Bold', 'Courier-Oblique', 'Courier-BoldOblique', 'Symbol', 'ZapfDingbats',
]);
const DESCENDANT_SUBTYPES = new Set(['CIDFontType0', 'CIDFontType2']);

export function checkFonts({ pdf, r }: CheckContext): CheckResult[] {
  const notEmbedded: string[] = [];
  const noUnicode: string[] = [];
  let count = 0;
  // Every font object in the file, not only those of page resources: forms, annotations and patterns have fonts too.
  const fonts = pdf.context
    .enumerateIndirectObjects()
    .filter(([, obj]) => obj instanceof PDFDict && r.name(obj, 'Type') === 'Font')
    .sort(([a], [b]) => a.objectNumber - b.objectNumber) as [PDFRef, PDFDict][];
  for (const [ref, font] of fonts) {
    count++;
    const subtype = r.name(font, 'Subtype') ?? '?';
    const base = r.name(font, 'BaseFont') ?? '(sans nom)';
    const label = `${base} (${subtype}, objet ${ref.objectNumber})`;
    if (subtype !== 'Type0' && subtype !== 'Type3') {
      const descriptor = r.dict(font, 'FontDescriptor');
      const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((k) => r.get(descriptor, k) !== undefined);
      if (!embedded) {
        const std = STANDARD_14.has(base.replace(/^[A-Z]{6}\+/, ''));
        notEmbedded.push(std ? `${label} : police standard non incorporée` : `${label} : programme de police non incorporé`);
      }
    }
    if (subtype === 'Type0') {
      const descendants = r.array(font, 'DescendantFonts');
      if (!descendants.length) notEmbedded.push(`${label} : /DescendantFonts absent`);
    }
    if (!DESCENDANT_SUBTYPES.has(subtype) && !r.get(font, 'ToUnicode')) noUnicode.push(`${label} : /ToUnicode absent`);
  }
  return [
    result('fonts.embedded', notEmbedded, `${count} police(s), toutes incorporées`, 'police(s) non incorporée(s)'),
    result('fonts.tounicode', noUnicode, `${count} police(s) avec correspondance Unicode`, 'police(s) sans table /ToUnicode'),
  ];
}
