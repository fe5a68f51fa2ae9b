// The publish stage's public API, for the pipeline, the CLI and the checks.
export { publish, type PublishInput, type PublishSummary } from './publish.js';
export { rasterisePage, loadPdfjs } from './rasterise.js';
export { formatSizeLabel } from './size-label.js';
export { pageValues } from './page-values.js';
export { publishedNames } from './manifest.js';
export type { PageValues } from './web-page.js';
export type { PublishHooks } from './atomic-write.js';
export { sha256Hex } from './hash.js';
