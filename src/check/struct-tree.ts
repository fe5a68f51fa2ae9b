// Reads the logical structure tree (StructTreeRoot → elements → MCIDs / OBJRs) in document order.
import { PDFDict, PDFName, PDFNumber, PDFObject, PDFRef } from 'pdf-lib';
import { Reader, nameOf, readNumberTree } from './pdf-model.js';

export const STANDARD_TYPES = new Set(
  ('Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 ' +
    'L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot ' +
    'Ruby RB RT RP Warichu WT WP Figure Formula Form').split(' '),
);

export interface StructElem {
  /** `/S` as written. */
  type: string;
  /** `/S` after following the RoleMap to a standard type; undefined when it never reaches one. */
  role?: string;
  dict: PDFDict;
  parent?: StructElem;
  children: StructElem[];
  mcids: { page: string; mcid: number }[];
  objrs: { obj?: PDFRef; page?: string }[];
  /** Every kid in `/K` order: marked content, child elements and object references interleaved, as a reader meets them. */
  kids: StructKid[];
}

export type StructKid = { kind: 'mcid'; page: string; mcid: number } | { kind: 'elem'; elem: StructElem } | { kind: 'objr'; obj?: PDFRef };

export interface StructTree {
  root?: PDFDict;
  /** Top-level elements (kids of StructTreeRoot). */
  top: StructElem[];
  /** Every element in document (depth-first) order. */
  elements: StructElem[];
  /** `"<page key>#<mcid>"` for every marked-content item the tree references. */
  referencedMcids: Set<string>;
  /** ParentTree: key → value (array of element refs for pages, element ref for annotations). */
  parentTree: Map<number, PDFObject>;
  problems: string[];
}

export function mcidKey(pageKey: string, mcid: number): string {
  return `${pageKey}#${mcid}`;
}

export function readStructTree(r: Reader, catalog: PDFDict): StructTree {
  const tree: StructTree = { top: [], elements: [], referencedMcids: new Set(), parentTree: new Map(), problems: [] };
  const root = r.dict(catalog, 'StructTreeRoot');
  if (!root) return tree;
  tree.root = root;
  tree.parentTree = readNumberTree(r, r.dict(root, 'ParentTree'));
  const roleMap = new Map<string, string>();
  const rm = r.dict(root, 'RoleMap');
  for (const [k, v] of rm?.entries() ?? []) {
    const target = nameOf(r.resolve(v));
    if (target) roleMap.set(k.decodeText(), target);
  }
  const roleOf = (type: string): string | undefined => {
    let t = type;
    for (let hops = 0; hops < 10; hops++) {
      if (STANDARD_TYPES.has(t)) return t;
      const next = roleMap.get(t);
      if (!next) return undefined;
      t = next;
    }
    return undefined;
  };
  const seen = new Set<PDFDict>();
  const walk = (dict: PDFDict, parent: StructElem | undefined, inheritedPage: string | undefined): StructElem | undefined => {
    if (seen.has(dict)) {
      tree.problems.push(`élément de structure atteint deux fois (cycle ou parent multiple) : ${r.name(dict, 'S') ?? '?'}`);
      return undefined;
    }
    seen.add(dict);
    const type = r.name(dict, 'S') ?? '';
    const pgRef = dict.get(PDFName.of('Pg'));
    const page = pgRef instanceof PDFRef ? pgRef.toString() : inheritedPage;
    const el: StructElem = { type, role: roleOf(type), dict, parent, children: [], mcids: [], objrs: [], kids: [] };
    tree.elements.push(el);
    for (const raw of r.items(dict.get(PDFName.of('K')))) {
      if (raw instanceof PDFNumber) {
        if (page) {
          el.mcids.push({ page, mcid: raw.asNumber() });
          el.kids.push({ kind: 'mcid', page, mcid: raw.asNumber() });
        } else tree.problems.push(`MCID ${raw.asNumber()} sans page (/Pg) dans un élément ${type}`);
      } else if (raw instanceof PDFDict) {
        const kidType = r.name(raw, 'Type');
        const kidPg = raw.get(PDFName.of('Pg'));
        const kidPage = kidPg instanceof PDFRef ? kidPg.toString() : page;
        if (kidType === 'MCR') {
          const mcid = r.number(raw, 'MCID');
          if (mcid !== undefined && kidPage) {
            el.mcids.push({ page: kidPage, mcid });
            el.kids.push({ kind: 'mcid', page: kidPage, mcid });
          }
        } else if (kidType === 'OBJR') {
          const obj = raw.get(PDFName.of('Obj'));
          el.objrs.push({ obj: obj instanceof PDFRef ? obj : undefined, page: kidPage });
          el.kids.push({ kind: 'objr', obj: obj instanceof PDFRef ? obj : undefined });
        } else if (raw.get(PDFName.of('S'))) {
          const child = walk(raw, el, page);
          if (child) {
            el.children.push(child);
            el.kids.push({ kind: 'elem', elem: child });
          }
        }
      }
    }
    for (const m of el.mcids) tree.referencedMcids.add(mcidKey(m.page, m.mcid));
    return el;
  };
  for (const kid of r.array(root, 'K')) {
    if (kid instanceof PDFDict) {
      const el = walk(kid, undefined, undefined);
      if (el) tree.top.push(el);
    }
  }
  return tree;
}
