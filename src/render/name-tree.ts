// pdfkit 0.17.2 sorts name-tree keys (the named destinations) with `a.localeCompare(b)` at `end()`: ~3.5 ms
// cold for the brochure's few hundred anchors. One shared collator orders them the same (ECMA-402 defines
// `localeCompare` as `new Intl.Collator(undefined).compare`) without building locale data at each call.

const PATCHED = Symbol('name-tree collator');
/** Made on first use: an Intl object created at import time cannot go into a V8 startup snapshot. */
let collator: Intl.Collator | undefined;

/** Call on a new pdfkit document; patches its PDFNameTree class once. */
export function useSharedCollator(doc: object): void {
  const dests = (doc as { _root?: { data?: { Names?: { data?: { Dests?: object } } } } })._root?.data?.Names?.data?.Dests;
  if (!dests) return;
  const proto = Object.getPrototypeOf(dests) as { _compareKeys(a: string, b: string): number; [PATCHED]?: true };
  if (proto[PATCHED]) return;
  proto._compareKeys = (a, b) => (collator ??= new Intl.Collator()).compare(a, b);
  proto[PATCHED] = true;
}
