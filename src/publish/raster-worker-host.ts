// Starts the thumbnail's worker thread and talks to it. Any trouble with the thread itself means "rasterise in-process".
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CoverReply, CoverRequest } from './raster-worker.js';
import type { CoverRasteriser, EncodedCover } from './thumbnails.js';

/** The thread's heap grows little while it waits; its peak overlaps the main thread's (issue 7: ≤ 200 MB). */
const YOUNG_GENERATION_MB = 2;
/**
 * A cover takes ≈ 0.1 s in the thread (1.5 s at worst from the sources, cold, on a loaded machine): a thread that
 * has not answered by then is stuck, and the cover is drawn in-process rather than the run waiting for ever.
 */
export const REPLY_TIMEOUT_MS = 20_000;

/** Threads started and not yet exited: lets tests check that a failed build leaves none behind. */
const live = new Set<Worker>();
export const liveCoverWorkers = (): number => live.size;

/**
 * Starts the worker at `workerUrl` (`raster-worker.js` in the bundle, `raster-worker.ts` from the sources) or
 * returns undefined when it cannot run: the file is missing, or it is TypeScript and this process has no tsx
 * loader for the thread to inherit. The thread never keeps the process alive: it is unreferenced except while a
 * cover is being awaited, and `close()` terminates it.
 */
export function startCoverRasteriser(workerUrl: URL, timeoutMs = REPLY_TIMEOUT_MS): CoverRasteriser | undefined {
  const file = fileURLToPath(workerUrl);
  if (!existsSync(file)) return undefined;
  let worker: Worker;
  try {
    // A small young generation: measured 196 → 194 MB peak RSS for the real brochure (vs 16 MB), thumbnail time unchanged.
    const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
    worker = file.endsWith('.ts') ? new Worker(tsxBootstrap(workerUrl), { eval: true, resourceLimits }) : new Worker(workerUrl, { resourceLimits });
  } catch {
    return undefined;
  }
  worker.unref();
  live.add(worker);
  worker.once('exit', () => live.delete(worker));
  let gone = false;
  let waiting: ((reply: CoverReply | undefined) => void) | undefined;
  const lost = () => {
    gone = true;
    waiting?.(undefined);
  };
  worker.on('error', lost);
  worker.on('exit', lost);
  worker.on('message', (reply: CoverReply) => waiting?.(reply));
  let queue: Promise<unknown> = Promise.resolve();

  const ask = async (pdf: Uint8Array, widthPx: number): Promise<EncodedCover | undefined> => {
    if (gone) return undefined;
    let timer: NodeJS.Timeout | undefined;
    const reply = await new Promise<CoverReply | undefined>((resolve) => {
      waiting = resolve;
      timer = setTimeout(() => {
        gone = true;
        resolve(undefined);
        void worker.terminate();
      }, timeoutMs);
      worker.ref();
      // A copy crosses the thread boundary: the caller's PDF stays whole and usable.
      const copy = pdf.slice();
      const request: CoverRequest = { pdf: copy, widthPx };
      worker.postMessage(request, [copy.buffer]);
    });
    clearTimeout(timer);
    waiting = undefined;
    if (!gone) worker.unref();
    if (!reply) return undefined;
    if (reply.ok) return reply.cover;
    // The same error the in-process path would have thrown, message (French or pdf.js's) untouched.
    const err = new Error(reply.message);
    err.name = reply.name;
    if (reply.stack) err.stack = reply.stack;
    throw err;
  };

  return {
    encodeCover(pdf, widthPx) {
      const next = queue.then(() => ask(pdf, widthPx));
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      gone = true;
      await worker.terminate();
    },
  };
}

/**
 * From the sources (tests, `npm run review`): on Node 20 a worker does not apply the parent's `--import tsx` to its
 * own entry, so a small script registers tsx's loader in the thread, then imports the .ts entry. Throws (and the
 * caller falls back in-process) when tsx cannot be found.
 */
function tsxBootstrap(entry: URL): string {
  const tsx = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
}

/**
 * A rasteriser started early: `start` hands it page 1 rendered alone, as soon as it is laid out, and publish later
 * gets that cover instead of drawing page 1 of the whole PDF. Same pixels: what pdf.js draws for page 1 depends only
 * on page 1's items, the fonts' outlines and the assets it shows (not on the other pages, the structure tree or the
 * subsets' glyph numbering; see watch/cover-reuse.ts) — the thumbnails' bytes are the same either way
 * (test/integration/brochure.test.ts compares the thumbnail with page 1 of the PDF, pixel for pixel).
 */
export function earlyCover(rasteriser: CoverRasteriser, widthPx: number): CoverRasteriser & { start(coverPdf: Uint8Array): void } {
  let started: Promise<EncodedCover | undefined> | undefined;
  return {
    start(coverPdf) {
      started = rasteriser.encodeCover(coverPdf, widthPx);
      // Awaited by publish, which reports a failure; a build that fails first never asks.
      started.catch(() => undefined);
    },
    encodeCover: (pdf, w) => (started && w === widthPx ? started : rasteriser.encodeCover(pdf, w)),
    close: () => rasteriser.close(),
  };
}
