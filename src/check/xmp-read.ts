// Reads XMP properties by namespace, in both RDF forms (element or attribute on rdf:Description).
import { descendants, parseXml, type XmlElement } from './xml.js';

export const NS = {
  dc: 'http://purl.org/dc/elements/1.1/',
  pdfaid: 'http://www.aiim.org/pdfa/ns/id/',
  pdfuaid: 'http://www.aiim.org/pdfua/ns/id/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xml: 'http://www.w3.org/XML/1998/namespace',
};

export interface XmpValue {
  value: string;
  lang?: string;
}

export type Xmp = { ok: true; root: XmlElement } | { ok: false; error: string };

export function readXmp(text: string): Xmp {
  try {
    return { ok: true, root: parseXml(text) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** Values of a property: simple text, or each `rdf:li` of an Alt/Seq/Bag, or an attribute. */
export function xmpValues(root: XmlElement, ns: string, local: string): XmpValue[] {
  const out: XmpValue[] = [];
  for (const el of descendants(root)) {
    const attr = el.attrs.get(`{${ns}}${local}`);
    if (attr !== undefined) out.push({ value: attr.trim() });
    if (el.ns !== ns || el.local !== local) continue;
    const items = [...descendants(el)].filter((d) => d.ns === NS.rdf && d.local === 'li');
    if (items.length) for (const li of items) out.push({ value: li.text.trim(), lang: li.attrs.get(`{${NS.xml}}lang`) });
    else out.push({ value: el.text.trim() });
  }
  return out;
}

/** The `x-default` entry of a language alternative, else its first entry. */
export function defaultValue(values: XmpValue[]): string | undefined {
  return (values.find((v) => v.lang === 'x-default') ?? values[0])?.value;
}
