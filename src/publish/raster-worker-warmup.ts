// A one-page PDF written by hand, for the thumbnail worker to render while the main thread typesets.
import { deflateSync } from 'node:zlib';

/**
 * Built like the brochure's own file (render/): objects in a compressed object stream, a cross-reference stream,
 * Flate content, a Form XObject placed with `Do` and an ExtGState, marked content, and text in an embedded
 * TrueType font (Type0, Identity-H, CIDFontType2, hinting programs) drawn with `TJ`. pdf.js then parses,
 * decompresses, sanitises the font and turns glyphs into paths once, and the canvas fills, strokes and encodes,
 * so all that code is loaded and compiled before the real cover arrives (the cover rendered 108 → 127 ms after
 * the brochure moved to object streams while the warm-up page stayed classic).
 */
export function warmUpPdf(): Uint8Array {
  const W = 60;
  const H = 80;
  const form = deflateSync('0 0 0.57 rg 0 0 10 10 re f /Ca500 gs 1 0 0 RG 0.5 w 0 5 m 3 10 7 10 10 5 c 7 0 3 0 0 5 c h B');
  const content = deflateSync(
    [
      `1 0 0 -1 0 ${H} cm`,
      '/Artifact BMC 0.96 g 0 0 60 30 re f EMC',
      '/P <</MCID 0>> BDC 0.09 g BT 1 0 0 -1 4 26 Tm /F1 24 Tf [<0001> -20 <00020001>] TJ ET EMC',
      '/Figure <</MCID 1>> BDC q 2 0 0 -2 30 60 cm /Fm0 Do Q EMC',
      '0 0 0 RG 0.2 w 5 75 m 55 75 l S',
    ].join('\n'),
  );
  const font = deflateSync(warmUpFont());
  const streams: Record<number, [string, Buffer]> = {
    4: [`/Filter /FlateDecode /Length ${content.length}`, content],
    9: [`/Filter /FlateDecode /Length ${font.length}`, font],
    10: [`/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /ExtGState << /Ca500 << /Type /ExtGState /ca 0.5 >> >> >> /Filter /FlateDecode /Length ${form.length}`, form],
  };
  const packed: Record<number, string> = {
    1: '<< /Type /Catalog /Pages 2 0 R /MarkInfo << /Marked true >> >>',
    2: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    3: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${W} ${H}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /Fm0 10 0 R >> >> >>`,
    5: '<< /Type /Font /Subtype /Type0 /BaseFont /AAAAAA+Warm /Encoding /Identity-H /DescendantFonts [6 0 R] >>',
    6: '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAA+Warm /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /W [0 [500 600 700]] /CIDToGIDMap /Identity >>',
    7: '<< /Type /FontDescriptor /FontName /AAAAAA+Warm /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 0 /FontFile2 9 0 R >>',
  };
  const OBJSTM = 8;
  const XREF = 11;

  const parts: Buffer[] = [];
  let at = 0;
  const put = (s: string | Buffer) => {
    const b = typeof s === 'string' ? Buffer.from(s, 'latin1') : s;
    parts.push(b);
    at += b.length;
  };
  const offsets = new Map<number, number>();
  put('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
  const object = (id: number, dict: string, data: Buffer) => {
    offsets.set(id, at);
    put(`${id} 0 obj\n<< ${dict} >>\nstream\n`);
    put(data);
    put('\nendstream\nendobj\n');
  };
  for (const [id, [dict, data]] of Object.entries(streams)) object(Number(id), dict, data);

  const ids = Object.keys(packed).map(Number);
  let header = '';
  let body = '';
  for (const id of ids) {
    header += `${id} ${body.length} `;
    body += `${packed[id]}\n`;
  }
  const objstm = deflateSync(Buffer.from(header + body, 'latin1'));
  object(OBJSTM, `/Type /ObjStm /N ${ids.length} /First ${header.length} /Filter /FlateDecode /Length ${objstm.length}`, objstm);

  // Cross-reference stream: type, offset or object stream number (2 bytes), generation or index (1 byte).
  offsets.set(XREF, at);
  const rows = Buffer.alloc((XREF + 1) * 4);
  rows.writeUInt8(0, 0);
  rows.writeUInt16BE(0, 1);
  rows.writeUInt8(0xff, 3);
  for (let id = 1; id <= XREF; id++) {
    const i = ids.indexOf(id);
    rows.writeUInt8(i >= 0 ? 2 : 1, id * 4);
    rows.writeUInt16BE(i >= 0 ? OBJSTM : offsets.get(id)!, id * 4 + 1);
    rows.writeUInt8(i >= 0 ? i : 0, id * 4 + 3);
  }
  const xref = deflateSync(rows);
  const xrefAt = at;
  object(XREF, `/Type /XRef /Size ${XREF + 1} /W [1 2 1] /Root 1 0 R /Filter /FlateDecode /Length ${xref.length}`, xref);
  put(`startxref\n${xrefAt}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * A TrueType font of three glyphs (.notdef, a square, a curved diamond with off-curve points), with small fpgm,
 * prep and cvt programs as real subsets carry: enough for pdf.js to run its font sanitiser and glyph compiler.
 */
export function warmUpFont(): Buffer {
  const glyphs = [
    Buffer.alloc(0),
    simpleGlyph([[[100, 0, 1], [100, 700, 1], [500, 700, 1], [500, 0, 1]]]),
    simpleGlyph([[[50, 350, 1], [50, 700, 0], [350, 700, 1], [650, 700, 0], [650, 350, 1], [650, 0, 0], [350, 0, 1], [50, 0, 0]]]),
  ];
  const advances = [500, 600, 700];
  const loca = Buffer.alloc((glyphs.length + 1) * 2);
  let offset = 0;
  glyphs.forEach((g, i) => {
    loca.writeUInt16BE(offset / 2, i * 2);
    offset += g.length;
  });
  loca.writeUInt16BE(offset / 2, glyphs.length * 2);
  const hmtx = Buffer.alloc(glyphs.length * 4);
  advances.forEach((a, i) => hmtx.writeUInt16BE(a, i * 4));

  const head = Buffer.alloc(54);
  head.writeUInt32BE(0x00010000, 0);
  head.writeUInt32BE(0x00010000, 4);
  head.writeUInt32BE(0x5f0f3cf5, 12);
  head.writeUInt16BE(0x000b, 16);
  head.writeUInt16BE(1000, 18);
  head.writeInt16BE(0, 36);
  head.writeInt16BE(0, 38);
  head.writeInt16BE(650, 40);
  head.writeInt16BE(700, 42);
  head.writeUInt16BE(8, 46);
  head.writeInt16BE(2, 48);

  const hhea = Buffer.alloc(36);
  hhea.writeUInt32BE(0x00010000, 0);
  hhea.writeInt16BE(800, 4);
  hhea.writeInt16BE(-200, 6);
  hhea.writeUInt16BE(700, 10);
  hhea.writeInt16BE(650, 16);
  hhea.writeInt16BE(1, 18);
  hhea.writeUInt16BE(glyphs.length, 34);

  const maxp = Buffer.alloc(32);
  maxp.writeUInt32BE(0x00010000, 0);
  [glyphs.length, 8, 1, 0, 0, 2, 0, 0, 1, 0, 16, 3, 0, 0].forEach((v, i) => maxp.writeUInt16BE(v, 4 + i * 2));

  const post = Buffer.alloc(32);
  post.writeUInt32BE(0x00030000, 0);

  return sfnt({
    'cvt ': Buffer.from([0, 50, 0, 100]),
    // PUSHB[0] 0, FDEF, PUSHB[0] 1, POP, ENDF: one function that does nothing.
    fpgm: Buffer.from([0xb0, 0x00, 0x2c, 0xb0, 0x01, 0x21, 0x2d]),
    // PUSHB[0] 0, CALL.
    prep: Buffer.from([0xb0, 0x00, 0x2b]),
    glyf: Buffer.concat(glyphs),
    head,
    hhea,
    hmtx,
    loca,
    maxp,
    post,
  });
}

/** One simple glyph, contours of [x, y, onCurve] points, coordinates as plain 16-bit deltas; padded to even length. */
function simpleGlyph(contours: [number, number, number][][]): Buffer {
  const points = contours.flat();
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const parts: number[] = [];
  const u16 = (v: number) => parts.push((v >> 8) & 0xff, v & 0xff);
  u16(contours.length);
  [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((v) => u16(v & 0xffff));
  let end = -1;
  for (const c of contours) u16((end += c.length));
  u16(0);
  for (const p of points) parts.push(p[2]);
  for (const axis of [0, 1]) points.forEach((p, i) => u16((p[axis] - (i ? points[i - 1][axis] : 0)) & 0xffff));
  if (parts.length % 2) parts.push(0);
  return Buffer.from(parts);
}

/** The sfnt wrapper: table directory (sorted tags, checksums) and 4-byte-aligned tables. */
function sfnt(tables: Record<string, Buffer>): Buffer {
  const tags = Object.keys(tables).sort();
  const n = tags.length;
  const pow = 2 ** Math.floor(Math.log2(n));
  const dir = Buffer.alloc(12 + n * 16);
  dir.writeUInt32BE(0x00010000, 0);
  dir.writeUInt16BE(n, 4);
  dir.writeUInt16BE(pow * 16, 6);
  dir.writeUInt16BE(Math.log2(pow), 8);
  dir.writeUInt16BE(n * 16 - pow * 16, 10);
  const body: Buffer[] = [];
  let offset = dir.length;
  tags.forEach((tag, i) => {
    const data = tables[tag];
    const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
    let sum = 0;
    for (let j = 0; j < padded.length; j += 4) sum = (sum + padded.readUInt32BE(j)) >>> 0;
    dir.write(tag, 12 + i * 16, 'latin1');
    dir.writeUInt32BE(sum, 16 + i * 16);
    dir.writeUInt32BE(offset, 20 + i * 16);
    dir.writeUInt32BE(data.length, 24 + i * 16);
    body.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([dir, ...body]);
}
