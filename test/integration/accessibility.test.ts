// Builds the real brochure in-process and reads the PDF back: checker verdict, catalog facts, and reading order
// (pdf.js text order and the structure tree's leaf order, both against the order layout emitted).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { PDFDict, PDFName } from 'pdf-lib';
import { buildBrochure, type BuildResult } from '../../src/build.js';
import { fsWorld } from '../../src/world.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { loadPdfjs } from '../../src/publish/index.js';
import { checkPdf } from '../../src/check/check-pdf.js';
import { Reader, loadPdf, type PdfModel } from '../../src/check/pdf-model.js';
import { readStructTree, type StructElem, type StructTree } from '../../src/check/struct-tree.js';
import { parseContent, type Operand } from '../../src/check/content-lexer.js';
import type { Page, StructNode } from '../../src/layout/types.js';

const ROOT = new URL('../../', import.meta.url).pathname;

let build: BuildResult;
let model: PdfModel;
let r: Reader;
let tree: StructTree;
/** Per page (0-based): pdf.js text items in stream order, and the text of each MCID. */
let extracted: { items: string[]; byMcid: Map<number, string> }[];
const nodes = new Map<string, { node: StructNode; parent?: StructNode }>();

/** Whitespace (no-break spaces included) is layout's business, not reading order's; NFKC folds ligatures. */
const norm = (s: string) => s.normalize('NFKC').replace(/[\s\u00A0\u202F\u2009\u00AD]+/g, '');

async function extract(bytes: Uint8Array) {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: { items: string[]; byMcid: Map<number, string> }[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent({ includeMarkedContent: true });
    const items: string[] = [];
    const byMcid = new Map<number, string>();
    const stack: (number | undefined)[] = [];
    for (const it of content.items as any[]) {
      if (it.type === 'beginMarkedContentProps' || it.type === 'beginMarkedContent') {
        const m = typeof it.id === 'string' ? /_mc(\d+)$/.exec(it.id) : null;
        stack.push(m ? Number(m[1]) : undefined);
      } else if (it.type === 'endMarkedContent') {
        stack.pop();
      } else if (typeof it.str === 'string') {
        items.push(it.str);
        const mcid = [...stack].reverse().find((x) => x !== undefined);
        if (mcid !== undefined) byMcid.set(mcid, (byMcid.get(mcid) ?? '') + it.str);
      }
    }
    pages.push({ items, byMcid });
  }
  return pages;
}

before(async () => {
  build = await buildBrochure(fsWorld(ROOT), DEFAULT_CONFIG);
  model = await loadPdf(build.pdf);
  r = new Reader(model.context);
  tree = readStructTree(r, model.catalog);
  extracted = await extract(build.pdf);
  const walk = (n: StructNode, parent?: StructNode) => {
    nodes.set(n.id, { node: n, parent });
    n.children.forEach((c) => walk(c, n));
  };
  walk(build.layout.paged.structure);
});

/** The first difference between two normalised sequences, with some context, for a readable failure. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `à la position ${i} : « …${a.slice(Math.max(0, i - 40), i + 40)} » au lieu de « …${b.slice(Math.max(0, i - 40), i + 40)} »`;
}

test('checkPdf passes every check on the real brochure', async () => {
  const results = await checkPdf(build.pdf);
  assert.ok(results.length >= 26, `only ${results.length} checks ran`);
  assert.deepEqual(results.filter((x) => !x.ok).map((x) => `${x.id}: ${x.message} ${x.details?.slice(0, 3).join(' / ') ?? ''}`), []);
});

test('catalog says what pdfinfo reports: Tagged, Lang fr-FR, the title, shown as window title', () => {
  const markInfo = r.dict(model.catalog, 'MarkInfo');
  assert.equal(r.bool(markInfo, 'Marked'), true, 'Tagged: yes');
  assert.equal(r.text(model.catalog, 'Lang'), 'fr-FR');
  assert.equal(model.doc.getTitle(), build.layout.paged.meta.title);
  assert.match(model.doc.getTitle() ?? '', /TECH\.GOUV/);
  assert.equal(r.bool(r.dict(model.catalog, 'ViewerPreferences'), 'DisplayDocTitle'), true);
  assert.equal(model.pages.length, build.layout.paged.pages.length);
});

test('pdf.js extracts every page’s text in the order layout emitted it', () => {
  const pages = build.layout.paged.pages;
  assert.equal(extracted.length, pages.length);
  for (const page of pages) {
    const expected = norm(page.items.flatMap((i) => (i.kind === 'text' ? [i.text] : [])).join(''));
    const got = norm(extracted[page.number - 1].items.join(''));
    assert.ok(expected.length > 0, `page ${page.number} has text`);
    assert.ok(got === expected, `page ${page.number} : ${firstDifference(got, expected)}`);
  }
});

interface Leaf {
  text: string;
  /** The nearest ancestor (or self) of the given role, to group a page's leaves by card. */
  el: StructElem;
}

/** Structure-order leaves of one page: an element's ActualText stands for its whole content, otherwise its marked content. */
function structureLeaves(pageIndex: number): Leaf[] {
  const key = model.pages[pageIndex].key;
  const leaves: Leaf[] = [];
  const firstPage = (el: StructElem): string | undefined => el.mcids[0]?.page ?? el.children.map(firstPage).find((p) => p);
  const visit = (el: StructElem) => {
    const actual = r.text(el.dict, 'ActualText');
    if (actual !== undefined) {
      if (firstPage(el) === key) leaves.push({ text: actual, el });
      return;
    }
    for (const kid of el.kids) {
      if (kid.kind === 'elem') visit(kid.elem);
      else if (kid.kind === 'mcid' && kid.page === key) leaves.push({ text: extracted[pageIndex].byMcid.get(kid.mcid) ?? '', el });
    }
  };
  tree.top.forEach(visit);
  return leaves;
}

/** Layout's tagged text of one page in emission order, an ActualText node standing once for its items. */
function layoutReadingText(page: Page): string {
  const parts: string[] = [];
  let previous: string | undefined;
  for (const item of page.items) {
    if (item.kind !== 'text' || !('node' in item.tag)) continue;
    const node = nodes.get(item.tag.node)!.node;
    if (node.actualText !== undefined) {
      if (previous !== node.id) parts.push(node.actualText);
    } else parts.push(item.text);
    previous = node.id;
  }
  return norm(parts.join(''));
}

test('the structure tree’s leaves follow layout’s reading order on every page', () => {
  assert.ok(tree.elements.some((e) => e.kids.length), 'structure tree read');
  for (const page of build.layout.paged.pages) {
    const got = norm(structureLeaves(page.number - 1).map((l) => l.text).join(''));
    const expected = layoutReadingText(page);
    assert.ok(got === expected, `page ${page.number} : ${firstDifference(got, expected)}`);
  }
});

test('cover: title, subtitle and edition are read in that order', () => {
  const text = norm(structureLeaves(0).map((l) => l.text).join(''));
  const at = (s: string) => text.indexOf(norm(s));
  assert.ok(at('TECH.GOUV') >= 0, text);
  assert.ok(at('TECH.GOUV') < at('Accélérer la transformation numérique'));
  assert.ok(at('Accélérer la transformation numérique') < at('Stratégie et feuille de route'));
  assert.ok(at('Stratégie et feuille de route') < at('Édition actualisée'));
});

/** The nearest layout ancestor (or self) with role Div: a project card. */
function layoutCard(id: string): StructNode | undefined {
  for (let e = nodes.get(id); e; e = e.parent ? nodes.get(e.parent.id) : undefined) if (e.node.role === 'Div') return e.node;
  return undefined;
}

/** Pages whose cards (layout Div nodes) sit in two columns: the enjeux page and the mission pages. */
function twoColumnCardPages(): Page[] {
  return build.layout.paged.pages.filter((p) => {
    const xs = new Map<string, number>();
    for (const i of p.items) if (i.kind === 'text' && 'node' in i.tag) {
      const card = layoutCard(i.tag.node);
      if (card) xs.set(card.id, Math.min(xs.get(card.id) ?? Infinity, Math.round(i.x)));
    }
    return xs.size >= 3 && new Set(xs.values()).size === 2;
  });
}

function checkCardsReadCardByCard(page: Page): void {
  // Layout's cards on that page, with where each one starts and its text (an ActualText span counted once).
  const cards = new Map<string, { x: number; top: number; parts: string[]; last?: string }>();
  for (const i of page.items) {
    if (i.kind !== 'text' || !('node' in i.tag)) continue;
    const card = layoutCard(i.tag.node);
    if (!card) continue;
    const c = cards.get(card.id) ?? { x: Infinity, top: Infinity, parts: [] };
    const node = nodes.get(i.tag.node)!.node;
    if (node.actualText === undefined) c.parts.push(i.text);
    else if (c.last !== node.id) c.parts.push(node.actualText);
    cards.set(card.id, { ...c, x: Math.min(c.x, i.x), top: Math.min(c.top, i.y), last: node.id });
  }
  const emitted = [...cards.keys()];
  const rowMajor = [...emitted].sort((a, b) => {
    const ca = cards.get(a)!;
    const cb = cards.get(b)!;
    return Math.abs(ca.top - cb.top) > 30 ? ca.top - cb.top : ca.x - cb.x;
  });
  assert.deepEqual(emitted, rowMajor, `page ${page.number}: layout emits cards left to right, then the next row`);

  // In the PDF's structure, each card's leaves are contiguous (no line-by-line hopping across columns).
  const cardOf = (el: StructElem) => {
    for (let e: StructElem | undefined = el; e; e = e.parent) if (e.role === 'Div') return e;
    return undefined;
  };
  const groups: { el: StructElem; text: string }[] = [];
  for (const leaf of structureLeaves(page.number - 1)) {
    const card = cardOf(leaf.el);
    if (!card) continue;
    if (groups.at(-1)?.el === card) groups.at(-1)!.text += leaf.text;
    else groups.push({ el: card, text: leaf.text });
  }
  assert.equal(new Set(groups.map((g) => g.el)).size, groups.length, `page ${page.number}: a card's text is split by another card's`);
  assert.deepEqual(
    groups.map((g) => norm(g.text)),
    rowMajor.map((id) => norm(cards.get(id)!.parts.join(''))),
    `page ${page.number}: cards in the structure are not in reading order`,
  );
}

test('pages with two columns of cards (enjeux, missions) are read card by card, row by row', () => {
  const pages = twoColumnCardPages();
  // The enjeux page and at least a few mission pages: the check is only meaningful if it finds them.
  assert.ok(pages.length >= 5, `only ${pages.length} page(s) with cards in two columns: ${pages.map((p) => p.number).join(', ')}`);
  const mission = pages.find((p) => p.items.some((i) => i.kind === 'text' && /^IDNUM/.test(i.text)));
  assert.ok(mission, 'the IDNUM mission page is among them');
  for (const page of pages) checkCardsReadCardByCard(page);
});

test('the checker reads every tagged page: each page has marked content the structure references', () => {
  for (const p of model.pages) {
    const referenced = [...tree.referencedMcids].filter((k) => k.startsWith(`${p.key}#`)).length;
    assert.ok(referenced > 0, `page ${p.number} has no structure content`);
    assert.ok(p.dict.get(PDFName.of('StructParents')) !== undefined, `page ${p.number} lacks /StructParents`);
  }
  assert.ok(model.catalog.get(PDFName.of('StructTreeRoot')) instanceof Object);
  assert.ok(r.dict(model.catalog, 'StructTreeRoot') instanceof PDFDict);
});

/** An element's text as a screen reader gets it: its marked content and its children's, in /K order. */
function elemText(el: StructElem): string {
  const pageIndex = new Map(model.pages.map((p, i) => [p.key, i]));
  const parts: string[] = [];
  const visit = (e: StructElem) => {
    const actual = r.text(e.dict, 'ActualText');
    if (actual !== undefined) return void parts.push(actual);
    for (const kid of e.kids) {
      if (kid.kind === 'elem') visit(kid.elem);
      else if (kid.kind === 'mcid') parts.push(extracted[pageIndex.get(kid.page)!].byMcid.get(kid.mcid) ?? '');
    }
  };
  visit(el);
  return norm(parts.join(''));
}

test('each steering indicator is a Figure whose alt states every value, then a Table with a caption and scoped headers', () => {
  const section = build.document.sections.find((s) => s.kind === 'indicateurs');
  assert.ok(section && section.kind === 'indicateurs' && section.indicateurs.length >= 2);
  const figures = tree.elements.filter((e) => e.role === 'Figure').map((e) => r.text(e.dict, 'Alt'));
  const tables = tree.elements.filter((e) => e.role === 'Table');
  assert.equal(tables.length, section.indicateurs.length);
  const scope = (th: StructElem) => {
    const a = r.dict(th.dict, 'A');
    return a && r.name(a, 'Scope');
  };
  section.indicateurs.forEach((ind, k) => {
    assert.ok(figures.includes(ind.alt), `the Figure of « ${ind.nom} » carries its alt text`);
    const t = tables[k];
    assert.deepEqual(t.children.map((c) => c.role), ['Caption', 'THead', 'TBody']);
    // Texts compared without spaces, as the reading-order tests do (line ends carry none).
    assert.equal(elemText(t.children[0]), norm(ind.table.caption));
    const [head] = t.children[1].children;
    assert.deepEqual(head.children.map((c) => `${c.role} ${scope(c)} ${elemText(c)}`), ind.table.columns.map((c) => `TH Column ${norm(c)}`));
    const rows = t.children[2].children;
    assert.deepEqual(
      rows.map((row) => row.children.map((c) => (c.role === 'TH' ? `TH ${scope(c)} ${elemText(c)}` : `TD ${elemText(c)}`))),
      ind.table.rows.map((row) => [`TH Row ${norm(row.header)}`, ...row.cells.map((c) => `TD ${norm(c)}`)]),
    );
  });
});

/** A font's ToUnicode CMap (bfchar and bfrange, the forms pdfkit writes): glyph code → text. */
function toUnicode(bytes: Uint8Array): Map<number, string> {
  const cmap = Buffer.from(bytes).toString('latin1');
  const map = new Map<number, string>();
  // A ligature maps to several UTF-16 units, written `<0066 0069>`.
  const text = (hex: string) => String.fromCharCode(...(hex.replace(/\s+/g, '').match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(src, 16), text(dst));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, , list, dst] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:\[([^\]]*)\]|<([0-9a-fA-F]+)>)/g)) {
      const start = parseInt(lo, 16);
      if (list) [...list.matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach((m, i) => map.set(start + i, text(m[1])));
      else map.set(start, text(dst));
    }
  }
  return map;
}

/** A page's text as its content stream shows it, each glyph through its font's ToUnicode: what copy-paste reads. */
function textLayer(pageIndex: number): string {
  const page = model.pages[pageIndex];
  const fontsDict = r.dict(r.dict(page.dict, 'Resources'), 'Font');
  const cmaps = new Map<string, Map<number, string>>();
  for (const [name, ref] of fontsDict?.entries() ?? []) {
    const font = r.resolve(ref) as PDFDict;
    cmaps.set(name.decodeText(), toUnicode(r.streamBytes(font.get(PDFName.of('ToUnicode')))!));
  }
  const parts = r.items(page.dict.get(PDFName.of('Contents'))).map((s) => Buffer.from(r.streamBytes(s) ?? new Uint8Array()));
  let font = new Map<number, string>();
  let out = '';
  let baseline: number | undefined;
  const show = (s: string) => {
    for (let i = 0; i + 1 < s.length; i += 2) out += font.get((s.charCodeAt(i) << 8) | s.charCodeAt(i + 1)) ?? '\uFFFD';
  };
  for (const op of parseContent(Buffer.concat(parts.flatMap((p) => [p, Buffer.from('\n')])))) {
    if (op.op === 'Tf') font = cmaps.get((op.operands[0] as { name: string }).name) ?? new Map();
    else if (op.op === 'Tj') show((op.operands[0] as { str: string }).str);
    else if (op.op === 'TJ') {
      for (const x of op.operands[0] as Operand[]) if (typeof x === 'object' && x && 'str' in x) show(x.str);
    } else if (op.op === 'Tm') {
      // A new baseline starts a new line; runs of one line (a fallback face's narrow space) join up.
      const y = op.operands[5] as number;
      if (y !== baseline) out += '\n';
      baseline = y;
    }
  }
  return out;
}

// pdf.js and poppler fold every whitespace glyph to U+0020 when they extract (pdf.js issues 14519, 16200); the text
// layer itself, which tools such as MuPDF and Acrobat read as written, must carry the spaces the page draws.
test('the text layer carries the French spaces that are drawn, and the badge’s ActualText its no-break space', () => {
  const all = model.pages.map((_, i) => textLayer(i)).join('\n');
  // Every semicolon, question and exclamation mark is preceded by the narrow space the page draws, never a plain one.
  assert.match(all, /\S\u202F;/);
  assert.doesNotMatch(all, / [;!?]/);
  assert.match(all, /«\u202FCloud 1\u202F»/);
  assert.match(all, /2\u202F500\u00A0visio/);
  assert.doesNotMatch(all, /\uFFFD/);
  const badges = tree.elements.map((el) => r.text(el.dict, 'ActualText')).filter((t) => t?.startsWith('Statut'));
  assert.ok(badges.length >= 30, `${badges.length} badges`);
  for (const t of badges) assert.match(t!, /^Statut\u00A0: (Achevé|À achever fin \d{4}|En cours|Nouveau)$/);
});
