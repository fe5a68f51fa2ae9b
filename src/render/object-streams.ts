// Writes pdfkit's plain dictionaries into compressed object streams and ends the file with a cross-reference stream (PDF 1.5).
import { deflateSync } from 'node:zlib';

/**
 * Objects per object stream. Bigger streams compress better; a reader decompresses a whole stream to reach one
 * object, and a few hundred small dictionaries are a few tens of KB, so the cost of that stays negligible.
 */
const OBJECTS_PER_STREAM = 1000;

/** pdfkit 0.17.2's PDFReference (`js/pdfkit.js`): a stream when something was written into its buffer. */
interface Ref {
  id: number;
  data: unknown;
  offset: number;
  buffer: Buffer[] | Buffer;
  document: Doc;
  finalize(): void;
}

/** pdfkit 0.17.2's PDFDocument internals that end the file. */
interface Doc {
  _root: Ref;
  _info: Ref;
  _id: Buffer;
  _offset: number;
  _offsets: (number | null)[];
  _security?: unknown;
  _write(data: string | Buffer): void;
  _refEnd(ref: Ref): void;
  _finalize(): void;
  push(chunk: null): void;
  [PACKER]?: Packer;
}

const PACKER = Symbol('object-stream packer');
const PATCHED = Symbol('object-stream finalize');

interface Packer {
  /** Serialised objects (pdfkit's own serialisation) in the order they ended, by group (see `groupOf`). */
  groups: Record<Group, { id: number; body: string }[]>;
}

type Group = 'drawing' | 'navigation';

/** Types of objects a viewer never reads to draw a page (structure, links, outline). */
const NAVIGATION_TYPES = new Set(['StructTreeRoot', 'StructElem', 'OBJR', 'MCR', 'Annot', 'Outlines']);

/**
 * A viewer parses a whole object stream to reach one object of it: the few dozen objects that drawing a page needs
 * (catalog, page tree, pages, resources, fonts) get streams of their own, away from the hundreds of structure
 * elements, link annotations and outline items, which only assistive technology, links and bookmarks read.
 * A wrong guess costs a little parsing time, never correctness.
 */
function groupOf(data: unknown): Group {
  if (data instanceof String || data instanceof Date) return 'navigation'; // the info dictionary's values
  if (!data || typeof data !== 'object') return 'drawing';
  const d = data as Record<string, unknown>;
  if (typeof d.Type === 'string' && NAVIGATION_TYPES.has(d.Type)) return 'navigation';
  // Structure elements (/S role and /P parent), actions (/S GoTo, URI), outline items (/Title), the name tree of destinations.
  if ('S' in d || 'Title' in d || 'Dests' in d || ('First' in d && 'Last' in d)) return 'navigation';
  return 'drawing';
}

/**
 * Call on a new pdfkit document, before `end()`. Every non-stream object then goes into an `/ObjStm`
 * (streams never may), and the classic `xref` table and `trailer` become one `/XRef` stream whose dictionary
 * keeps `/Root`, `/Info` and `/ID` (PDF/A-2 6.1.3). The header must say 1.5 or more; there must be no encryption.
 */
export function useObjectStreams(doc: object): void {
  const d = doc as Doc;
  if (d._security) throw new Error('useObjectStreams : un document chiffré ne peut pas ranger son dictionnaire de chiffrement dans un flux d’objets.');
  patchFinalize(Object.getPrototypeOf(d._root) as Ref & { [PATCHED]?: true });
  d[PACKER] = { groups: { drawing: [], navigation: [] } };
  d._finalize = function finalize(this: Doc) {
    writeTail(this, this[PACKER]!);
  };
}

/** Patched once on pdfkit's PDFReference class; documents that did not opt in keep pdfkit's behaviour. */
function patchFinalize(proto: Ref & { [PATCHED]?: true }): void {
  if (proto[PATCHED]) return;
  const original = proto.finalize;
  proto.finalize = function finalize(this: Ref) {
    const doc = this.document;
    const packer = doc[PACKER];
    if (!packer || this.buffer.length) return original.call(this);
    // pdfkit's serialiser is not exported: let it write, into a list instead of the file.
    const written: string[] = [];
    doc._write = (data) => void written.push(String(data));
    doc._refEnd = () => {};
    try {
      original.call(this);
    } finally {
      delete (doc as Partial<Doc>)._write;
      delete (doc as Partial<Doc>)._refEnd;
    }
    // [`N 0 obj`, dictionary, `endobj`]
    packer.groups[groupOf(this.data)].push({ id: this.id, body: written[1] });
    doc._refEnd(this);
  };
  proto[PATCHED] = true;
}

function bytesFor(n: number): number {
  let b = 1;
  while (n >= 2 ** (8 * b)) b++;
  return b;
}

function writeTail(doc: Doc, packer: Packer): void {
  /** Object number → [object stream number, index] for packed objects. */
  const packed = new Map<number, [number, number]>();
  let nextId = doc._offsets.length + 1;
  const streamOffsets = new Map<number, number>();
  const chunks = Object.values(packer.groups).flatMap((bodies) =>
    Array.from({ length: Math.ceil(bodies.length / OBJECTS_PER_STREAM) }, (_, i) => bodies.slice(i * OBJECTS_PER_STREAM, (i + 1) * OBJECTS_PER_STREAM)),
  );
  for (const chunk of chunks) {
    const id = nextId++;
    const header: string[] = [];
    let at = 0;
    chunk.forEach(({ id: objId, body }, i) => {
      header.push(`${objId} ${at}`);
      packed.set(objId, [id, i]);
      at += Buffer.byteLength(body, 'latin1') + 1;
    });
    const head = `${header.join(' ')}\n`;
    const data = deflateSync(Buffer.from(head + chunk.map((c) => `${c.body}\n`).join(''), 'latin1'));
    streamOffsets.set(id, doc._offset);
    doc._write(`${id} 0 obj`);
    doc._write(`<<\n/Type /ObjStm\n/N ${chunk.length}\n/First ${Buffer.byteLength(head, 'latin1')}\n/Filter /FlateDecode\n/Length ${data.length}\n>>`);
    doc._write('stream');
    doc._write(data);
    doc._write('\nendstream');
    doc._write('endobj');
  }

  const xrefId = nextId++;
  const xrefOffset = doc._offset;
  const size = nextId;
  const offsetOf = (id: number) => streamOffsets.get(id) ?? (id === xrefId ? xrefOffset : doc._offsets[id - 1]!);
  let maxField2 = 0;
  let maxField3 = 0xffff;
  for (let id = 1; id < size; id++) {
    const p = packed.get(id);
    maxField2 = Math.max(maxField2, p ? p[0] : offsetOf(id));
    if (p) maxField3 = Math.max(maxField3, p[1]);
  }
  const w = [1, bytesFor(maxField2), bytesFor(maxField3)];
  const rowLength = w[0] + w[1] + w[2];
  const table = Buffer.alloc(size * rowLength);
  const put = (row: number, type: number, f2: number, f3: number) => {
    let at = row * rowLength;
    table[at++] = type;
    for (let i = w[1] - 1; i >= 0; i--) table[at++] = Math.floor(f2 / 2 ** (8 * i)) & 0xff;
    for (let i = w[2] - 1; i >= 0; i--) table[at++] = Math.floor(f3 / 2 ** (8 * i)) & 0xff;
  };
  put(0, 0, 0, 0xffff);
  for (let id = 1; id < size; id++) {
    const p = packed.get(id);
    if (p) put(id, 2, p[0], p[1]);
    else put(id, 1, offsetOf(id), 0);
  }
  const data = deflateSync(table);
  const fileId = `<${doc._id.toString('hex')}>`;
  doc._write(`${xrefId} 0 obj`);
  doc._write(
    `<<\n/Type /XRef\n/Size ${size}\n/W [${w.join(' ')}]\n/Root ${doc._root.id} 0 R\n/Info ${doc._info.id} 0 R\n/ID [${fileId} ${fileId}]\n/Filter /FlateDecode\n/Length ${data.length}\n>>`,
  );
  doc._write('stream');
  doc._write(data);
  doc._write('\nendstream');
  doc._write('endobj');
  doc._write('startxref');
  doc._write(`${xrefOffset}`);
  doc._write('%%EOF');
  doc.push(null);
}
