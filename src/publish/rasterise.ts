// The one rasteriser of finished PDF pages (pdfjs + @napi-rs/canvas): the thumbnail and the visual tests both use it.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';

export interface RasterPage {
  width: number;
  height: number;
  /** Premultiplication-free RGBA, row-major, `width * height * 4` bytes. */
  rgba: Uint8ClampedArray;
  /** Kept so callers can encode (`canvas.encode('png')`) without copying pixels back. */
  canvas: Canvas;
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsPromise: Promise<Pdfjs> | undefined;

/** pdfjs costs tens of milliseconds to import and pulls its worker in: only runs that rasterise pay for it. */
export function loadPdfjs(): Promise<Pdfjs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

/** pdfjs on Node reads its data files from plain paths; trailing slashes are required by its factories. */
function pdfjsDataDir(sub: string): string {
  const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return path.join(path.dirname(pkg), sub) + path.sep;
}

/**
 * Renders one page (1-based) at `widthPx` device pixels wide, height following the page's aspect ratio, on white.
 *
 * `disableFontFace: true` is required: with FontFace (the default) pdfjs hands the embedded TrueType subsets to
 * @napi-rs/canvas by family name, which it cannot resolve, and every glyph draws as an empty box. With it, pdfjs
 * draws glyph outlines as paths itself, so what we see is exactly what the PDF embeds (no system-font fallback:
 * `useSystemFonts: false`).
 */
export async function rasterisePage(pdf: Uint8Array, pageNumber: number, widthPx: number): Promise<RasterPage> {
  const [page] = await rasterisePages(pdf, [{ pageNumber, widthPx }]);
  return page;
}

export interface RenderRequest {
  pageNumber: number;
  widthPx: number;
}

/**
 * Several renders of one PDF, parsed once (fonts included): the thumbnail's 1× and 2× share the work. `onPage`
 * sees each page as soon as it is drawn, so a caller can start encoding it while the next one renders.
 */
export async function rasterisePages(
  pdf: Uint8Array,
  // A function of the page count when the caller does not know it (a previous edition's PDF): parsed once.
  wanted: readonly RenderRequest[] | ((pageCount: number) => readonly RenderRequest[]),
  onPage?: (page: RasterPage, index: number) => void,
): Promise<RasterPage[]> {
  const check = (requests: readonly RenderRequest[]) => {
    for (const { widthPx } of requests) {
      if (!Number.isInteger(widthPx) || widthPx <= 0) throw new RangeError(`largeur de rendu invalide : ${widthPx}`);
    }
    return requests;
  };
  if (typeof wanted !== 'function') check(wanted);
  // The native canvas is loaded with pdf.js, by the runs that draw: `--check` and the lint import this module too.
  // require, not import(): importing a CommonJS package from ESM first scans its source for export names.
  const [pdfjs, { createCanvas }] = await Promise.all([loadPdfjs(), createRequire(import.meta.url)('@napi-rs/canvas') as typeof import('@napi-rs/canvas')]);
  const doc = await pdfjs.getDocument({
    // pdfjs transfers (detaches) the buffer it is given: hand it a copy so the caller's bytes stay usable.
    data: pdf.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    standardFontDataUrl: pdfjsDataDir('standard_fonts'),
    cMapUrl: pdfjsDataDir('cmaps'),
    cMapPacked: true,
    wasmUrl: pdfjsDataDir('wasm'),
    iccUrl: pdfjsDataDir('iccs'),
    verbosity: 0,
  }).promise;
  try {
    const requests = typeof wanted === 'function' ? check(wanted(doc.numPages)) : wanted;
    const out: RasterPage[] = [];
    // One after the other: pdfjs runs on this thread, so concurrent renders would only interleave.
    for (const { pageNumber, widthPx } of requests) {
      if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > doc.numPages) {
        throw new RangeError(`page ${pageNumber} absente : le PDF a ${doc.numPages} page(s)`);
      }
      const page = await doc.getPage(pageNumber);
      const natural = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: widthPx / natural.width });
      const width = widthPx;
      const height = Math.round(viewport.height);
      const canvas = createCanvas(width, height);
      const context = canvas.getContext('2d');
      // @napi-rs/canvas implements the subset of the DOM canvas pdfjs uses; the DOM types are not in our lib.
      const params = { canvas, canvasContext: context, viewport, background: 'rgb(255,255,255)' };
      await page.render(params as unknown as Parameters<typeof page.render>[0]).promise;
      out.push(rasterPage(width, height, canvas, context));
      onPage?.(out[out.length - 1], out.length - 1);
    }
    return out;
  } finally {
    await doc.destroy();
  }
}

/**
 * The pixels are read back only when asked for: the thumbnail encodes straight from the canvas, and a 2× cover's
 * RGBA copy is 8 MB the worker's peak memory does without.
 */
function rasterPage(width: number, height: number, canvas: Canvas, context: SKRSContext2D): RasterPage {
  let rgba: Uint8ClampedArray | undefined;
  return {
    width,
    height,
    canvas,
    get rgba() {
      rgba ??= context.getImageData(0, 0, width, height).data;
      return rgba;
    },
  };
}
