// The cover thumbnail: page 1 of the finished PDF at 1× and 2× (PNG), named after the edition, and the page's `une` image.
import { outputNames, type Config } from '../config.js';
import type { Diagnostic } from '../diagnostics.js';
import { rasterisePages } from './rasterise.js';
import { encodeUne, UNE_HEIGHT, UNE_WIDTH } from './une-image.js';

export interface Thumbnail {
  name: string;
  bytes: Uint8Array;
  mediaType: 'image/png';
  width: number;
  height: number;
  density: 1 | 2;
}

export interface Thumbnails {
  /** In publishing order: PNG 1×, PNG 2×. The page shows the first with the second as its `srcset` 2×. */
  files: Thumbnail[];
  /** The page's `une` (front matter `une.image`), drawn from the 2× render; publish names it (`OutputNames.une`). */
  une: { bytes: Uint8Array; mediaType: 'image/jpeg'; width: number; height: number };
  diagnostics: Diagnostic[];
}

/** The web page loads the 1× PNG eagerly above the fold: keep it light. */
export const PNG_1X_MAX_BYTES = 150 * 1024;

/** The two files of a thumbnail base name (an edition's `OutputNames.thumbnail`). */
export function thumbnailNames(base: string): { png: string; png2x: string } {
  return { png: `${base}.png`, png2x: `${base}@2x.png` };
}

/** The cover, encoded: what a worker thread hands back (plain bytes and sizes, no canvas). */
export interface EncodedCover {
  png: Uint8Array;
  png2x: Uint8Array;
  une: Uint8Array;
  one: { width: number; height: number };
  two: { width: number; height: number };
}

/** Something that encodes the cover elsewhere (the worker thread); `undefined` means "do it yourself". */
export interface CoverRasteriser {
  encodeCover(pdf: Uint8Array, widthPx: number): Promise<EncodedCover | undefined>;
  /** Stops the worker; idempotent. */
  close(): Promise<void>;
}

/** Page 1 at `widthPx` and twice that, PNG both, and the `une` from the 2×: the one recipe, in-process or in the worker. */
export async function encodeCover(pdf: Uint8Array, widthPx: number): Promise<EncodedCover> {
  let png2x: Promise<Buffer> | undefined;
  let une: Promise<Uint8Array> | undefined;
  // Two renders rather than one downscale: pdfjs draws text and rules crisply at each target size. The 2× first:
  // its PNG, the longest encoding, runs on libuv's thread pool while pdf.js draws the 1× (≈ 40 ms saved).
  const [two, one] = await rasterisePages(
    pdf,
    [
      { pageNumber: 1, widthPx: widthPx * 2 },
      { pageNumber: 1, widthPx },
    ],
    (page, i) => {
      if (i === 0) {
        png2x = page.canvas.encode('png');
        une = encodeUne(page.canvas);
      }
    },
  );
  const [png, png2xBytes, uneBytes] = await Promise.all([one.canvas.encode('png'), png2x!, une!]);
  return {
    png: new Uint8Array(png),
    png2x: new Uint8Array(png2xBytes),
    une: uneBytes,
    one: { width: one.width, height: one.height },
    two: { width: two.width, height: two.height },
  };
}

/** The cover from `rasteriser` (a worker, a kept cover), or drawn here when there is none or it gives up. */
export async function coverFrom(rasteriser: CoverRasteriser | undefined, pdf: Uint8Array, widthPx: number): Promise<EncodedCover> {
  return (await rasteriser?.encodeCover(pdf, widthPx)) ?? (await encodeCover(pdf, widthPx));
}

/** `base`: the edition's thumbnail name (default: the config's pattern without an edition). */
export async function makeThumbnails(pdf: Uint8Array, config: Config, rasteriser?: CoverRasteriser, base = outputNames(config, { date: '', page: '' }).thumbnail): Promise<Thumbnails> {
  const names = thumbnailNames(base);
  const start = performance.now();
  const { png, png2x, une, one, two } = await coverFrom(rasteriser, pdf, config.thumbnailWidth);
  const files: Thumbnail[] = [
    { name: names.png, bytes: png, mediaType: 'image/png', width: one.width, height: one.height, density: 1 },
    { name: names.png2x, bytes: png2x, mediaType: 'image/png', width: two.width, height: two.height, density: 2 },
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
  return { files, une: { bytes: une, mediaType: 'image/jpeg', width: UNE_WIDTH, height: UNE_HEIGHT }, diagnostics };
}
