// The manifest: what was published, with sizes and hashes, for the website pipeline; byte-reproducible (no timestamps).
import { type Config, pdfFileName, publicUrl, uneFileName } from '../config.js';
import type { RoadmapData } from '../load/types.js';
import type { Counts } from '../model/counts.js';
import { thumbnailAlt } from './alt-text.js';
import { formatSizeLabel } from './size-label.js';
import { thumbnailNames, type Thumbnail } from './thumbnails.js';
import { publicationUrl, SITE_PUBLICATIONS } from './web-page.js';

/** Written last: its presence with new hashes is the commit point of a publication. */
export const MANIFEST_NAME = 'manifest.json';
export const MANIFEST_SCHEMA = 1;

export interface HashedFile {
  /** File name inside out/ (paths in the manifest are relative to out/). */
  name: string;
  bytes: Uint8Array;
  sha256: string;
}

export interface ManifestInput {
  data: RoadmapData;
  counts: Counts;
  config: Config;
  /** The PDF's document title (Info/XMP). */
  title: string;
  pdf: HashedFile & { pages: number };
  thumbnails: (Thumbnail & { sha256: string })[];
  /** The page's `une` image (its alternative text is `thumbnailAlt`: it shows the cover). */
  une: HashedFile & { mediaType: string; width: number; height: number };
  page: HashedFile;
}

/** Every file a build publishes, in publishing order, the manifest last: one list for publish and the checks. */
export function publishedNames(config: Config, data: RoadmapData): string[] {
  const date = data.programme.edition.date;
  const t = thumbnailNames(config);
  return [pdfFileName(config, date), t.png, t.png2x, uneFileName(config, date), config.pageName, MANIFEST_NAME];
}

/** Keys are written in the order below (object literal order), so equal inputs give equal bytes. */
export function buildManifest(input: ManifestInput): string {
  const { data, counts, config, title, pdf, thumbnails, une, page } = input;
  const manifest = {
    schema: MANIFEST_SCHEMA,
    edition: { libelle: data.programme.edition.libelle, date: data.programme.edition.date },
    title,
    pdf: {
      path: pdf.name,
      url: publicUrl(config, pdf.name),
      bytes: pdf.bytes.length,
      sha256: pdf.sha256,
      mediaType: 'application/pdf',
      pages: pdf.pages,
      sizeLabel: formatSizeLabel(pdf.bytes.length),
    },
    thumbnails: thumbnails.map((t) => ({
      path: t.name,
      url: publicUrl(config, t.name),
      bytes: t.bytes.length,
      sha256: t.sha256,
      mediaType: t.mediaType,
      width: t.width,
      height: t.height,
      density: t.density,
    })),
    thumbnailAlt: thumbnailAlt(data, counts),
    une: {
      path: une.name,
      url: publicUrl(config, une.name),
      bytes: une.bytes.length,
      sha256: une.sha256,
      mediaType: une.mediaType,
      width: une.width,
      height: une.height,
    },
    page: {
      path: page.name,
      // Where the site puts it and serves it (docs/website-contract.md).
      collection: SITE_PUBLICATIONS.collection,
      url: publicationUrl(config),
      bytes: page.bytes.length,
      sha256: page.sha256,
      mediaType: 'text/markdown',
    },
    counts: {
      projets: counts.projets,
      acheves: counts.acheves,
      enCours: counts.enCours,
      nouveaux: counts.nouveaux,
      missions: counts.missions,
      enjeux: counts.enjeux,
    },
  };
  return JSON.stringify(manifest, null, 2) + '\n';
}
