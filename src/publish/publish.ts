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
  const hashed = async <F extends { bytes: Uint8Array }>(file: F) => ({ ...file, sha256: await sha256Hex(file.bytes) });

  const [thumbs, pdfFile] = await Promise.all([
    makeThumbnails(pdf, config, hooks.rasteriser, names.thumbnail),
    hashed({ name: names.pdf, bytes: pdf }),
  ]);
  const thumbnails = await Promise.all(thumbs.files.map(hashed));
  const une = await hashed({ ...thumbs.une, name: names.une });

  const values = pageValues(input.values, data, counts, config, names, pdf);
  const rendered = renderWebPage(page, values);
  const frontMatter = rendered.diagnostics.length
    ? []
    : checkPublicationFrontMatter(page, rendered.text, { uneUrl: values.une_url, ...(data.programme.edition.publication ? { publication: data.programme.edition.publication } : {}) });
  const diagnostics = [...thumbs.diagnostics, ...rendered.diagnostics, ...frontMatter];
  // Checked before touching out/: a page with an unfilled placeholder must never go online.
  if (hasErrors(diagnostics)) throw new BuildError(diagnostics);
  const pageFile = await hashed({ name: names.page, bytes: new TextEncoder().encode(rendered.text) });

  const manifestBytes = new TextEncoder().encode(
    buildManifest({
      data,
      counts,
      config,
      title,
      pdf: { ...pdfFile, pages },
      thumbnails,
      une,
      page: pageFile,
    }),
  );
  // The latest edition's manifest is written twice: as its own (manifest-ID.json) and as manifest.json.
  const manifest = await hashed({ bytes: manifestBytes });
  const manifestFiles = names.manifests.map((name) => ({ name, ...manifest }));

  const files = [pdfFile, ...thumbnails, une, pageFile, ...manifestFiles];
  await publishAtomically(outDir, files, hooks, config.outDir);
  return {
    outDir,
    pages,
    files: files.map((f) => ({ path: f.name, bytes: f.bytes.length, sha256: f.sha256 })),
    diagnostics,
  };
}
