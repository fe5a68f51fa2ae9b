// The thumbnail's worker thread: loads pdf.js and the canvas at launch, then encodes the cover it is sent.
import { parentPort } from 'node:worker_threads';
import { encodeCover, type EncodedCover } from './thumbnails.js';
import { createRequire } from 'node:module';
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

// Loaded while the main thread builds, so that the cover pays only for drawing. Drawing a hand-built page too,
// to warm pdf.js's code, bought 2 % of the warm run: removed (docs/performance.md). A failed load is not fatal:
// the real render says what is wrong, or succeeds.
const warm = Promise.all([loadPdfjs(), createRequire(import.meta.url)('@napi-rs/canvas')]).catch(() => undefined);

port.on('message', async ({ pdf, widthPx }: CoverRequest) => {
  await warm;
  let reply: CoverReply;
  try {
    reply = { ok: true, cover: await encodeCover(pdf, widthPx) };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    reply = { ok: false, name: err.name, message: err.message, stack: err.stack };
  }
  const transfer = reply.ok ? [reply.cover.png.buffer, reply.cover.png2x.buffer, reply.cover.une.buffer] : [];
  port.postMessage(reply, transfer as ArrayBuffer[]);
});
