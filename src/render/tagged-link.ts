// Link annotations tied to their `Link` structure element (OBJR + StructParent), which pdfkit 0.17 cannot do itself.

export type LinkTarget = { url: string } | { dest: string };

export interface LinkRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The parts of pdfkit's PDFStructureElement and document we rely on (pdfkit 0.17.2, MarkingsMixin). */
interface StructElementInternals {
  dictionary: { data: Record<string, unknown> };
  _children: unknown[];
  _flushed: boolean;
  _flushChild(child: unknown): void;
}
interface DocInternals {
  page: { dictionary: unknown; annotations: unknown[] };
  getStructTreeRoot(): { data: { ParentTree: { add(key: number, value: unknown): void }; ParentTreeNextKey: number } };
  link(x: number, y: number, w: number, h: number, url: string, options: Record<string, unknown>): void;
  goTo(x: number, y: number, w: number, h: number, name: string, options: Record<string, unknown>): void;
}

const OBJR = Symbol('objr');
const PATCHED = Symbol('objr-patched');

/**
 * Adds a link annotation on the current page and records it in `linkElement` (a `doc.struct('Link')`
 * not yet ended): an `OBJR` kid, the annotation's `/StructParent` and the ParentTree entry, and
 * `/Contents` saying what the link does (PDF/UA-1 7.18.5, Matterhorn 28-004 … 28-011).
 * Coordinates are pdfkit's (top-left origin). Call it on the page where the link text is painted.
 */
export function addTaggedLink(doc: object, linkElement: object, rect: LinkRect, target: LinkTarget, contents: string): void {
  const d = doc as DocInternals;
  const el = linkElement as StructElementInternals;
  if (el._flushed) throw new Error('addTaggedLink : l’élément Link est déjà terminé ; ajoutez le lien avant end().');
  if (!contents.trim()) throw new Error('addTaggedLink : un lien doit avoir un texte /Contents non vide.');
  const root = d.getStructTreeRoot();
  const key = root.data.ParentTreeNextKey++;
  // An annotation's ParentTree value is the structure element itself, not an array of MCIDs.
  root.data.ParentTree.add(key, el.dictionary);
  const options = { Contents: new String(contents), StructParent: key };
  if ('url' in target) d.link(rect.x, rect.y, rect.width, rect.height, target.url, options);
  else d.goTo(rect.x, rect.y, rect.width, rect.height, target.dest, options);
  const annotation = d.page.annotations[d.page.annotations.length - 1];
  el._children.push({ [OBJR]: { Type: 'OBJR', Obj: annotation, Pg: d.page.dictionary } });
  patchFlush(el);
}

function patchFlush(el: StructElementInternals & { [PATCHED]?: true }): void {
  if (el[PATCHED]) return;
  const original = el._flushChild.bind(el);
  el._flushChild = (child: unknown) => {
    const objr = child && typeof child === 'object' ? (child as Record<symbol, unknown>)[OBJR] : undefined;
    if (objr) (el.dictionary.data.K as unknown[]).push(objr);
    else original(child);
  };
  el[PATCHED] = true;
}
