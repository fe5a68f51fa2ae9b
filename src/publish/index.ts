// The publish stage's public API, for the CLI and the checks.
export { publish, type PublishInput, type PublishSummary, type PublishedEntry } from './publish.js';
export { rasterisePage, rasterisePages, loadPdfjs, type RasterPage } from './rasterise.js';
export { makeThumbnails, encodeCover, thumbnailNames, type Thumbnail, type Thumbnails, type EncodedCover, type CoverRasteriser } from './thumbnails.js';
export { formatSizeLabel, parseSizeLabel, type SizeRange } from './size-label.js';
export { renderWebPage, checkPublicationFrontMatter, publicationUrl, SITE_PUBLICATIONS, type PageValues, type PublicationExpectations } from './web-page.js';
export { pageValues } from './page-values.js';
export { thumbnailAlt } from './alt-text.js';
export { buildManifest, publishedNames, MANIFEST_NAME, MANIFEST_SCHEMA, type ManifestInput } from './manifest.js';
export { encodeUne, UNE_WIDTH, UNE_HEIGHT } from './une-image.js';
export { publishAtomically, type OutputFile, type PublishHooks } from './atomic-write.js';
export { sha256Hex } from './hash.js';
