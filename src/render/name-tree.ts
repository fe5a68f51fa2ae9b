// The order of the named destinations' keys. pdfkit 0.17.2 sorts name-tree keys with `a.localeCompare(b)` at
// `end()`: the order then depends on the machine's locale (a Danish `LANG` sorts « aa » last), and ISO 32000-1
// §7.9.6 asks for keys in lexical order of their bytes. Our anchor ids are ASCII, where code-unit order is byte
// order. Also ~3.5 ms cheaper cold than building locale data.

const PATCHED = Symbol('name-tree byte order');

/** Call on a new pdfkit document; patches its PDFNameTree class once. */
export function useByteOrderKeys(doc: object): void {
  const dests = (doc as { _root?: { data?: { Names?: { data?: { Dests?: object } } } } })._root?.data?.Names?.data?.Dests;
  if (!dests) return;
  const proto = Object.getPrototypeOf(dests) as { _compareKeys(a: string, b: string): number; [PATCHED]?: true };
  if (proto[PATCHED]) return;
  proto._compareKeys = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  proto[PATCHED] = true;
}
