// Loads pdfkit 0.17.2 with what its module-level `require`s get adjusted for a cold run: the fontkit it parses
// fonts with answers the typesetter's faces, and dependencies a brochure never reaches load only if reached.
//
// Why: `require('pdfkit')` cost ~23 ms cold, ~13 of them crypto-js (every cipher and hash, for one MD5 of the
// info dictionary: the file /ID), a few more linebreak, png-js and jpeg-exif (text wrapping and raster images,
// which the renderer does not use). Then pdfkit parsed each font file a second time and decoded again the tables
// the typesetter had decoded (~20 ms). Whatever is reached still works: a stand-in loads the real module on
// first use, so bytes are the same either way (test/render/pdfkit-loader.test.ts).
import { createHash } from 'node:crypto';
import Module, { createRequire } from 'node:module';
import type { Font } from 'fontkit';

const nodeRequire = createRequire(import.meta.url);

/** Font buffers handed to pdfkit (`registerFont`) → the typesetter's face parsed from the same bytes. */
const parsedFaces = new WeakMap<Uint8Array, Font>();

/** pdfkit then opens `buffer` as `face` instead of parsing it again (only when this module loaded pdfkit). */
export function shareParsedFace(buffer: Uint8Array, face: Font): void {
  parsedFaces.set(buffer, face);
}

type Required = (id: string) => unknown;

/** A module loaded on first use: property reads, calls and `new` reach the real one. */
function lazy(load: () => unknown): unknown {
  let real: unknown;
  const get = () => (real ??= load()) as object;
  // A function target, so that `new` and calls can be forwarded as well as property reads.
  return new Proxy(function stand() {}, {
    get: (_, p) => Reflect.get(get(), p),
    apply: (_, self, args) => Reflect.apply(get() as (...a: unknown[]) => unknown, self, args),
    construct: (_, args) => Reflect.construct(get() as new (...a: unknown[]) => object, args),
  });
}

/** crypto-js's MD5 of a string, as the WordArray (big-endian words) pdfkit turns back into bytes for the /ID. */
function md5WordArray(text: string): { words: number[]; sigBytes: number } {
  const digest = createHash('md5').update(text, 'utf8').digest();
  return { words: [0, 4, 8, 12].map((i) => digest.readInt32BE(i)), sigBytes: 16 };
}

/** What pdfkit's own `require(id)` returns instead of the module; undefined: the module itself. */
function standIn(id: string, original: Required): unknown {
  switch (id) {
    case 'fontkit': {
      const fontkit = original(id) as { create(buffer: Uint8Array, postscriptName?: string): Font };
      return new Proxy(fontkit, {
        get: (target, p) =>
          p === 'create'
            ? (buffer: Uint8Array, postscriptName?: string) => (postscriptName == null && parsedFaces.get(buffer)) || target.create(buffer, postscriptName)
            : Reflect.get(target, p),
      });
    }
    case 'crypto-js': {
      const real = lazy(() => original(id)) as Record<string | symbol, unknown>;
      // Encryption (which the renderer refuses, see object-streams.ts) would hash WordArrays: the real MD5 then.
      const md5 = (input: unknown, ...rest: unknown[]) => (typeof input === 'string' && rest.length === 0 ? md5WordArray(input) : (real.MD5 as (...a: unknown[]) => unknown)(input, ...rest));
      return new Proxy(real, { get: (target, p) => (p === 'MD5' ? md5 : Reflect.get(target, p)) });
    }
    case 'linebreak':
    case 'jpeg-exif':
    case 'png-js':
      return lazy(() => original(id));
    default:
      return undefined;
  }
}

/**
 * pdfkit's PDFDocument class; the stand-ins apply if this is what loads it first in the process. `require`, not
 * `import()`: importing a CommonJS module from ESM first scans its 190 KB source for named exports
 * (cjs-module-lexer), measured 32 ms against 5 ms cold.
 */
export function loadPdfkit<T>(): T {
  const file = nodeRequire.resolve('pdfkit');
  if (nodeRequire.cache[file]) return nodeRequire(file) as T;
  const proto = Module.prototype as unknown as { require: Required };
  const original = proto.require;
  proto.require = function (this: { filename?: string }, id: string) {
    const own = (i: string) => original.call(this, i);
    return (this.filename === file && standIn(id, own)) || own(id);
  };
  try {
    return nodeRequire(file) as T;
  } finally {
    proto.require = original;
  }
}
