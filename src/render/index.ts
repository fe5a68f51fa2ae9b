// The only code that touches pdfkit: draws the laid-out pages and turns layout's structure nodes into the PDF's structure tree.
import type { PagedDocument, PageItem, StructNode, Tag, OutlineEntry } from '../layout/types.js';
import type { FontKey, FontSet } from '../typeset/types.js';
import type { VectorAsset } from '../assets/types.js';
import type { PDFDoc, PdfkitStructElement } from './pdfkit-internals.js';
import { addTaggedLink } from './tagged-link.js';
import { setHeaderScope } from './struct-attributes.js';
import { showText } from './text.js';
import { VectorForms, type FormStore } from './vector.js';
import { ContentWriter, fmt, rectPath } from './content-writer.js';
import { useObjectStreams } from './object-streams.js';
import { useStoredSubsets, type SubsetStore } from './fonts.js';
import { useByteOrderKeys } from './name-tree.js';
import { createRequire } from 'node:module';

export interface RenderInputs {
  fontBytes: Readonly<Record<FontKey, Uint8Array>>;
  /** The typesetter's faces, parsed from the same bytes: words are then shaped once for both stages (optional, same output). */
  fonts?: FontSet;
  assets: ReadonlyMap<string, VectorAsset>;
  /** PDF/A + PDF/UA setup from the finish stage: constructor options, and what to apply to the new document. */
  standards: { options: object; apply(doc: object): void };
  /** Font subsets kept between runs (the build cache); without it every subset is encoded (same bytes). */
  subsets?: SubsetStore;
  /** Form XObject contents kept between runs (the build cache); without it every form is drawn (same bytes). */
  forms?: FormStore;
}

export async function renderPdf(paged: PagedDocument, inputs: RenderInputs): Promise<Uint8Array> {
  // Read while the pages are drawn; needed only at the end.
  const stored = inputs.subsets?.read().catch(() => undefined);
  // Loaded here, not at start-up: pdfkit is the heaviest import of a run. `require`, not `import()`: importing a
  // CommonJS module from ESM first scans its 190 KB source for named exports (measured 32 ms against 5 ms cold).
  const PDFDocument = createRequire(import.meta.url)('pdfkit') as typeof import('pdfkit');
  // No default font: pdfkit would parse Helvetica's metrics (AFM) for a font no page uses.
  const doc = new PDFDocument({ ...inputs.standards.options, font: null } as never) as unknown as PDFDoc;
  // Helvetica was F1 and never written: our fonts keep the names F2… (and the subset tags derived from them).
  (doc as unknown as { _fontCount: number })._fontCount = 1;
  inputs.standards.apply(doc);
  useObjectStreams(doc);
  useByteOrderKeys(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c) => chunks.push(c!));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', (e) => reject(e));
  });

  const keys = Object.keys(inputs.fontBytes) as FontKey[];
  for (const key of keys) {
    const bytes = inputs.fontBytes[key];
    // A view, not a copy: pdfkit and fontkit only read it.
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    doc.registerFont(key, buffer);
  }

  const tree = new StructureWriter(doc, paged.structure);
  const forms = new VectorForms(doc, inputs.forms && ((await inputs.forms.read().catch(() => undefined)) ?? (() => undefined)));
  paged.pages.forEach((page) => {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    const out = new ContentWriter((op) => void doc.addContent(op));
    drawPage(doc, page.items, tree, { ...inputs, out, forms });
  });
  addOutline(doc, paged.outline, paged);
  tree.end();
  const encoded = useStoredSubsets(doc, keys, await stored);
  doc.end();
  await done;
  await Promise.all([
    encoded.length > 0 && inputs.subsets?.write(encoded).catch(() => undefined),
    forms.fresh.length > 0 && inputs.forms?.write(forms.fresh).catch(() => undefined),
  ]);
  return new Uint8Array(Buffer.concat(chunks));
}

function sameTag(a: Tag, b: Tag): boolean {
  return 'node' in a ? 'node' in b && a.node === b.node : 'artifact' in b && a.artifact === b.artifact;
}

/** What drawing one page needs: the run's inputs, the page's content stream and the document's forms. */
interface PageDrawing extends Omit<RenderInputs, 'forms'> {
  out: ContentWriter;
  forms: VectorForms;
}

/** Consecutive items with the same tag share one marked-content sequence. */
function drawPage(doc: PDFDoc, items: readonly PageItem[], tree: StructureWriter, inputs: PageDrawing): void {
  let open: Tag | undefined;
  const close = () => {
    if (open) doc.endMarkedContent();
    open = undefined;
  };
  for (const item of items) {
    if (item.kind === 'anchor') {
      doc.addNamedDestination(item.id, 'XYZ', 0, item.y, null);
      continue;
    }
    if (item.kind === 'link') {
      close();
      tree.link(item.node, { x: item.x, y: item.y, width: item.w, height: item.h }, item.target, item.contents);
      continue;
    }
    if (!open || !sameTag(open, item.tag)) {
      close();
      if ('artifact' in item.tag) doc.markContent('Artifact', { type: item.tag.artifact });
      else tree.mark(item.tag.node);
      open = item.tag;
    }
    drawItem(doc, item, inputs);
  }
  close();
}

function drawItem(doc: PDFDoc, item: Exclude<PageItem, { kind: 'anchor' | 'link' }>, { assets, fonts, out, forms }: PageDrawing): void {
  switch (item.kind) {
    case 'text':
      // Selects pdfkit's embedded font (subset bookkeeping); size and colour are written by our own writer.
      doc.font(item.font);
      out.fillColor(item.color);
      showText(doc, out, item, fonts?.[item.font]);
      return;
    case 'rect': {
      if (item.fill) out.fillColor(item.fill);
      if (item.stroke) {
        out.strokeColor(item.stroke);
        out.lineWidth(item.lineWidth ?? 1);
      }
      if (item.fill || item.stroke) out.write(`${rectPath(item.x, item.y, item.w, item.h, item.radius)} ${item.fill && item.stroke ? 'B' : item.fill ? 'f' : 'S'}`);
      return;
    }
    case 'line':
      out.strokeColor(item.color);
      out.lineWidth(item.width);
      out.write(`${fmt(item.x1)} ${fmt(item.y1)} m ${fmt(item.x2)} ${fmt(item.y2)} l S`);
      return;
    case 'vector': {
      const asset = assets.get(item.asset);
      if (!asset) throw new Error(`image vectorielle non chargée : ${item.asset}`);
      forms.draw(out, asset, item);
      return;
    }
  }
}

/**
 * Creates pdfkit structure elements lazily, in drawing order: a node joins its parent the first time
 * something of it is painted, so the tree's order is the reading order layout emitted.
 */
class StructureWriter {
  private readonly elements = new Map<string, PdfkitStructElement>();
  private readonly nodes = new Map<string, { node: StructNode; parent?: StructNode }>();
  private readonly rootElement: PdfkitStructElement;

  constructor(
    private readonly doc: PDFDoc,
    root: StructNode,
  ) {
    const walk = (n: StructNode, parent?: StructNode) => {
      this.nodes.set(n.id, { node: n, parent });
      n.children.forEach((c) => walk(c, n));
    };
    walk(root);
    this.rootElement = this.create(root);
    this.elements.set(root.id, this.rootElement);
    doc.addStructure(this.rootElement);
  }

  private create(n: StructNode): PdfkitStructElement {
    const el = this.doc.struct(n.role, {
      ...(n.alt !== undefined ? { alt: n.alt } : {}),
      ...(n.lang ? { lang: n.lang } : {}),
      ...(n.actualText !== undefined ? { actual: n.actualText } : {}),
      ...(n.title ? { title: n.title } : {}),
    });
    if (n.scope) setHeaderScope(el, n.scope);
    // A figure's box lets reflowing readers and checkers place it; PDF boxes have a bottom-left origin.
    if (n.bbox) {
      const h = this.doc.page.height;
      const { x, y, w, h: bh } = n.bbox;
      (el as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.A = { O: 'Layout', BBox: [x, h - (y + bh), x + w, h - y].map((v) => Math.round(v * 100) / 100) };
    }
    return el;
  }

  private element(id: string): PdfkitStructElement {
    const existing = this.elements.get(id);
    if (existing) return existing;
    const entry = this.nodes.get(id);
    if (!entry) throw new Error(`nœud de structure inconnu : ${id}`);
    const el = this.create(entry.node);
    this.elements.set(id, el);
    this.element(entry.parent!.id).add(el);
    return el;
  }

  /** Opens a marked-content sequence on the current page belonging to node `id`. */
  mark(id: string): void {
    const el = this.element(id);
    const role = this.nodes.get(id)!.node.role;
    el.add(this.doc.markStructureContent(role));
  }

  link(id: string, rect: { x: number; y: number; width: number; height: number }, target: { url: string } | { dest: string }, contents: string): void {
    addTaggedLink(this.doc, this.element(id), rect, target, contents);
  }

  end(): void {
    this.rootElement.end();
  }
}

function addOutline(doc: PDFDoc, outline: readonly OutlineEntry[], paged: PagedDocument): void {
  const pageOf = new Map<string, number>();
  for (const p of paged.pages) for (const it of p.items) if (it.kind === 'anchor') pageOf.set(it.id, p.number);
  const add = (parent: { addItem(title: string, options?: Record<string, unknown>): unknown }, e: OutlineEntry) => {
    doc.switchToPage((pageOf.get(e.dest) ?? 1) - 1);
    const item = parent.addItem(e.title, { expanded: true }) as { addItem(title: string, options?: Record<string, unknown>): unknown; dictionary: { data: Record<string, unknown> } };
    // The heading's own named destination, not the whole page pdfkit would point at.
    item.dictionary.data.Dest = new String(e.dest);
    e.children.forEach((c) => add(item, c));
  };
  outline.forEach((e) => add(doc.outline, e));
}
