// PDF/UA-1 + PDF/A-2a declarations for a pdfkit document: constructor options, then the XMP pdfkit cannot write.
import type { DocumentMeta } from '../layout/types.js';
import { buildXmp } from './xmp.js';

/**
 * Fixed so that two builds of the same sources give the same bytes (the /ID hashes the info dictionary).
 * Bump by hand when the writer changes in a way that matters to someone reading the file.
 */
export const PRODUCER = 'Chaîne de publication TECH.GOUV (pdfkit 0.17.2)';

/**
 * PDF/A-2 conformance level A, not B: level A additionally requires a complete logical structure,
 * Unicode mapping for all text and the natural language — all of which PDF/UA-1 demands anyway and
 * `npm run check:pdf` verifies on every build, so claiming A costs nothing and says more to archivists.
 */
export const PDFA_SUBSET = 'PDF/A-2a';
export const PDFUA_PART = 1;

/** ISO date or date-time → Date; a date-time without a zone is read as UTC so the machine's `TZ` never leaks in. */
export function documentDate(iso: string): Date {
  const hasTime = /T\d/.test(iso);
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(iso);
  const date = new Date(hasTime && !hasZone ? `${iso}Z` : iso);
  if (Number.isNaN(date.getTime())) throw new Error(`Date du document invalide : « ${iso} » (attendu : AAAA-MM-JJ ou date ISO 8601).`);
  // PDF and XMP dates have a one-second resolution; dropping milliseconds keeps info and XMP identical.
  date.setUTCMilliseconds(0);
  return date;
}

/** The options to pass to `new PDFDocument(...)`. */
export function pdfkitOptions(meta: DocumentMeta) {
  const date = documentDate(meta.date);
  return {
    pdfVersion: '1.7' as const,
    tagged: true,
    lang: meta.lang || 'fr-FR',
    displayTitle: true,
    subset: PDFA_SUBSET as 'PDF/A-2a',
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Keywords: meta.keywords.join(', '),
      Creator: meta.creator,
      Producer: PRODUCER,
      CreationDate: date,
      ModDate: date,
    },
    autoFirstPage: false,
    // Keeps every page open until `end()`, so the renderer may come back to a page (links, footers)
    // in any order; the brochure is a few dozen pages, so memory is not a concern.
    bufferPages: true,
    compress: true,
  };
}

/** The pdfkit internals we replace; pdfkit 0.17.2 (`js/pdfkit.js`, MetadataMixin and PDFA subset). */
interface PdfkitInternals {
  info: Record<string, string | Date | undefined>;
  version: number;
  subset?: number;
  subset_conformance?: string;
  _root: { data: Record<string, unknown> };
  ref(data: Record<string, unknown>): { compress: boolean; write(chunk: Uint8Array): void; end(): void };
  endMetadata(): void;
  _addPdfaMetadata(): void;
}

/**
 * Call right after `new PDFDocument(pdfkitOptions(meta))`. pdfkit writes its XMP with values
 * unescaped, `pdf:Producer` set to the Creator, no ModifyDate and a single standard; we replace
 * its metadata step by one packet declaring both PDF/A-2 and PDF/UA-1, built from `doc.info` at
 * `end()` so the info dictionary and the XMP cannot disagree.
 */
export function applyStandards(doc: object, meta: DocumentMeta): void {
  const d = doc as PdfkitInternals;
  if (d.version < 1.7) throw new Error('applyStandards : le document doit être créé avec pdfVersion 1.7 (pdfkitOptions).');
  if (d.subset !== 2) throw new Error('applyStandards : le document doit être créé avec subset PDF/A-2 (pdfkitOptions).');
  const lang = meta.lang || 'fr-FR';
  // pdfkit appends its own pdfaid block during endSubset(); ours is part of the single packet below.
  d._addPdfaMetadata = () => {};
  d.endMetadata = function endMetadata(this: PdfkitInternals) {
    const text = (key: string) => {
      const v = this.info[key];
      return typeof v === 'string' ? v : undefined;
    };
    const created = this.info.CreationDate as Date;
    const modified = (this.info.ModDate as Date | undefined) ?? created;
    const xml = buildXmp({
      title: text('Title') ?? '',
      author: text('Author'),
      subject: text('Subject'),
      keywords: text('Keywords'),
      creator: text('Creator') ?? '',
      producer: text('Producer') ?? '',
      createDate: created,
      modifyDate: modified,
      lang,
      pdfaPart: this.subset ?? 2,
      pdfaConformance: (this.subset_conformance ?? 'A') as 'A' | 'B',
      pdfuaPart: PDFUA_PART,
    });
    const ref = this.ref({ Type: 'Metadata', Subtype: 'XML' });
    // Left uncompressed so that file-level tools (and people) can read the declarations directly.
    ref.compress = false;
    ref.write(Buffer.from(xml, 'utf8'));
    ref.end();
    this._root.data.Metadata = ref;
  };
}

/** What the renderer needs to produce a PDF/A-2 + PDF/UA-1 file, handed to it by the pipeline (render does not import finish). */
export interface PdfStandards {
  /** Options for `new PDFDocument(...)`. */
  options: ReturnType<typeof pdfkitOptions>;
  /** Called on the new document, before anything is drawn. */
  apply(doc: object): void;
}

export function pdfStandards(meta: DocumentMeta): PdfStandards {
  return { options: pdfkitOptions(meta), apply: (doc) => applyStandards(doc, meta) };
}
