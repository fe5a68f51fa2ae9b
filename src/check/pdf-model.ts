// Read-only access to a parsed PDF (pdf-lib), with small helpers that resolve references and decode values.
import {
  PDFArray,
  PDFBool,
  PDFContext,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFObject,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  decodePDFRawStream,
} from 'pdf-lib';

export interface PageInfo {
  /** 1-based. */
  number: number;
  ref: PDFRef;
  /** `"12 0 R"`: how pages are compared with structure `/Pg` entries. */
  key: string;
  dict: PDFDict;
}

export interface PdfModel {
  bytes: Uint8Array;
  doc: PDFDocument;
  context: PDFContext;
  catalog: PDFDict;
  pages: PageInfo[];
}

export async function loadPdf(bytes: Uint8Array): Promise<PdfModel> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: false });
  const pages = doc.getPages().map((p, i) => ({ number: i + 1, ref: p.ref, key: p.ref.toString(), dict: p.node as PDFDict }));
  return { bytes, doc, context: doc.context, catalog: doc.catalog as PDFDict, pages };
}

export class Reader {
  constructor(readonly context: PDFContext) {}

  resolve(obj: PDFObject | undefined): PDFObject | undefined {
    return obj instanceof PDFRef ? this.context.lookup(obj) : obj;
  }
  get(dict: PDFDict | undefined, key: string): PDFObject | undefined {
    return dict ? this.resolve(dict.get(PDFName.of(key))) : undefined;
  }
  dict(dict: PDFDict | undefined, key: string): PDFDict | undefined {
    const v = this.get(dict, key);
    if (v instanceof PDFDict) return v;
    if (v instanceof PDFStream) return v.dict;
    return undefined;
  }
  array(dict: PDFDict | undefined, key: string): PDFObject[] {
    return this.items(dict?.get(PDFName.of(key)));
  }
  /** An array's items (resolved), a single object as a one-item list, nothing as an empty list. */
  items(obj: PDFObject | undefined): PDFObject[] {
    const v = this.resolve(obj);
    if (v === undefined) return [];
    if (v instanceof PDFArray) return v.asArray().map((x) => this.resolve(x)!).filter((x) => x !== undefined);
    return [v];
  }
  name(dict: PDFDict | undefined, key: string): string | undefined {
    return nameOf(this.get(dict, key));
  }
  text(dict: PDFDict | undefined, key: string): string | undefined {
    return textOf(this.get(dict, key));
  }
  number(dict: PDFDict | undefined, key: string): number | undefined {
    const v = this.get(dict, key);
    return v instanceof PDFNumber ? v.asNumber() : undefined;
  }
  bool(dict: PDFDict | undefined, key: string): boolean | undefined {
    const v = this.get(dict, key);
    return v instanceof PDFBool ? v.asBoolean() : undefined;
  }
  /** The decoded bytes of a stream (FlateDecode and the other filters pdf-lib knows). */
  streamBytes(obj: PDFObject | undefined): Uint8Array | undefined {
    const v = this.resolve(obj);
    if (v instanceof PDFRawStream) return decodePDFRawStream(v).decode();
    if (v instanceof PDFStream) return v.getContents();
    return undefined;
  }
}

export function nameOf(obj: PDFObject | undefined): string | undefined {
  return obj instanceof PDFName ? obj.decodeText() : undefined;
}

export function textOf(obj: PDFObject | undefined): string | undefined {
  return obj instanceof PDFString || obj instanceof PDFHexString ? obj.decodeText() : undefined;
}

/** Walks a number tree (`/Nums`, `/Kids`) into a map; values stay unresolved references. */
export function readNumberTree(r: Reader, node: PDFDict | undefined, out = new Map<number, PDFObject>(), seen = new Set<PDFDict>()): Map<number, PDFObject> {
  if (!node || seen.has(node)) return out;
  seen.add(node);
  const nums = r.resolve(node.get(PDFName.of('Nums')));
  if (nums instanceof PDFArray) {
    for (let i = 0; i + 1 < nums.size(); i += 2) {
      const k = r.resolve(nums.get(i));
      if (k instanceof PDFNumber) out.set(k.asNumber(), nums.get(i + 1));
    }
  }
  for (const kid of r.array(node, 'Kids')) if (kid instanceof PDFDict) readNumberTree(r, kid, out, seen);
  return out;
}
