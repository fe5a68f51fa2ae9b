// Layout attributes on structure elements (`/A`), which pdfkit's `doc.struct()` options cannot express.

export type HeaderScope = 'Row' | 'Column' | 'Both';

interface StructElementInternals {
  dictionary: { data: Record<string, unknown> };
  _flushed: boolean;
}

/** Marks a `TH` element as a header for its column, row or both (PDF/UA-1 7.5, Matterhorn 15-003). Call before `end()`. */
export function setHeaderScope(th: object, scope: HeaderScope): void {
  const el = th as StructElementInternals;
  if (el._flushed) throw new Error('setHeaderScope : l’élément TH est déjà terminé ; fixez la portée avant end().');
  el.dictionary.data.A = { O: 'Table', Scope: scope };
}
