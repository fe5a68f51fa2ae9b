// The thumbnail's worker thread: the same bytes as in-process, errors passed on, fallback when it cannot start, no leftover.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { encodeCover, type CoverRasteriser, type EncodedCover } from '../../src/publish/thumbnails.js';
import { earlyCover, liveCoverWorkers, startCoverRasteriser } from '../../src/publish/raster-worker-host.js';
import { loadPdfjs } from '../../src/publish/rasterise.js';
import { buildBrochure } from '../../src/build.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { fsWorld } from '../../src/world.js';
import { main } from '../../src/cli.js';
import { copyProject, REPO } from '../helpers/project.js';
import { makeTestPdf } from './fixtures.js';

const WORKER = new URL('../../src/publish/raster-worker.ts', import.meta.url);

test('the worker encodes the cover byte for byte as the in-process path, and leaves the caller’s PDF whole', async () => {
  const rasteriser = startCoverRasteriser(WORKER);
  assert.ok(rasteriser, 'under tsx the .ts worker starts (it inherits --import tsx)');
  try {
    const pdf = await makeTestPdf();
    const before = pdf.length;
    const t0 = performance.now();
    const fromWorker = await rasteriser.encodeCover(pdf, 300);
    const workerMs = performance.now() - t0;
    assert.ok(fromWorker, 'the worker answered');
    assert.equal(pdf.length, before, 'a copy was transferred, not the caller’s buffer');
    const t1 = performance.now();
    const inProcess = await encodeCover(pdf, 300);
    console.log(`worker (start, tsx, warm-up, render) ${workerMs.toFixed(0)} ms; in-process ${(performance.now() - t1).toFixed(0)} ms`);
    assert.deepEqual(fromWorker, inProcess);
    // A second request on the same thread (watch-like reuse) gives the same bytes again.
    assert.deepEqual(await rasteriser.encodeCover(pdf, 300), inProcess);
  } finally {
    await rasteriser.close();
  }
});

test('an error rendering in the worker reaches the caller with the in-process message', async () => {
  const rasteriser = startCoverRasteriser(WORKER)!;
  try {
    const notAPdf = new TextEncoder().encode('pas un PDF');
    const expected = await encodeCover(notAPdf, 300).then(() => assert.fail('in-process should throw'), (e: Error) => e);
    await assert.rejects(rasteriser.encodeCover(notAPdf, 300), (e: Error) => e.message === expected.message && e.name === expected.name);
    await assert.rejects(rasteriser.encodeCover(await makeTestPdf(), 0), /largeur de rendu invalide : 0/);
  } finally {
    await rasteriser.close();
  }
});

test('no worker file, or a worker that dies: the caller is told to rasterise in-process', async () => {
  assert.equal(startCoverRasteriser(new URL('./absent-raster-worker.js', import.meta.url)), undefined);
  const rasteriser = startCoverRasteriser(WORKER)!;
  await rasteriser.close();
  assert.equal(await rasteriser.encodeCover(await makeTestPdf(), 300), undefined);
});

test('a failed build (bad YAML) terminates the worker the CLI started', async () => {
  const root = copyProject();
  try {
    appendFileSync(path.join(root, 'editions/mi-2021/projets.yaml'), '\n  - id: [cassé\n');
    const error = console.error;
    console.error = () => {};
    const running = main(['--quiet'], root, {}).finally(() => (console.error = error));
    // Started synchronously, right after the arguments parse: the thread warms up while the build runs.
    assert.equal(liveCoverWorkers(), 1);
    assert.equal(await running, 1);
    const deadline = Date.now() + 5000;
    while (liveCoverWorkers() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.equal(liveCoverWorkers(), 0);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the bundled CLI on bad input exits 1 promptly, with the French error', () => {
  const root = copyProject();
  try {
    appendFileSync(path.join(root, 'editions/mi-2021/projets.yaml'), '\n  - id: [cassé\n');
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [path.join(REPO, 'dist/cli.js'), '--quiet'], { cwd: root, env: { ...process.env, BROCHURE_ROOT: root }, encoding: 'utf8', timeout: 20_000 });
    const ms = performance.now() - t0;
    console.log(`failed build: exit ${r.status} after ${ms.toFixed(0)} ms`);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /la brochure n’a pas été construite/);
    assert.ok(ms < 5000, `${ms} ms`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a worker that never answers is given up after the timeout: the caller draws in-process, nothing is left running', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { pathToFileURL } = await import('node:url');
  const stub = path.join(mkdtempSync(path.join(tmpdir(), 'mute-worker-')), 'mute.mjs');
  writeFileSync(stub, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => {});\n");
  const rasteriser = startCoverRasteriser(pathToFileURL(stub), 300)!;
  assert.ok(rasteriser);
  const t0 = performance.now();
  assert.equal(await rasteriser.encodeCover(await makeTestPdf(), 100), undefined);
  assert.ok(performance.now() - t0 < 5_000);
  // Asked again, it answers at once: the thread is gone.
  assert.equal(await rasteriser.encodeCover(await makeTestPdf(), 100), undefined);
  await rasteriser.close();
  for (let i = 0; i < 50 && liveCoverWorkers() > 0; i++) await new Promise((r) => setTimeout(r, 20));
  assert.equal(liveCoverWorkers(), 0);
});

test('page 1 rendered alone, as the pipeline hands it to onCover, gives the whole PDF’s thumbnails byte for byte', async () => {
  let cover: Uint8Array | undefined;
  const built = await buildBrochure(fsWorld(REPO), DEFAULT_CONFIG, undefined, { onCover: (pdf) => (cover = pdf) });
  assert.ok(cover, 'onCover was called');
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: cover.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  assert.equal(doc.numPages, 1);
  await doc.destroy();
  assert.deepEqual(await encodeCover(cover, DEFAULT_CONFIG.thumbnailWidth), await encodeCover(built.pdf, DEFAULT_CONFIG.thumbnailWidth));
});

test('earlyCover: publish is answered with the cover started early; before the start, or at another width, the PDF it gives is drawn', async () => {
  const asked: [string, number][] = [];
  const fake: CoverRasteriser = {
    encodeCover: async (pdf, widthPx) => {
      asked.push([new TextDecoder().decode(pdf), widthPx]);
      return { png: pdf } as unknown as EncodedCover;
    },
    close: async () => {},
  };
  const bytes = (s: string) => new TextEncoder().encode(s);
  const early = earlyCover(fake, 300);
  assert.equal(new TextDecoder().decode((await early.encodeCover(bytes('whole, not started'), 300))!.png), 'whole, not started');
  early.start(bytes('page 1 alone'));
  assert.equal(new TextDecoder().decode((await early.encodeCover(bytes('whole'), 300))!.png), 'page 1 alone');
  assert.equal(new TextDecoder().decode((await early.encodeCover(bytes('whole'), 600))!.png), 'whole');
  assert.deepEqual(asked, [['whole, not started', 300], ['page 1 alone', 300], ['whole', 600]]);
});
