// The publish stage: from the finished PDF to out/ — thumbnails, web page, manifest, written atomically.
import { type Config, pdfFileName } from '../config.js';
import { BuildError, type Diagnostic, hasErrors } from '../diagnostics.js';
import type { EditorialDoc, RoadmapData } from '../load/types.js';
import type { Counts } from '../model/counts.js';
import { publishAtomically, type PublishHooks } from './atomic-write.js';
import { sha256Hex } from './hash.js';
import { buildManifest, MANIFEST_NAME } from './manifest.js';
import { pageValues } from './page-values.js';
import { makeThumbnails } from './thumbnails.js';
import { renderWebPage } from './web-page.js';

export interface PublishInput {
  pdf: Uint8Array;
  /** Page count and document title of the finished PDF (from the finish stage). */
  pages: number;
  title: string;
  data: RoadmapData;
  /** From `countProjets(data)`: never recounted here. */
  counts: Counts;
  page: EditorialDoc;
  config: Config;
  /** Absolute (or cwd-relative) folder to publish into, usually `<root>/<config.outDir>`. */
  outDir: string;
}

export interface PublishedEntry {
  /** Relative to outDir. */
  path: string;
  bytes: number;
  sha256: string;
}

export interface PublishSummary {
  outDir: string;
  pages: number;
  /** In publishing order; the manifest last. */
  files: PublishedEntry[];
  /** Warnings only (errors throw a BuildError before anything is written). */
  diagnostics: Diagnostic[];
}

export async function publish(input: PublishInput, hooks: PublishHooks = {}): Promise<PublishSummary> {
  const { pdf, pages, title, data, counts, page, config, outDir } = input;
  const pdfName = pdfFileName(config, data.programme.edition.date);

  const [thumbs, pdfSha] = await Promise.all([
    makeThumbnails(pdf, config, hooks.rasteriser),
    sha256Hex(pdf),
  ]);
  const thumbnails = await Promise.all(thumbs.files.map(async (t) => ({ ...t, sha256: await sha256Hex(t.bytes) })));

  const rendered = renderWebPage(page, pageValues(data, counts, config, pdf, thumbnails[0]));
  const diagnostics = [...thumbs.diagnostics, ...rendered.diagnostics];
  // Checked before touching out/: a page with an unfilled placeholder must never go online.
  if (hasErrors(diagnostics)) throw new BuildError(diagnostics);
  const pageBytes = new TextEncoder().encode(rendered.text);
  const pageFile = { name: config.pageName, bytes: pageBytes, sha256: await sha256Hex(pageBytes) };

  const manifestBytes = new TextEncoder().encode(
    buildManifest({
      data,
      counts,
      config,
      title,
      pdf: { name: pdfName, bytes: pdf, sha256: pdfSha, pages },
      thumbnails,
      page: pageFile,
    }),
  );
  const manifestFile = { name: MANIFEST_NAME, bytes: manifestBytes, sha256: await sha256Hex(manifestBytes) };

  const files = [{ name: pdfName, bytes: pdf, sha256: pdfSha }, ...thumbnails, pageFile, manifestFile];
  await publishAtomically(outDir, files, hooks, config.outDir);
  return {
    outDir,
    pages,
    files: files.map((f) => ({ path: f.name, bytes: f.bytes.length, sha256: f.sha256 })),
    diagnostics,
  };
}
