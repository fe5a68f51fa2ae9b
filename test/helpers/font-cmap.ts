// Makes a font that lacks characters: the same TrueType file with a character map (cmap) that keeps only some of
// its code points. Tests of « a font without French letters » derive it from Marianne rather than commit a binary.
import * as fontkit from 'fontkit';

/** `font` with a cmap (format 12) mapping only the code points `keep` accepts, to the glyphs they had. */
export function keepCodePoints(font: Uint8Array, keep: (cp: number) => boolean): Uint8Array {
  const parsed = fontkit.create(Buffer.from(font)) as fontkit.Font;
  const groups = parsed.characterSet.filter(keep).map((cp) => [cp, parsed.glyphForCodePoint(cp).id] as const);
  const sub = new DataView(new ArrayBuffer(16 + 12 * groups.length));
  sub.setUint16(0, 12);
  sub.setUint32(4, sub.byteLength);
  sub.setUint32(12, groups.length);
  groups.forEach(([cp, gid], i) => {
    sub.setUint32(16 + 12 * i, cp);
    sub.setUint32(20 + 12 * i, cp);
    sub.setUint32(24 + 12 * i, gid);
  });
  const cmap = new Uint8Array(12 + sub.byteLength);
  const head = new DataView(cmap.buffer);
  head.setUint16(2, 1); // one encoding record: Windows (3), UCS-4 (10), at offset 12
  head.setUint16(4, 3);
  head.setUint16(6, 10);
  head.setUint32(8, 12);
  cmap.set(new Uint8Array(sub.buffer), 12);

  // The new table goes at the end of the file (4-byte aligned); the table record of « cmap » points to it.
  const start = Math.ceil(font.length / 4) * 4;
  const out = new Uint8Array(start + cmap.length);
  out.set(font);
  out.set(cmap, start);
  const view = new DataView(out.buffer);
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + 16 * i;
    if (String.fromCharCode(...out.subarray(record, record + 4)) !== 'cmap') continue;
    view.setUint32(record + 8, start);
    view.setUint32(record + 12, cmap.length);
    return out;
  }
  throw new Error('no cmap table');
}
