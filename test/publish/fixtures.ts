// Small inputs for the publish tests: a 2-page PDF drawn with pdfkit, roadmap data, a page with placeholders.
import PDFDocument from 'pdfkit';
import { DEFAULT_CONFIG, outputNames, type Config, type OutputNames } from '../../src/config.js';
import type { EditorialDoc, RoadmapData } from '../../src/load/types.js';

export const FONT = new URL('../../fonts/Marianne-Regular.ttf', import.meta.url).pathname;
export const A4 = { width: 595.28, height: 841.89 };
/** Page 1's drawing, in PDF points from the top-left (pdfkit's coordinates). */
export const BLUE_BAND = { x: 0, y: 0, width: A4.width, height: 200 };
export const TITLE = { x: 40, y: 260, size: 36, text: 'Stratégie TECH.GOUV' };
/** A big « L »: its shape tells real glyphs from the empty boxes a font-less renderer draws. */
export const BIG_L = { x: 200, y: 420, size: 300 };

export function makeTestPdf(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    // Fixed dates so the bytes (and so the thumbnails' inputs) are the same at every run.
    const doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      info: { Title: 'Test', CreationDate: new Date(Date.UTC(2020, 7, 27)), ModDate: new Date(Date.UTC(2020, 7, 27)) },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.rect(BLUE_BAND.x, BLUE_BAND.y, BLUE_BAND.width, BLUE_BAND.height).fill('#000091');
    doc.font(FONT).fontSize(TITLE.size).fillColor('#161616').text(TITLE.text, TITLE.x, TITLE.y, { lineBreak: false });
    doc.font(FONT).fontSize(BIG_L.size).fillColor('#000000').text('L', BIG_L.x, BIG_L.y, { lineBreak: false });
    doc.addPage({ size: 'A4', layout: 'landscape', margin: 0 });
    doc.font(FONT).fontSize(24).fillColor('#161616').text('Page 2', 40, 40, { lineBreak: false });
    doc.end();
  });
}

const pos = { file: 'data/programme.yaml', line: 1, column: 1 };

export function testData(): RoadmapData {
  return {
    programme: {
      nom: 'TECH.GOUV',
      accroche: 'Accélérer la transformation numérique du service public',
      porteur: 'Direction interministérielle du numérique (DINUM)',
      lancement: '2019-04-16',
      feuilleDeRoute: { titre: 'Stratégie et feuille de route', titrePos: pos, periode: { debut: 2019, fin: 2022, pos } },
      edition: {
        libelle: 'Édition actualisée mi-2020',
        date: '2020-08-27',
        publication: '2020-08-28',
        precedente: { periode: { debut: 2019, fin: 2021, pos }, projets: 35, acheves: 0, pos },
      },
      licence: 'Licence Ouverte 2.0',
      sources: [],
      pos,
    },
    enjeux: ['simplification', 'inclusion', 'attractivite', 'maitrise', 'economies', 'alliances'].map((cle) => ({
      cle,
      nom: cle,
      resume: '',
      pictogramme: `pictograms/${cle}.svg`,
      pos,
    })),
    groupes: [],
    missions: ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'M8'].map((code) => ({ code, ref: code, nom: code, resume: '', groupe: 'g', pos })),
    // The mid-2020 figures: 38 projects, 5 completed, 3 new.
    projets: Array.from({ length: 38 }, (_, i) => ({
      id: `projet-${i}`,
      titre: `Projet ${i}`,
      mission: `M${(i % 8) + 1}`,
      enjeux: [],
      porteur: 'DINUM',
      statut: i < 5 ? ('achevé' as const) : i < 8 ? ('nouveau' as const) : ('en cours' as const),
      resume: '',
      illustratif: true,
      sources: [],
      nomsPropres: [],
      pos,
    })),
  };
}

export function testConfig(): Config {
  return { ...DEFAULT_CONFIG };
}

/** The names of the single-edition test data: the patterns without an edition id (the names of mid-2020). */
export function testNames(page = 'tech-gouv-bilan-du-programme-mise-jour-mi-2020.markdown'): OutputNames {
  return outputNames(testConfig(), { date: '2020-08-27', page });
}

export function testPage(source: string, file = 'content/page/test.markdown'): EditorialDoc {
  return { file, frontMatter: {}, frontMatterPos: {}, source, blocks: [] };
}

/** A one-page PDF covered by a seeded noise image: no thumbnail of it compresses below the weight budget. */
export async function makeNoisyPdf(): Promise<Uint8Array> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const canvas = createCanvas(300, 424);
  const ctx = canvas.getContext('2d');
  const img = ctx.createImageData(300, 424);
  let seed = 42;
  for (let i = 0; i < img.data.length; i++) {
    // xorshift32: cheap, seeded, and without the short-period low bits of an LCG (which PNG compresses well).
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    img.data[i] = i % 4 === 3 ? 255 : (seed >>> 0) & 0xff;
  }
  ctx.putImageData(img, 0, 0);
  const png = await canvas.encode('png');
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 0 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.image(png, 0, 0, { width: A4.width, height: A4.height });
    doc.end();
  });
}

/** A front matter as the site's publication pages carry it (checked by publish before anything is written). */
export const SITE_FRONT_MATTER = [
  "title: 'TECH.GOUV : bilan'",
  'date: 2020-08-28 12:33:00 +02:00',
  'date_de_modification: 28 août 2020',
  'tags:',
  '- TECH.GOUV',
  'chapeau-text: Le bilan du programme.',
  'une-ou-diaporama:',
  '- image: "{{ une_url }}"',
  '  alternative-textuelle: "{{ vignette_alt }}"',
  'une:',
  '  image: "{{ une_url }}"',
  '  alternative-textuelle: "{{ vignette_alt }}"',
  'layout: rgaa',
].join('\n');
