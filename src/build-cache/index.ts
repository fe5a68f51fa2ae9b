// The build cache, as the pipeline (src/build.ts: `keptWork`) and the CLI (`buildCacheFor`) see it; files.ts says
// what it is and where it lives. The stores and the file seal are exported for their tests.
export { buildCacheFor, openCacheText, sealCacheText, type BuildCache } from './files.js';
export { keptWork, type KeptWork } from './kept-work.js';
export { subsetStoreFor } from './fonts.js';
export { formStoreFor } from './forms.js';
