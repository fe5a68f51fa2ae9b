// The cover thumbnail of a watch session, drawn again only when page 1 can look different.
//
// What pdf.js draws for page 1 depends on page 1's positioned items, the glyph outlines of the fonts, the vector
// assets it shows and the thumbnail's width: nothing else in the PDF (other pages, the structure tree, the subset's
// glyph numbering) changes a pixel of it. Most edits (a status, a sentence inside) leave the cover alone and save
// its rasterisation (≈ 100 ms in a warm process). test/watch/cover-reuse.test.ts checks the reused bytes are those
// a fresh rasterisation gives.
import { createHash } from 'node:crypto';
import type { BuildResult } from '../build.js';
import { fontSignature } from '../load/font-hashes.js';
import { coverFrom, type CoverRasteriser, type EncodedCover } from '../publish/thumbnails.js';

/** Everything page 1's pixels depend on, hashed. */
export function coverKey(built: BuildResult): string {
  const page = built.layout.paged.pages[0];
  const h = createHash('sha256').update(JSON.stringify(page));
  h.update(fontSignature(built.fontHashes));
  const assets = new Set<string>();
  for (const item of page?.items ?? []) if (item.kind === 'vector') assets.add(item.asset);
  for (const a of [...assets].sort()) h.update(a).update(JSON.stringify(built.assets.get(a) ?? null));
  return h.digest('hex');
}

export class CoverReuse {
  private last: { key: string; cover: EncodedCover } | undefined;
  /** Rasterisations skipped so far (tests and the log). */
  reused = 0;

  /**
   * `rasteriser`: the CLI's worker thread, kept for the session. pdf.js's legacy build replaces built-ins of the
   * process that loads it with core-js's (Array.prototype.push, JSON.stringify and JSON.parse among them, about
   * twice slower): drawn in this thread, the first cover slowed every later rebuild. In-process when there is
   * no worker, or when it fails.
   */
  constructor(private readonly rasteriser?: CoverRasteriser) {}

  /** A rasteriser for one publication of `built`: the last cover when its key is unchanged, else a fresh one. */
  for(built: BuildResult): CoverRasteriser {
    const key = coverKey(built);
    return {
      encodeCover: async (pdf, widthPx) => {
        const k = `${key}/${widthPx}`;
        if (this.last?.key === k) {
          this.reused++;
          return this.last.cover;
        }
        const cover = await coverFrom(this.rasteriser, pdf, widthPx);
        this.last = { key: k, cover };
        return cover;
      },
      close: async () => {},
    };
  }
}
