// The page's `une` image (the site's header and listing-card picture): the cover, whole, on a landscape field.
import { createRequire } from 'node:module';
import type { Canvas } from '@napi-rs/canvas';

/**
 * Size and format, from the site's sources (numerique-gouv/numerique.gouv.fr; docs/website-contract.md):
 * - JPEG, like the `une` images the publication pages reference (`/uploads/Publication_TECHGOUV_une.jpg`);
 * - landscape 16:9: the listing card shows `une-ou-diaporama[0].image` in a 13rem-high box a third of the 75rem grid
 *   wide (≈ 1.8:1), the `rgaa` layout shows `une.image` across the page; both crop with `object-fit: cover`, centred;
 * - 1200 px wide: the page's width on a large screen, drawn from the 2× cover render (849 px tall) without upscaling.
 * The portrait cover is drawn whole in the middle, so no crop down to the cover's own 1:1.41 cuts into it.
 */
export const UNE_WIDTH = 1200;
export const UNE_HEIGHT = 675;
/** Cover height on the field: 90 % of it, the rest is margin. */
const COVER_SHARE = 0.9;
/** blue-france-950 (design system), the brochure's tinted background: the white cover stands out on it. */
const FIELD = '#ECECFE';
/** grey-925: the cover's edge where its white meets the field. */
const EDGE = '#E5E5E5';
const UNE_JPEG_QUALITY = 85;

/** Draws `cover` (page 1 rendered at 2×) centred on the field and encodes it (JPEG, UNE_WIDTH × UNE_HEIGHT). Same cover, same bytes. */
export async function encodeUne(cover: Canvas): Promise<Uint8Array> {
  // require, as rasterise.ts does: the canvas is already loaded in this thread by the cover's render.
  const { createCanvas } = createRequire(import.meta.url)('@napi-rs/canvas') as typeof import('@napi-rs/canvas');
  const canvas = createCanvas(UNE_WIDTH, UNE_HEIGHT);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = FIELD;
  ctx.fillRect(0, 0, UNE_WIDTH, UNE_HEIGHT);
  const h = Math.round(UNE_HEIGHT * COVER_SHARE);
  const w = Math.round((cover.width * h) / cover.height);
  const x = Math.round((UNE_WIDTH - w) / 2);
  const y = Math.round((UNE_HEIGHT - h) / 2);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(cover, x, y, w, h);
  ctx.strokeStyle = EDGE;
  ctx.lineWidth = 1;
  ctx.strokeRect(x - 0.5, y - 0.5, w + 1, h + 1);
  return new Uint8Array(await canvas.encode('jpeg', UNE_JPEG_QUALITY));
}
