// The layout stage as a pure function: no PDF, just pages of items checked for frames, tags, headings and the contents.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { loadInputs } from '../../src/load/index.js';
import { loadVectorAssets } from '../../src/assets/load-assets.js';
import { buildDocument } from '../../src/model/build.js';
import { layoutDocument, type LayoutResult } from '../../src/layout/index.js';
import { BLOC_MARQUE } from '../../src/layout/vectors.js';
import { CONTENT, PAGE } from '../../src/layout/geometry.js';
import { measureText } from '../../src/typeset/index.js';
import { isStretchingSpace } from '../../src/typeset/measure.js';
import { protrusion } from '../../src/typeset/protrusion.js';
import type { StructNode } from '../../src/layout/types.js';
import type { FontSet } from '../../src/typeset/types.js';
import type { BrochureDocument } from '../../src/model/types.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { fsWorld } from '../../src/world.js';
import { REPO } from '../helpers/project.js';

let result: LayoutResult;
let fonts: FontSet;
let layoutWith: (edit: (doc: BrochureDocument) => BrochureDocument) => LayoutResult;

before(async () => {
  const world = fsWorld(REPO);
  const inputs = await loadInputs(world, DEFAULT_CONFIG);
  fonts = inputs.fonts;
  const files = [BLOC_MARQUE, ...inputs.data.enjeux.map((e) => e.pictogramme), ...inputs.data.missions.flatMap((m) => (m.pictogramme ? [m.pictogramme] : []))];
  const { assets } = await loadVectorAssets(world, files);
  // The latest edition: it has every kind of section (what changed since the previous edition included).
  const doc = buildDocument(inputs.data, inputs.editorial, inputs.previous ? { previous: inputs.previous } : {}).document!;
  result = layoutDocument(doc, fonts, assets);
  layoutWith = (edit) => layoutDocument(edit(doc), fonts, assets);
});

test('layout succeeds without diagnostics and settles the contents in at most two passes', () => {
  assert.deepEqual(result.diagnostics, []);
  assert.ok(result.paged);
  assert.ok(result.passes <= 2, `${result.passes} passes`);
});

test('no text outside its frame: every line within the page margins (the cover and full-bleed bands aside)', () => {
  const overflow: string[] = [];
  for (const page of result.paged!.pages) {
    for (const it of page.items) {
      if (it.kind !== 'text') continue;
      // As drawn: glyphs scaled by the line's expansion, letter-spacing after each, the word spaces' extra.
      const style = { font: it.font, size: it.size, color: it.color, lineHeight: it.size };
      const natural = measureText(it.text, style, fonts);
      const glyphs = measureText(it.text, { ...style, tracking: 1 }, fonts) - natural;
      const spaces = [...it.text].filter(isStretchingSpace).length;
      const right = it.x + natural * (it.scale ?? 1) + glyphs * (it.tracking ?? 0) + it.spaceExtra * spaces;
      // Hanging punctuation reaches into the margin by design, by its protrusion at most.
      const hang = protrusion(it.text[it.text.length - 1], 1, it.font, it.size, fonts);
      if (it.x < CONTENT.x - 6 || right - hang > CONTENT.x + CONTENT.width + 0.5 || it.y < 12 || it.y > PAGE.height - 12) {
        overflow.push(`page ${page.number}: « ${it.text} » x=${it.x.toFixed(1)}–${right.toFixed(1)} y=${it.y.toFixed(1)}`);
      }
    }
  }
  assert.deepEqual(overflow, []);
});

test('every painted item belongs to a structure node or is an artifact; links point at Link nodes', () => {
  const nodes = new Map<string, StructNode>();
  const walk = (n: StructNode) => {
    nodes.set(n.id, n);
    n.children.forEach(walk);
  };
  walk(result.paged!.structure);
  for (const page of result.paged!.pages) {
    for (const it of page.items) {
      if (it.kind === 'anchor') continue;
      if (it.kind === 'link') {
        assert.equal(nodes.get(it.node)?.role, 'Link');
        assert.ok(it.contents.trim());
        continue;
      }
      if ('node' in it.tag) assert.ok(nodes.has(it.tag.node), `page ${page.number}: unknown node ${it.tag.node}`);
    }
  }
});

test('a list item starts on the page of its label: no number or bullet left alone at a page foot', () => {
  // The latest edition's sources run over a page break (12 numbered items).
  const pageOf = new Map<string, number>();
  for (const page of result.paged!.pages) for (const it of page.items) if ('tag' in it && 'node' in it.tag && !pageOf.has(it.tag.node)) pageOf.set(it.tag.node, page.number);
  const firstPage = (n: StructNode): number | undefined => pageOf.get(n.id) ?? n.children.map(firstPage).find((p) => p !== undefined);
  const items: StructNode[] = [];
  const walk = (n: StructNode) => (n.role === 'LI' ? items.push(n) : n.children.forEach(walk));
  walk(result.paged!.structure);
  assert.ok(items.length > 20);
  const split = items.flatMap((li) => {
    const [lbl, body] = [li.children.find((c) => c.role === 'Lbl'), li.children.find((c) => c.role === 'LBody')];
    return lbl && body && firstPage(lbl) !== firstPage(body) ? [`${li.id}: label on page ${firstPage(lbl)}, text on ${firstPage(body)}`] : [];
  });
  assert.deepEqual(split, []);
});

test('a list label clears its text: « 10. » and beyond push the whole list’s text right', () => {
  const texts = new Map<string, { x: number; right: number }[]>();
  for (const page of result.paged!.pages)
    for (const it of page.items)
      if (it.kind === 'text' && 'node' in it.tag) {
        const right = it.x + measureText(it.text, { font: it.font, size: it.size, color: it.color, lineHeight: it.size }, fonts) * (it.scale ?? 1);
        texts.set(it.tag.node, [...(texts.get(it.tag.node) ?? []), { x: it.x, right }]);
      }
  const all = (n: StructNode): { x: number; right: number }[] => [...(texts.get(n.id) ?? []), ...n.children.flatMap(all)];
  const clashes: string[] = [];
  let numbered = 0;
  const walk = (n: StructNode) => {
    if (n.role !== 'L') return n.children.forEach(walk);
    const starts = new Set(n.children.map((li) => Math.min(...all(li.children.find((c) => c.role === 'Lbl')!).map((t) => t.x)).toFixed(1)));
    // Lists of the running text, labels in one column (the bilan's key figures are a list laid side by side).
    if (starts.size > 1) return;
    const lefts = n.children.map((li) => Math.min(...all(li.children.find((c) => c.role === 'LBody')!).map((t) => t.x)));
    if (n.children.length >= 10) numbered++;
    n.children.forEach((li, j) => {
      const label = Math.max(...all(li.children.find((c) => c.role === 'Lbl')!).map((t) => t.right));
      if (label + 2 > lefts[j]) clashes.push(`${li.id}: label ends at ${label.toFixed(1)}, text starts at ${lefts[j].toFixed(1)}`);
    });
    assert.equal(new Set(lefts.map((x) => x.toFixed(1))).size, 1, `${n.id}: one indent for the whole list`);
  };
  walk(result.paged!.structure);
  assert.ok(numbered >= 1, 'a list of ten items or more (the sources)');
  assert.deepEqual(clashes, []);
});

test('headings never skip a level and every Figure has an alt text and a box', () => {
  let last = 0;
  const visit = (n: StructNode) => {
    const m = /^H(\d)$/.exec(n.role);
    if (m) {
      const level = Number(m[1]);
      assert.ok(level <= last + 1, `${n.role} after H${last}`);
      last = level;
    }
    if (n.role === 'Figure') {
      assert.ok(n.alt && n.alt.length > 10, `figure ${n.id} has an alt`);
      const b = n.bbox;
      assert.ok(b && b.w > 0 && b.h > 0 && b.x >= 0 && b.y >= 0 && b.x + b.w <= PAGE.width && b.y + b.h <= PAGE.height, `figure ${n.id} has a box on the page`);
    }
    n.children.forEach(visit);
  };
  visit(result.paged!.structure);
});

test('the contents’ page numbers are the pages the sections start on', () => {
  const anchors = new Map<string, number>();
  for (const p of result.paged!.pages) for (const it of p.items) if (it.kind === 'anchor') anchors.set(it.id, p.number);
  const toc = result.paged!.pages[1];
  const links = toc.items.filter((it) => it.kind === 'link');
  assert.ok(links.length >= 10, `${links.length} entries`);
  for (const l of links) {
    if (l.kind !== 'link' || !('dest' in l.target)) continue;
    const page = anchors.get(l.target.dest);
    assert.ok(page, `anchor ${l.target.dest}`);
    assert.ok(l.contents.endsWith(`page ${page}`), `${l.contents} → ${page}`);
  }
});

test('every page but the cover has a running footer with its number', () => {
  for (const p of result.paged!.pages.slice(1)) {
    const footer = p.items.filter((it) => it.kind === 'text' && 'artifact' in it.tag && it.tag.artifact === 'Pagination');
    assert.ok(footer.some((it) => it.kind === 'text' && it.text === String(p.number)), `page ${p.number}`);
  }
});

test('a block taller than a page is a located error naming the record, never drawn off the page', () => {
  const long = 'Un texte beaucoup trop long pour un bloc. '.repeat(120);
  const r = layoutWith((doc) => ({
    ...doc,
    sections: doc.sections.map((s) => (s.kind === 'enjeux' ? { ...s, enjeux: s.enjeux.map((e, i) => (i === 2 ? { ...e, resume: long } : e)) } : s)),
  }));
  const enjeu = r.diagnostics.find((d) => d.code === 'texte-trop-long');
  assert.ok(enjeu, JSON.stringify(r.diagnostics));
  assert.match(enjeu.message, /^le bloc de l’enjeu « attractivite » est plus haut qu’une page : dépassement de \d+ pt/);
  assert.match(enjeu.pos!.file, /^data\/enjeux\.yaml$/);
  assert.equal(r.paged, undefined);
});

test('cards so tall that no order fills every page: a warning names the short pages, the layout goes on', () => {
  const long = 'Un résumé très long pour une fiche de projet, qui occupe à lui seul plus de la moitié de la page. '.repeat(11);
  const r = layoutWith((doc) => ({
    ...doc,
    sections: doc.sections.map((s) => (s.kind === 'mission' ? { ...s, projets: s.projets.map((p) => ({ ...p, resume: long })) } : s)),
  }));
  assert.ok(r.paged, JSON.stringify(r.diagnostics));
  const warning = r.diagnostics.find((d) => d.code === 'page-peu-remplie');
  assert.ok(warning && warning.severity === 'warning', JSON.stringify(r.diagnostics));
  assert.match(warning.message, /^les pages [\d, ]+ des missions s’arrêtent avant 60 % de leur hauteur utile/);
});
