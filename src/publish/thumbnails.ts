// The cover thumbnail: page 1 of the finished PDF at 1× and 2× (PNG) and 1× (WebP), named after the config.
import { outputNames, type Config } from '../config.js';
import type { Diagnostic } from '../diagnostics.js';
import { rasterisePages } from './rasterise.js';

export interface Thumbnail {
  name: string;
  bytes: Uint8Array;
  mediaType: 'image/png' | 'image/webp';
  width: number;
  height: number;
  density: 1 | 2;
}

export interface Thumbnails {
  /** In publishing order: PNG 1×, PNG 2×, WebP 1×. The first one is the page's `vignette_url`. */
  files: Thumbnail[];
  diagnostics: Diagnostic[];
}

/** Quality 85 keeps the cover's flat blues and small text clean at a third of the PNG's weight. */
export const WEBP_QUALITY = 85;
/** The web page loads the 1× PNG eagerly above the fold: keep it light. */
export const PNG_1X_MAX_BYTES = 150 * 1024;

/** The three files of a thumbnail base name (an edition's `OutputNames.thumbnail`). */
export function thumbnailNames(base: string): { png: string; png2x: string; webp: string } {
  return { png: `${base}.png`, png2x: `${base}@2x.png`, webp: `${base}.webp` };
}

/** The cover, encoded: what a worker thread hands back (plain bytes and sizes, no canvas). */
export interface EncodedCover {
  png: Uint8Array;
  png2x: Uint8Array;
  webp: Uint8Array;
  one: { width: number; height: number };
  two: { width: number; height: number };
}

/** Something that encodes the cover elsewhere (the worker thread); `undefined` means "do it yourself". */
export interface CoverRasteriser {
  encodeCover(pdf: Uint8Array, widthPx: number): Promise<EncodedCover | undefined>;
  /** Stops the worker; idempotent. */
  close(): Promise<void>;
}

/** Page 1 at `widthPx` and twice that, PNG both and WebP the 1×: the one recipe, in-process or in the worker. */
export async function encodeCover(pdf: Uint8Array, widthPx: number): Promise<EncodedCover> {
  let png2x: Promise<Buffer> | undefined;
  // Two renders rather than one downscale: pdfjs draws text and rules crisply at each target size. The 2× first:
  // its PNG, the longest encoding, runs on libuv's thread pool while pdf.js draws the 1× (≈ 40 ms saved).
  const [two, one] = await rasterisePages(
    pdf,
    [
      { pageNumber: 1, widthPx: widthPx * 2 },
      { pageNumber: 1, widthPx },
    ],
    (page, i) => {
      if (i === 0) png2x = page.canvas.encode('png');
    },
  );
  const [png, png2xBytes, webp] = await Promise.all([one.canvas.encode('png'), png2x!, one.canvas.encode('webp', WEBP_QUALITY)]);
  return {
    png: new Uint8Array(png),
    png2x: new Uint8Array(png2xBytes),
    webp: new Uint8Array(webp),
    one: { width: one.width, height: one.height },
    two: { width: two.width, height: two.height },
  };
}

/** `base`: the edition's thumbnail name (default: the config's pattern without an edition). */
export async function makeThumbnails(pdf: Uint8Array, config: Config, rasteriser?: CoverRasteriser, base = outputNames(config, { date: '', page: '' }).thumbnail): Promise<Thumbnails> {
  const names = thumbnailNames(base);
  const start = performance.now();
  const { png, png2x, webp, one, two } =
    (await rasteriser?.encodeCover(pdf, config.thumbnailWidth)) ?? (await encodeCover(pdf, config.thumbnailWidth));
  const files: Thumbnail[] = [
    { name: names.png, bytes: png, mediaType: 'image/png', width: one.width, height: one.height, density: 1 },
    { name: names.png2x, bytes: png2x, mediaType: 'image/png', width: two.width, height: two.height, density: 2 },
    { name: names.webp, bytes: webp, mediaType: 'image/webp', width: one.width, height: one.height, density: 1 },
  ];
  // Read by the CLI's `BROCHURE_TIMINGS=json` line (the bench); the measure lives in the global timeline only.
  performance.clearMeasures('thumbnail');
  performance.measure('thumbnail', { start });
  const diagnostics: Diagnostic[] = [];
  if (png.length > PNG_1X_MAX_BYTES) {
    diagnostics.push({
      severity: 'warning',
      code: 'vignette-trop-lourde',
      message: `la vignette ${names.png} pèse ${Math.ceil(png.length / 1024)} Ko, au-delà des ${PNG_1X_MAX_BYTES / 1024} Ko prévus pour la page web`,
      hint: 'allégez la couverture (aplats plutôt que dégradés ou photos)',
    });
  }
  return { files, diagnostics };
}
