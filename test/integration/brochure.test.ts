// Builds the real mid-2020 brochure once through the CLI and reads every output back: PDF text, fonts, page, manifest, thumbnail.
// (test/integration/editions.test.ts builds every edition and checks each one's published figures.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFName, PDFDict, PDFRawStream } from 'pdf-lib';
import { loadImage } from '@napi-rs/canvas';
import { copyProject, runCli } from '../helpers/project.js';
import { loadPdfjs, rasterisePage, formatSizeLabel } from '../../src/publish/index.js';
import { loadRoadmap } from '../../src/load/roadmap.js';
import { countProjets } from '../../src/model/counts.js';
import { DEFAULT_CONFIG, pdfFileName } from '../../src/config.js';
import { fsWorld } from '../../src/world.js';
import type { RoadmapData } from '../../src/load/types.js';

const CONFIG = { ...DEFAULT_CONFIG, edition: 'mi-2020' };
let root: string;
let out: string;
let pdf: Uint8Array;
let data: RoadmapData;
let pageTexts: string[];
let manifest: any;

/** pdf.js text of one page; no-break spaces folded so titles compare with the data. */
async function extractTexts(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const texts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    texts.push(content.items.map((it: any) => it.str + (it.hasEOL ? '\n' : '')).join(''));
  }
  return texts;
}
const norm = (s: string) => s.replace(/[\u00A0\u202F\s]+/g, ' ').trim();

before(async () => {
  root = copyProject();
  const run = await runCli(['--quiet', '--edition', 'mi-2020'], root);
  assert.equal(run.code, 0, run.stderr);
  out = path.join(root, 'out');
  manifest = JSON.parse(readFileSync(path.join(out, 'manifest-mi-2020.json'), 'utf8'));
  pdf = new Uint8Array(readFileSync(path.join(out, manifest.pdf.path)));
  const loaded = await loadRoadmap(fsWorld(root), CONFIG);
  data = loaded.data!;
  pageTexts = await extractTexts(pdf);
});
after(() => rmSync(root, { recursive: true, force: true }));

test('the PDF is named after the edition date and its page count is in the manifest', () => {
  assert.equal(manifest.pdf.path, pdfFileName(CONFIG, data.programme.edition.date, 'mi-2020'));
  assert.equal(manifest.pdf.path, '20200827_Plaquette_Techgouv_DINUM.pdf');
  assert.equal(manifest.pdf.pages, pageTexts.length);
  assert.ok(pageTexts.length >= 14 && pageTexts.length <= 24, `page count ${pageTexts.length}`);
  assert.equal(manifest.pdf.bytes, pdf.length);
});

test('every font is embedded as a subset (TrueType, 6-letter tag)', async () => {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const fonts = doc.context.enumerateIndirectObjects().map(([, o]) => o).filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'));
  assert.ok(fonts.length >= 4, `${fonts.length} font descriptors`);
  for (const fd of fonts) {
    const name = fd.get(PDFName.of('FontName'))!.toString();
    assert.match(name, /^\/[A-Z]{6}\+Marianne|^\/[A-Z]{6}\+Spectral/, name);
    const file = doc.context.lookup(fd.get(PDFName.of('FontFile2')));
    assert.ok(file instanceof PDFRawStream, `${name} embeds its TrueType program`);
    // A subset of Marianne is a few tens of KB at most; the whole face is ~240 KB.
    assert.ok(file.contents.length < 60_000, `${name} subset is ${file.contents.length} bytes`);
  }
});

test('the cover carries the programme, the title with its period and the edition', () => {
  const cover = norm(pageTexts[0]);
  assert.match(cover, /TECH\.GOUV/);
  assert.match(cover, /Stratégie et feuille de route 2019-2022/);
  assert.match(cover, /Édition actualisée mi-2020/);
});

test('every project is in the PDF, in the data’s order, each after its mission opener', () => {
  const all = norm(pageTexts.join('\n'));
  let from = 0;
  for (const group of data.groupes) {
    for (const code of group.missions) {
      const mission = data.missions.find((m) => m.code === code)!;
      const opener = all.indexOf(`${code} — ${norm(mission.nom)}`, from);
      assert.ok(opener >= from, `mission opener ${code} after offset ${from}`);
      from = opener;
      for (const p of data.projets.filter((x) => x.mission === code)) {
        const at = all.indexOf(norm(p.titre), from);
        assert.ok(at > from, `project « ${p.titre} » in reading order`);
        from = at;
      }
    }
  }
});

test('the web page quotes the data’s counts, the real size label and the thumbnail', () => {
  const counts = countProjets(data);
  const page = readFileSync(path.join(out, manifest.page.path), 'utf8');
  assert.equal(manifest.page.path, 'tech-gouv-bilan-du-programme-mise-jour-mi-2020.markdown');
  assert.doesNotMatch(page, /\{\{|\?\?\?\?/);
  assert.match(page, new RegExp(`comprend ${counts.projets} projets`));
  assert.match(page, new RegExp(`${counts.acheves} sont désormais achevés`));
  assert.match(page, new RegExp(`${counts.nouveaux} nouveaux`));
  assert.ok(page.includes(formatSizeLabel(pdf.length)), `size label ${formatSizeLabel(pdf.length)}`);
  assert.equal(manifest.pdf.sizeLabel, formatSizeLabel(pdf.length));
  assert.ok(page.includes('/uploads/20200827_Plaquette_Techgouv_DINUM.pdf'));
  assert.ok(page.includes('/uploads/capture-plaquette-TECH-couv.png'));
  assert.deepEqual(
    { projets: manifest.counts.projets, acheves: manifest.counts.acheves, nouveaux: manifest.counts.nouveaux },
    { projets: 38, acheves: 5, nouveaux: 3 },
  );
  // The review page of the PDF says the same numbers as the page.
  const bilan = pageTexts.map(norm).find((t) => t.includes('projets dans la feuille de route'));
  assert.ok(bilan, 'the review page is in the PDF');
  assert.match(bilan!, new RegExp(`(^|\\D)${counts.projets} ?projets dans la feuille de route`));
});

test('the thumbnail is page 1 of the PDF, rasterised afresh pixel for pixel', async () => {
  const png = await loadImage(readFileSync(path.join(out, 'capture-plaquette-TECH-couv.png')));
  const fresh = await rasterisePage(pdf, 1, DEFAULT_CONFIG.thumbnailWidth);
  assert.equal(png.width, fresh.width);
  assert.equal(png.height, fresh.height);
  const { createCanvas } = await import('@napi-rs/canvas');
  const c = createCanvas(png.width, png.height);
  const ctx = c.getContext('2d');
  ctx.drawImage(png, 0, 0);
  const a = ctx.getImageData(0, 0, png.width, png.height).data;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff = Math.max(diff, Math.abs(a[i] - fresh.rgba[i]));
  assert.ok(diff <= 1, `max channel difference ${diff}`);
  const thumb2x = manifest.thumbnails.find((t: any) => t.density === 2);
  assert.equal(thumb2x.width, DEFAULT_CONFIG.thumbnailWidth * 2);
});
