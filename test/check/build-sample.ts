// Builds a small tagged PDF with pdfkit the way the renderer should, or with one deliberate fault.
import PDFDocument from 'pdfkit';
import type { DocumentMeta } from '../../src/layout/types.js';
import { applyStandards, pdfkitOptions } from '../../src/finish/standards.js';
import { setHeaderScope } from '../../src/render/struct-attributes.js';
import { addTaggedLink } from '../../src/render/tagged-link.js';

export type Fault =
  | 'untaggedText'
  | 'figureNoAlt'
  | 'skippedHeading'
  | 'noLang'
  | 'noPdfua'
  | 'untaggedPath'
  | 'linkNoContents'
  | 'thNoScope'
  | 'listItemNoBody'
  | 'badLang'
  | 'strayCaption';

export const SAMPLE_META: DocumentMeta = {
  title: 'TECH.GOUV — Accélérer la transformation numérique',
  subject: 'Bilan du programme TECH.GOUV',
  author: 'DINUM',
  keywords: ['numérique', 'État', 'TECH.GOUV'],
  lang: 'fr-FR',
  date: '2020-08-27T10:00:00Z',
  creator: 'Chaîne de publication TECH.GOUV (tests)',
};

const FONTS = new URL('../../fonts/', import.meta.url).pathname;

export function buildSample(fault?: Fault, meta: DocumentMeta = SAMPLE_META): Promise<Uint8Array> {
  const options: Record<string, unknown> = pdfkitOptions(meta);
  if (fault === 'noLang') delete options.lang;
  if (fault === 'noPdfua') {
    // pdfkit's own XMP writes the Creator as pdf:Producer and has no ModifyDate; line the info up with it
    // so that this sample lacks only the PDF/UA declaration.
    const info = options.info as Record<string, unknown>;
    info.Creator = info.Producer;
    delete info.ModDate;
  }
  const doc = new PDFDocument(options as PDFKit.PDFDocumentOptions);
  if (fault !== 'noPdfua') applyStandards(doc, meta);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });

  doc.registerFont('Marianne', `${FONTS}Marianne-Regular.ttf`);
  doc.registerFont('Marianne-Bold', `${FONTS}Marianne-Bold.ttf`);
  doc.addPage({ size: 'A4', margin: 20 });
  const text = (s: string, x: number, y: number, font = 'Marianne', size = 11) => () => {
    doc.font(font).fontSize(size).fillColor('#161616').text(s, x, y, { width: 450, lineBreak: false });
  };

  const root = doc.struct('Document');
  doc.addStructure(root);
  const sect = doc.struct('Sect');
  root.add(sect);
  sect.add(doc.struct('H1', {}, [text('Accélérer la transformation numérique', 50, 60, 'Marianne-Bold', 20)]));
  const intro = doc.struct('P');
  sect.add(intro);
  intro.add(doc.struct('Span', {}, [text('Le programme TECH.GOUV réunit les administrations ', 50, 100)]));
  // A foreign-language span with its own /Lang; the fault writes an ill-formed tag.
  intro.add(doc.struct('Span', { lang: fault === 'badLang' ? 'en_GB!' : 'en-GB' }, [text('open source', 330, 100)]));
  intro.end();
  const subLevel = fault === 'skippedHeading' ? 'H3' : 'H2';
  sect.add(doc.struct(subLevel, {}, [text('Les chantiers', 50, 130, 'Marianne-Bold', 14)]));

  const alt = fault === 'figureNoAlt' ? {} : { alt: 'Pictogramme : un carré bleu France.' };
  const figure = doc.struct('Figure', alt);
  sect.add(figure);
  figure.add(doc.struct('Caption', {}, [text('Pictogramme du programme', 120, 180)]));
  figure.add(doc.markStructureContent('Figure'));
  doc.rect(50, 160, 60, 40).fill('#000091');
  doc.endMarkedContent();
  figure.end();
  if (fault === 'strayCaption') sect.add(doc.struct('Caption', {}, [text('Légende égarée', 50, 205)]));

  const para = doc.struct('P');
  sect.add(para);
  const link = doc.struct('Link');
  para.add(link);
  link.add(text('numerique.gouv.fr', 50, 220));
  if (fault === 'linkNoContents') dropNextContents(doc);
  addTaggedLink(doc, link, { x: 50, y: 220, width: 100, height: 14 }, { url: 'https://www.numerique.gouv.fr' }, 'Ouvrir numerique.gouv.fr');
  link.end();
  para.end();

  const list = doc.struct('L');
  sect.add(list);
  ['Identité numérique', 'Cloud'].forEach((item, i) => {
    const li = doc.struct('LI');
    list.add(li);
    li.add(doc.struct('Lbl', {}, [text('•', 50, 250 + i * 16)]));
    if (fault === 'listItemNoBody') li.add(doc.struct('P', {}, [text(item, 62, 250 + i * 16)]));
    else li.add(doc.struct('LBody', {}, [text(item, 62, 250 + i * 16)]));
    li.end();
  });
  list.end();

  const table = doc.struct('Table');
  sect.add(table);
  [['Chantier', 'Avancement'], ['Cloud', '80 %']].forEach((cells, row) => {
    const tr = doc.struct('TR');
    table.add(tr);
    cells.forEach((cell, col) => {
      const el = doc.struct(row === 0 ? 'TH' : 'TD', {}, [text(cell, 50 + col * 150, 300 + row * 16)]);
      if (row === 0 && fault !== 'thNoScope') setHeaderScope(el, 'Column');
      tr.add(el);
    });
    tr.end();
  });
  table.end();
  sect.end();
  root.end();

  // Decoration and running footer: artifacts, outside the structure.
  doc.markContent('Artifact', { type: 'Layout' });
  doc.moveTo(50, 780).lineTo(545, 780).lineWidth(0.5).stroke('#000091');
  doc.endMarkedContent();
  doc.markContent('Artifact', { type: 'Pagination' });
  text('1', 530, 790)();
  doc.endMarkedContent();

  if (fault === 'untaggedText') text('Texte oublié par le balisage', 50, 700)();
  if (fault === 'untaggedPath') doc.rect(400, 400, 20, 20).fill('#e1000f');

  const top = doc.outline.addItem('Accélérer la transformation numérique');
  top.addItem('Les chantiers');
  doc.end();
  return done;
}

/** Simulates a writer that forgets the link's description: the next annotation loses its /Contents. */
function dropNextContents(doc: PDFKit.PDFDocument): void {
  type Annotate = (this: unknown, x: unknown, y: unknown, w: unknown, h: unknown, o: Record<string, unknown>) => unknown;
  const d = doc as unknown as { annotate: Annotate };
  const original = d.annotate;
  d.annotate = function (x, y, w, h, o) {
    delete o.Contents;
    d.annotate = original;
    return original.call(this, x, y, w, h, o);
  };
}
