// The thumbnail's worker thread: loads pdf.js and the canvas at launch, then encodes the cover it is sent.
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { encodeCover, type EncodedCover } from './thumbnails.js';
import { loadPdfjs } from './rasterise.js';

/** Main thread → worker. The PDF is a copy transferred to this thread. */
export interface CoverRequest {
  pdf: Uint8Array;
  widthPx: number;
}

/** Worker → main thread: the encoded cover, or the error rendering it threw (its message is the user's). */
export type CoverReply = { ok: true; cover: EncodedCover } | { ok: false; name: string; message: string; stack?: string };

const port = parentPort;
if (!port) throw new Error('raster-worker.ts se lance dans un worker_thread, pas directement');

// Loaded while the main thread loads and typesets. No warm-up drawing: page 1 arrives as soon as it is laid out
// (src/build.ts, onCover), ≈ 0.2 s after launch with a warm build cache, and found the thread still busy drawing a
// warm-up page (docs/performance.md, "Ablation"). A failed load is not fatal: the real render reports it.
const warm = (async () => {
  createRequire(import.meta.url)('@napi-rs/canvas');
  await loadPdfjs();
})().catch(() => undefined);

port.on('message', async ({ pdf, widthPx }: CoverRequest) => {
  await warm;
  let reply: CoverReply;
  try {
    reply = { ok: true, cover: await encodeCover(pdf, widthPx) };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    reply = { ok: false, name: err.name, message: err.message, stack: err.stack };
  }
  const transfer = reply.ok ? [reply.cover.png.buffer, reply.cover.png2x.buffer, reply.cover.webp.buffer] : [];
  port.postMessage(reply, transfer as ArrayBuffer[]);
});
