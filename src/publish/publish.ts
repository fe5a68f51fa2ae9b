// The publish stage: from the finished PDF to out/ — thumbnails, web page, manifest, written atomically.
import type { Config, OutputNames } from '../config.js';
import { BuildError, type Diagnostic, hasErrors } from '../diagnostics.js';
import type { EditorialDoc, RoadmapData } from '../load/types.js';
import type { Counts } from '../model/counts.js';
import type { DataValues } from '../model/placeholders.js';
import { publishAtomically, type PublishHooks } from './atomic-write.js';
import { sha256Hex } from './hash.js';
import { buildManifest } from './manifest.js';
import { pageValues } from './page-values.js';
import { makeThumbnails } from './thumbnails.js';
import { checkPublicationFrontMatter, renderWebPage } from './web-page.js';

export interface PublishInput {
  pdf: Uint8Array;
  /** Page count and document title of the finished PDF (from the finish stage). */
  pages: number;
  title: string;
  data: RoadmapData;
  /** The model's (`BuildResult`): never recounted nor recomputed here. */
  counts: Counts;
  values: DataValues;
  /** The edition's file names (`editionOutputNames`). */
  names: OutputNames;
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
  const { pdf, pages, title, data, counts, names, page, config, outDir } = input;
  const pdfName = names.pdf;

  const [thumbs, pdfSha] = await Promise.all([
    makeThumbnails(pdf, config, hooks.rasteriser, names.thumbnail),
    sha256Hex(pdf),
  ]);
  const thumbnails = await Promise.all(thumbs.files.map(async (t) => ({ ...t, sha256: await sha256Hex(t.bytes) })));
  const une = { ...thumbs.une, name: names.une, sha256: await sha256Hex(thumbs.une.bytes) };

  const values = pageValues(input.values, data, counts, config, names, pdf);
  const rendered = renderWebPage(page, values);
  const frontMatter = rendered.diagnostics.length
    ? []
    : checkPublicationFrontMatter(page, rendered.text, { uneUrl: values.une_url, ...(data.programme.edition.publication ? { publication: data.programme.edition.publication } : {}) });
  const diagnostics = [...thumbs.diagnostics, ...rendered.diagnostics, ...frontMatter];
  // Checked before touching out/: a page with an unfilled placeholder must never go online.
  if (hasErrors(diagnostics)) throw new BuildError(diagnostics);
  const pageBytes = new TextEncoder().encode(rendered.text);
  const pageFile = { name: names.page, bytes: pageBytes, sha256: await sha256Hex(pageBytes) };

  const manifestBytes = new TextEncoder().encode(
    buildManifest({
      data,
      counts,
      config,
      title,
      pdf: { name: pdfName, bytes: pdf, sha256: pdfSha, pages },
      thumbnails,
      une,
      page: pageFile,
    }),
  );
  const manifestSha = await sha256Hex(manifestBytes);
  // The latest edition's manifest is written twice: as its own (manifest-ID.json) and as manifest.json.
  const manifestFiles = names.manifests.map((name) => ({ name, bytes: manifestBytes, sha256: manifestSha }));

  const files = [{ name: pdfName, bytes: pdf, sha256: pdfSha }, ...thumbnails, une, pageFile, ...manifestFiles];
  await publishAtomically(outDir, files, hooks, config.outDir);
  return {
    outDir,
    pages,
    files: files.map((f) => ({ path: f.name, bytes: f.bytes.length, sha256: f.sha256 })),
    diagnostics,
  };
}
