// The manifest: what was published, with sizes and hashes, for the website pipeline; byte-reproducible (no timestamps).
import { type Config, type OutputNames, publicUrl } from '../config.js';
import type { RoadmapData } from '../load/types.js';
import type { Counts } from '../model/counts.js';
import { thumbnailAlt } from './alt-text.js';
import { formatSizeLabel } from './size-label.js';
import { thumbnailNames, type Thumbnail } from './thumbnails.js';
import { publicationUrl, SITE_PUBLICATIONS } from './web-page.js';

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

/** Every file an edition's build publishes (`names`: `outputNames`), in publishing order, the manifests last. */
export function publishedNames(names: OutputNames): string[] {
  const t = thumbnailNames(names.thumbnail);
  return [names.pdf, t.png, t.png2x, names.une, names.page, ...names.manifests];
}

/** Keys are written in the order below (object literal order), so equal inputs give equal bytes. */
export function buildManifest(input: ManifestInput): string {
  const { data, counts, config, title, pdf, thumbnails, une, page } = input;
  const { edition } = data.programme;
  const file = (f: HashedFile) => ({ path: f.name, url: publicUrl(config, f.name), bytes: f.bytes.length, sha256: f.sha256 });
  const { projets, acheves, aAchever, enCours, nouveaux, missions, enjeux } = counts;
  const manifest = {
    schema: MANIFEST_SCHEMA,
    edition: {
      ...(edition.id !== undefined ? { id: edition.id } : {}),
      libelle: edition.libelle,
      date: edition.date,
      ...(edition.publication !== undefined ? { publication: edition.publication } : {}),
      ...(edition.precedente?.id !== undefined ? { precedente: edition.precedente.id } : {}),
    },
    title,
    pdf: { ...file(pdf), mediaType: 'application/pdf', pages: pdf.pages, sizeLabel: formatSizeLabel(pdf.bytes.length) },
    thumbnails: thumbnails.map((t) => ({ ...file(t), mediaType: t.mediaType, width: t.width, height: t.height, density: t.density })),
    thumbnailAlt: thumbnailAlt(data, counts),
    une: { ...file(une), mediaType: une.mediaType, width: une.width, height: une.height },
    page: {
      path: page.name,
      // Where the site puts it and serves it (docs/website-contract.md).
      collection: SITE_PUBLICATIONS.collection,
      url: publicationUrl(page.name),
      bytes: page.bytes.length,
      sha256: page.sha256,
      mediaType: 'text/markdown',
    },
    counts: { projets, acheves, aAchever, enCours, nouveaux, missions, enjeux },
  };
  return JSON.stringify(manifest, null, 2) + '\n';
}
